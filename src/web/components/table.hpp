// GOV.UK table: tabular data with an optional caption and header row; numbers are right-aligned
// with format "numeric". Mirrors govuk-frontend's govukTable macro.
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

struct TableOptions {
  std::vector<std::vector<TableCell>> rows;
  std::vector<TableCell> head;  // empty: no <thead>
  std::string caption;
  std::string caption_classes;
  bool first_cell_is_header = false;  // each row's first cell is a <th scope="row">
  std::string classes;
  Attributes attributes;
};

// Never fails.
Html table(const TableOptions& options);

}  // namespace casereview::web::govuk
