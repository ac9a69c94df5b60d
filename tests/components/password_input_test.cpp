// Tests for the password input component against govuk-frontend's fixtures.
#include "web/components/password_input.hpp"

#include <gtest/gtest.h>

#include "components/field_options.hpp"
#include "components/fixture_support.hpp"
#include "support/html_dom.hpp"

namespace casereview::test::components {
namespace {

using namespace casereview::web::govuk;

PasswordInputOptions password_input_options_from(const JsonObject& json) {
  return {
      .id = string_option(json, "id"),
      .name = string_option(json, "name"),
      .value = string_option(json, "value"),
      .disabled = bool_option(json, "disabled"),
      .described_by = string_option(json, "describedBy"),
      .label = label_options_from(object_option(json, "label")),
      .hint = optional_hint_from(json, "hint"),
      .error_message = optional_error_message_from(json, "errorMessage"),
      .form_group = form_group_options_from(object_option(json, "formGroup")),
      .classes = string_option(json, "classes"),
      .autocomplete = string_option(json, "autocomplete"),
      .attributes = attributes_option(json, "attributes"),
      .show_password_text = string_option(json, "showPasswordText"),
      .hide_password_text = string_option(json, "hidePasswordText"),
      .show_password_aria_label_text = string_option(json, "showPasswordAriaLabelText"),
      .hide_password_aria_label_text = string_option(json, "hidePasswordAriaLabelText"),
      .password_shown_announcement_text = string_option(json, "passwordShownAnnouncementText"),
      .password_hidden_announcement_text = string_option(json, "passwordHiddenAnnouncementText"),
      .button = {.classes = string_option(object_option(json, "button"), "classes")}};
}

TEST(PasswordInputComponent, RendersEveryGovukFrontendFixture) {
  expect_all_fixtures_render("password-input", [](const JsonObject& json) {
    return password_input(password_input_options_from(json));
  });
}

TEST(PasswordInputComponent, RendersAHiddenToggleForThePasswordField) {
  html::Document document = html::Document::parse(
      password_input({.name = "password", .label = {.text = "Password"}}).str());
  EXPECT_TRUE(document.errors().empty());
  const html::Node* field = document.select_one("input#password");
  ASSERT_NE(field, nullptr);
  EXPECT_EQ(field->attribute("type"), "password");
  EXPECT_EQ(field->attribute("autocomplete"), "current-password");
  const html::Node* toggle = document.select_one("button[aria-controls=password]");
  ASSERT_NE(toggle, nullptr);
  EXPECT_TRUE(toggle->has_attribute("hidden"));
  EXPECT_EQ(toggle->attribute("type"), "button");
}

TEST(PasswordInputComponent, EscapesLabelTextsAndValue) {
  html::Document document = html::Document::parse(
      password_input({.id = "\"><script>i</script>",
                      .name = "password",
                      .value = "\"><script>v</script>",
                      .label = {.text = "<script>l</script>"},
                      .error_message = ErrorMessageOptions{.text = "<script>e</script>"},
                      .show_password_text = "<script>s</script>",
                      .hide_password_text = "\"><script>h</script>",
                      .show_password_aria_label_text = "\"><script>a</script>"})
          .str());
  EXPECT_TRUE(document.errors().empty());
  EXPECT_TRUE(document.select("script").empty());
  const html::Node* toggle = document.select_one("button");
  ASSERT_NE(toggle, nullptr);
  EXPECT_EQ(toggle->normalised_text(), "<script>s</script>");
  EXPECT_EQ(toggle->attribute("aria-label"), "\"><script>a</script>");
  EXPECT_EQ(toggle->attribute("aria-controls"), "\"><script>i</script>");
  EXPECT_EQ(document.select_one("input")->attribute("value"), "\"><script>v</script>");
  EXPECT_EQ(document.select_one(".govuk-password-input")->attribute("data-i18n.hide-password"),
            "\"><script>h</script>");
}

}  // namespace
}  // namespace casereview::test::components
