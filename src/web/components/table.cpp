// govukTable from govuk-frontend's components/table/template.njk, plus the labels that let a
// table become stacked rows where its columns do not fit (see table.hpp).
#include "web/components/table.hpp"

#include <algorithm>

namespace casereview::web::govuk {

namespace {

void write_spans_and_attributes(MarkupWriter& out, const TableCell& cell) {
  if (cell.colspan != 0) out.attribute("colspan", std::to_string(cell.colspan));
  if (cell.rowspan != 0) out.attribute("rowspan", std::to_string(cell.rowspan));
  out.attributes(cell.attributes);
}

std::string format_class(std::string_view prefix, const TableCell& cell) {
  return cell.format.empty() ? "" : std::string(prefix) + cell.format;
}

// From this many columns a table stacks sooner: in less room than the standard page gives it.
constexpr std::size_t wide_table_columns = 6;

// The text of each column's heading, by column (a heading spanning columns names each of them);
// empty when the table keeps govuk-frontend's markup or has no header row.
std::vector<std::string> column_labels(const TableOptions& options) {
  std::vector<std::string> labels;
  if (options.narrow_layout == NarrowLayout::as_govuk) return labels;
  for (const TableCell& cell : options.head) {
    labels.insert(labels.end(), static_cast<std::size_t>(std::max(cell.colspan, 1)), cell.text);
  }
  return labels;
}

}  // namespace

Html table(const TableOptions& options) {
  const std::vector<std::string> labels = column_labels(options);
  MarkupWriter out;
  out.literal("<table")
      .attribute("class",
                 class_list({"govuk-table", labels.empty() ? "" : "cr-table-stacked",
                             labels.size() >= wide_table_columns ? "cr-table-stacked--wide" : "",
                             options.classes}))
      .attributes(options.attributes)
      .literal(">\n");
  if (!options.caption.empty()) {
    out.literal("<caption")
        .attribute("class", class_list({"govuk-table__caption", options.caption_classes}))
        .literal(">")
        .text(options.caption)
        .literal("</caption>\n");
  }
  if (!options.head.empty()) {
    out.literal("<thead class=\"govuk-table__head\">\n<tr class=\"govuk-table__row\">\n");
    for (const TableCell& cell : options.head) {
      out.literal("<th scope=\"col\"")
          .attribute("class",
                     class_list({"govuk-table__header", format_class("govuk-table__header--", cell),
                                 cell.classes}));
      write_spans_and_attributes(out, cell);
      out.literal(">").html(html_or_text(cell.html, cell.text)).literal("</th>\n");
    }
    out.literal("</tr>\n</thead>\n");
  }
  out.literal("<tbody class=\"govuk-table__body\">\n");
  for (const std::vector<TableCell>& row : options.rows) {
    out.literal("<tr class=\"govuk-table__row\">\n");
    bool first = true;
    std::size_t column = 0;
    for (const TableCell& cell : row) {
      if (first && options.first_cell_is_header) {
        out.literal("<th scope=\"row\"")
            .attribute("class", class_list({"govuk-table__header", cell.classes}));
        write_spans_and_attributes(out, cell);
        out.literal(">").html(html_or_text(cell.html, cell.text)).literal("</th>\n");
      } else {
        out.literal("<td").attribute(
            "class", class_list({"govuk-table__cell", format_class("govuk-table__cell--", cell),
                                 cell.classes}));
        if (column < labels.size() && !labels[column].empty())
          out.attribute("data-label", labels[column]);
        write_spans_and_attributes(out, cell);
        out.literal(">").html(html_or_text(cell.html, cell.text)).literal("</td>\n");
      }
      first = false;
      column += static_cast<std::size_t>(std::max(cell.colspan, 1));
    }
    out.literal("</tr>\n");
  }
  out.literal("</tbody>\n</table>");
  return std::move(out).finish();
}

}  // namespace casereview::web::govuk
