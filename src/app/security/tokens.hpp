// Random secrets and how they are kept: session, invitation, reset and API tokens are random
// values handed to the person once and stored only as their BLAKE2b hash, so a copy of the
// database does not let anyone sign in. Recovery codes are the second factor's spare keys, short
// enough to write down. All randomness comes from libsodium (the operating system's generator).
//
// Example:
//   std::string token = security::random_token();        // put in the link or cookie
//   sessions.create(record, security::token_hash(token));  // store only the hash
//   ... later, from the request:
//   auto session = sessions.find_active(security::token_hash(cookie_value));
//
// Thread-safety: every function here may be called from any thread at any time.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace casereview::security {

// Starts libsodium once for the whole program; later calls return at once. Every function in
// app/security calls it itself, but the server should call it at start-up so that a machine
// without usable randomness fails before it takes requests. Throws std::runtime_error when
// libsodium cannot start (nothing else is changed; a later call tries again).
void initialise_sodium();

// `count` bytes from the system's cryptographic random generator. Does not fail.
std::string random_bytes(std::size_t count);

// A new token: 32 random bytes (256 bits) as URL-safe base64 without padding, 43 characters of
// A-Z a-z 0-9 '-' '_', safe in URLs, cookies and headers unescaped. Does not fail.
std::string random_token();

// The hash to store for a token or recovery code: BLAKE2b-256 of its bytes as 64 lower-case hex
// characters. The same input always gives the same hash, so a presented token is found by its
// hash. A fast hash is right here (unlike passwords) because tokens are random and long. Does not
// fail.
std::string token_hash(std::string_view token);

// True when `a` and `b` hold the same bytes, taking the same time wherever they differ (so the
// time taken reveals nothing of a secret). Only the lengths are compared openly; compare hashes,
// which are all one length. Does not fail.
bool equal_in_constant_time(std::string_view a, std::string_view b);

// `count` new recovery codes such as "k7rq-2mxp-9tdw": three groups of four characters from
// "23456789abcdefghjkmnpqrstuvwxyz" (no 0, 1, i, l or o, which are easily misread), about 59 bits
// each. Each code is meant to be used once; store them with token_hash(). Does not fail.
std::vector<std::string> recovery_codes(std::size_t count);

// The canonical form of a recovery code as someone typed it: lower case, with spaces and hyphens
// ignored and put back between the groups, so "K7RQ 2MXP 9TDW" becomes "k7rq-2mxp-9tdw". Hash
// this form. Text that is not twelve characters from the code alphabet is returned lower-cased
// and stripped but otherwise unchanged; it will match no stored hash.
std::string normalise_recovery_code(std::string_view typed);

}  // namespace casereview::security
