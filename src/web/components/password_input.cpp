// govukPasswordInput from govuk-frontend's components/password-input/template.njk: a govukInput
// (input.hpp) of type password, with the script's data attributes on its form group and a
// govukButton (button.hpp) after it.
#include "web/components/password_input.hpp"

#include <utility>

#include "web/components/button.hpp"
#include "web/components/input.hpp"

namespace casereview::web::govuk {

Html password_input(const PasswordInputOptions& options) {
  std::string id = options.id.empty() ? options.name : options.id;

  Attributes form_group_attributes = {{"data-module", "govuk-password-input"}};
  append_i18n_message(form_group_attributes, "show-password", options.show_password_text);
  append_i18n_message(form_group_attributes, "hide-password", options.hide_password_text);
  append_i18n_message(form_group_attributes, "show-password-aria-label",
                      options.show_password_aria_label_text);
  append_i18n_message(form_group_attributes, "hide-password-aria-label",
                      options.hide_password_aria_label_text);
  append_i18n_message(form_group_attributes, "password-shown-announcement",
                      options.password_shown_announcement_text);
  append_i18n_message(form_group_attributes, "password-hidden-announcement",
                      options.password_hidden_announcement_text);
  form_group_attributes.insert(form_group_attributes.end(), options.form_group.attributes.begin(),
                               options.form_group.attributes.end());

  MarkupWriter after_input;
  after_input
      .html(button({.text = std::string(or_default(options.show_password_text, "Show")),
                    .type = "button",
                    .classes = class_list({"govuk-button--secondary govuk-password-input__toggle "
                                           "govuk-js-password-input-toggle",
                                           options.button.classes}),
                    .attributes = {{"aria-controls", id},
                                   {"aria-label",
                                    std::string(or_default(options.show_password_aria_label_text,
                                                           "Show password"))},
                                   {"hidden", ""}}}))
      .literal("\n");
  write_slot(after_input, options.form_group.after_input);

  return input(
      {.id = id,
       .name = options.name,
       .type = "password",
       .value = options.value,
       .disabled = options.disabled,
       .described_by = options.described_by,
       .label = options.label,
       .hint = options.hint,
       .error_message = options.error_message,
       .form_group = {.classes = class_list({"govuk-password-input", options.form_group.classes}),
                      .attributes = std::move(form_group_attributes),
                      .before_input = options.form_group.before_input,
                      .after_input = {.html = std::move(after_input).finish()}},
       .classes = class_list(
           {"govuk-password-input__input govuk-js-password-input-input", options.classes}),
       .autocomplete = std::string(or_default(options.autocomplete, "current-password")),
       .spellcheck = false,
       .autocapitalize = "none",
       .input_wrapper = {.classes = "govuk-password-input__wrapper"},
       .attributes = options.attributes});
}

}  // namespace casereview::web::govuk
