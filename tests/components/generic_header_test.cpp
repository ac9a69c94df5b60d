// Tests for the generic header component against govuk-frontend's fixtures.
#include "web/components/generic_header.hpp"

#include <gtest/gtest.h>

#include "components/fixture_support.hpp"
#include "support/html_dom.hpp"

namespace casereview::test::components {
namespace {

using namespace casereview::web::govuk;

GenericHeaderOptions generic_header_options_from(const JsonObject& json) {
  return {.url = string_option(json, "url"),
          .logo_text = string_option(json, "logoText"),
          .logo_html = html_option(json, "logoHtml"),
          .container_classes = string_option(json, "containerClasses"),
          .classes = string_option(json, "classes"),
          .attributes = attributes_option(json, "attributes")};
}

TEST(GenericHeaderComponent, RendersEveryGovukFrontendFixture) {
  expect_all_fixtures_render("generic-header", [](const JsonObject& json) {
    return generic_header(generic_header_options_from(json));
  });
}

TEST(GenericHeaderComponent, EscapesLogoText) {
  html::Document document =
      html::Document::parse(generic_header({.logo_text = "<script>x</script> & co"}).str());
  EXPECT_TRUE(document.select("script").empty());
  EXPECT_EQ(document.select_one(".govuk-generic-header__homepage-link")->normalised_text(),
            "<script>x</script> & co");
}

TEST(GenericHeaderComponent, HasNoCrown) {
  html::Document document =
      html::Document::parse(generic_header({.logo_text = "Partnership"}).str());
  EXPECT_TRUE(document.select("svg").empty());
}

}  // namespace
}  // namespace casereview::test::components
