// GOV.UK text input: a one-line form field with its label, hint and error message, optionally
// with a prefix or suffix ("£", "per week"). Mirrors govuk-frontend's govukInput macro.
//
// Example:
//   Html reference = input({.id = "reference", .name = "reference",
//                           .label = {.text = "Case reference"},
//                           .error_message = ErrorMessageOptions{.text = "Enter the case
//                           reference"}, .value = submitted_reference});
#pragma once

#include <optional>
#include <string>

#include "web/components/error_message.hpp"
#include "web/components/form_group.hpp"
#include "web/components/hint.hpp"
#include "web/components/label.hpp"
#include "web/components/markup.hpp"
#include "web/html.hpp"

namespace casereview::web::govuk {

struct InputAffix {
  std::string text;  // escaped; ignored when html is set
  Html html;
  std::string classes;
  Attributes attributes;
};

struct InputWrapperOptions {
  std::string classes;
  Attributes attributes;
};

struct InputOptions {
  std::string id;  // the name when empty
  std::string name;
  std::string type;  // "text" when empty
  std::string inputmode;
  std::string value;  // no value attribute when empty
  bool disabled = false;
  std::string described_by;                          // extra ids for aria-describedby
  LabelOptions label;                                // its for_id is set to the input's id
  std::optional<HintOptions> hint;                   // its id is set to "<id>-hint"
  std::optional<ErrorMessageOptions> error_message;  // its id is set to "<id>-error"
  InputAffix prefix;
  InputAffix suffix;
  FormGroupOptions form_group;
  std::string classes;
  std::string autocomplete;
  std::string pattern;
  std::optional<bool> spellcheck;  // unset: no spellcheck attribute
  std::string autocapitalize;
  InputWrapperOptions input_wrapper;
  Attributes attributes;
};

// Never fails.
Html input(const InputOptions& options);

}  // namespace casereview::web::govuk
