// Tests for the textarea component against govuk-frontend's fixtures.
#include "web/components/textarea.hpp"

#include <gtest/gtest.h>

#include "components/field_options.hpp"
#include "components/fixture_support.hpp"
#include "support/html_dom.hpp"

namespace casereview::test::components {
namespace {

using namespace casereview::web::govuk;

TextareaOptions textarea_options_from(const JsonObject& json) {
  return {.id = string_option(json, "id"),
          .name = string_option(json, "name"),
          .spellcheck = optional_bool_option(json, "spellcheck"),
          .rows = int_option(json, "rows", 5),
          .value = string_option(json, "value"),
          .disabled = bool_option(json, "disabled"),
          .described_by = string_option(json, "describedBy"),
          .label = label_options_from(object_option(json, "label")),
          .hint = optional_hint_from(json, "hint"),
          .error_message = optional_error_message_from(json, "errorMessage"),
          .form_group = form_group_options_from(object_option(json, "formGroup")),
          .classes = string_option(json, "classes"),
          .autocomplete = string_option(json, "autocomplete"),
          .attributes = attributes_option(json, "attributes")};
}

TEST(TextareaComponent, RendersEveryGovukFrontendFixture) {
  expect_all_fixtures_render(
      "textarea", [](const JsonObject& json) { return textarea(textarea_options_from(json)); });
}

TEST(TextareaComponent, EscapesValueSoItCannotCloseTheTextarea) {
  html::Document document =
      html::Document::parse(textarea({.name = "summary",
                                      .value = "</textarea><script>x</script>",
                                      .label = {.text = "Summary"}})
                                .str());
  EXPECT_TRUE(document.errors().empty());
  EXPECT_TRUE(document.select("script").empty());
  EXPECT_EQ(document.select_one("textarea#summary")->text_content(),
            "</textarea><script>x</script>");
}

}  // namespace
}  // namespace casereview::test::components
