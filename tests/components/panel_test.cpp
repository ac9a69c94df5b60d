// Tests for the panel component against govuk-frontend's fixtures.
#include "web/components/panel.hpp"

#include <gtest/gtest.h>

#include "components/fixture_support.hpp"
#include "support/html_dom.hpp"

namespace casereview::test::components {
namespace {

using namespace casereview::web::govuk;

PanelOptions panel_options_from(const JsonObject& json) {
  PanelOptions options{.title_text = string_option(json, "titleText"),
                       .title_html = html_option(json, "titleHtml"),
                       .heading_level = int_option(json, "headingLevel", 1),
                       .text = string_option(json, "text"),
                       .html = html_option(json, "html"),
                       .actions = std::nullopt,
                       .classes = string_option(json, "classes"),
                       .attributes = attributes_option(json, "attributes")};
  if (JsonObject actions = object_option(json, "actions"); !actions.isNull()) {
    PanelActions panel_actions{.classes = string_option(actions, "classes"),
                               .attributes = attributes_option(actions, "attributes"),
                               .items = {}};
    for (const JsonObject& item : objects_in(array_option(actions, "items"))) {
      panel_actions.items.push_back({.text = string_option(item, "text"),
                                     .href = string_option(item, "href"),
                                     .type = string_option(item, "type"),
                                     .classes = string_option(item, "classes"),
                                     .attributes = attributes_option(item, "attributes")});
    }
    options.actions = std::move(panel_actions);
  }
  return options;
}

TEST(PanelComponent, RendersEveryGovukFrontendFixture) {
  expect_all_fixtures_render(
      "panel", [](const JsonObject& json) { return panel(panel_options_from(json)); });
}

TEST(PanelComponent, EscapesTitleTextAndActionText) {
  html::Document document = html::Document::parse(
      panel({.title_text = "<script>t</script>",
             .text = "<script>b</script>",
             .actions = PanelActions{.items = {{.text = "<script>a</script>", .href = "/x"}}},
             .classes = "govuk-panel--interruption"})
          .str());
  EXPECT_TRUE(document.errors().empty());
  EXPECT_TRUE(document.select("script").empty());
  EXPECT_EQ(document.select_one(".govuk-panel__title")->normalised_text(), "<script>t</script>");
  EXPECT_EQ(document.select_one(".govuk-panel__actions a")->normalised_text(),
            "<script>a</script>");
}

}  // namespace
}  // namespace casereview::test::components
