// govukSelect from govuk-frontend's components/select/template.njk.
#include "web/components/select.hpp"

namespace casereview::web::govuk {

Html select(const SelectOptions& options) {
  std::string id = options.id.empty() ? options.name : options.id;
  bool has_error = options.error_message.has_value();
  MarkupWriter out;
  const std::string described_by = open_single_control_field(out, id, options);
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
