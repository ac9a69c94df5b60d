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
  options.narrow_layout = NarrowLayout::as_govuk;  // the fixtures are govuk-frontend's own markup
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

TEST(TableComponent, LabelsEachCellWithItsColumnsHeadingToStackOnNarrowScreens) {
  html::Document document = html::Document::parse(
      table({.rows = {{{.text = "Ada"}, {.text = "9 December 2026", .colspan = 2}, {.text = "3"}},
                      {{.text = "Ben"}, {.text = "Monday"}, {.text = "Tuesday"}, {.text = ""}}},
             .head = {{.text = "Name"},
                      {.text = "Dates", .colspan = 2},
                      {.html = casereview::web::Html::trusted("<span>Count</span>")}}})
          .str());
  EXPECT_TRUE(document.errors().empty());
  EXPECT_EQ(document.select_one("table")->attribute("class"), "govuk-table cr-table-stacked");
  std::vector<std::string> labels;
  for (const auto* cell : document.select("tbody td"))
    labels.push_back(cell->attribute("data-label").value_or("(none)"));
  // A heading spanning two columns names both; a heading written as HTML names none.
  EXPECT_EQ(labels, (std::vector<std::string>{"Name", "Dates", "(none)", "Name", "Dates", "Dates",
                                              "(none)"}));
}

TEST(TableComponent, MarksATableOfSixColumnsOrMoreAsWide) {
  TableOptions options{.rows = {{{.text = "1"}, {.text = "2"}, {.text = "3"}, {.text = "4"}}},
                       .head = {{.text = "A"}, {.text = "B"}, {.text = "C"}, {.text = "D"}}};
  EXPECT_EQ(html::Document::parse(table(options).str()).select_one("table")->attribute("class"),
            "govuk-table cr-table-stacked");
  options.head.push_back({.text = "E", .colspan = 2});
  options.rows[0].push_back({.text = "5"});
  options.rows[0].push_back({.text = "6"});
  EXPECT_EQ(html::Document::parse(table(options).str()).select_one("table")->attribute("class"),
            "govuk-table cr-table-stacked cr-table-stacked--wide");
}

TEST(TableComponent, KeepsGovukFrontendsMarkupWhenAskedOrWithoutAHeaderRow) {
  for (const TableOptions& options : {TableOptions{.rows = {{{.text = "Ada"}}},
                                     .head = {{.text = "Name"}},
                                     .narrow_layout = NarrowLayout::as_govuk},
                                      TableOptions{.rows = {{{.text = "Ada"}}}}}) {
    html::Document document = html::Document::parse(table(options).str());
    EXPECT_EQ(document.select_one("table")->attribute("class"), "govuk-table");
    EXPECT_FALSE(document.select_one("td")->has_attribute("data-label"));
  }
}

}  // namespace
}  // namespace casereview::test::components
