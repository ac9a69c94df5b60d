// Tests for the service navigation component against govuk-frontend's fixtures.
#include "web/components/service_navigation.hpp"

#include <gtest/gtest.h>

#include "components/fixture_support.hpp"
#include "support/html_dom.hpp"

namespace casereview::test::components {
namespace {

using namespace casereview::web::govuk;

ServiceNavigationOptions service_navigation_options_from(const JsonObject& json) {
  ServiceNavigationOptions options;
  options.classes = string_option(json, "classes");
  options.attributes = attributes_option(json, "attributes");
  if (has_option(json, "ariaLabel")) options.aria_label = string_option(json, "ariaLabel");
  options.menu_button_text = string_option(json, "menuButtonText");
  options.menu_button_label = string_option(json, "menuButtonLabel");
  options.navigation_label = string_option(json, "navigationLabel");
  options.navigation_id = string_option(json, "navigationId");
  options.navigation_classes = string_option(json, "navigationClasses");
  options.collapse_navigation_on_mobile = optional_bool_option(json, "collapseNavigationOnMobile");
  options.service_name = string_option(json, "serviceName");
  options.service_url = string_option(json, "serviceUrl");
  for (const JsonObject& item : objects_in(array_option(json, "navigation"))) {
    options.navigation.push_back({.current = bool_option(item, "current"),
                                  .active = bool_option(item, "active"),
                                  .html = html_option(item, "html"),
                                  .text = string_option(item, "text"),
                                  .href = string_option(item, "href"),
                                  .attributes = attributes_option(item, "attributes")});
  }
  JsonObject slots = object_option(json, "slots");
  options.slots.start = html_option(slots, "start");
  options.slots.navigation_start = html_option(slots, "navigationStart");
  options.slots.navigation_end = html_option(slots, "navigationEnd");
  if (JsonObject end = object_option(slots, "end"); !end.isNull()) {
    options.slots.end = {.html = html_option(end, "html"), .align = string_option(end, "align")};
  } else {
    options.slots.end.html = html_option(slots, "end");
  }
  return options;
}

TEST(ServiceNavigationComponent, RendersEveryGovukFrontendFixture) {
  expect_all_fixtures_render("service-navigation", [](const JsonObject& json) {
    return service_navigation(service_navigation_options_from(json));
  });
}

TEST(ServiceNavigationComponent, EscapesServiceNameAndItemText) {
  ServiceNavigationOptions options;
  options.service_name = "<script>name</script>";
  options.service_url = "/\"onmouseover=\"x";
  options.navigation = {{.current = true, .text = "<script>item</script>", .href = "/a"}};
  html::Document document = html::Document::parse(service_navigation(options).str());
  EXPECT_TRUE(document.errors().empty());
  EXPECT_TRUE(document.select("script").empty());
  EXPECT_EQ(document.select_one(".govuk-service-navigation__service-name a")->attribute("href"),
            "/\"onmouseover=\"x");
  EXPECT_EQ(document.select_one("[aria-current=page]")->normalised_text(), "<script>item</script>");
}

}  // namespace
}  // namespace casereview::test::components
