// Tests for the breadcrumbs component against govuk-frontend's fixtures.
#include "web/components/breadcrumbs.hpp"

#include <gtest/gtest.h>

#include "components/fixture_support.hpp"
#include "support/html_dom.hpp"

namespace casereview::test::components {
namespace {

using namespace casereview::web::govuk;

BreadcrumbsOptions breadcrumbs_options_from(const JsonObject& json) {
  BreadcrumbsOptions options;
  for (const JsonObject& item : objects_in(array_option(json, "items"))) {
    options.items.push_back({.text = string_option(item, "text"),
                             .html = html_option(item, "html"),
                             .href = string_option(item, "href"),
                             .attributes = attributes_option(item, "attributes")});
  }
  options.collapse_on_mobile = bool_option(json, "collapseOnMobile");
  if (has_option(json, "labelText")) options.label_text = string_option(json, "labelText");
  options.classes = string_option(json, "classes");
  options.attributes = attributes_option(json, "attributes");
  return options;
}

TEST(BreadcrumbsComponent, RendersEveryGovukFrontendFixture) {
  expect_all_fixtures_render("breadcrumbs", [](const JsonObject& json) {
    return breadcrumbs(breadcrumbs_options_from(json));
  });
}

TEST(BreadcrumbsComponent, EscapesItemText) {
  html::Document document =
      html::Document::parse(breadcrumbs({.items = {{.text = "<script>a</script>", .href = "/"},
                                                   {.text = "<script>b</script>"}}})
                                .str());
  EXPECT_TRUE(document.select("script").empty());
  EXPECT_EQ(document.select_one(".govuk-breadcrumbs__link")->normalised_text(),
            "<script>a</script>");
  EXPECT_EQ(document.select_one("[aria-current=page]")->normalised_text(), "<script>b</script>");
}

}  // namespace
}  // namespace casereview::test::components
