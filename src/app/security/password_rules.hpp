// The rules a new password must meet, after the NCSC's password guidance: length rather than
// composition (no "one capital, one digit, one symbol"), and a deny-list of passwords people
// commonly choose, which are the first an attacker tries. Length is counted in characters
// (Unicode code points), not bytes, so "pässwörd" is 8 characters. Spaces and any printable
// character are allowed, so pass phrases work.
//
// The deny-list is data/common-passwords.txt, compiled into the program (see data/README.md); it
// holds only passwords of 12 or more characters, since shorter ones fail the length rule anyway.
//
// Example:
//   Status allowed = security::check_new_password(form.get("password"), account.user.email);
//   if (!allowed) return show_form_again(allowed.error());
//
// Thread-safety: may be called from any thread; the deny-list is read once, on first use.
#pragma once

#include <cstddef>
#include <string_view>

#include "domain/result.hpp"

namespace casereview::security {

inline constexpr std::size_t password_minimum_characters = 12;
inline constexpr std::size_t password_maximum_characters = 256;

// Checks a password someone is choosing for the account with address `email` (may be empty when
// there is none yet). Refuses, in this order and with one message for the field "password":
// an empty password; text that is not UTF-8 or holds control characters (tabs, line breaks);
// fewer than 12 or more than 256 characters; one character repeated; the email address or its
// part before the @ (alone or with only digits and symbols added); a password on the deny-list.
// Letters are compared without regard to case. Returns invalid_input with that message; ok
// otherwise.
Status check_new_password(std::string_view password, std::string_view email);

// True when `password`, in lower case, is on the bundled deny-list of common passwords.
bool is_common_password(std::string_view password);

}  // namespace casereview::security
