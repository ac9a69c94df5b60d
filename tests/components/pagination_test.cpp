// Tests for the pagination component against govuk-frontend's fixtures.
#include "web/components/pagination.hpp"

#include <gtest/gtest.h>

#include "components/fixture_support.hpp"
#include "support/html_dom.hpp"

namespace casereview::test::components {
namespace {

using namespace casereview::web::govuk;

std::optional<PaginationLink> pagination_link_from(const JsonObject& parent,
                                                   const std::string& key) {
  JsonObject json = object_option(parent, key);
  if (json.isNull()) return std::nullopt;
  return PaginationLink{.text = string_option(json, "text"),
                        .html = html_option(json, "html"),
                        .label_text = string_option(json, "labelText"),
                        .href = string_option(json, "href"),
                        .attributes = attributes_option(json, "attributes")};
}

PaginationOptions pagination_options_from(const JsonObject& json) {
  PaginationOptions options{.items = {},
                            .previous = pagination_link_from(json, "previous"),
                            .next = pagination_link_from(json, "next"),
                            .landmark_label = string_option(json, "landmarkLabel"),
                            .classes = string_option(json, "classes"),
                            .attributes = attributes_option(json, "attributes")};
  for (const JsonObject& item : objects_in(array_option(json, "items"))) {
    // The template leaves out empty objects as well as null items; C++ has no such placeholder.
    if (item->size() == 0) continue;
    options.items.push_back({.number = string_option(item, "number"),
                             .visually_hidden_text = string_option(item, "visuallyHiddenText"),
                             .href = string_option(item, "href"),
                             .current = bool_option(item, "current"),
                             .ellipsis = bool_option(item, "ellipsis"),
                             .attributes = attributes_option(item, "attributes")});
  }
  return options;
}

TEST(PaginationComponent, RendersEveryGovukFrontendFixture) {
  expect_all_fixtures_render("pagination", [](const JsonObject& json) {
    return pagination(pagination_options_from(json));
  });
}

TEST(PaginationComponent, UsesBlockStyleOnlyWithoutNumberedPages) {
  PaginationOptions options{
      .previous = PaginationLink{.label_text = "Chronology", .href = "/reviews/7/chronology"}};
  html::Document block = html::Document::parse(pagination(options).str());
  EXPECT_TRUE(block.errors().empty());
  EXPECT_TRUE(block.select_one("nav")->has_class("govuk-pagination--block"));
  EXPECT_EQ(block.select_one(".govuk-pagination__link-label")->normalised_text(), "Chronology");

  options.items = {{.number = "1", .href = "/page/1", .current = true}};
  html::Document numbered = html::Document::parse(pagination(options).str());
  EXPECT_FALSE(numbered.select_one("nav")->has_class("govuk-pagination--block"));
  EXPECT_EQ(numbered.select_one(".govuk-pagination__link-label"), nullptr);
  EXPECT_EQ(numbered.select_one("a[aria-current=page]")->attribute("aria-label"), "Page 1");
}

TEST(PaginationComponent, EscapesTextLabelsAndHrefs) {
  html::Document document = html::Document::parse(
      pagination({.items = {{.number = "<script>n</script>", .href = "\"><script>h</script>"}},
                  .previous =
                      PaginationLink{.text = "<script>p</script>", .href = "\"><script>u</script>"},
                  .next = PaginationLink{.text = "<script>x</script>",
                                         .label_text = "<script>l</script>",
                                         .href = "/next"},
                  .landmark_label = "\"><script>m</script>"})
          .str());
  EXPECT_TRUE(document.errors().empty());
  EXPECT_TRUE(document.select("script").empty());
  EXPECT_EQ(document.select_one("nav")->attribute("aria-label"), "\"><script>m</script>");
  EXPECT_EQ(document.select_one("a[rel=prev]")->attribute("href"), "\"><script>u</script>");
  EXPECT_EQ(document.select_one("a[rel=prev]")->normalised_text(), "<script>p</script>");
  const html::Node* page = document.select_one(".govuk-pagination__item a");
  ASSERT_NE(page, nullptr);
  EXPECT_EQ(page->normalised_text(), "<script>n</script>");
  EXPECT_EQ(page->attribute("aria-label"), "Page <script>n</script>");
  EXPECT_EQ(page->attribute("href"), "\"><script>h</script>");
}

}  // namespace
}  // namespace casereview::test::components
