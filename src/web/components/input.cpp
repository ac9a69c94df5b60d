// govukInput from govuk-frontend's components/input/template.njk.
#include "web/components/input.hpp"

namespace casereview::web::govuk {

namespace {

bool has_content(const InputAffix& affix) { return !affix.html.empty() || !affix.text.empty(); }
bool has_content(const FormGroupSlot& slot) { return !slot.html.empty() || !slot.text.empty(); }

void write_affix(MarkupWriter& out, const InputAffix& affix, std::string_view kind) {
  out.literal("<div")
      .attribute("class", class_list({"govuk-input__" + std::string(kind), affix.classes}))
      .literal(" aria-hidden=\"true\"")
      .attributes(affix.attributes)
      .literal(">")
      .html(html_or_text(affix.html, affix.text))
      .literal("</div>\n");
}

void write_control(MarkupWriter& out, const InputOptions& options, std::string_view id,
                   std::string_view described_by) {
  bool has_error = options.error_message.has_value();
  out.literal("<input")
      .attribute("class", class_list({"govuk-input", options.classes,
                                      has_error ? "govuk-input--error" : ""}))
      .attribute("id", id)
      .attribute("name", options.name)
      .attribute("type", or_default(options.type, "text"));
  if (options.spellcheck) out.attribute("spellcheck", *options.spellcheck ? "true" : "false");
  out.attribute_if_not_empty("value", options.value);
  if (options.disabled) out.literal(" disabled");
  out.attribute_if_not_empty("aria-describedby", described_by)
      .attribute_if_not_empty("autocomplete", options.autocomplete)
      .attribute_if_not_empty("autocapitalize", options.autocapitalize)
      .attribute_if_not_empty("pattern", options.pattern)
      .attribute_if_not_empty("inputmode", options.inputmode)
      .attributes(options.attributes)
      .literal(">\n");
}

}  // namespace

Html input(const InputOptions& options) {
  std::string id = options.id.empty() ? options.name : options.id;
  MarkupWriter out;
  const std::string described_by =
      open_single_control_field(out, id, options, BeforeInputSlot::left_to_the_field);

  const FormGroupSlot& before = options.form_group.before_input;
  const FormGroupSlot& after = options.form_group.after_input;
  if (has_content(options.prefix) || has_content(options.suffix) || has_content(before) ||
      has_content(after)) {
    out.literal("<div")
        .attribute("class", class_list({"govuk-input__wrapper", options.input_wrapper.classes}))
        .attributes(options.input_wrapper.attributes)
        .literal(">\n");
    write_slot(out, before);
    if (has_content(options.prefix)) write_affix(out, options.prefix, "prefix");
    write_control(out, options, id, described_by);
    if (has_content(options.suffix)) write_affix(out, options.suffix, "suffix");
    write_slot(out, after);
    out.literal("</div>\n");
  } else {
    write_control(out, options, id, described_by);
  }
  out.literal("</div>");
  return std::move(out).finish();
}

}  // namespace casereview::web::govuk
