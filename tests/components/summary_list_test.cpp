// Tests for the summary list component against govuk-frontend's fixtures.
#include "web/components/summary_list.hpp"

#include <gtest/gtest.h>

#include "components/fixture_support.hpp"
#include "support/html_dom.hpp"

namespace casereview::test::components {
namespace {

using namespace casereview::web::govuk;

SummaryListActions actions_from(const JsonObject& json) {
  SummaryListActions actions{.items = {}, .classes = string_option(json, "classes")};
  for (const JsonObject& item : objects_in(array_option(json, "items"))) {
    actions.items.push_back({.href = string_option(item, "href"),
                             .text = string_option(item, "text"),
                             .html = html_option(item, "html"),
                             .visually_hidden_text = string_option(item, "visuallyHiddenText"),
                             .classes = string_option(item, "classes"),
                             .attributes = attributes_option(item, "attributes")});
  }
  return actions;
}

SummaryListCell cell_from(const JsonObject& json) {
  return {.text = string_option(json, "text"),
          .html = html_option(json, "html"),
          .classes = string_option(json, "classes")};
}

SummaryListOptions summary_list_options_from(const JsonObject& json) {
  SummaryListOptions options;
  for (const JsonObject& row : objects_in(array_option(json, "rows"))) {
    options.rows.push_back({.classes = string_option(row, "classes"),
                            .key = cell_from(object_option(row, "key")),
                            .value = cell_from(object_option(row, "value")),
                            .actions = actions_from(object_option(row, "actions"))});
  }
  if (JsonObject card = object_option(json, "card"); !card.isNull()) {
    SummaryCard summary_card{.title = std::nullopt,
                             .actions = actions_from(object_option(card, "actions")),
                             .classes = string_option(card, "classes"),
                             .attributes = attributes_option(card, "attributes")};
    if (JsonObject title = object_option(card, "title"); !title.isNull()) {
      summary_card.title = SummaryCardTitle{.text = string_option(title, "text"),
                                            .html = html_option(title, "html"),
                                            .heading_level = int_option(title, "headingLevel", 2),
                                            .classes = string_option(title, "classes")};
    }
    options.card = std::move(summary_card);
  }
  options.classes = string_option(json, "classes");
  options.attributes = attributes_option(json, "attributes");
  return options;
}

TEST(SummaryListComponent, RendersEveryGovukFrontendFixture) {
  expect_all_fixtures_render("summary-list", [](const JsonObject& json) {
    return summary_list(summary_list_options_from(json));
  });
}

TEST(SummaryListComponent, EscapesKeysValuesAndActions) {
  SummaryListOptions options;
  options.rows = {{.key = {.text = "<script>k</script>"},
                   .value = {.text = "<script>v</script>"},
                   .actions = {.items = {{.href = "/c",
                                          .text = "<script>a</script>",
                                          .visually_hidden_text = "<i>x</i>"}}}}};
  options.card = SummaryCard{.title = SummaryCardTitle{.text = "<script>t</script>"}};
  html::Document document = html::Document::parse(summary_list(options).str());
  EXPECT_TRUE(document.errors().empty());
  EXPECT_TRUE(document.select("script").empty());
  EXPECT_TRUE(document.select("i").empty());
  EXPECT_EQ(document.select_one(".govuk-summary-list__key")->normalised_text(),
            "<script>k</script>");
  EXPECT_EQ(document.select_one(".govuk-summary-list__actions a")->normalised_text(),
            "<script>a</script> <i>x</i> (<script>t</script>)");
}

}  // namespace
}  // namespace casereview::test::components
