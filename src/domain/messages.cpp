#include "domain/messages.hpp"

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

}  // namespace casereview
