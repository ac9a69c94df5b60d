// GOV.UK error message: the red message beside a form field that tells the user what to fix
// ("Enter the date the child was harmed"). Mirrors govuk-frontend's govukErrorMessage macro;
// the form field components render it for you from their `error_message` option.
//
// Example:
//   Html message = error_message({.text = "Enter the case reference", .id = "reference-error"});
#pragma once

#include <string>

#include "web/components/markup.hpp"
#include "web/html.hpp"

namespace casereview::web::govuk {

struct ErrorMessageOptions {
  std::string text;  // escaped; ignored when html is set
  Html html;
  std::string id;
  std::string classes;
  Attributes attributes;
  // Read out before the message by screen readers, followed by ":". Empty: nothing is added.
  std::string visually_hidden_text = "Error";
};

// Never fails.
Html error_message(const ErrorMessageOptions& options);

}  // namespace casereview::web::govuk
