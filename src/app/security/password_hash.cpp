// Argon2id password hashes on libsodium (see password_hash.hpp).
#include "app/security/password_hash.hpp"

#include <sodium.h>

#include <cstddef>
#include <new>
#include <semaphore>

#include "app/security/tokens.hpp"

namespace casereview::security {
namespace {

struct Limits {
  unsigned long long operations;
  std::size_t memory;
};

Limits limits_for(PasswordHashCost cost) {
  switch (cost) {
    case PasswordHashCost::interactive:
      // libsodium's interactive limits (2 passes, 64 MiB) are its advice for an online sign-in and
      // exceed OWASP's Argon2id minimum (19 MiB, 2 passes), while keeping a sign-in near a tenth
      // of a second on a small server. Named here, not left to libsodium's default, so that a new
      // libsodium cannot change the cost of our hashes behind our back.
      return {crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE,
              crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE};
    case PasswordHashCost::minimum_for_tests:
      return {crypto_pwhash_argon2id_OPSLIMIT_MIN, crypto_pwhash_argon2id_MEMLIMIT_MIN};
  }
  return {crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE, crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE};
}

// libsodium reads stored hashes as C strings. Empty when the text cannot be one of ours (too long
// or holding a NUL), which every caller treats as a failed check.
// Each Argon2id run at the interactive cost takes 64 MiB and a core for tens of milliseconds. A
// burst of sign-ins must not take the server's memory with it, so at most four run at once; the
// rest wait their turn.
std::counting_semaphore<4> hashing_slots(4);

class HashingSlot {
 public:
  HashingSlot() { hashing_slots.acquire(); }
  ~HashingSlot() { hashing_slots.release(); }
  HashingSlot(const HashingSlot&) = delete;
  HashingSlot& operator=(const HashingSlot&) = delete;
};

std::string as_stored_hash(std::string_view stored_hash) {
  if (stored_hash.size() >= crypto_pwhash_STRBYTES) return {};
  if (stored_hash.find('\0') != std::string_view::npos) return {};
  return std::string(stored_hash);
}

// A hash of a random password nobody knows, made once per cost and kept for dummy_verify().
// Throws std::bad_alloc when it cannot be made; the next call then tries again.
std::string make_dummy_hash(PasswordHashCost cost) {
  Result<std::string> hash = hash_password(random_token(), cost);
  if (!hash) throw std::bad_alloc();
  return std::move(hash).value();
}

const std::string& dummy_hash(PasswordHashCost cost) {
  switch (cost) {
    case PasswordHashCost::interactive: {
      static const std::string hash = make_dummy_hash(PasswordHashCost::interactive);
      return hash;
    }
    case PasswordHashCost::minimum_for_tests: {
      static const std::string hash = make_dummy_hash(PasswordHashCost::minimum_for_tests);
      return hash;
    }
  }
  return dummy_hash(PasswordHashCost::interactive);
}

}  // namespace

Result<std::string> hash_password(std::string_view password, PasswordHashCost cost) {
  initialise_sodium();
  const Limits limits = limits_for(cost);
  char stored[crypto_pwhash_STRBYTES];
  HashingSlot slot;
  if (crypto_pwhash_str_alg(stored, password.data(), password.size(), limits.operations,
                            limits.memory, crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return Error::of(ErrorCode::internal, "Could not hash the password: not enough memory");
  }
  return std::string(stored);
}

bool verify_password(std::string_view password, std::string_view stored_hash) {
  initialise_sodium();
  const std::string stored = as_stored_hash(stored_hash);
  if (stored.empty()) return false;
  HashingSlot slot;
  return crypto_pwhash_str_verify(stored.c_str(), password.data(), password.size()) == 0;
}

bool needs_rehash(std::string_view stored_hash, PasswordHashCost cost) {
  initialise_sodium();
  const std::string stored = as_stored_hash(stored_hash);
  if (stored.empty()) return true;
  const Limits limits = limits_for(cost);
  // 0: Argon2id at these limits; 1: other limits; -1: not an Argon2id hash at all.
  return crypto_pwhash_argon2id_str_needs_rehash(stored.c_str(), limits.operations,
                                                 limits.memory) != 0;
}

void dummy_verify(std::string_view password, PasswordHashCost cost) {
  try {
    const bool matched = verify_password(password, dummy_hash(cost));
    (void)matched;
  } catch (const std::bad_alloc&) {
    // Out of memory: there is no time to match, and the real check would have failed the same way.
  }
}

}  // namespace casereview::security
