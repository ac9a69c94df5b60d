// An id written as text: see id_text.hpp.
#include "domain/id_text.hpp"

namespace casereview {

std::optional<Id> parse_id(std::string_view text) {
  if (text.empty() || text.size() > 18 || text[0] == '0') return std::nullopt;
  Id id = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    id = id * 10 + (c - '0');
  }
  return id;
}

}  // namespace casereview
