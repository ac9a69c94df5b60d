// GOV.UK radios: a question whose answer is one of a few options, each a radio button with its
// label and optional hint, optionally with "or" dividers and with content revealed under an
// option while it is selected (a conditional reveal). Mirrors govuk-frontend's govukRadios
// macro. The revealed content is shown or hidden by govuk-frontend's JavaScript (the
// `data-module="govuk-radios"` on the container); without JavaScript it is always shown.
//
// Example:
//   Html contacted = radios({.name = "contact-method",
//                            .items = {{.text = "Email", .value = "email",
//                                       .conditional = {.html = email_address_input}},
//                                      {.text = "Phone", .value = "phone"}},
//                            .value = submitted_contact_method,
//                            .fieldset = InputsFieldsetOptions{.legend = {.text = "How should we
//                            contact you?"}}, .error_message = ErrorMessageOptions{.text = "Select
//                            how we should contact you"}});
//
// The first radio's id is the id prefix itself, so an error summary can link to "#<id prefix>".
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
struct RadiosItemLabel {
  std::string classes;
  Attributes attributes;
};

// The `conditional` option of an item: content revealed while the radio is selected.
struct RadiosItemConditional {
  Html html;  // nothing is revealed when empty
};

struct RadiosItem {
  std::string text;  // the label; escaped; ignored when html is set
  Html html;
  std::string id;  // "<id prefix>" for the first item, "<id prefix>-<position>" (from 1) for the
                   // others, when empty
  std::string value;
  RadiosItemLabel label;
  HintOptions hint;  // shown when its text or html is set; its id is set to "<item id>-item-hint"
  std::string divider;  // set: this item is a divider with this text ("or"), and its other options
                        // are unused
  std::optional<bool> checked;  // unset: checked when its value equals the radios' value
  RadiosItemConditional conditional;
  bool disabled = false;
  Attributes attributes;  // added to the <input>
};

struct RadiosOptions {
  std::string id_prefix;  // the name when empty; the hint's id is "<id prefix>-hint", the error's
                          // "<id prefix>-error"
  std::string name;
  std::vector<RadiosItem> items;
  std::string value;  // the value of the item to check, unless an item says otherwise; empty: none
  // When set, the hint, error message and radios are put in this fieldset, and the hint's and
  // error message's ids are added to its aria-describedby. Without it they describe nothing.
  std::optional<InputsFieldsetOptions> fieldset;
  std::optional<HintOptions> hint;
  std::optional<ErrorMessageOptions> error_message;
  FormGroupWithInputsOptions form_group;
  std::string classes;  // for example "govuk-radios--inline", "govuk-radios--small"
  Attributes attributes;
};

// Never fails.
Html radios(const RadiosOptions& options);

}  // namespace casereview::web::govuk
