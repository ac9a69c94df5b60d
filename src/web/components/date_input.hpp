// GOV.UK date input: a date entered as separate day, month and year text inputs (or any other
// set of parts, such as month and year), in a fieldset, with one hint and error message for the
// whole date and a red border on the parts that are wrong. Mirrors govuk-frontend's
// govukDateInput macro.
//
// Example:
//   Html harmed_on = date_input({.id = "harm-date", .name_prefix = "harm-date",
//                                .fieldset = InputsFieldsetOptions{.legend = {.text = "When was the
//                                child harmed?"}}, .hint = HintOptions{.text = "For example, 27 3
//                                2024"}, .error_message = ErrorMessageOptions{.text = "The date
//                                must include a month"}, .month = DateInputItem{.error = true},
//                                .values = {{"harm-date-day", day}, {"harm-date-month", month},
//                                           {"harm-date-year", year}}});
//
// This renders inputs named "harm-date-day", "harm-date-month" and "harm-date-year", with ids
// "harm-date-day" and so on; an error summary should link to the first part in error.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "web/components/error_message.hpp"
#include "web/components/form_group.hpp"
#include "web/components/hint.hpp"
#include "web/components/markup.hpp"
#include "web/html.hpp"

namespace casereview::web::govuk {

// One part of the date: an item, or the `day`, `month` or `year` option.
struct DateInputItem {
  std::string id;  // "<date input id>-<name>" when empty
  std::string
      name;  // the input's name is "<name prefix>-<name>", or just the name without a prefix
  std::string label;  // escaped; the name with its first letter capitalised when empty
  std::optional<std::string> value;  // unset: taken from DateInputOptions::values
  // true: red border. false: no red border, even when the date input has an error message.
  // Unset: red border when the date input has an error message and no part has error set or an
  // error class.
  std::optional<bool> error;
  std::string autocomplete;  // for example "bday-day"
  std::string pattern;
  std::string inputmode;  // "numeric" when empty
  // A "govuk-input--width-N" class here replaces the default width (2 characters, 4 for the
  // year); "govuk-input--error" here counts as error = true.
  std::string classes;
  Attributes attributes;  // added to the <input>
};

struct DateInputOptions {
  std::string id;  // of the container; prefixes the parts' ids, and the hint's ("<id>-hint") and
                   // error's ("<id>-error")
  std::string name_prefix;
  // The parts, in order. Empty: the day, month and year parts, from `day`, `month` and `year`.
  std::vector<DateInputItem> items;
  // When set, the hint, error message and inputs are put in this fieldset (with role="group"),
  // which the hint and error message describe. Without it they describe nothing.
  std::optional<InputsFieldsetOptions> fieldset;
  std::optional<HintOptions> hint;
  std::optional<ErrorMessageOptions> error_message;
  FormGroupWithInputsOptions form_group;
  // The day part when items is empty. Unset: {.name = "day", .value = values["day"] when present,
  // .classes = "govuk-input--width-2"}. When items is set, an item named "day" (or named like
  // this option) without a value takes this option's value.
  std::optional<DateInputItem> day;
  std::optional<DateInputItem> month;  // as day, for "month"
  std::optional<DateInputItem> year;   // as day, for "year", with "govuk-input--width-4"
  // Values for parts that have none, by the part's name ("day") for the default parts, or by
  // the input's full name ("<name prefix>-day") for any part.
  std::map<std::string, std::string> values;
  std::string classes;
  Attributes attributes;  // added to the container
};

// Never fails.
Html date_input(const DateInputOptions& options);

}  // namespace casereview::web::govuk
