// The pages for 400, 403, 404, 405, 413, 500 and 503, in GOV.UK style ("Page not found",
// "Sorry, there is a problem with the service"). They never show internal detail: a 500 shows
// only the request id to quote, while the log holds the rest.
//
// A refusal (wrong_state 409, invalid_input 422) that reaches no form of its own gets a page with
// the use case's own words instead ("Booking for this session has closed"), never "try again
// later": those messages are written for the person and say what is wrong.
#pragma once

#include "domain/result.hpp"
#include "web/http.hpp"
#include "web/services.hpp"

namespace casereview::web {

Response render_error_page(int status, const Request& request, const Services& services);

// The page for a wrong_state or invalid_input `error`: its message (or each field's message),
// with status 409 or 422.
Response render_refusal_page(const Error& error, const Request& request, const Services& services);

}  // namespace casereview::web
