// govukTextarea from govuk-frontend's components/textarea/template.njk.
#include "web/components/textarea.hpp"

namespace casereview::web::govuk {

Html textarea(const TextareaOptions& options) {
  std::string id = options.id.empty() ? options.name : options.id;
  bool has_error = options.error_message.has_value();
  MarkupWriter out;
  const std::string described_by = open_single_control_field(out, id, options);
  out.literal("<textarea")
      .attribute("class", class_list({"govuk-textarea", has_error ? "govuk-textarea--error" : "",
                                      options.classes}))
      .attribute("id", id)
      .attribute("name", options.name)
      .attribute("rows", std::to_string(options.rows > 0 ? options.rows : 5));
  if (options.spellcheck) out.attribute("spellcheck", *options.spellcheck ? "true" : "false");
  if (options.disabled) out.literal(" disabled");
  out.attribute_if_not_empty("aria-describedby", described_by)
      .attribute_if_not_empty("autocomplete", options.autocomplete)
      .attributes(options.attributes)
      .literal(">")
      .text(options.value)
      .literal("</textarea>\n");
  write_slot(out, options.form_group.after_input);
  out.literal("</div>");
  return std::move(out).finish();
}

}  // namespace casereview::web::govuk
