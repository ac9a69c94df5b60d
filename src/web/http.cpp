#include "web/http.hpp"

#include <Poco/URI.h>

namespace casereview::web {

namespace {

std::optional<std::string> first_value(const Fields& fields, const std::string& name) {
  for (const auto& [key, value] : fields) {
    if (key == name) return value;
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> Request::query_value(const std::string& name) const { return first_value(query, name); }

std::optional<std::string> Request::form_value(const std::string& name) const { return first_value(form, name); }

Caller Request::caller() const { return Caller{actor, client_address, header("user-agent")}; }

std::string Request::header(const std::string& lower_case_name) const {
  auto found = headers.find(lower_case_name);
  return found == headers.end() ? std::string() : found->second;
}

void Response::set_header(const std::string& name, const std::string& value) {
  for (auto& header : headers) {
    if (header.first == name) {
      header.second = value;
      return;
    }
  }
  headers.emplace_back(name, value);
}

Response Response::html(std::string body, int status) {
  Response response;
  response.status = status;
  response.body = std::move(body);
  return response;
}

Response Response::text(std::string body, std::string content_type, int status) {
  Response response;
  response.status = status;
  response.content_type = std::move(content_type);
  response.body = std::move(body);
  return response;
}

Response Response::json(std::string body, int status) {
  return text(std::move(body), "application/json", status);
}

Response Response::redirect(const std::string& location) {
  Response response;
  response.status = 303;
  response.content_type = "text/plain; charset=utf-8";
  response.set_header("Location", location);
  return response;
}

Fields decode_form(const std::string& encoded) {
  Fields fields;
  std::size_t start = 0;
  while (start <= encoded.size()) {
    std::size_t end = encoded.find('&', start);
    if (end == std::string::npos) end = encoded.size();
    std::string pair = encoded.substr(start, end - start);
    if (!pair.empty()) {
      std::size_t equals = pair.find('=');
      std::string name = pair.substr(0, equals);
      std::string value = equals == std::string::npos ? std::string() : pair.substr(equals + 1);
      for (std::string* part : {&name, &value}) {
        for (char& c : *part) {
          if (c == '+') c = ' ';
        }
      }
      std::string decoded_name;
      std::string decoded_value;
      Poco::URI::decode(name, decoded_name);
      Poco::URI::decode(value, decoded_value);
      fields.emplace_back(std::move(decoded_name), std::move(decoded_value));
    }
    start = end + 1;
  }
  return fields;
}

std::string safe_return_path(const std::string& candidate) {
  if (candidate.empty() || candidate[0] != '/') return "/";
  if (candidate.size() > 1 && (candidate[1] == '/' || candidate[1] == '\\')) return "/";
  for (unsigned char c : candidate) {
    if (c < 0x20 || c == 0x7f || c == '\\') return "/";
  }
  return candidate;
}

}  // namespace casereview::web
