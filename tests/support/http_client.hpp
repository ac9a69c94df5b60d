// A plain HTTP/1.1 client for tests that talk to a real running server on loopback.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace casereview::testing_support {

struct HttpResult {
  int status = 0;
  std::map<std::string, std::string>
      headers;                           // names in lower case; the last value of a repeated name
  std::vector<std::string> set_cookies;  // every Set-Cookie header, in order
  std::string body;

  std::string header(const std::string& lower_case_name) const;
};

using HeaderList = std::vector<std::pair<std::string, std::string>>;

// Sends one request and reads the whole response. Throws Poco::Exception when the server cannot
// be reached.
HttpResult http_request(int port, const std::string& method, const std::string& target,
                        const HeaderList& headers = {}, const std::string& body = "",
                        const std::string& content_type = "");

inline HttpResult http_get(int port, const std::string& target, const HeaderList& headers = {}) {
  return http_request(port, "GET", target, headers);
}

// `fields` as an application/x-www-form-urlencoded body.
std::string form_encoded(const std::vector<std::pair<std::string, std::string>>& fields);

// Posts `fields` as application/x-www-form-urlencoded.
HttpResult http_post_form(int port, const std::string& target,
                          const std::vector<std::pair<std::string, std::string>>& fields,
                          const HeaderList& headers = {});

}  // namespace casereview::testing_support
