// GOV.UK textarea: a multi-line form field with its label, hint and error message. Mirrors
// govuk-frontend's govukTextarea macro.
//
// Example:
//   Html summary = textarea({.name = "summary", .label = {.text = "Summary of the incident"},
//                            .value = submitted_summary});
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

struct TextareaOptions {
  std::string id;  // the name when empty
  std::string name;
  std::optional<bool> spellcheck;  // unset: no spellcheck attribute
  int rows = 5;
  std::string value;  // escaped
  bool disabled = false;
  std::string described_by;  // extra ids for aria-describedby
  LabelOptions label;        // its for_id is set to the textarea's id
  std::optional<HintOptions> hint;
  std::optional<ErrorMessageOptions> error_message;
  FormGroupOptions form_group;
  std::string classes;
  std::string autocomplete;
  Attributes attributes;
};

// Never fails.
Html textarea(const TextareaOptions& options);

}  // namespace casereview::web::govuk
