// Errors as responses. For the API, RFC 9457 problem documents (application/problem+json) with
// one entry per field for invalid input; for pages, the GOV.UK error pages. The status for each
// ErrorCode is decided here once (result.hpp says when each code is used).
#pragma once

#include "domain/result.hpp"
#include "web/http.hpp"
#include "web/services.hpp"

namespace casereview::web {

int status_for(ErrorCode code);

// {"type": "about:blank", "title", "status", "detail", "errors": [{"field", "message"}]}. With
// type about:blank the title is the status's own phrase ("Unprocessable Content", RFC 9457 §4.2.1);
// what went wrong and what to do are the detail and the field errors.
Response problem(int status, const std::string& detail, const std::vector<FieldError>& fields = {});

// The reason phrase RFC 9110 gives the status ("Conflict"), or "Error" for one not listed here.
std::string status_phrase(int status);

// The response for an error a use case returned: a problem document for the API, otherwise the
// error page for its status (a person who is not signed in is sent to sign in).
Response error_response(const Error& error, const Request& request, const Services& services);

}  // namespace casereview::web
