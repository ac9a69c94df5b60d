// Turning what a client sent into a Request: the request line and headers (method, path, query,
// headers, cookies, the client's address, the display cookies, a request id) and then the body's
// form fields and files. The server runs these on every request; the request fuzz target
// (fuzz/targets/request.cpp) runs them on arbitrary bytes, so both see the same code.
//
// Example:
//   Request request;
//   if (!read_request_head(in, peer, settings.trusted_proxies, request)) { /* 400 */ }
//   request.body = …;  // read up to the route's limit
//   if (decode_request_body(request) != BodyReading::read) { /* 400 or 413 */ }
#pragma once

#include <Poco/Net/HTTPRequest.h>

#include <string>
#include <vector>

#include "web/client_address.hpp"
#include "web/http.hpp"

namespace casereview::web {

// Fills `request` from `in`'s request line and headers; `peer` is the connected address. False
// when the target is not a readable URI (the request gets a 400): what could be read is kept.
bool read_request_head(const Poco::Net::HTTPRequest& in, const std::string& peer,
                       const std::vector<AddressRange>& trusted_proxies, Request& request);

// The most fields a URL-encoded body may have (issue 17's limits). The largest form of the product,
// a key practice episode's choice of chronology entries, stays far below it; the server's body
// limit alone would allow about 250,000 ("a&a&…"), each a pair of strings in memory.
inline constexpr std::size_t max_form_fields = 10'000;

enum class BodyReading {
  read,             // into request.form and request.files (or left to the route: JSON and others)
  malformed,        // a multipart body that cannot be read, or has more than 100 parts: 400
  too_many_fields,  // more than max_form_fields: 413, "what you sent is too large"
};

// Decodes `request.body` into `request.form` (and `request.files`) as its Content-Type says:
// URL-encoded or multipart form data; other types are left to the route (JSON).
BodyReading decode_request_body(Request& request);

}  // namespace casereview::web
