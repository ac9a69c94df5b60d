// Fuzz target: a request as it arrives on the socket, read by the server's own code — the request
// line and headers (Poco), cookies, the Forwarded and X-Forwarded-For headers behind a trusted
// proxy, the URI and its query, and a URL-encoded or multipart/form-data body.
#include <Poco/Exception.h>
#include <Poco/Net/HTTPRequest.h>

#include <iterator>
#include <sstream>

#include "fuzz_support.hpp"
#include "web/request_reading.hpp"

using namespace casereview;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::vector<web::AddressRange> trusted =
      web::parse_trusted_proxies("127.0.0.1, 10.0.0.0/8, ::1").value();
  std::istringstream stream(fuzz::text_of(data, size));
  Poco::Net::HTTPRequest head;
  try {
    head.read(stream);
  } catch (const Poco::Exception&) {
    return 0;  // Poco refuses the head; the server answers 400 before any code of ours runs
  }
  web::Request request;
  if (!web::read_request_head(head, "127.0.0.1", trusted, request)) return 0;
  request.body.assign(std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>());
  if (web::decode_request_body(request) == web::BodyReading::read) {
    fuzz::require(request.form.size() <= web::max_form_fields, "a form has at most 10,000 fields");
    fuzz::require(request.files.size() + request.form.size() <= 100 ||
                      request.header("content-type").rfind("multipart/", 0) != 0,
                  "a multipart body has at most 100 parts");
  }
  // What pages do with what they are given: the return path after a settings change, the page.
  for (const auto& [name, value] : request.query) {
    const std::string path = web::safe_return_path(value);
    fuzz::require(path == "/" || (path[0] == '/' && path.find("//") != 0 &&
                                  path.find('\\') == std::string::npos),
                  "the return path stays on this site");
  }
  const int page = request.page_number();
  fuzz::require(page >= 1 && page <= 1'000'000, "a page number is from 1 to 1,000,000");
  return 0;
}
