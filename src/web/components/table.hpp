// GOV.UK table: tabular data with an optional caption and header row; numbers are right-aligned
// with format "numeric". Mirrors govuk-frontend's govukTable macro, with one addition of ours: a
// table with a header row becomes stacked rows where there is no room for its columns (narrow
// screens, the largest text sizes), each cell labelled with its column's heading. The component
// marks such a table with the class "cr-table-stacked" (and "cr-table-stacked--wide" from six
// columns, which stack in less room than the standard page has) and each body cell with a
// data-label attribute holding its column's heading text; the stylesheet does the rest.
//
// Example:
//   Html cases = table({.caption = "Open reviews", .head = {{.text = "Reference"}, {.text =
//   "Due"}},
//                       .rows = {{{.text = "NS-2024-007"}, {.text = "3 June 2025"}}}});
#pragma once

#include <string>
#include <vector>

#include "web/components/markup.hpp"
#include "web/html.hpp"

namespace casereview::web::govuk {

struct TableCell {
  std::string text;  // escaped; ignored when html is set
  Html html;
  std::string format;  // "numeric" right-aligns the cell
  std::string classes;
  int colspan = 0;  // 0: no colspan attribute
  int rowspan = 0;  // 0: no rowspan attribute
  Attributes attributes;
};

// What a table with a header row does where its columns do not fit.
enum class NarrowLayout {
  stacked_rows,  // one block per row, each cell under its column's heading
  as_govuk,      // govuk-frontend's markup exactly, as wide as its columns need
};

struct TableOptions {
  std::vector<std::vector<TableCell>> rows;
  std::vector<TableCell> head;  // empty: no <thead>
  std::string caption;
  std::string caption_classes;
  bool first_cell_is_header = false;  // each row's first cell is a <th scope="row">
  std::string classes;
  Attributes attributes;
  NarrowLayout narrow_layout = NarrowLayout::stacked_rows;
};

// Never fails.
Html table(const TableOptions& options);

}  // namespace casereview::web::govuk
