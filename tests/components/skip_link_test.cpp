// Tests for the skip link component against govuk-frontend's fixtures.
#include "web/components/skip_link.hpp"

#include <gtest/gtest.h>

#include "components/fixture_support.hpp"
#include "support/html_dom.hpp"

namespace casereview::test::components {
namespace {

using namespace casereview::web::govuk;

SkipLinkOptions skip_link_options_from(const JsonObject& json) {
  return {.text = string_option(json, "text"),
          .html = html_option(json, "html"),
          .href = string_option(json, "href"),
          .classes = string_option(json, "classes"),
          .attributes = attributes_option(json, "attributes")};
}

TEST(SkipLinkComponent, RendersEveryGovukFrontendFixture) {
  expect_all_fixtures_render(
      "skip-link", [](const JsonObject& json) { return skip_link(skip_link_options_from(json)); });
}

TEST(SkipLinkComponent, EscapesTextAndAttributes) {
  html::Document document = html::Document::parse(skip_link({.text = "<script>x</script>",
                                                             .href = "\"><script>y</script>",
                                                             .attributes = {{"data-x", "\"'<>"}}})
                                                      .str());
  EXPECT_TRUE(document.errors().empty());
  EXPECT_TRUE(document.select("script").empty());
  const html::Node* link = document.select_one("a.govuk-skip-link");
  ASSERT_NE(link, nullptr);
  EXPECT_EQ(link->attribute("href"), "\"><script>y</script>");
  EXPECT_EQ(link->attribute("data-x"), "\"'<>");
  EXPECT_EQ(link->normalised_text(), "<script>x</script>");
}

}  // namespace
}  // namespace casereview::test::components
