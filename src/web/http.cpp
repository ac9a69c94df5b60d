#include "web/http.hpp"

#include <Poco/Net/HTMLForm.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/MessageHeader.h>
#include <Poco/Net/NameValueCollection.h>
#include <Poco/Net/PartHandler.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>

#include <sstream>
#include <stdexcept>

namespace casereview::web {

namespace {

std::optional<std::string> first_value(const Fields& fields, const std::string& name) {
  for (const auto& [key, value] : fields) {
    if (key == name) return value;
  }
  return std::nullopt;
}

// Keeps each file part of a multipart body in memory (the body is already within the size limit).
class FileCollector final : public Poco::Net::PartHandler {
 public:
  explicit FileCollector(std::vector<UploadedFile>& files) : files_(files) {}
  void handlePart(const Poco::Net::MessageHeader& header, std::istream& stream) override {
    UploadedFile file;
    std::string disposition;
    Poco::Net::NameValueCollection parameters;
    Poco::Net::MessageHeader::splitParameters(header.get("Content-Disposition", ""), disposition,
                                              parameters);
    file.field = parameters.get("name", "");
    file.filename = parameters.get("filename", "");
    // Some browsers send the whole path; only the name is wanted.
    if (auto slash = file.filename.find_last_of("/\\"); slash != std::string::npos)
      file.filename.erase(0, slash + 1);
    file.content_type = header.get("Content-Type", "");
    Poco::StreamCopier::copyToString(stream, file.content);
    files_.push_back(std::move(file));
  }

 private:
  std::vector<UploadedFile>& files_;
};

}  // namespace

std::optional<std::string> Request::query_value(const std::string& name) const {
  return first_value(query, name);
}

std::optional<std::string> Request::form_value(const std::string& name) const {
  return first_value(form, name);
}

int Request::page_number() const {
  if (const std::optional<Id> number = parse_id(query_value("page").value_or(""));
      number && *number <= 1'000'000)
    return static_cast<int>(*number);
  return 1;
}

std::vector<std::string> Request::form_values(const std::string& name) const {
  std::vector<std::string> values;
  for (const auto& [key, value] : form) {
    if (key == name) values.push_back(value);
  }
  return values;
}

Id Request::path_id(const std::string& name) const {
  const std::optional<Id> id = parse_id(path_parameters.at(name));
  if (!id) throw std::out_of_range("path parameter " + name + " is not an id");
  return *id;
}

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

Response Response::attachment(std::string body, const std::string& content_type,
                              const std::string& filename) {
  Response response = text(std::move(body), content_type);
  response.set_header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
  response.set_header("Cache-Control", "no-store");
  return response;
}

std::string query_encode(const std::string& text) {
  std::string encoded;
  Poco::URI::encode(text, "!#$&'()*+,/:;=?@[]%", encoded);
  return encoded;
}

namespace {

int hex_digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Form data decoded as the WHATWG URL standard's urlencoded parser does it: "+" is a space, "%"
// with two hexadecimal digits is that byte, and any other "%" stays as written. Browsers never
// send a bad escape; one written by hand ("a=%zz", found by fuzz/targets/request.cpp) is read like
// this rather than thrown out of the server as a 500, as Poco::URI::decode did.
std::string form_decoded(std::string_view text) {
  std::string decoded;
  decoded.reserve(text.size());
  for (std::size_t at = 0; at < text.size(); ++at) {
    const char c = text[at];
    if (c == '+') {
      decoded += ' ';
    } else if (c == '%' && at + 2 < text.size() && hex_digit_value(text[at + 1]) >= 0 &&
               hex_digit_value(text[at + 2]) >= 0) {
      decoded +=
          static_cast<char>(hex_digit_value(text[at + 1]) * 16 + hex_digit_value(text[at + 2]));
      at += 2;
    } else {
      decoded += c;
    }
  }
  return decoded;
}

}  // namespace

Fields decode_form(const std::string& encoded) {
  Fields fields;
  std::size_t start = 0;
  while (start <= encoded.size()) {
    std::size_t end = encoded.find('&', start);
    if (end == std::string::npos) end = encoded.size();
    const std::string_view pair = std::string_view(encoded).substr(start, end - start);
    if (!pair.empty()) {
      const std::size_t equals = pair.find('=');
      const std::string_view name = pair.substr(0, equals);
      const std::string_view value =
          equals == std::string_view::npos ? std::string_view() : pair.substr(equals + 1);
      fields.emplace_back(form_decoded(name), form_decoded(value));
    }
    start = end + 1;
  }
  return fields;
}

bool decode_multipart(const std::string& content_type, const std::string& body, Fields& fields,
                      std::vector<UploadedFile>& files) {
  try {
    Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_POST, "/");
    request.setContentType(content_type);
    std::istringstream stream(body);
    Poco::Net::HTMLForm form;
    form.setFieldLimit(100);
    FileCollector collector(files);
    form.load(request, stream, collector);
    for (const auto& [name, value] : form) fields.emplace_back(name, value);
    return true;
  } catch (const std::exception&) {
    return false;
  }
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
