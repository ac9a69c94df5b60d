// GOV.UK select: a drop-down list with its label, hint and error message. Mirrors
// govuk-frontend's govukSelect macro. (The Design System advises radios where there are few
// options; use a select only for long lists.)
//
// Example:
//   Html agency = select({.name = "agency", .label = {.text = "Agency"}, .value = chosen_agency,
//                         .items = {{.value = "police", .text = "Police"}, {.value = "health",
//                         .text = "Health"}}});
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "web/components/error_message.hpp"
#include "web/components/form_group.hpp"
#include "web/components/hint.hpp"
#include "web/components/label.hpp"
#include "web/components/markup.hpp"
#include "web/html.hpp"

namespace casereview::web::govuk {

struct SelectItem {
  std::optional<std::string> value;  // unset: no value attribute (the browser submits the text)
  std::string text;
  std::optional<bool>
      selected;  // unset: selected when its value (or text) equals the select's value
  bool disabled = false;
  Attributes attributes;
};

struct SelectOptions {
  std::string id;  // the name when empty
  std::string name;
  std::vector<SelectItem> items;
  std::string value;  // the value to select, unless an item says otherwise
  bool disabled = false;
  std::string described_by;
  LabelOptions label;
  std::optional<HintOptions> hint;
  std::optional<ErrorMessageOptions> error_message;
  FormGroupOptions form_group;
  std::string classes;
  Attributes attributes;
};

// Never fails.
Html select(const SelectOptions& options);

}  // namespace casereview::web::govuk
