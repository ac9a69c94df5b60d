// NCSC-style rules for new passwords (see password_rules.hpp). Text is decoded and lower-cased
// with POCO's Unicode support, so lengths and comparisons work on characters, not bytes.
#include "app/security/password_rules.hpp"

#include <Poco/TextIterator.h>
#include <Poco/UTF8Encoding.h>
#include <Poco/UTF8String.h>
#include <Poco/Unicode.h>

#include <algorithm>
#include <optional>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "app/embedded_files.hpp"
#include "domain/messages.hpp"

namespace casereview::security {
namespace {

constexpr const char* password_field = "password";
constexpr const char* deny_list_file = "data/common-passwords.txt";
// A part before the @ shorter than this ("jo@…") is too short to spot inside a password without
// refusing good ones.
constexpr std::size_t email_local_part_minimum_length = 3;

Status refuse(std::string message) {
  return Error::invalid({{password_field, std::move(message)}});
}

// The code points of `text`; nullopt when it is not well-formed UTF-8 (including overlong forms,
// surrogates and truncated sequences).
std::optional<std::vector<int>> code_points(const std::string& text) {
  const Poco::UTF8Encoding utf8;
  std::vector<int> points;
  for (Poco::TextIterator it(text, utf8), end(text); it != end; ++it) {
    const int point = *it;
    if (point < 0) return std::nullopt;
    points.push_back(point);
  }
  return points;
}

// C0 and C1 controls and DEL: tabs, line breaks and the like, which nobody types into a password
// field on purpose.
bool is_control(int point) { return point < 0x20 || (point >= 0x7f && point <= 0x9f); }

bool has_letter(const std::string& text) {
  const std::optional<std::vector<int>> points = code_points(text);
  return points && std::any_of(points->begin(), points->end(),
                               [](int point) { return Poco::Unicode::isAlpha(point); });
}

std::string lower_case(std::string_view text) { return Poco::UTF8::toLower(std::string(text)); }

// True when the password is the email address, holds it, or is the part before the @ with only
// digits, spaces or symbols added ("alice.smith2024!"). Both arguments are in lower case.
bool is_based_on_email(const std::string& lowered_password, const std::string& lowered_email) {
  if (lowered_email.empty()) return false;
  if (lowered_password.find(lowered_email) != std::string::npos) return true;
  const std::string local_part = lowered_email.substr(0, lowered_email.rfind('@'));
  if (local_part.size() < email_local_part_minimum_length) return false;
  std::string rest = lowered_password;
  bool found = false;
  for (std::size_t at = rest.find(local_part); at != std::string::npos;
       at = rest.find(local_part, at)) {
    rest.erase(at, local_part.size());
    found = true;
  }
  return found && !has_letter(rest);
}

// The deny-list, read from the embedded file on first use: one password per line, lines starting
// with '#' are comments.
const std::unordered_set<std::string>& common_passwords() {
  static const std::unordered_set<std::string> passwords = [] {
    std::unordered_set<std::string> loaded;
    const std::string& text = embedded_files().at(deny_list_file);
    std::size_t start = 0;
    while (start < text.size()) {
      std::size_t end = text.find('\n', start);
      if (end == std::string::npos) end = text.size();
      std::string line = text.substr(start, end - start);
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (!line.empty() && line.front() != '#') loaded.insert(std::move(line));
      start = end + 1;
    }
    return loaded;
  }();
  return passwords;
}

}  // namespace

bool is_common_password(std::string_view password) {
  return common_passwords().contains(lower_case(password));
}

Status check_new_password(std::string_view password, std::string_view email) {
  if (password.empty()) return refuse(enter("a password"));
  const std::optional<std::vector<int>> points = code_points(std::string(password));
  if (!points || std::any_of(points->begin(), points->end(), is_control)) {
    return refuse("Password must only include letters, numbers, spaces and symbols");
  }
  if (points->size() < password_minimum_characters)
    return refuse("Password must be " + std::to_string(password_minimum_characters) +
                  " characters or more");
  if (points->size() > password_maximum_characters)
    return refuse(too_long("Password", password_maximum_characters));
  if (std::all_of(points->begin(), points->end(),
                  [&](int point) { return point == points->front(); })) {
    return refuse(
        enter("a password that is harder to guess: it must not be one character repeated"));
  }
  const std::string lowered_password = lower_case(password);
  if (is_based_on_email(lowered_password, lower_case(email))) {
    return refuse(
        enter("a password that is harder to guess: it must not be based on your email address"));
  }
  if (common_passwords().contains(lowered_password)) {
    return refuse(
        enter("a password that is harder to guess: this one is on a list of common passwords"));
  }
  return ok_status();
}

}  // namespace casereview::security
