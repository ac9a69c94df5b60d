// Fuzz target: Markdown written by users (course bodies, summaries), rendered by cmark-gfm and our
// walk of its tree. Beyond not crashing, the HTML holds only the elements markdown.hpp lists, and
// no link or image keeps a scheme other than http, https or mailto.
#include "web/markdown.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>

#include "fuzz_support.hpp"

using namespace casereview;

namespace {

constexpr std::array<std::string_view, 26> allowed_elements = {
    "h1", "h2", "h3",     "h4",  "h5",    "h6",    "p",     "ul", "ol",
    "li", "a",  "div",    "hr",  "table", "thead", "tbody", "tr", "th",
    "td", "em", "strong", "del", "code",  "pre",   "br",    "img"};

// An attribute's value as a browser reads it: character references decoded.
std::string attribute_value(std::string_view escaped) {
  std::string value;
  for (std::size_t at = 0; at < escaped.size(); ++at) {
    const std::size_t end = escaped[at] == '&' ? escaped.find(';', at) : std::string_view::npos;
    if (end == std::string_view::npos) {
      value += escaped[at];
      continue;
    }
    const std::string_view name = escaped.substr(at + 1, end - at - 1);
    if (name == "amp")
      value += '&';
    else if (name == "lt")
      value += '<';
    else if (name == "gt")
      value += '>';
    else if (name == "quot")
      value += '"';
    else if (name.size() > 1 && name[0] == '#')
      value += static_cast<char>(
          name[1] == 'x' ? std::strtol(std::string(name.substr(2)).c_str(), nullptr, 16)
                         : std::strtol(std::string(name.substr(1)).c_str(), nullptr, 10));
    else
      value += std::string(escaped.substr(at, end - at + 1));
    at = end;
  }
  return value;
}

// Whether a browser would read `address` as having a scheme other than http, https or mailto
// (WHATWG URL: leading controls and spaces dropped, tabs and newlines removed, then ALPHA
// *(ALPHA / DIGIT / "+" / "-" / ".") ":" ).
bool has_unsafe_scheme(std::string address) {
  std::size_t first = 0;
  while (first < address.size() && static_cast<unsigned char>(address[first]) <= 0x20) ++first;
  address.erase(0, first);
  std::erase_if(address, [](char c) { return c == '\t' || c == '\n' || c == '\r'; });
  std::size_t end = 0;
  while (end < address.size() &&
         (std::isalpha(static_cast<unsigned char>(address[end])) ||
          (end > 0 && (std::isdigit(static_cast<unsigned char>(address[end])) ||
                       address[end] == '+' || address[end] == '-' || address[end] == '.'))))
    ++end;
  if (end == 0 || end >= address.size() || address[end] != ':') return false;
  std::string scheme = address.substr(0, end);
  for (char& c : scheme) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return scheme != "http" && scheme != "https" && scheme != "mailto";
}

// Walks every tag: its name must be one markdown.hpp lists, its attributes name="value" pairs, and
// no href or src may carry another scheme.
void check_markup(const std::string& html) {
  for (std::size_t at = html.find('<'); at != std::string::npos; at = html.find('<', at + 1)) {
    std::size_t cursor = at + 1;
    if (cursor < html.size() && html[cursor] == '/') ++cursor;
    const std::size_t name_start = cursor;
    while (cursor < html.size() && std::isalnum(static_cast<unsigned char>(html[cursor]))) ++cursor;
    const std::string name = html.substr(name_start, cursor - name_start);
    fuzz::require(
        std::find(allowed_elements.begin(), allowed_elements.end(), name) != allowed_elements.end(),
        "the HTML holds only the elements markdown.hpp lists");
    while (cursor < html.size() && html[cursor] != '>') {
      if (html[cursor] == ' ' || html[cursor] == '/') {
        ++cursor;
        continue;
      }
      const std::size_t attribute_start = cursor;
      while (cursor < html.size() &&
             (std::isalpha(static_cast<unsigned char>(html[cursor])) || html[cursor] == '-'))
        ++cursor;
      const std::string attribute = html.substr(attribute_start, cursor - attribute_start);
      fuzz::require(!attribute.empty() && cursor + 1 < html.size() && html[cursor] == '=' &&
                        html[cursor + 1] == '"',
                    "every attribute is written name=\"value\"");
      const std::size_t value_end = html.find('"', cursor + 2);
      fuzz::require(value_end != std::string::npos, "every attribute value is closed");
      const std::string value =
          attribute_value(std::string_view(html).substr(cursor + 2, value_end - cursor - 2));
      if (attribute == "href" || attribute == "src")
        fuzz::require(!has_unsafe_scheme(value),
                      "a link or image keeps only an http, https, mailto or relative address");
      cursor = value_end + 1;
    }
    fuzz::require(cursor < html.size(), "every tag is closed");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  // The first byte picks the heading offset (pages pass 0 or 1); the rest is the Markdown.
  const web::MarkdownOptions options{.heading_offset = data[0] % 3};
  const web::Html html = web::render_markdown(
      std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1), options);
  check_markup(html.str());
  return 0;
}
