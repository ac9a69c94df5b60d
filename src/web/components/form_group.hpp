// What the GOV.UK form field components (input, textarea, select, radios, checkboxes, date
// input) share: the `formGroup` option, the wrapping <div class="govuk-form-group"> that turns
// red on error, and the hint and error message that come before the control and are joined
// into its aria-describedby. One place, so every field behaves the same.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "web/components/error_message.hpp"
#include "web/components/hint.hpp"
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

// Writes `<div class="govuk-form-group …" …>` (with govuk-form-group--error when has_error).
void open_form_group(MarkupWriter& out, std::string_view classes, const Attributes& attributes, bool has_error);

// Writes the hint (id "<id>-hint") and the error message (id "<id>-error") when given, and
// returns `described_by` with their ids appended, space-separated.
std::string write_hint_and_error_message(MarkupWriter& out, std::string_view id, std::string described_by,
                                         const std::optional<HintOptions>& hint_options,
                                         const std::optional<ErrorMessageOptions>& error_message_options);

// Writes the slot's html, or its text escaped; nothing when both are empty.
void write_slot(MarkupWriter& out, const FormGroupSlot& slot);

}  // namespace casereview::web::govuk
