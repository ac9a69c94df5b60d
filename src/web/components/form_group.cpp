// The form group helpers declared in form_group.hpp, following the part that govuk-frontend's
// input, textarea and select templates repeat, the optional fieldset of its radios, checkboxes
// and date input templates, and its i18n attributes macro.
#include "web/components/form_group.hpp"

namespace casereview::web::govuk {

namespace {

std::string append_id(std::string described_by, std::string_view id) {
  if (!described_by.empty()) described_by += ' ';
  described_by += id;
  return described_by;
}

}  // namespace

void open_form_group(MarkupWriter& out, std::string_view classes, const Attributes& attributes,
                     bool has_error) {
  out.literal("<div")
      .attribute("class", class_list({"govuk-form-group",
                                      has_error ? "govuk-form-group--error" : "", classes}))
      .attributes(attributes)
      .literal(">\n");
}

std::string write_hint_and_error_message(
    MarkupWriter& out, std::string_view id, std::string described_by,
    const std::optional<HintOptions>& hint_options,
    const std::optional<ErrorMessageOptions>& error_message_options) {
  if (hint_options) {
    HintOptions options = *hint_options;
    options.id = std::string(id) + "-hint";
    described_by = append_id(std::move(described_by), options.id);
    out.html(hint(options)).literal("\n");
  }
  if (error_message_options) {
    ErrorMessageOptions options = *error_message_options;
    options.id = std::string(id) + "-error";
    described_by = append_id(std::move(described_by), options.id);
    out.html(error_message(options)).literal("\n");
  }
  return described_by;
}

void write_slot(MarkupWriter& out, const FormGroupSlot& slot) {
  if (slot.html.empty() && slot.text.empty()) return;
  out.html(html_or_text(slot.html, slot.text)).literal("\n");
}

void append_i18n_message(Attributes& attributes, std::string_view key, std::string_view message) {
  if (message.empty()) return;
  attributes.emplace_back("data-i18n." + std::string(key), std::string(message));
}

void append_i18n_plural_messages(Attributes& attributes, std::string_view key,
                                 const PluralMessages& messages) {
  for (const auto& [plural_rule, message] : messages) {
    attributes.emplace_back("data-i18n." + std::string(key) + "." + plural_rule, message);
  }
}

Html in_optional_fieldset(const std::optional<InputsFieldsetOptions>& options,
                          std::string described_by, std::string role, Html content) {
  if (!options) return content;
  return fieldset({.described_by = std::move(described_by),
                   .legend = options->legend,
                   .classes = options->classes,
                   .role = std::move(role),
                   .attributes = options->attributes,
                   .html = std::move(content)});
}

}  // namespace casereview::web::govuk
