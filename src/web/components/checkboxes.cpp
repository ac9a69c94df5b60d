// govukCheckboxes from govuk-frontend's components/checkboxes/template.njk.
#include "web/components/checkboxes.hpp"

#include <algorithm>
#include <cstddef>
#include <string_view>

#include "web/components/label.hpp"

namespace casereview::web::govuk {

namespace {

// What every item needs from the whole component.
struct ItemContext {
  const CheckboxesOptions& options;
  std::string_view id_prefix;
  std::string_view described_by;  // for each checkbox: empty when there is a fieldset
};

// The template's `_checkboxItem` macro. `position` counts every item from 1, dividers included.
void write_item(MarkupWriter& out, const ItemContext& context, const CheckboxesItem& item,
                std::size_t position) {
  if (!item.divider.empty()) {
    out.literal("<div class=\"govuk-checkboxes__divider\">").text(item.divider).literal("</div>\n");
    return;
  }
  const CheckboxesOptions& options = context.options;
  std::string item_id = !item.id.empty() ? item.id
                        : position > 1
                            ? std::string(context.id_prefix) + "-" + std::to_string(position)
                            : std::string(context.id_prefix);
  // `item.checked | default(…, true)`: an explicit false also stops the match on values.
  bool is_checked = item.checked.value_or(
      std::find(options.values.begin(), options.values.end(), item.value) != options.values.end());
  bool has_hint = !item.hint.text.empty() || !item.hint.html.empty();
  bool has_conditional = !item.conditional.html.empty();
  std::string item_described_by(context.described_by);
  if (has_hint) item_described_by += (item_described_by.empty() ? "" : " ") + item_hint_id(item_id);

  out.literal("<div class=\"govuk-checkboxes__item\">\n<input class=\"govuk-checkboxes__input\"")
      .attribute("id", item_id)
      .attribute("name", item.name.empty() ? options.name : item.name)
      .literal(" type=\"checkbox\"")
      .attribute("value", item.value);
  if (is_checked) out.literal(" checked");
  if (item.disabled) out.literal(" disabled");
  if (has_conditional) out.attribute("data-aria-controls", conditional_id(item_id));
  out.attribute_if_not_empty("data-behaviour", item.behaviour)
      .attribute_if_not_empty("aria-describedby", item_described_by)
      .attributes(item.attributes)
      .literal(">\n");
  write_choice_item_end(out, "govuk-checkboxes", item, item_id, is_checked);
}

}  // namespace

Html checkboxes(const CheckboxesOptions& options) {
  std::string id_prefix = options.id_prefix.empty() ? options.name : options.id_prefix;
  std::string described_by = options.fieldset && !options.fieldset->described_by.empty()
                                 ? options.fieldset->described_by
                                 : options.described_by;

  MarkupWriter inner;
  described_by = write_hint_and_error_message(inner, id_prefix, described_by, options.hint,
                                              options.error_message);
  inner.literal("<div")
      .attribute("class", class_list({"govuk-checkboxes", options.classes}))
      .attributes(options.attributes)
      .literal(" data-module=\"govuk-checkboxes\">\n");
  write_slot(inner, options.form_group.before_inputs);
  ItemContext context{
      .options = options,
      .id_prefix = id_prefix,
      .described_by = options.fieldset ? std::string_view() : std::string_view(described_by)};
  for (std::size_t index = 0; index < options.items.size(); ++index) {
    write_item(inner, context, options.items[index], index + 1);
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
