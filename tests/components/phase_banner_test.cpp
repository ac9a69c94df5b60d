// Tests for the phase banner component against govuk-frontend's fixtures.
#include "web/components/phase_banner.hpp"

#include <gtest/gtest.h>

#include "components/fixture_support.hpp"
#include "support/html_dom.hpp"

namespace casereview::test::components {
namespace {

using namespace casereview::web::govuk;

PhaseBannerOptions phase_banner_options_from(const JsonObject& json) {
  JsonObject tag = object_option(json, "tag");
  return {.text = string_option(json, "text"),
          .html = html_option(json, "html"),
          .tag = {.text = string_option(tag, "text"),
                  .html = html_option(tag, "html"),
                  .classes = string_option(tag, "classes")},
          .classes = string_option(json, "classes"),
          .attributes = attributes_option(json, "attributes")};
}

TEST(PhaseBannerComponent, RendersEveryGovukFrontendFixture) {
  expect_all_fixtures_render("phase-banner", [](const JsonObject& json) {
    return phase_banner(phase_banner_options_from(json));
  });
}

TEST(PhaseBannerComponent, EscapesTextAndTagText) {
  html::Document document = html::Document::parse(
      phase_banner({.text = "<script>a</script>", .tag = {.text = "<b>beta</b>"}}).str());
  EXPECT_TRUE(document.select("script").empty());
  EXPECT_TRUE(document.select("b").empty());
  EXPECT_EQ(document.select_one(".govuk-phase-banner__text")->normalised_text(),
            "<script>a</script>");
  EXPECT_EQ(document.select_one(".govuk-tag")->normalised_text(), "<b>beta</b>");
}

}  // namespace
}  // namespace casereview::test::components
