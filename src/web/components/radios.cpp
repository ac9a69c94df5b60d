// govukRadios from govuk-frontend's components/radios/template.njk.
#include "web/components/radios.hpp"

#include <cstddef>
#include <string_view>

#include "web/components/label.hpp"

namespace casereview::web::govuk {

namespace {

// The template's `_radioItem` macro. `position` counts every item from 1, dividers included.
void write_item(MarkupWriter& out, const RadiosOptions& options, std::string_view id_prefix,
                const RadiosItem& item, std::size_t position) {
  if (!item.divider.empty()) {
    out.literal("<div class=\"govuk-radios__divider\">").text(item.divider).literal("</div>\n");
    return;
  }
  std::string item_id = !item.id.empty() ? item.id
                        : position > 1   ? std::string(id_prefix) + "-" + std::to_string(position)
                                         : std::string(id_prefix);
  // `item.checked | default(…, true)`: an explicit false also stops the match on value.
  bool is_checked = item.checked.value_or(!options.value.empty() && item.value == options.value);
  bool has_hint = !item.hint.text.empty() || !item.hint.html.empty();
  bool has_conditional = !item.conditional.html.empty();

  out.literal("<div class=\"govuk-radios__item\">\n<input class=\"govuk-radios__input\"")
      .attribute("id", item_id)
      .attribute("name", options.name)
      .literal(" type=\"radio\"")
      .attribute("value", item.value);
  if (is_checked) out.literal(" checked");
  if (item.disabled) out.literal(" disabled");
  if (has_conditional) out.attribute("data-aria-controls", conditional_id(item_id));
  if (has_hint) out.attribute("aria-describedby", item_hint_id(item_id));
  out.attributes(item.attributes).literal(">\n");
  write_choice_item_end(out, "govuk-radios", item, item_id, is_checked);
}

}  // namespace

Html radios(const RadiosOptions& options) {
  std::string id_prefix = options.id_prefix.empty() ? options.name : options.id_prefix;

  MarkupWriter inner;
  std::string described_by = write_hint_and_error_message(
      inner, id_prefix, options.fieldset ? options.fieldset->described_by : "", options.hint,
      options.error_message);
  inner.literal("<div")
      .attribute("class", class_list({"govuk-radios", options.classes}))
      .attributes(options.attributes)
      .literal(" data-module=\"govuk-radios\">\n");
  write_slot(inner, options.form_group.before_inputs);
  for (std::size_t index = 0; index < options.items.size(); ++index) {
    write_item(inner, options, id_prefix, options.items[index], index + 1);
  }
  write_slot(inner, options.form_group.after_inputs);
  inner.literal("</div>");

  MarkupWriter out;
  open_form_group(out, options.form_group.classes, options.form_group.attributes,
                  options.error_message.has_value());
  out.html(in_optional_fieldset(options.fieldset, std::move(described_by), "",
                                std::move(inner).finish()))
      .literal("\n</div>");
  return std::move(out).finish();
}

}  // namespace casereview::web::govuk
