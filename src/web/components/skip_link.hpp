// GOV.UK skip link: the first focusable link on every page, letting keyboard users jump past
// the header to the main content. Mirrors govuk-frontend's govukSkipLink macro.
//
// Example:
//   Html link = skip_link({.text = "Skip to main content", .href = "#main-content"});
#pragma once

#include <string>

#include "web/components/markup.hpp"
#include "web/html.hpp"

namespace casereview::web::govuk {

struct SkipLinkOptions {
  std::string text;  // escaped; ignored when html is set
  Html html;
  std::string href;  // "#content" when empty
  std::string classes;
  Attributes attributes;
};

// Never fails.
Html skip_link(const SkipLinkOptions& options);

}  // namespace casereview::web::govuk
