// Tests for the details component against govuk-frontend's fixtures.
#include "web/components/details.hpp"

#include <gtest/gtest.h>

#include "components/fixture_support.hpp"
#include "support/html_dom.hpp"

namespace casereview::test::components {
namespace {

using namespace casereview::web::govuk;

DetailsOptions details_options_from(const JsonObject& json) {
  return {.summary_text = string_option(json, "summaryText"),
          .summary_html = html_option(json, "summaryHtml"),
          .text = string_option(json, "text"),
          .html = html_option(json, "html"),
          .id = string_option(json, "id"),
          .open = bool_option(json, "open"),
          .classes = string_option(json, "classes"),
          .attributes = attributes_option(json, "attributes")};
}

TEST(DetailsComponent, RendersEveryGovukFrontendFixture) {
  expect_all_fixtures_render(
      "details", [](const JsonObject& json) { return details(details_options_from(json)); });
}

TEST(DetailsComponent, EscapesSummaryAndText) {
  html::Document document = html::Document::parse(
      details({.summary_text = "<script>s</script>", .text = "<script>t</script>"}).str());
  EXPECT_TRUE(document.select("script").empty());
  EXPECT_EQ(document.select_one(".govuk-details__summary-text")->normalised_text(),
            "<script>s</script>");
  EXPECT_EQ(document.select_one(".govuk-details__text")->normalised_text(), "<script>t</script>");
}

}  // namespace
}  // namespace casereview::test::components
