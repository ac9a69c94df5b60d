// Tests for the hint component against govuk-frontend's fixtures.
#include "web/components/hint.hpp"

#include <gtest/gtest.h>

#include "components/field_options.hpp"
#include "components/fixture_support.hpp"
#include "support/html_dom.hpp"

namespace casereview::test::components {
namespace {

using namespace casereview::web::govuk;

TEST(HintComponent, RendersEveryGovukFrontendFixture) {
  expect_all_fixtures_render("hint",
                             [](const JsonObject& json) { return hint(hint_options_from(json)); });
}

TEST(HintComponent, EscapesText) {
  HintOptions options;
  options.text = "<script>x</script>";
  html::Document document = html::Document::parse(hint(options).str());
  EXPECT_TRUE(document.errors().empty());
  EXPECT_TRUE(document.select("script").empty());
  EXPECT_NE(document.root().normalised_text().find("<script>x</script>"), std::string::npos);
}

}  // namespace
}  // namespace casereview::test::components
