// The page template every HTML page shares, following govuk-frontend's template.njk: skip link,
// header with the service name, service navigation, phase banner, the display controls, <main>,
// and a footer with the accessibility statement and privacy notice. Branded as the partnership's
// service: no crown and no GDS Transport font (those are for GOV.UK only).
#pragma once

#include <string>

#include "web/html.hpp"
#include "web/http.hpp"
#include "web/services.hpp"

namespace casereview::web {

struct Page {
  std::string title;        // what the page is about, e.g. "Accessibility statement"
  Html content;             // the inside of <main>
  Html before_content;      // e.g. a back link or breadcrumbs, above <main>
  bool has_errors = false;  // prefixes the title with "Error: " (GOV.UK error summary pattern)
};

// The whole HTML document for `page` as `request`'s reader sees it (their display choices).
std::string render_page(const Page& page, const Request& request, const Services& services);

// render_page as an HTML response with `status` (422 for a form shown again with its errors, …).
Response page_response(const Page& page, const Request& request, const Services& services,
                       int status = 200);

}  // namespace casereview::web
