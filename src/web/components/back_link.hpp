// GOV.UK back link: "Back" at the top of a page in a journey, to the previous step. Mirrors
// govuk-frontend's govukBackLink macro.
//
// Example:
//   Html back = back_link({.href = "/cases/17"});
#pragma once

#include <string>

#include "web/components/markup.hpp"
#include "web/html.hpp"

namespace casereview::web::govuk {

struct BackLinkOptions {
  std::string text;  // escaped; "Back" when both text and html are empty
  Html html;
  std::string href;  // "#" when empty
  std::string classes;
  Attributes attributes;
};

// Never fails.
Html back_link(const BackLinkOptions& options);

}  // namespace casereview::web::govuk
