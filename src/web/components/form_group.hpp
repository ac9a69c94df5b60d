// What the GOV.UK form field components (input, textarea, select, radios, checkboxes, date
// input) share: the `formGroup` option, the wrapping <div class="govuk-form-group"> that turns
// red on error, the hint and error message that come before the control and are joined into
// its aria-describedby, and the optional fieldset of fields with several controls. One place,
// so every field behaves the same.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "web/components/error_message.hpp"
#include "web/components/fieldset.hpp"
#include "web/components/hint.hpp"
#include "web/components/label.hpp"
#include "web/components/markup.hpp"
#include "web/html.hpp"

namespace casereview::web::govuk {

// Content placed before or after a field's control inside its form group.
struct FormGroupSlot {
  std::string text;  // escaped; ignored when html is set
  Html html;
};

// The `formGroup` option of fields with one control (input, textarea, select, …).
struct FormGroupOptions {
  std::string classes;
  Attributes attributes;
  FormGroupSlot before_input;
  FormGroupSlot after_input;
};

// The `formGroup` option of fields with several controls (radios, checkboxes, date input).
struct FormGroupWithInputsOptions {
  std::string classes;
  Attributes attributes;
  FormGroupSlot before_inputs;
  FormGroupSlot after_inputs;
};

// The `fieldset` option of fields with several controls (radios, checkboxes, date input): the
// <fieldset> that holds the field's hint, error message and controls. The field supplies the
// content, and appends the hint's and error message's ids to described_by.
struct InputsFieldsetOptions {
  std::string described_by;  // ids for aria-describedby, space-separated, before the field's own
  FieldsetLegend legend;     // no <legend> when its text and html are empty
  std::string classes;
  Attributes attributes;
};

// Messages for a component's JavaScript by plural rule ("one", "other"; Welsh also uses "zero",
// "two", "few" and "many"), in the order given. "%{count}" in a message stands for the number.
using PluralMessages = std::vector<std::pair<std::string, std::string>>;

// Writes `<div class="govuk-form-group …" …>` (with govuk-form-group--error when has_error).
void open_form_group(MarkupWriter& out, std::string_view classes, const Attributes& attributes,
                     bool has_error);

// Writes the hint (id "<id>-hint") and the error message (id "<id>-error") when given, and
// returns `described_by` with their ids appended, space-separated.
std::string write_hint_and_error_message(
    MarkupWriter& out, std::string_view id, std::string described_by,
    const std::optional<HintOptions>& hint_options,
    const std::optional<ErrorMessageOptions>& error_message_options);

// Writes the slot's html, or its text escaped; nothing when both are empty.
void write_slot(MarkupWriter& out, const FormGroupSlot& slot);

// Opens the form group of a field with one control (input, select, textarea, file upload) and
// writes what comes before the control: the label for `id`, the hint and error message, then the
// formGroup's beforeInput slot (left_to_the_field for the input, which writes it inside its
// prefix and suffix wrapper). Returns the ids for the control's aria-describedby. The field's
// options type must have form_group, label, described_by, hint and error_message members.
enum class BeforeInputSlot { written, left_to_the_field };
template <typename FieldOptions>
std::string open_single_control_field(MarkupWriter& out, const std::string& id,
                                      const FieldOptions& options,
                                      BeforeInputSlot before_input = BeforeInputSlot::written) {
  open_form_group(out, options.form_group.classes, options.form_group.attributes,
                  options.error_message.has_value());
  LabelOptions label_options = options.label;
  label_options.for_id = id;
  out.html(label(label_options)).literal("\n");
  std::string described_by = write_hint_and_error_message(out, id, options.described_by,
                                                          options.hint, options.error_message);
  if (before_input == BeforeInputSlot::written) write_slot(out, options.form_group.before_input);
  return described_by;
}

// The ids of a radio's or checkbox's item hint and conditionally revealed content.
inline std::string item_hint_id(const std::string& item_id) { return item_id + "-item-hint"; }
inline std::string conditional_id(const std::string& item_id) { return "conditional-" + item_id; }

// Writes the end of a radio's or checkbox's item, after its <input>: its label, its hint, the
// closing of the item and the conditionally revealed content. `block` is "govuk-radios" or
// "govuk-checkboxes"; the item type must have text, html, label, hint and conditional members.
template <typename ChoiceItem>
void write_choice_item_end(MarkupWriter& out, const std::string& block, const ChoiceItem& item,
                           const std::string& item_id, bool checked) {
  out.html(label({.text = item.text,
                  .html = item.html,
                  .classes = class_list({block + "__label", item.label.classes}),
                  .attributes = item.label.attributes,
                  .for_id = item_id}))
      .literal("\n");
  if (!item.hint.text.empty() || !item.hint.html.empty()) {
    out.html(hint({.text = item.hint.text,
                   .html = item.hint.html,
                   .id = item_hint_id(item_id),
                   .classes = class_list({block + "__hint", item.hint.classes}),
                   .attributes = item.hint.attributes}))
        .literal("\n");
  }
  out.literal("</div>\n");
  if (!item.conditional.html.empty()) {
    out.literal("<div")
        .attribute("class", class_list({block + "__conditional",
                                        checked ? "" : block + "__conditional--hidden"}))
        .attribute("id", conditional_id(item_id))
        .literal(">\n")
        .html(item.conditional.html)
        .literal("\n</div>\n");
  }
}

// govuk-frontend's govukI18nAttributes macro, for the translated messages that the JavaScript of
// the character count, password input and file upload reads from their markup:
// append_i18n_message adds `data-i18n.<key>` = message, unless message is empty;
// append_i18n_plural_messages adds `data-i18n.<key>.<rule>` = message for each plural form.
void append_i18n_message(Attributes& attributes, std::string_view key, std::string_view message);
void append_i18n_plural_messages(Attributes& attributes, std::string_view key,
                                 const PluralMessages& messages);

// `content` inside the fieldset described by `options` (with aria-describedby `described_by` and
// the role `role`, when not empty) when options are given; `content` as it is otherwise.
Html in_optional_fieldset(const std::optional<InputsFieldsetOptions>& options,
                          std::string described_by, std::string role, Html content);

}  // namespace casereview::web::govuk
