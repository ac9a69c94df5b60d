// Tests for the warning text component against govuk-frontend's fixtures.
#include "web/components/warning_text.hpp"

#include <gtest/gtest.h>

#include "components/fixture_support.hpp"
#include "support/html_dom.hpp"

namespace casereview::test::components {
namespace {

using namespace casereview::web::govuk;

WarningTextOptions warning_text_options_from(const JsonObject& json) {
  return {.text = string_option(json, "text"),
          .html = html_option(json, "html"),
          .icon_fallback_text = string_option(json, "iconFallbackText"),
          .classes = string_option(json, "classes"),
          .attributes = attributes_option(json, "attributes")};
}

TEST(WarningTextComponent, RendersEveryGovukFrontendFixture) {
  expect_all_fixtures_render("warning-text", [](const JsonObject& json) {
    return warning_text(warning_text_options_from(json));
  });
}

TEST(WarningTextComponent, EscapesTextAndFallbackText) {
  html::Document document = html::Document::parse(
      warning_text({.text = "<script>x</script>", .icon_fallback_text = "<b>W</b>"}).str());
  EXPECT_TRUE(document.select("script").empty());
  EXPECT_TRUE(document.select("b").empty());
  EXPECT_EQ(document.select_one(".govuk-warning-text__text")->normalised_text(),
            "<b>W</b> <script>x</script>");
}

}  // namespace
}  // namespace casereview::test::components
