#include "domain/partnership.hpp"

#include "domain/messages.hpp"

namespace casereview {

Status check_code(const std::string& field, const std::string& code) {
  if (code.empty()) return Error::invalid({{field, enter("a code")}});
  bool shaped = code.size() >= 2 && code.size() <= 12 && code[0] >= 'A' && code[0] <= 'Z';
  for (char c : code) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-')) shaped = false;
  }
  if (!shaped) {
    return Error::invalid(
        {{field,
          "Code must be 2 to 12 capital letters, digits or hyphens, starting with a letter"}});
  }
  return ok_status();
}

Status check_name(const std::string& field, const std::string& name) {
  if (name.empty()) return Error::invalid({{field, enter("a name")}});
  if (name.size() > limits::name) return Error::invalid({{field, too_long("Name", limits::name)}});
  for (unsigned char c : name) {
    if (c < 0x20 || c == 0x7f)
      return Error::invalid({{field, "Name must not contain control characters"}});
  }
  return ok_status();
}

}  // namespace casereview
