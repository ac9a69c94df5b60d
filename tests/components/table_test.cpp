// Tests for the table component against govuk-frontend's fixtures.
#include "web/components/table.hpp"

#include <gtest/gtest.h>

#include "components/fixture_support.hpp"
#include "support/html_dom.hpp"

namespace casereview::test::components {
namespace {

using namespace casereview::web::govuk;

TableCell table_cell_from(const JsonObject& json) {
  return {.text = string_option(json, "text"),
          .html = html_option(json, "html"),
          .format = string_option(json, "format"),
          .classes = string_option(json, "classes"),
          .colspan = int_option(json, "colspan", 0),
          .rowspan = int_option(json, "rowspan", 0),
          .attributes = attributes_option(json, "attributes")};
}

TableOptions table_options_from(const JsonObject& json) {
  TableOptions options;
  if (JsonArray rows = array_option(json, "rows"); !rows.isNull()) {
    for (std::size_t index = 0; index < rows->size(); ++index) {
      if (!rows->isArray(index)) continue;  // Nunjucks skips falsy rows
      std::vector<TableCell> row;
      for (const JsonObject& cell : objects_in(rows->getArray(index)))
        row.push_back(table_cell_from(cell));
      options.rows.push_back(std::move(row));
    }
  }
  for (const JsonObject& cell : objects_in(array_option(json, "head")))
    options.head.push_back(table_cell_from(cell));
  options.caption = string_option(json, "caption");
  options.caption_classes = string_option(json, "captionClasses");
  options.first_cell_is_header = bool_option(json, "firstCellIsHeader");
  options.classes = string_option(json, "classes");
  options.attributes = attributes_option(json, "attributes");
  return options;
}

TEST(TableComponent, RendersEveryGovukFrontendFixture) {
  expect_all_fixtures_render(
      "table", [](const JsonObject& json) { return table(table_options_from(json)); });
}

TEST(TableComponent, EscapesCaptionHeadAndCells) {
  html::Document document = html::Document::parse(
      table({.rows = {{{.text = "<script>a</script>"}, {.text = "<script>b</script>"}}},
             .head = {{.text = "<script>h</script>"}},
             .caption = "<script>c</script>",
             .first_cell_is_header = true})
          .str());
  EXPECT_TRUE(document.errors().empty());
  EXPECT_TRUE(document.select("script").empty());
  EXPECT_EQ(document.select_one("caption")->normalised_text(), "<script>c</script>");
  EXPECT_EQ(document.select_one("tbody th")->normalised_text(), "<script>a</script>");
  EXPECT_EQ(document.select_one("tbody td")->normalised_text(), "<script>b</script>");
}

}  // namespace
}  // namespace casereview::test::components
