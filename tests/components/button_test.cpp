// Tests for the button component against govuk-frontend's fixtures.
#include "web/components/button.hpp"

#include <gtest/gtest.h>

#include "components/fixture_support.hpp"
#include "support/html_dom.hpp"

namespace casereview::test::components {
namespace {

using namespace casereview::web::govuk;

ButtonOptions button_options_from(const JsonObject& json) {
  return {.text = string_option(json, "text"),
          .html = html_option(json, "html"),
          .type = string_option(json, "type"),
          .name = string_option(json, "name"),
          .value = string_option(json, "value"),
          .disabled = bool_option(json, "disabled"),
          .href = string_option(json, "href"),
          .classes = string_option(json, "classes"),
          .attributes = attributes_option(json, "attributes"),
          .prevent_double_click = optional_bool_option(json, "preventDoubleClick"),
          .is_start_button = bool_option(json, "isStartButton"),
          .id = string_option(json, "id")};
}

TEST(ButtonComponent, RendersEveryGovukFrontendFixture) {
  expect_all_fixtures_render(
      "button", [](const JsonObject& json) { return button(button_options_from(json)); });
}

TEST(ButtonComponent, EscapesTextAndValues) {
  html::Document document = html::Document::parse(
      button({.text = "<script>x</script>", .name = "a\"b", .value = "<v>"}).str());
  EXPECT_TRUE(document.errors().empty());
  EXPECT_TRUE(document.select("script").empty());
  const html::Node* element = document.select_one("button");
  ASSERT_NE(element, nullptr);
  EXPECT_EQ(element->attribute("name"), "a\"b");
  EXPECT_EQ(element->attribute("value"), "<v>");
  EXPECT_EQ(element->normalised_text(), "<script>x</script>");
}

}  // namespace
}  // namespace casereview::test::components
