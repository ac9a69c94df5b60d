// Tests for the checkboxes component against govuk-frontend's fixtures.
#include "web/components/checkboxes.hpp"

#include <gtest/gtest.h>

#include "components/field_options.hpp"
#include "components/fixture_support.hpp"
#include "support/html_dom.hpp"

namespace casereview::test::components {
namespace {

using namespace casereview::web::govuk;

CheckboxesItem checkboxes_item_from(const JsonObject& json) {
  JsonObject label = object_option(json, "label");
  JsonObject hint = object_option(json, "hint");
  JsonObject conditional = object_option(json, "conditional");
  return {
      .text = string_option(json, "text"),
      .html = html_option(json, "html"),
      .id = string_option(json, "id"),
      .name = string_option(json, "name"),
      .value = string_option(json, "value"),
      .label = {.classes = string_option(label, "classes"),
                .attributes = attributes_option(label, "attributes")},
      .hint = hint.isNull() ? HintOptions{} : hint_options_from(hint),
      .divider = string_option(json, "divider"),
      .checked = item_checked_from(json),
      // `conditional.html: false` reveals nothing.
      .conditional = {.html = bool_option(conditional, "html") ? html_option(conditional, "html")
                                                               : web::Html{}},
      .behaviour = string_option(json, "behaviour"),
      .disabled = bool_option(json, "disabled"),
      .attributes = attributes_option(json, "attributes")};
}

CheckboxesOptions checkboxes_options_from(const JsonObject& json) {
  CheckboxesOptions options{
      .described_by = string_option(json, "describedBy"),
      .id_prefix = string_option(json, "idPrefix"),
      .name = string_option(json, "name"),
      .items = {},
      .values = string_list_option(json, "values"),
      .fieldset = optional_inputs_fieldset_from(json, "fieldset"),
      .hint = optional_hint_from(json, "hint"),
      .error_message = optional_error_message_from(json, "errorMessage"),
      .form_group = form_group_with_inputs_options_from(object_option(json, "formGroup")),
      .classes = string_option(json, "classes"),
      .attributes = attributes_option(json, "attributes")};
  for (const JsonObject& item : objects_in(array_option(json, "items"))) {
    options.items.push_back(checkboxes_item_from(item));
  }
  return options;
}

TEST(CheckboxesComponent, RendersEveryGovukFrontendFixture) {
  expect_all_fixtures_render(
      "checkboxes",
      [](const JsonObject& json) { return checkboxes(checkboxes_options_from(json)); },
      {{"with falsy values",
        "a C++ item list has no null/false/\"\" placeholders that still use up a position in the "
        "generated ids"}});
}

TEST(CheckboxesComponent, RevealsConditionalContentUnderEachCheckedItem) {
  html::Document document = html::Document::parse(
      checkboxes({.name = "agencies",
                  .items = {{.text = "Police",
                             .value = "police",
                             .conditional = {.html = web::Html::trusted("<p>P</p>")}},
                            {.text = "Health",
                             .value = "health",
                             .conditional = {.html = web::Html::trusted("<p>H</p>")}},
                            {.text = "School",
                             .value = "school",
                             .conditional = {.html = web::Html::trusted("<p>S</p>")}}},
                  .values = {"police", "school"}})
          .str());
  EXPECT_TRUE(document.errors().empty());
  ASSERT_EQ(document.select(".govuk-checkboxes__conditional").size(), 3u);
  EXPECT_FALSE(document.select_one("#conditional-agencies")
                   ->has_class("govuk-checkboxes__conditional--hidden"));
  EXPECT_TRUE(document.select_one("#conditional-agencies-2")
                  ->has_class("govuk-checkboxes__conditional--hidden"));
  EXPECT_FALSE(document.select_one("#conditional-agencies-3")
                   ->has_class("govuk-checkboxes__conditional--hidden"));
  EXPECT_EQ(document.select("input[checked]").size(), 2u);
}

TEST(CheckboxesComponent, DescribesEachCheckboxOnlyWithoutAFieldset) {
  CheckboxesOptions options{
      .name = "agree",
      .items = {{.text = "I agree", .value = "yes", .hint = {.text = "Go on"}}},
      .hint = HintOptions{.text = "Read the terms"}};
  html::Document without_fieldset = html::Document::parse(checkboxes(options).str());
  EXPECT_EQ(without_fieldset.select_one("input#agree")->attribute("aria-describedby"),
            "agree-hint agree-item-hint");

  options.fieldset = InputsFieldsetOptions{.legend = {.text = "Terms"}};
  html::Document with_fieldset = html::Document::parse(checkboxes(options).str());
  EXPECT_EQ(with_fieldset.select_one("input#agree")->attribute("aria-describedby"),
            "agree-item-hint");
  EXPECT_EQ(with_fieldset.select_one("fieldset")->attribute("aria-describedby"), "agree-hint");
}

TEST(CheckboxesComponent, EscapesTextValuesAndIds) {
  html::Document document = html::Document::parse(
      checkboxes({.id_prefix = "\"><script>i</script>",
                  .name = "\"><script>n</script>",
                  .items = {{.text = "<script>t</script>",
                             .value = "\"><script>v</script>",
                             .hint = {.text = "<script>h</script>"},
                             .behaviour = "\"><script>b</script>"},
                            {.divider = "<script>d</script>"}},
                  .values = {"\"><script>v</script>"},
                  .fieldset = InputsFieldsetOptions{.legend = {.text = "<script>l</script>"}},
                  .hint = HintOptions{.text = "<script>h</script>"},
                  .error_message = ErrorMessageOptions{.text = "<script>e</script>"}})
          .str());
  EXPECT_TRUE(document.errors().empty());
  EXPECT_TRUE(document.select("script").empty());
  const html::Node* control = document.select_one("input[checked]");
  ASSERT_NE(control, nullptr);
  EXPECT_EQ(control->attribute("value"), "\"><script>v</script>");
  EXPECT_EQ(control->attribute("name"), "\"><script>n</script>");
  EXPECT_EQ(control->attribute("id"), "\"><script>i</script>");
  EXPECT_EQ(control->attribute("data-behaviour"), "\"><script>b</script>");
  EXPECT_EQ(document.select_one(".govuk-checkboxes__label")->normalised_text(),
            "<script>t</script>");
  EXPECT_EQ(document.select_one(".govuk-checkboxes__divider")->normalised_text(),
            "<script>d</script>");
  EXPECT_EQ(document.select_one("legend")->normalised_text(), "<script>l</script>");
}

}  // namespace
}  // namespace casereview::test::components
