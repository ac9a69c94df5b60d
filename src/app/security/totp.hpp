// Time-based one-time passwords (TOTP, RFC 6238), the second factor staff use: an authenticator
// app and the server share a secret and each turns the current 30-second time step into a
// 6-digit code. Codes are made and checked with liboath, HMAC-SHA-1, 6 digits, 30 seconds — the
// settings every authenticator app supports.
//
// The secret is handled as base32 text (RFC 4648, no padding), the form people type into an app
// and the form Account::totp_secret stores. The current time is always passed in; nothing here
// reads the clock.
//
// Example (enrolment, then signing in):
//   std::string secret = security::new_totp_secret();
//   show(security::totp_uri(secret, partnership.name, account.user.email),  // as a QR code
//        security::totp_secret_for_reading(secret));                        // for typing in
//   ...
//   std::optional<std::int64_t> step = security::verify_totp(account.totp_secret, code,
//   clock.now()); if (!step || !accounts.use_totp_step(account.user.id, *step)) return refuse();
//
// Thread-safety: every function here may be called from any thread at any time.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/instant.hpp"

namespace casereview::security {

inline constexpr int totp_digits = 6;
inline constexpr int totp_period_seconds = 30;
inline constexpr std::size_t totp_secret_bytes = 20;  // 160 bits, as RFC 4226 recommends

// A new secret: 20 random bytes as 32 characters of base32 (A-Z, 2-7). Does not fail.
std::string new_totp_secret();

// The base32 text of a secret held as raw bytes (RFC 6238's test key "12345678901234567890"
// becomes "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"), without '=' padding. Does not fail.
std::string totp_secret_base32(std::string_view secret_bytes);

// The secret in groups of four characters separated by spaces ("GEZD GNBV …"), easier to copy
// by hand; authenticator apps ignore the spaces. Does not fail.
std::string totp_secret_for_reading(std::string_view secret_base32);

// The otpauth:// URI that authenticator apps read from a QR code:
//   otpauth://totp/ISSUER:ACCOUNT?secret=…&issuer=ISSUER&algorithm=SHA1&digits=6&period=30
// with the issuer (the service's name, shown in the app) and the account (usually the email
// address) percent-encoded. Does not fail.
std::string totp_uri(std::string_view secret_base32, std::string_view issuer,
                     std::string_view account);

// The 6-digit code for `secret_base32` at `now`, as an app would show it. For tests and for
// demonstration accounts. Returns nullopt when the secret is not valid base32.
std::optional<std::string> totp_code(std::string_view secret_base32, Instant now);

// Checks a code someone typed against the secret at `now`, accepting codes from `window` time
// steps either side (default one, so a code is good for about 30 seconds after it changes and a
// phone whose clock runs up to 30 seconds out still works). Spaces and hyphens in the code are
// ignored. Returns the time step the code belongs to (Unix time / 30), so the caller can refuse
// that step, or an earlier one, the next time; nullopt when the code does not match, is not 6
// digits, or the secret is not valid base32. Codes are compared in constant time.
std::optional<std::int64_t> verify_totp(std::string_view secret_base32, std::string_view code,
                                        Instant now, int window = 1);

}  // namespace casereview::security
