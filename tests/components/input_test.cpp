// Tests for the input component against govuk-frontend's fixtures.
#include "web/components/input.hpp"

#include <gtest/gtest.h>

#include "components/field_options.hpp"
#include "components/fixture_support.hpp"
#include "support/html_dom.hpp"

namespace casereview::test::components {
namespace {

using namespace casereview::web::govuk;

InputAffix affix_from(const JsonObject& json) {
  return {.text = string_option(json, "text"),
          .html = html_option(json, "html"),
          .classes = string_option(json, "classes"),
          .attributes = attributes_option(json, "attributes")};
}

InputOptions input_options_from(const JsonObject& json) {
  JsonObject wrapper = object_option(json, "inputWrapper");
  return {.id = string_option(json, "id"),
          .name = string_option(json, "name"),
          .type = string_option(json, "type"),
          .inputmode = string_option(json, "inputmode"),
          .value = string_option(json, "value"),
          .disabled = bool_option(json, "disabled"),
          .described_by = string_option(json, "describedBy"),
          .label = label_options_from(object_option(json, "label")),
          .hint = optional_hint_from(json, "hint"),
          .error_message = optional_error_message_from(json, "errorMessage"),
          .prefix = affix_from(object_option(json, "prefix")),
          .suffix = affix_from(object_option(json, "suffix")),
          .form_group = form_group_options_from(object_option(json, "formGroup")),
          .classes = string_option(json, "classes"),
          .autocomplete = string_option(json, "autocomplete"),
          .pattern = string_option(json, "pattern"),
          .spellcheck = optional_bool_option(json, "spellcheck"),
          .autocapitalize = string_option(json, "autocapitalize"),
          .input_wrapper = {.classes = string_option(wrapper, "classes"),
                            .attributes = attributes_option(wrapper, "attributes")},
          .attributes = attributes_option(json, "attributes")};
}

TEST(InputComponent, RendersEveryGovukFrontendFixture) {
  expect_all_fixtures_render(
      "input", [](const JsonObject& json) { return input(input_options_from(json)); });
}

TEST(InputComponent, EscapesValueLabelAndMessages) {
  html::Document document = html::Document::parse(
      input({.name = "reference",
             .value = "\"><script>v</script>",
             .label = {.text = "<script>l</script>"},
             .hint = HintOptions{.text = "<script>h</script>"},
             .error_message = ErrorMessageOptions{.text = "<script>e</script>"},
             .prefix = {.text = "<script>p</script>"}})
          .str());
  EXPECT_TRUE(document.errors().empty());
  EXPECT_TRUE(document.select("script").empty());
  const html::Node* control = document.select_one("input#reference");
  ASSERT_NE(control, nullptr);
  EXPECT_EQ(control->attribute("value"), "\"><script>v</script>");
  EXPECT_EQ(control->attribute("aria-describedby"), "reference-hint reference-error");
  EXPECT_EQ(document.select_one("label[for=reference]")->normalised_text(), "<script>l</script>");
}

}  // namespace
}  // namespace casereview::test::components
