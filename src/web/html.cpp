#include "web/html.hpp"

namespace casereview::web {

std::string escape_text(std::string_view text) {
  std::string escaped;
  escaped.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    switch (c) {
      case '&':
        escaped += "&amp;";
        break;
      case '<':
        escaped += "&lt;";
        break;
      case '>':
        escaped += "&gt;";
        break;
      case '"':
        escaped += "&quot;";
        break;
      case '\'':
        escaped += "&#39;";
        break;
      default:
        escaped += c;
    }
  }
  return escaped;
}

Html join(const std::vector<Html>& parts) {
  Html joined;
  for (const Html& part : parts) joined += part;
  return joined;
}

}  // namespace casereview::web
