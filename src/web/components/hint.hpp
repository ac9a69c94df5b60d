// GOV.UK hint: grey help text under a label or legend ("For example, 27 3 2024"). Mirrors
// govuk-frontend's govukHint macro; the form field components render it for you from their
// `hint` option and point aria-describedby at it.
//
// Example:
//   Html help = hint({.text = "As written on the referral", .id = "reference-hint"});
#pragma once

#include <string>

#include "web/components/markup.hpp"
#include "web/html.hpp"

namespace casereview::web::govuk {

struct HintOptions {
  std::string text;  // escaped; ignored when html is set
  Html html;
  std::string id;
  std::string classes;
  Attributes attributes;
};

// Never fails.
Html hint(const HintOptions& options);

}  // namespace casereview::web::govuk
