// GOV.UK checkboxes: a question whose answer is any number of options, each a checkbox with its
// label and optional hint, optionally with "or" dividers, an exclusive "None of these" option
// and content revealed under an option while it is checked (a conditional reveal); a single
// checkbox also serves for "I agree". Mirrors govuk-frontend's govukCheckboxes macro. The
// revealed content and the exclusive behaviour need govuk-frontend's JavaScript (the
// `data-module="govuk-checkboxes"` on the container); without it the content is always shown.
//
// Example:
//   Html agencies = checkboxes({.name = "agencies",
//                               .items = {{.text = "Police", .value = "police"},
//                                         {.text = "Health", .value = "health"},
//                                         {.divider = "or"},
//                                         {.text = "None of these", .value = "none", .behaviour =
//                                         "exclusive"}},
//                               .values = submitted_agencies,
//                               .fieldset = InputsFieldsetOptions{
//                                   .legend = {.text = "Which agencies were involved?"}}});
//
// The first checkbox's id is the id prefix itself, so an error summary can link to "#<id prefix>".
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "web/components/error_message.hpp"
#include "web/components/form_group.hpp"
#include "web/components/hint.hpp"
#include "web/components/markup.hpp"
#include "web/html.hpp"

namespace casereview::web::govuk {

// The `label` option of an item: its content is the item's text or html.
struct CheckboxesItemLabel {
  std::string classes;
  Attributes attributes;
};

// The `conditional` option of an item: content revealed while the checkbox is checked.
struct CheckboxesItemConditional {
  Html html;  // nothing is revealed when empty
};

struct CheckboxesItem {
  std::string text;  // the label; escaped; ignored when html is set
  Html html;
  std::string id;    // "<id prefix>" for the first item, "<id prefix>-<position>" (from 1) for the
                     // others, when empty
  std::string name;  // the checkboxes' name when empty
  std::string value;
  CheckboxesItemLabel label;
  HintOptions hint;  // shown when its text or html is set; its id is set to "<item id>-item-hint"
  std::string divider;  // set: this item is a divider with this text ("or"), and its other options
                        // are unused
  std::optional<bool> checked;  // unset: checked when its value is one of the checkboxes' values
  CheckboxesItemConditional conditional;
  std::string behaviour;  // "exclusive": checking it unchecks the others ("None of these")
  bool disabled = false;
  Attributes attributes;  // added to the <input>
};

struct CheckboxesOptions {
  // Ids for aria-describedby, space-separated; fieldset->described_by replaces them when that is
  // set. These and the hint's and error message's ids go on the fieldset when there is one, and
  // on every checkbox otherwise.
  std::string described_by;
  std::string id_prefix;  // the name when empty; the hint's id is "<id prefix>-hint", the error's
                          // "<id prefix>-error"
  std::string name;
  std::vector<CheckboxesItem> items;
  std::vector<std::string>
      values;  // the values of the items to check, unless an item says otherwise
  // When set, the hint, error message and checkboxes are put in this fieldset.
  std::optional<InputsFieldsetOptions> fieldset;
  std::optional<HintOptions> hint;
  std::optional<ErrorMessageOptions> error_message;
  FormGroupWithInputsOptions form_group;
  std::string classes;  // for example "govuk-checkboxes--small"
  Attributes attributes;
};

// Never fails.
Html checkboxes(const CheckboxesOptions& options);

}  // namespace casereview::web::govuk
