// GOV.UK generic header: the page header for services that are not on GOV.UK, showing the
// organisation's own logo or name (never the crown, which is for GOV.UK only). Mirrors
// govuk-frontend 6's govukGenericHeader macro; the service name and navigation go in the
// service navigation component below it.
//
// Example:
//   Html header = generic_header({.url = "/", .logo_text = "Northshire Safeguarding Partnership"});
#pragma once

#include <string>

#include "web/components/markup.hpp"
#include "web/html.hpp"

namespace casereview::web::govuk {

struct GenericHeaderOptions {
  std::string url;        // the logo link; "/" when empty
  std::string logo_text;  // escaped; ignored when logo_html is set
  Html logo_html;
  std::string container_classes;  // "govuk-width-container" when empty
  std::string classes;
  Attributes attributes;
};

// Never fails.
Html generic_header(const GenericHeaderOptions& options);

}  // namespace casereview::web::govuk
