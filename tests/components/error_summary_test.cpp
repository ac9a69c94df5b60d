// Tests for the error summary component against govuk-frontend's fixtures.
#include "web/components/error_summary.hpp"

#include <gtest/gtest.h>

#include "components/fixture_support.hpp"
#include "support/html_dom.hpp"

namespace casereview::test::components {
namespace {

using namespace casereview::web::govuk;

ErrorSummaryOptions error_summary_options_from(const JsonObject& json) {
  ErrorSummaryOptions options{.title_text = string_option(json, "titleText"),
                              .title_html = html_option(json, "titleHtml"),
                              .description_text = string_option(json, "descriptionText"),
                              .description_html = html_option(json, "descriptionHtml"),
                              .error_list = {},
                              .disable_auto_focus = optional_bool_option(json, "disableAutoFocus"),
                              .classes = string_option(json, "classes"),
                              .attributes = attributes_option(json, "attributes")};
  for (const JsonObject& item : objects_in(array_option(json, "errorList"))) {
    options.error_list.push_back({.href = string_option(item, "href"),
                                  .text = string_option(item, "text"),
                                  .html = html_option(item, "html"),
                                  .attributes = attributes_option(item, "attributes")});
  }
  return options;
}

TEST(ErrorSummaryComponent, RendersEveryGovukFrontendFixture) {
  expect_all_fixtures_render("error-summary", [](const JsonObject& json) {
    return error_summary(error_summary_options_from(json));
  });
}

TEST(ErrorSummaryComponent, EscapesTitleDescriptionAndErrors) {
  html::Document document = html::Document::parse(
      error_summary({.title_text = "<script>t</script>",
                     .description_text = "<script>d</script>",
                     .error_list = {{.href = "#f\"x", .text = "<script>e</script>"}}})
          .str());
  EXPECT_TRUE(document.errors().empty());
  EXPECT_TRUE(document.select("script").empty());
  EXPECT_EQ(document.select_one(".govuk-error-summary__title")->normalised_text(),
            "<script>t</script>");
  const html::Node* link = document.select_one(".govuk-error-summary__list a");
  EXPECT_EQ(link->attribute("href"), "#f\"x");
  EXPECT_EQ(link->normalised_text(), "<script>e</script>");
}

}  // namespace
}  // namespace casereview::test::components
