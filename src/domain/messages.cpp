#include "domain/messages.hpp"

namespace casereview {

std::string enter(std::string_view what) { return "Enter " + std::string(what); }

std::string too_long(std::string_view what, std::size_t limit) {
  return std::string(what) + " must be " + std::to_string(limit) + " characters or fewer";
}

}  // namespace casereview
