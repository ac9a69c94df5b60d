// Tests for the fieldset component against govuk-frontend's fixtures.
#include "web/components/fieldset.hpp"

#include <gtest/gtest.h>

#include "components/field_options.hpp"
#include "components/fixture_support.hpp"
#include "support/html_dom.hpp"

namespace casereview::test::components {
namespace {

using namespace casereview::web::govuk;

TEST(FieldsetComponent, RendersEveryGovukFrontendFixture) {
  expect_all_fixtures_render(
      "fieldset", [](const JsonObject& json) { return fieldset(fieldset_options_from(json)); });
}

TEST(FieldsetComponent, EscapesLegendText) {
  html::Document document = html::Document::parse(
      fieldset({.legend = {.text = "<script>x</script>", .is_page_heading = true}}).str());
  EXPECT_TRUE(document.errors().empty());
  EXPECT_TRUE(document.select("script").empty());
  EXPECT_EQ(document.select_one("legend h1")->normalised_text(), "<script>x</script>");
}

}  // namespace
}  // namespace casereview::test::components
