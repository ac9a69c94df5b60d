// Tests for the back link component against govuk-frontend's fixtures.
#include "web/components/back_link.hpp"

#include <gtest/gtest.h>

#include "components/fixture_support.hpp"
#include "support/html_dom.hpp"

namespace casereview::test::components {
namespace {

using namespace casereview::web::govuk;

BackLinkOptions back_link_options_from(const JsonObject& json) {
  return {.text = string_option(json, "text"),
          .html = html_option(json, "html"),
          .href = string_option(json, "href"),
          .classes = string_option(json, "classes"),
          .attributes = attributes_option(json, "attributes")};
}

TEST(BackLinkComponent, RendersEveryGovukFrontendFixture) {
  expect_all_fixtures_render(
      "back-link", [](const JsonObject& json) { return back_link(back_link_options_from(json)); });
}

TEST(BackLinkComponent, EscapesTextAndHref) {
  html::Document document = html::Document::parse(
      back_link({.text = "<script>x</script>", .href = "\"><script>y</script>"}).str());
  EXPECT_TRUE(document.select("script").empty());
  EXPECT_EQ(document.select_one("a")->attribute("href"), "\"><script>y</script>");
  EXPECT_EQ(document.select_one("a")->normalised_text(), "<script>x</script>");
}

}  // namespace
}  // namespace casereview::test::components
