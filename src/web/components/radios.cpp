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
  std::string conditional_id = "conditional-" + item_id;
  // `item.checked | default(…, true)`: an explicit false also stops the match on value.
  bool is_checked = item.checked.value_or(!options.value.empty() && item.value == options.value);
  bool has_hint = !item.hint.text.empty() || !item.hint.html.empty();
  bool has_conditional = !item.conditional.html.empty();
  std::string item_hint_id = item_id + "-item-hint";

  out.literal("<div class=\"govuk-radios__item\">\n<input class=\"govuk-radios__input\"")
      .attribute("id", item_id)
      .attribute("name", options.name)
      .literal(" type=\"radio\"")
      .attribute("value", item.value);
  if (is_checked) out.literal(" checked");
  if (item.disabled) out.literal(" disabled");
  if (has_conditional) out.attribute("data-aria-controls", conditional_id);
  if (has_hint) out.attribute("aria-describedby", item_hint_id);
  out.attributes(item.attributes).literal(">\n");
  out.html(label({.text = item.text,
                  .html = item.html,
                  .classes = class_list({"govuk-radios__label", item.label.classes}),
                  .attributes = item.label.attributes,
                  .for_id = item_id}))
      .literal("\n");
  if (has_hint) {
    out.html(hint({.text = item.hint.text,
                   .html = item.hint.html,
                   .id = item_hint_id,
                   .classes = class_list({"govuk-radios__hint", item.hint.classes}),
                   .attributes = item.hint.attributes}))
        .literal("\n");
  }
  out.literal("</div>\n");
  if (has_conditional) {
    out.literal("<div")
        .attribute("class", class_list({"govuk-radios__conditional",
                                        is_checked ? "" : "govuk-radios__conditional--hidden"}))
        .attribute("id", conditional_id)
        .literal(">\n")
        .html(item.conditional.html)
        .literal("\n</div>\n");
  }
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
