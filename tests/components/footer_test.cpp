// Tests for the footer component against govuk-frontend's fixtures.
#include "web/components/footer.hpp"

#include <gtest/gtest.h>

#include "components/fixture_support.hpp"
#include "support/html_dom.hpp"

namespace casereview::test::components {
namespace {

using namespace casereview::web::govuk;

std::vector<FooterLink> footer_links_from(const JsonArray& array) {
  std::vector<FooterLink> links;
  for (const JsonObject& item : objects_in(array)) {
    links.push_back({.text = string_option(item, "text"),
                     .href = string_option(item, "href"),
                     .attributes = attributes_option(item, "attributes")});
  }
  return links;
}

FooterStatement footer_statement_from(const JsonObject& json) {
  return {.text = string_option(json, "text"), .html = html_option(json, "html")};
}

FooterOptions footer_options_from(const JsonObject& json) {
  FooterOptions options;
  if (JsonObject meta = object_option(json, "meta"); !meta.isNull()) {
    options.meta = FooterMeta{.visually_hidden_title = string_option(meta, "visuallyHiddenTitle"),
                              .html = html_option(meta, "html"),
                              .text = string_option(meta, "text"),
                              .items = footer_links_from(array_option(meta, "items"))};
  }
  for (const JsonObject& section : objects_in(array_option(json, "navigation"))) {
    options.navigation.push_back({.title = string_option(section, "title"),
                                  .columns = int_option(section, "columns", 0),
                                  .width = string_option(section, "width"),
                                  .items = footer_links_from(array_option(section, "items"))});
  }
  if (is_null_option(json, "contentLicence")) {
    options.content_licence = std::nullopt;
  } else {
    options.content_licence = footer_statement_from(object_option(json, "contentLicence"));
  }
  options.copyright = footer_statement_from(object_option(json, "copyright"));
  options.container_classes = string_option(json, "containerClasses");
  options.classes = string_option(json, "classes");
  options.attributes = attributes_option(json, "attributes");
  return options;
}

TEST(FooterComponent, RendersEveryGovukFrontendFixture) {
  expect_all_fixtures_render(
      "footer", [](const JsonObject& json) { return footer(footer_options_from(json)); });
}

TEST(FooterComponent, EscapesText) {
  FooterOptions options;
  options.meta = FooterMeta{.text = "<script>meta</script>",
                            .items = {{.text = "<script>link</script>", .href = "/a"}}};
  options.navigation = {{.title = "<script>title</script>",
                         .items = {{.text = "<script>nav</script>", .href = "/b"}}}};
  options.content_licence = FooterStatement{.text = "<script>licence</script>"};
  options.copyright = {.text = "<script>copyright</script>"};
  html::Document document = html::Document::parse(footer(options).str());
  EXPECT_TRUE(document.errors().empty());
  EXPECT_TRUE(document.select("script").empty());
  EXPECT_EQ(document.select_one(".govuk-footer__licence-description")->normalised_text(),
            "<script>licence</script>");
  EXPECT_EQ(document.select_one(".govuk-footer__copyright-logo")->normalised_text(),
            "<script>copyright</script>");
}

TEST(FooterComponent, LeavesOutTheLicenceWhenContentLicenceIsNull) {
  FooterOptions options;
  options.content_licence = std::nullopt;
  html::Document document = html::Document::parse(footer(options).str());
  EXPECT_TRUE(document.select(".govuk-footer__licence-logo").empty());
  EXPECT_TRUE(document.select(".govuk-footer__licence-description").empty());
}

// A partnership's service is not GOV.UK: no crown, no OGL logo, no Crown copyright link.
TEST(FooterComponent, LeavesOutEveryCrownMarkWithoutCrownBranding) {
  FooterOptions options;
  options.content_licence = FooterStatement{.text = "Run by a partnership"};
  options.copyright = {.text = "© A partnership"};
  options.crown_branding = false;
  html::Document document = html::Document::parse(footer(options).str());
  EXPECT_TRUE(document.errors().empty());
  EXPECT_TRUE(document.select(".govuk-footer__crown").empty());
  EXPECT_TRUE(document.select(".govuk-footer__licence-logo").empty());
  EXPECT_TRUE(document.select(".govuk-footer__copyright-logo").empty());
  EXPECT_EQ(footer(options).str().find("nationalarchives"), std::string::npos);
  EXPECT_EQ(document.select_one(".govuk-footer__licence-description")->normalised_text(),
            "Run by a partnership");
  EXPECT_NE(footer(options).str().find("© A partnership"), std::string::npos);
}

}  // namespace
}  // namespace casereview::test::components
