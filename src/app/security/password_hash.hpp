// Password hashing with Argon2id (libsodium's crypto_pwhash_str), the memory-hard function that
// NCSC and OWASP recommend: a stolen table of hashes costs an attacker memory as well as time for
// every guess. The stored text ("$argon2id$v=19$m=65536,t=2,p=1$salt$hash") carries its own salt
// and cost, so verification needs nothing else, and needs_rehash() spots hashes made at an older
// cost so that sign-in can upgrade them while it holds the password.
//
// Example (signing in):
//   auto account = accounts.find_by_email(email);
//   if (!account) { security::dummy_verify(password); return not_signed_in(); }
//   if (!security::verify_password(password, account->password_hash)) return not_signed_in();
//   if (security::needs_rehash(account->password_hash)) {
//     auto upgraded = security::hash_password(password);
//     if (upgraded) accounts.set_password(account->user.id, upgraded.value(), account->status);
//   }
//
// Cost: each hash or verification at the interactive cost takes 64 MiB of memory and roughly a
// tenth of a second of one core, so the number of sign-ins handled at once bounds the memory
// used; keep it below the server's thread count.
//
// Thread-safety: every function here may be called from any thread at any time.
#pragma once

#include <string>
#include <string_view>

#include "domain/result.hpp"

namespace casereview::security {

enum class PasswordHashCost {
  // libsodium's "interactive" limits, 2 passes over 64 MiB: the cost for real accounts.
  interactive,
  // The smallest cost Argon2id allows (1 pass over 8 KiB), for test programs that create many
  // accounts. Never for a real server: needs_rehash() at the interactive cost reports every hash
  // made this way, so one that slipped into real data is upgraded at the next sign-in.
  minimum_for_tests,
};

// Hashes `password` with a fresh random salt at `cost`, giving the text to store. Two calls with
// the same password give different texts. Returns an internal error when the memory for the
// hash cannot be had; nothing is changed.
Result<std::string> hash_password(std::string_view password,
                                  PasswordHashCost cost = PasswordHashCost::interactive);

// True when `password` is the one `stored_hash` was made from. The cost is read from the stored
// text. False for a wrong password, and also for an empty or malformed stored hash or when the
// memory for the check cannot be had (so failure never lets anyone in).
bool verify_password(std::string_view password, std::string_view stored_hash);

// True when `stored_hash` was not made by Argon2id at `cost`, so it should be replaced by a new
// hash of the password the next time the person gives it. Also true for malformed text.
bool needs_rehash(std::string_view stored_hash,
                  PasswordHashCost cost = PasswordHashCost::interactive);

// Spends the time and memory of one verify_password() at `cost` and throws the outcome away. Call
// it when no account has the email given, so that the response takes as long as for a real
// account with a wrong password and its timing does not reveal who has an account. The first
// call at each cost also makes the hash it checks against (one hash_password()). Does not fail.
void dummy_verify(std::string_view password, PasswordHashCost cost = PasswordHashCost::interactive);

}  // namespace casereview::security
