// Tests for the radios component against govuk-frontend's fixtures.
#include "web/components/radios.hpp"

#include <gtest/gtest.h>

#include "components/field_options.hpp"
#include "components/fixture_support.hpp"
#include "support/html_dom.hpp"

namespace casereview::test::components {
namespace {

using namespace casereview::web::govuk;

RadiosItem radios_item_from(const JsonObject& json) {
  JsonObject label = object_option(json, "label");
  JsonObject hint = object_option(json, "hint");
  JsonObject conditional = object_option(json, "conditional");
  return {
      .text = string_option(json, "text"),
      .html = html_option(json, "html"),
      .id = string_option(json, "id"),
      .value = string_option(json, "value"),
      .label = {.classes = string_option(label, "classes"),
                .attributes = attributes_option(label, "attributes")},
      .hint = hint.isNull() ? HintOptions{} : hint_options_from(hint),
      .divider = string_option(json, "divider"),
      .checked = item_checked_from(json),
      // `conditional.html: false` reveals nothing.
      .conditional = {.html = bool_option(conditional, "html") ? html_option(conditional, "html")
                                                               : web::Html{}},
      .disabled = bool_option(json, "disabled"),
      .attributes = attributes_option(json, "attributes")};
}

RadiosOptions radios_options_from(const JsonObject& json) {
  RadiosOptions options{
      .id_prefix = string_option(json, "idPrefix"),
      .name = string_option(json, "name"),
      .items = {},
      .value = string_option(json, "value"),
      .fieldset = optional_inputs_fieldset_from(json, "fieldset"),
      .hint = optional_hint_from(json, "hint"),
      .error_message = optional_error_message_from(json, "errorMessage"),
      .form_group = form_group_with_inputs_options_from(object_option(json, "formGroup")),
      .classes = string_option(json, "classes"),
      .attributes = attributes_option(json, "attributes")};
  for (const JsonObject& item : objects_in(array_option(json, "items"))) {
    options.items.push_back(radios_item_from(item));
  }
  return options;
}

TEST(RadiosComponent, RendersEveryGovukFrontendFixture) {
  expect_all_fixtures_render(
      "radios", [](const JsonObject& json) { return radios(radios_options_from(json)); },
      {{"with falsy items",
        "a C++ item list has no null/false placeholders that still use up a position in the "
        "generated ids"}});
}

TEST(RadiosComponent, RevealsConditionalContentOnlyUnderTheCheckedItem) {
  html::Document document = html::Document::parse(
      radios({.name = "contact",
              .items = {{.text = "Email",
                         .value = "email",
                         .conditional = {.html = web::Html::trusted("<p>E</p>")}},
                        {.text = "Phone",
                         .value = "phone",
                         .conditional = {.html = web::Html::trusted("<p>P</p>")}}},
              .value = "phone"})
          .str());
  EXPECT_TRUE(document.errors().empty());
  const html::Node* email = document.select_one("#conditional-contact");
  const html::Node* phone = document.select_one("#conditional-contact-2");
  ASSERT_NE(email, nullptr);
  ASSERT_NE(phone, nullptr);
  EXPECT_TRUE(email->has_class("govuk-radios__conditional--hidden"));
  EXPECT_FALSE(phone->has_class("govuk-radios__conditional--hidden"));
  EXPECT_EQ(document.select_one("input#contact")->attribute("data-aria-controls"),
            "conditional-contact");
  EXPECT_TRUE(document.select_one("input#contact-2")->has_attribute("checked"));
}

TEST(RadiosComponent, EscapesTextValuesAndIds) {
  html::Document document = html::Document::parse(
      radios({.id_prefix = "\"><script>i</script>",
              .name = "\"><script>n</script>",
              .items = {{.text = "<script>t</script>",
                         .value = "\"><script>v</script>",
                         .hint = {.text = "<script>h</script>"}},
                        {.divider = "<script>d</script>"}},
              .value = "\"><script>v</script>",
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
  EXPECT_EQ(document.select_one(".govuk-radios__label")->normalised_text(), "<script>t</script>");
  EXPECT_EQ(document.select_one(".govuk-radios__divider")->normalised_text(), "<script>d</script>");
  EXPECT_EQ(document.select_one("legend")->normalised_text(), "<script>l</script>");
}

}  // namespace
}  // namespace casereview::test::components
