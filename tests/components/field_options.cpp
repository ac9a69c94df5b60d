// JSON → options conversions shared by the form component tests; see field_options.hpp.
#include "components/field_options.hpp"

namespace casereview::test::components {

using namespace casereview::web::govuk;

LabelOptions label_options_from(const JsonObject& json) {
  return {.text = string_option(json, "text"),
          .html = html_option(json, "html"),
          .classes = string_option(json, "classes"),
          .is_page_heading = bool_option(json, "isPageHeading"),
          .attributes = attributes_option(json, "attributes"),
          .for_id = string_option(json, "for")};
}

HintOptions hint_options_from(const JsonObject& json) {
  return {.text = string_option(json, "text"),
          .html = html_option(json, "html"),
          .id = string_option(json, "id"),
          .classes = string_option(json, "classes"),
          .attributes = attributes_option(json, "attributes")};
}

ErrorMessageOptions error_message_options_from(const JsonObject& json) {
  ErrorMessageOptions options{.text = string_option(json, "text"),
                              .html = html_option(json, "html"),
                              .id = string_option(json, "id"),
                              .classes = string_option(json, "classes"),
                              .attributes = attributes_option(json, "attributes")};
  if (has_option(json, "visuallyHiddenText")) {
    options.visually_hidden_text = string_option(json, "visuallyHiddenText");
  }
  return options;
}

FieldsetOptions fieldset_options_from(const JsonObject& json) {
  JsonObject legend = object_option(json, "legend");
  return {.described_by = string_option(json, "describedBy"),
          .legend = {.text = string_option(legend, "text"),
                     .html = html_option(legend, "html"),
                     .classes = string_option(legend, "classes"),
                     .is_page_heading = bool_option(legend, "isPageHeading")},
          .classes = string_option(json, "classes"),
          .role = string_option(json, "role"),
          .attributes = attributes_option(json, "attributes"),
          .html = html_option(json, "html")};
}

FormGroupSlot form_group_slot_from(const JsonObject& json) {
  return {.text = string_option(json, "text"), .html = html_option(json, "html")};
}

FormGroupOptions form_group_options_from(const JsonObject& json) {
  return {.classes = string_option(json, "classes"),
          .attributes = attributes_option(json, "attributes"),
          .before_input = form_group_slot_from(object_option(json, "beforeInput")),
          .after_input = form_group_slot_from(object_option(json, "afterInput"))};
}

FormGroupWithInputsOptions form_group_with_inputs_options_from(const JsonObject& json) {
  return {.classes = string_option(json, "classes"),
          .attributes = attributes_option(json, "attributes"),
          .before_inputs = form_group_slot_from(object_option(json, "beforeInputs")),
          .after_inputs = form_group_slot_from(object_option(json, "afterInputs"))};
}

InputsFieldsetOptions inputs_fieldset_options_from(const JsonObject& json) {
  FieldsetOptions fieldset = fieldset_options_from(json);
  return {.described_by = fieldset.described_by,
          .legend = fieldset.legend,
          .classes = fieldset.classes,
          .attributes = fieldset.attributes};
}

PluralMessages plural_messages_from(const JsonObject& parent, const std::string& key) {
  // The same shape as an `attributes` option: an object of names and strings.
  return attributes_option(parent, key);
}

std::optional<HintOptions> optional_hint_from(const JsonObject& parent, const std::string& key) {
  JsonObject json = object_option(parent, key);
  if (json.isNull()) return std::nullopt;
  return hint_options_from(json);
}

std::optional<ErrorMessageOptions> optional_error_message_from(const JsonObject& parent,
                                                               const std::string& key) {
  JsonObject json = object_option(parent, key);
  if (json.isNull()) return std::nullopt;
  return error_message_options_from(json);
}

std::optional<bool> item_checked_from(const JsonObject& item) {
  if (bool_option(item, "checked")) return true;
  if (has_option(item, "checked") && !is_null_option(item, "checked")) return false;
  return std::nullopt;
}

std::optional<InputsFieldsetOptions> optional_inputs_fieldset_from(const JsonObject& parent,
                                                                   const std::string& key) {
  JsonObject json = object_option(parent, key);
  if (json.isNull()) return std::nullopt;
  return inputs_fieldset_options_from(json);
}

}  // namespace casereview::test::components
