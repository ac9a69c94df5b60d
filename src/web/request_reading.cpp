#include "web/request_reading.hpp"

#include <Poco/Net/NameValueCollection.h>
#include <Poco/String.h>
#include <Poco/URI.h>

#include <algorithm>
#include <cctype>
#include <random>

#include "web/display.hpp"

namespace casereview::web {

namespace {

std::string new_request_id() {
  thread_local std::mt19937_64 generator{std::random_device{}()};
  static const char digits[] = "0123456789abcdef";
  std::string id(16, '0');
  std::uint64_t bits = generator();
  for (char& c : id) {
    c = digits[bits & 0xf];
    bits >>= 4;
  }
  return id;
}

// A proxy's request id is kept when it is a plain token; anything else is replaced.
std::string request_id_from(const std::string& offered) {
  if (offered.size() < 8 || offered.size() > 64) return new_request_id();
  for (char c : offered) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-') return new_request_id();
  }
  return offered;
}

}  // namespace

bool read_request_head(const Poco::Net::HTTPRequest& in, const std::string& peer,
                       const std::vector<AddressRange>& trusted_proxies, Request& request) {
  request.method = in.getMethod();
  request.request_id = request_id_from(in.get("X-Request-Id", ""));
  for (const auto& [name, value] : in) request.headers[Poco::toLower(name)] = value;
  // Issue 17 item 7: behind a trusted proxy, the client the proxy names.
  request.client_address = client_address_of(
      peer, {request.header("forwarded"), request.header("x-forwarded-for")}, trusted_proxies);
  Poco::Net::NameValueCollection cookies;
  in.getCookies(cookies);
  for (const auto& [name, value] : cookies) request.cookies[name] = value;
  request.display = display_preferences_from(request.cookies);
  try {
    Poco::URI uri(in.getURI());
    request.path = uri.getPath();
    request.query_string = uri.getRawQuery();
    request.query = decode_form(request.query_string);
    return true;
  } catch (const std::exception&) {
    return false;
  }
}

BodyReading decode_request_body(Request& request) {
  const std::string type = request.header("content-type");
  if (type.rfind("application/x-www-form-urlencoded", 0) == 0) {
    // Counted before decoding, so that a body of nothing but separators is never held as fields.
    if (static_cast<std::size_t>(std::count(request.body.begin(), request.body.end(), '&')) >=
        max_form_fields)
      return BodyReading::too_many_fields;
    request.form = decode_form(request.body);
  }
  if (type.rfind("multipart/form-data", 0) == 0 &&
      !decode_multipart(type, request.body, request.form, request.files))
    return BodyReading::malformed;
  return BodyReading::read;
}

}  // namespace casereview::web
