#include "web/html.hpp"

#include "domain/text.hpp"

namespace casereview::web {

std::string escape_text(std::string_view text) { return escape_markup(text); }

Html join(const std::vector<Html>& parts) {
  Html joined;
  for (const Html& part : parts) joined += part;
  return joined;
}

}  // namespace casereview::web
