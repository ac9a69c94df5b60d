// JSON → options conversions for the option objects that several form components share
// (label, hint, errorMessage, fieldset, formGroup), used by the fixture tests of those
// components and of every field that nests them.
#pragma once

#include <optional>

#include "components/fixture_support.hpp"
#include "web/components/error_message.hpp"
#include "web/components/fieldset.hpp"
#include "web/components/form_group.hpp"
#include "web/components/hint.hpp"
#include "web/components/label.hpp"

namespace casereview::test::components {

web::govuk::LabelOptions label_options_from(const JsonObject& json);
web::govuk::HintOptions hint_options_from(const JsonObject& json);
web::govuk::ErrorMessageOptions error_message_options_from(const JsonObject& json);
web::govuk::FieldsetOptions fieldset_options_from(const JsonObject& json);
web::govuk::FormGroupSlot form_group_slot_from(const JsonObject& json);
web::govuk::FormGroupOptions form_group_options_from(const JsonObject& json);
web::govuk::FormGroupWithInputsOptions form_group_with_inputs_options_from(const JsonObject& json);
web::govuk::InputsFieldsetOptions inputs_fieldset_options_from(const JsonObject& json);

// Plural messages for the i18n attributes (`charactersUnderLimitText: {one: …, other: …}`), in
// the order given.
web::govuk::PluralMessages plural_messages_from(const JsonObject& parent, const std::string& key);

// The nested `hint` / `errorMessage` of a field: present when the option is a truthy object.
std::optional<web::govuk::HintOptions> optional_hint_from(const JsonObject& parent,
                                                          const std::string& key);
std::optional<web::govuk::ErrorMessageOptions> optional_error_message_from(const JsonObject& parent,
                                                                           const std::string& key);
// The `checked` option of a radio or checkbox item as its template reads it: true checks the
// item; any other value that is not null (false, "", 0) unchecks it even when it matches the
// field's value(s); missing or null (nullopt) leaves it to the value(s).
std::optional<bool> item_checked_from(const JsonObject& item);
// The `fieldset` of a field with several controls: present when the option is an object.
std::optional<web::govuk::InputsFieldsetOptions> optional_inputs_fieldset_from(
    const JsonObject& parent, const std::string& key);

}  // namespace casereview::test::components
