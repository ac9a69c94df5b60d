// Tests for the error-message component against govuk-frontend's fixtures.
#include "web/components/error_message.hpp"

#include <gtest/gtest.h>

#include "components/field_options.hpp"
#include "components/fixture_support.hpp"
#include "support/html_dom.hpp"

namespace casereview::test::components {
namespace {

using namespace casereview::web::govuk;

TEST(ErrorMessageComponent, RendersEveryGovukFrontendFixture) {
  expect_all_fixtures_render("error-message", [](const JsonObject& json) {
    return error_message(error_message_options_from(json));
  });
}

TEST(ErrorMessageComponent, EscapesText) {
  ErrorMessageOptions options;
  options.text = "<script>x</script>";
  html::Document document = html::Document::parse(error_message(options).str());
  EXPECT_TRUE(document.errors().empty());
  EXPECT_TRUE(document.select("script").empty());
  EXPECT_NE(document.root().normalised_text().find("<script>x</script>"), std::string::npos);
}

}  // namespace
}  // namespace casereview::test::components
