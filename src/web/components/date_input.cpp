// govukDateInput from govuk-frontend's components/date-input/template.njk. Each part is a
// govukInput (input.hpp) in a <div class="govuk-date-input__item">.
#include "web/components/date_input.hpp"

#include <array>
#include <cctype>
#include <cstddef>
#include <string_view>

#include "web/components/input.hpp"

namespace casereview::web::govuk {

namespace {

enum class DatePart { day, month, year };
constexpr std::array<DatePart, 3> all_parts = {DatePart::day, DatePart::month, DatePart::year};

// The part's place in all_parts.
std::size_t index_of(DatePart part) { return static_cast<std::size_t>(part); }

std::string_view part_name(DatePart part) {
  switch (part) {
    case DatePart::day:
      return "day";
    case DatePart::month:
      return "month";
    case DatePart::year:
      return "year";
  }
  return "day";
}

bool contains(std::string_view text, std::string_view fragment) {
  return text.find(fragment) != std::string_view::npos;
}

std::optional<std::string> lookup(const std::map<std::string, std::string>& values,
                                  const std::string& key) {
  auto found = values.find(key);
  if (found == values.end()) return std::nullopt;
  return found->second;
}

// Nunjucks' `capitalize`: the first letter upper case, the rest lower case (ASCII letters only).
std::string capitalize(std::string_view text) {
  std::string result(text);
  for (std::size_t index = 0; index < result.size(); ++index) {
    auto letter = static_cast<unsigned char>(result[index]);
    result[index] = static_cast<char>(index == 0 ? std::toupper(letter) : std::tolower(letter));
  }
  return result;
}

bool has_error_class(const DateInputItem& item) {
  return contains(item.classes, "govuk-input--error");
}

// The template's dateInputDay, dateInputMonth and dateInputYear: the option, or the default part.
DateInputItem part_option(const DateInputOptions& options, DatePart part) {
  const std::optional<DateInputItem>& given = part == DatePart::day     ? options.day
                                              : part == DatePart::month ? options.month
                                                                        : options.year;
  if (given) return *given;
  std::string name(part_name(part));
  return {.name = name,
          .value = lookup(options.values, name),
          .classes = part == DatePart::year ? "govuk-input--width-4" : "govuk-input--width-2"};
}

// An item to render, with the part it is when it is the day, month or year option itself.
struct DateItem {
  DateInputItem item;
  std::optional<DatePart> part;
};

// The template's `_dateInputItem` macro.
void write_item(MarkupWriter& out, const DateInputOptions& options,
                const std::array<DateInputItem, 3>& part_options, const DateItem& date_item,
                bool any_item_has_error) {
  const DateInputItem& item = date_item.item;

  // 1. Which part the item is, if any: the option itself, or an item named like it.
  std::optional<DatePart> part;
  for (DatePart candidate : all_parts) {
    bool named_like_it =
        !item.name.empty() &&
        (item.name == part_name(candidate) || item.name == part_options[index_of(candidate)].name);
    if (date_item.part == candidate || named_like_it) {
      part = candidate;
      break;
    }
  }

  // 2. Its name and value, falling back on the part's, then on values["<prefix>-<name>"].
  std::string name = item.name;
  std::optional<std::string> value = item.value;
  if (part) {
    if (name.empty()) name = part_name(*part);
    if (!value) value = part_options[index_of(*part)].value;
  }
  std::string full_name = options.name_prefix.empty() ? name : options.name_prefix + "-" + name;
  if (!value) value = lookup(options.values, full_name);

  // 3. Its classes: the error border, then the width unless the item's classes set one.
  bool item_has_error = item.error.value_or(false) || has_error_class(item);
  std::string classes;
  if (!has_error_class(item) &&
      (item_has_error ||
       (item.error.value_or(true) && options.error_message && !any_item_has_error))) {
    classes = "govuk-input--error";
  }
  if (!contains(item.classes, "govuk-input--width-")) {
    classes = class_list(
        {classes, part == DatePart::year ? "govuk-input--width-4" : "govuk-input--width-2"});
  }
  classes = class_list({classes, item.classes});

  out.literal("<div class=\"govuk-date-input__item\">\n")
      .html(input({.id = item.id.empty() ? options.id + "-" + name : item.id,
                   .name = full_name,
                   .type = "text",
                   .inputmode = std::string(or_default(item.inputmode, "numeric")),
                   .value = value.value_or(""),
                   .label = {.text = item.label.empty() ? capitalize(name) : item.label,
                             .classes = "govuk-date-input__label"},
                   .classes = class_list({"govuk-date-input__input", classes}),
                   .autocomplete = item.autocomplete,
                   .pattern = item.pattern,
                   .attributes = item.attributes}))
      .literal("\n</div>\n");
}

}  // namespace

Html date_input(const DateInputOptions& options) {
  std::array<DateInputItem, 3> part_options;
  for (DatePart part : all_parts) part_options[index_of(part)] = part_option(options, part);
  std::vector<DateItem> items;
  if (options.items.empty()) {
    for (DatePart part : all_parts) items.push_back({part_options[index_of(part)], part});
  } else {
    for (const DateInputItem& item : options.items) items.push_back({item, std::nullopt});
  }
  bool any_item_has_error = false;
  for (const DateItem& date_item : items) {
    if (date_item.item.error.value_or(false) || has_error_class(date_item.item))
      any_item_has_error = true;
  }

  MarkupWriter inner;
  std::string described_by = write_hint_and_error_message(
      inner, options.id, options.fieldset ? options.fieldset->described_by : "", options.hint,
      options.error_message);
  inner.literal("<div")
      .attribute("class", class_list({"govuk-date-input", options.classes}))
      .attributes(options.attributes)
      .attribute_if_not_empty("id", options.id)
      .literal(">\n");
  write_slot(inner, options.form_group.before_inputs);
  for (const DateItem& date_item : items)
    write_item(inner, options, part_options, date_item, any_item_has_error);
  write_slot(inner, options.form_group.after_inputs);
  inner.literal("</div>");

  MarkupWriter out;
  open_form_group(out, options.form_group.classes, options.form_group.attributes,
                  options.error_message.has_value());
  // govuk-frontend gives this fieldset role="group" so that JAWS reads out its description for
  // a set of text inputs.
  out.html(in_optional_fieldset(options.fieldset, std::move(described_by), "group",
                                std::move(inner).finish()))
      .literal("\n</div>");
  return std::move(out).finish();
}

}  // namespace casereview::web::govuk
