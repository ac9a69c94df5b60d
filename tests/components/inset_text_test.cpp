// Tests for the inset text component against govuk-frontend's fixtures.
#include "web/components/inset_text.hpp"

#include <gtest/gtest.h>

#include "components/fixture_support.hpp"
#include "support/html_dom.hpp"

namespace casereview::test::components {
namespace {

using namespace casereview::web::govuk;

InsetTextOptions inset_text_options_from(const JsonObject& json) {
  return {.text = string_option(json, "text"),
          .html = html_option(json, "html"),
          .id = string_option(json, "id"),
          .classes = string_option(json, "classes"),
          .attributes = attributes_option(json, "attributes")};
}

TEST(InsetTextComponent, RendersEveryGovukFrontendFixture) {
  expect_all_fixtures_render("inset-text", [](const JsonObject& json) {
    return inset_text(inset_text_options_from(json));
  });
}

TEST(InsetTextComponent, EscapesText) {
  html::Document document = html::Document::parse(inset_text({.text = "<script>x</script>"}).str());
  EXPECT_TRUE(document.select("script").empty());
  EXPECT_EQ(document.select_one(".govuk-inset-text")->normalised_text(), "<script>x</script>");
}

}  // namespace
}  // namespace casereview::test::components
