// GOV.UK password input: a password field with a button that shows and hides the password.
// Mirrors govuk-frontend's govukPasswordInput macro. The button is hidden until govuk-frontend's
// JavaScript (`data-module="govuk-password-input"`) makes it work.
//
// Example:
//   Html password = password_input({.name = "password", .label = {.text = "Password"},
//                                   .error_message = ErrorMessageOptions{.text = "Enter your
//                                   password"}});
//   Html new_password = password_input({.name = "new-password", .label = {.text = "New password"},
//                                       .autocomplete = "new-password"});
#pragma once

#include <optional>
#include <string>

#include "web/components/error_message.hpp"
#include "web/components/form_group.hpp"
#include "web/components/hint.hpp"
#include "web/components/label.hpp"
#include "web/components/markup.hpp"
#include "web/html.hpp"

namespace casereview::web::govuk {

// The `button` option: the show/hide button.
struct PasswordInputButton {
  std::string classes;
};

struct PasswordInputOptions {
  std::string id;  // the name when empty
  std::string name;
  std::string value;  // no value attribute when empty
  bool disabled = false;
  std::string described_by;  // extra ids for aria-describedby
  LabelOptions label;        // its for_id is set to the input's id
  std::optional<HintOptions> hint;
  std::optional<ErrorMessageOptions> error_message;
  FormGroupOptions form_group;  // its after_input follows the button
  std::string classes;          // added to the <input>
  std::string autocomplete;     // "current-password" when empty; "new-password" when setting one
  Attributes attributes;        // added to the <input>
  // The texts, for translation; each is the English shown when empty.
  std::string show_password_text;                 // "Show"
  std::string hide_password_text;                 // "Hide"
  std::string show_password_aria_label_text;      // "Show password"
  std::string hide_password_aria_label_text;      // "Hide password"
  std::string password_shown_announcement_text;   // "Your password is visible"
  std::string password_hidden_announcement_text;  // "Your password is hidden"
  PasswordInputButton button;
};

// Never fails.
Html password_input(const PasswordInputOptions& options);

}  // namespace casereview::web::govuk
