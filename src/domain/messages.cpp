#include "domain/messages.hpp"

#include "domain/text.hpp"

namespace casereview {

std::string enter(std::string_view what) { return "Enter " + std::string(what); }

std::string with_commas(std::size_t number) {
  std::string digits = std::to_string(number);
  for (std::size_t at = digits.size(); at > 3; at -= 3) digits.insert(at - 3, ",");
  return digits;
}

std::string too_long(std::string_view what, std::size_t limit) {
  return std::string(what) + " must be " + with_commas(limit) + " characters or fewer";
}

void check_required_text(const std::string& field, std::string_view text, std::string_view missing,
                         std::string_view named, std::size_t limit,
                         std::vector<FieldError>& problems) {
  if (is_blank(text))
    problems.push_back({field, enter(missing)});
  else if (trimmed(text).size() > limit)
    problems.push_back({field, too_long(named, limit)});
}

}  // namespace casereview
