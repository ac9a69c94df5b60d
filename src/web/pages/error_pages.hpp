// The pages for 400, 403, 404, 405, 413, 500 and 503, in GOV.UK style ("Page not found",
// "Sorry, there is a problem with the service"). They never show internal detail: a 500 shows
// only the request id to quote, while the log holds the rest.
#pragma once

#include "web/http.hpp"
#include "web/services.hpp"

namespace casereview::web {

Response render_error_page(int status, const Request& request, const Services& services);

}  // namespace casereview::web
