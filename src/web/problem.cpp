#include "web/problem.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <sstream>

#include "web/pages/error_pages.hpp"

namespace casereview::web {

int status_for(ErrorCode code) {
  switch (code) {
    case ErrorCode::invalid_input:
      return 422;
    case ErrorCode::wrong_state:
      return 409;
    case ErrorCode::forbidden:
      return 403;
    case ErrorCode::unauthenticated:
      return 401;
    case ErrorCode::not_found:
      return 404;
    case ErrorCode::unavailable:
      return 503;
    case ErrorCode::internal:
      return 500;
  }
  return 500;
}

std::string status_phrase(int status) {
  switch (status) {
    case 400:
      return "Bad Request";
    case 401:
      return "Unauthorized";
    case 403:
      return "Forbidden";
    case 404:
      return "Not Found";
    case 405:
      return "Method Not Allowed";
    case 409:
      return "Conflict";
    case 413:
      return "Content Too Large";
    case 415:
      return "Unsupported Media Type";
    case 422:
      return "Unprocessable Content";
    case 429:
      return "Too Many Requests";
    case 500:
      return "Internal Server Error";
    case 503:
      return "Service Unavailable";
  }
  return "Error";
}

Response problem(int status, const std::string& detail, const std::vector<FieldError>& fields) {
  Poco::JSON::Object document;
  document.set("type", "about:blank");
  document.set("title", status_phrase(status));
  document.set("status", status);
  document.set("detail", detail);
  if (!fields.empty()) {
    Poco::JSON::Array errors;
    for (const FieldError& field : fields) {
      Poco::JSON::Object entry;
      entry.set("field", field.field);
      entry.set("message", field.message);
      errors.add(entry);
    }
    document.set("errors", errors);
  }
  std::ostringstream out;
  document.stringify(out);
  return Response::text(out.str(), "application/problem+json", status);
}

Response error_response(const Error& error, const Request& request, const Services& services) {
  const int status = status_for(error.code);
  if (request.is_api()) {
    // Internal detail never leaves the server.
    const std::string detail =
        status >= 500 ? "Sorry, there is a problem with the service" : error.message;
    Response response = problem(status, detail, error.fields);
    if (status == 401) response.set_header("WWW-Authenticate", "Bearer");  // RFC 6750
    return response;
  }
  if (status == 401) {
    return Response::redirect("/sign-in?return-to=" + query_encode(request.target()));
  }
  if (error.code == ErrorCode::wrong_state || error.code == ErrorCode::invalid_input)
    return render_refusal_page(error, request, services);
  return render_error_page(status, request, services);
}

}  // namespace casereview::web
