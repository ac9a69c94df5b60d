// Tests for the tag component against govuk-frontend's fixtures.
#include "web/components/tag.hpp"

#include <gtest/gtest.h>

#include "components/fixture_support.hpp"
#include "support/html_dom.hpp"

namespace casereview::test::components {
namespace {

using namespace casereview::web::govuk;

TagOptions tag_options_from(const JsonObject& json) {
  return {.text = string_option(json, "text"),
          .html = html_option(json, "html"),
          .classes = string_option(json, "classes"),
          .attributes = attributes_option(json, "attributes")};
}

TEST(TagComponent, RendersEveryGovukFrontendFixture) {
  expect_all_fixtures_render("tag",
                             [](const JsonObject& json) { return tag(tag_options_from(json)); });
}

TEST(TagComponent, EscapesText) {
  html::Document document = html::Document::parse(tag({.text = "<script>alert(1)</script>"}).str());
  EXPECT_TRUE(document.select("script").empty());
  EXPECT_EQ(document.select_one(".govuk-tag")->normalised_text(), "<script>alert(1)</script>");
}

}  // namespace
}  // namespace casereview::test::components
