// Tests for the notification banner component against govuk-frontend's fixtures.
#include "web/components/notification_banner.hpp"

#include <gtest/gtest.h>

#include "components/fixture_support.hpp"
#include "support/html_dom.hpp"

namespace casereview::test::components {
namespace {

using namespace casereview::web::govuk;

NotificationBannerOptions notification_banner_options_from(const JsonObject& json) {
  return {.text = string_option(json, "text"),
          .html = html_option(json, "html"),
          .title_text = string_option(json, "titleText"),
          .title_html = html_option(json, "titleHtml"),
          .title_heading_level = int_option(json, "titleHeadingLevel", 2),
          .type = string_option(json, "type"),
          .role = string_option(json, "role"),
          .title_id = string_option(json, "titleId"),
          .disable_auto_focus = optional_bool_option(json, "disableAutoFocus"),
          .classes = string_option(json, "classes"),
          .attributes = attributes_option(json, "attributes")};
}

TEST(NotificationBannerComponent, RendersEveryGovukFrontendFixture) {
  expect_all_fixtures_render("notification-banner", [](const JsonObject& json) {
    return notification_banner(notification_banner_options_from(json));
  });
}

TEST(NotificationBannerComponent, EscapesTextAndTitle) {
  html::Document document = html::Document::parse(
      notification_banner({.text = "<script>x</script>", .title_text = "<i>t</i>"}).str());
  EXPECT_TRUE(document.select("script").empty());
  EXPECT_TRUE(document.select("i").empty());
  EXPECT_EQ(document.select_one(".govuk-notification-banner__heading")->normalised_text(),
            "<script>x</script>");
  EXPECT_EQ(document.select_one("h2.govuk-notification-banner__title")->normalised_text(),
            "<i>t</i>");
}

}  // namespace
}  // namespace casereview::test::components
