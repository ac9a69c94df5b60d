// govukSelect from govuk-frontend's components/select/template.njk.
#include "web/components/select.hpp"

namespace casereview::web::govuk {

Html select(const SelectOptions& options) {
  std::string id = options.id.empty() ? options.name : options.id;
  bool has_error = options.error_message.has_value();
  MarkupWriter out;
  open_form_group(out, options.form_group.classes, options.form_group.attributes, has_error);
  LabelOptions label_options = options.label;
  label_options.for_id = id;
  out.html(label(label_options)).literal("\n");
  std::string described_by = write_hint_and_error_message(out, id, options.described_by,
                                                          options.hint, options.error_message);
  write_slot(out, options.form_group.before_input);
  out.literal("<select")
      .attribute("class", class_list({"govuk-select", options.classes,
                                      has_error ? "govuk-select--error" : ""}))
      .attribute("id", id)
      .attribute("name", options.name);
  if (options.disabled) out.literal(" disabled");
  out.attribute_if_not_empty("aria-describedby", described_by)
      .attributes(options.attributes)
      .literal(">\n");
  for (const SelectItem& item : options.items) {
    const std::string& effective_value = item.value ? *item.value : item.text;
    bool selected =
        item.selected.value_or(!options.value.empty() && effective_value == options.value);
    out.literal("<option");
    if (item.value) out.attribute("value", *item.value);
    if (selected) out.literal(" selected");
    if (item.disabled) out.literal(" disabled");
    out.attributes(item.attributes).literal(">").text(item.text).literal("</option>\n");
  }
  out.literal("</select>\n");
  write_slot(out, options.form_group.after_input);
  out.literal("</div>");
  return std::move(out).finish();
}

}  // namespace casereview::web::govuk
