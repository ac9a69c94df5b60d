#include "support/http_client.hpp"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>
#include <Poco/String.h>
#include <Poco/URI.h>

namespace casereview::testing_support {

std::string HttpResult::header(const std::string& lower_case_name) const {
  auto found = headers.find(lower_case_name);
  return found == headers.end() ? std::string() : found->second;
}

HttpResult http_request(int port, const std::string& method, const std::string& target,
                        const HeaderList& headers, const std::string& body,
                        const std::string& content_type) {
  Poco::Net::HTTPClientSession session("127.0.0.1", static_cast<Poco::UInt16>(port));
  session.setTimeout(Poco::Timespan(30, 0));
  Poco::Net::HTTPRequest request(method, target, Poco::Net::HTTPMessage::HTTP_1_1);
  for (const auto& [name, value] : headers) request.add(name, value);
  if (!content_type.empty()) request.setContentType(content_type);
  if (!body.empty() || method == "POST")
    request.setContentLength64(static_cast<Poco::Int64>(body.size()));
  session.sendRequest(request) << body;

  Poco::Net::HTTPResponse response;
  std::istream& stream = session.receiveResponse(response);
  HttpResult result;
  result.status = static_cast<int>(response.getStatus());
  for (const auto& [name, value] : response) {
    const std::string lower = Poco::toLower(name);
    result.headers[lower] = value;
    if (lower == "set-cookie") result.set_cookies.push_back(value);
  }
  Poco::StreamCopier::copyToString(stream, result.body);
  return result;
}

std::string form_encoded(const std::vector<std::pair<std::string, std::string>>& fields) {
  std::string body;
  for (const auto& [name, value] : fields) {
    std::string encoded_name;
    std::string encoded_value;
    Poco::URI::encode(name, "!#$&'()*+,/:;=?@[]%", encoded_name);
    Poco::URI::encode(value, "!#$&'()*+,/:;=?@[]%", encoded_value);
    body += (body.empty() ? "" : "&") + encoded_name + "=" + encoded_value;
  }
  return body;
}

HttpResult http_post_form(int port, const std::string& target,
                          const std::vector<std::pair<std::string, std::string>>& fields,
                          const HeaderList& headers) {
  return http_request(port, "POST", target, headers, form_encoded(fields),
                      "application/x-www-form-urlencoded");
}

}  // namespace casereview::testing_support
