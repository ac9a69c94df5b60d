// GOV.UK warning text: a bold statement with a "!" icon, for something the user must know
// before acting (for example a legal consequence). Mirrors govuk-frontend's govukWarningText
// macro.
//
// Example:
//   Html warning = warning_text({.text = "You cannot change the notification once it is sent."});
#pragma once

#include <string>

#include "web/components/markup.hpp"
#include "web/html.hpp"

namespace casereview::web::govuk {

struct WarningTextOptions {
  std::string text;  // escaped; ignored when html is set
  Html html;
  std::string
      icon_fallback_text;  // read by screen readers instead of the icon; "Warning" when empty
  std::string classes;
  Attributes attributes;
};

// Never fails.
Html warning_text(const WarningTextOptions& options);

}  // namespace casereview::web::govuk
