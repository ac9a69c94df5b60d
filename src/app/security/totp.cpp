// RFC 6238 one-time codes on liboath (see totp.hpp).
#include "app/security/totp.hpp"

#include <Poco/URI.h>
#include <liboath/oath.h>
#include <sodium.h>

#include <cassert>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <memory>
#include <new>
#include <stdexcept>

#include "app/security/tokens.hpp"

namespace casereview::security {
namespace {

// Every character RFC 3986 reserves, so that only letters, digits and "-._~" stay as they are.
constexpr const char* uri_reserved_characters = ":/?#[]@!$&'()*+,;=";

void initialise_oath() {
  // Once for the program; a function-local static is safe when threads race here.
  static const bool started = [] {
    if (oath_init() != OATH_OK) throw std::runtime_error("liboath could not start");
    return true;
  }();
  (void)started;
}

// Memory liboath allocated with malloc; the secret in it is wiped before it is freed.
struct OathBuffer {
  char* data = nullptr;
  std::size_t size = 0;
  OathBuffer() = default;
  OathBuffer(const OathBuffer&) = delete;
  OathBuffer& operator=(const OathBuffer&) = delete;
  ~OathBuffer() {
    if (data == nullptr) return;
    sodium_memzero(data, size);
    std::free(data);
  }
};

// The secret's raw bytes; false when the text is not base32.
bool decode_secret(std::string_view secret_base32, OathBuffer& secret) {
  initialise_oath();
  return oath_base32_decode(secret_base32.data(), secret_base32.size(), &secret.data,
                            &secret.size) == OATH_OK &&
         secret.size > 0;
}

std::time_t unix_time(Instant now) {
  return static_cast<std::time_t>(now.time_since_epoch().count());
}

std::string percent_encoded(std::string_view text) {
  std::string encoded;
  Poco::URI::encode(std::string(text), uri_reserved_characters, encoded);
  return encoded;
}

// liboath calls this for each time step in the window with that step's code; 0 means a match.
int compare_typed_code(void* typed_code, const char* expected_code) {
  const std::string& typed = *static_cast<const std::string*>(typed_code);
  return equal_in_constant_time(typed, expected_code) ? 0 : 1;
}

}  // namespace

std::string new_totp_secret() { return totp_secret_base32(random_bytes(totp_secret_bytes)); }

std::string totp_secret_base32(std::string_view secret_bytes) {
  initialise_oath();
  OathBuffer text;
  if (oath_base32_encode(secret_bytes.data(), secret_bytes.size(), &text.data, &text.size) !=
      OATH_OK) {
    throw std::bad_alloc();  // liboath's only failure here is running out of memory
  }
  std::string encoded(text.data, text.size);
  encoded.erase(encoded.find_last_not_of('=') + 1);
  return encoded;
}

std::string totp_secret_for_reading(std::string_view secret_base32) {
  constexpr std::size_t group_length = 4;
  std::string grouped;
  for (std::size_t index = 0; index < secret_base32.size(); ++index) {
    if (index > 0 && index % group_length == 0) grouped += ' ';
    grouped += secret_base32[index];
  }
  return grouped;
}

std::string totp_uri(std::string_view secret_base32, std::string_view issuer,
                     std::string_view account) {
  // Key URI format of Google Authenticator, which other apps follow: the label is
  // "issuer:account", and the issuer is repeated as a parameter for apps that read only that.
  const std::string encoded_issuer = percent_encoded(issuer);
  return "otpauth://totp/" + encoded_issuer + ":" + percent_encoded(account) +
         "?secret=" + percent_encoded(secret_base32) + "&issuer=" + encoded_issuer +
         "&algorithm=SHA1&digits=" + std::to_string(totp_digits) +
         "&period=" + std::to_string(totp_period_seconds);
}

std::optional<std::string> totp_code(std::string_view secret_base32, Instant now) {
  OathBuffer secret;
  if (!decode_secret(secret_base32, secret)) return std::nullopt;
  char code[totp_digits + 1] = {};
  if (oath_totp_generate(secret.data, secret.size, unix_time(now), totp_period_seconds,
                         OATH_TOTP_DEFAULT_START_TIME, totp_digits, code) != OATH_OK) {
    return std::nullopt;
  }
  return std::string(code);
}

std::optional<std::int64_t> verify_totp(std::string_view secret_base32, std::string_view code,
                                        Instant now, int window) {
  assert(window >= 0);
  if (window < 0) return std::nullopt;
  // 1. Keep the digits: people copy codes shown as "123 456".
  std::string typed;
  for (char character : code) {
    if (character == ' ' || character == '-') continue;
    if (character < '0' || character > '9') return std::nullopt;
    typed += character;
  }
  if (typed.size() != static_cast<std::size_t>(totp_digits)) return std::nullopt;

  // 2. Compare with the code of each time step from now - window to now + window.
  OathBuffer secret;
  if (!decode_secret(secret_base32, secret)) return std::nullopt;
  int position = 0;
  std::uint64_t step = 0;
  const int found = oath_totp_validate3_callback(
      secret.data, secret.size, unix_time(now), totp_period_seconds, OATH_TOTP_DEFAULT_START_TIME,
      totp_digits, static_cast<std::size_t>(window), &position, &step, compare_typed_code, &typed);
  if (found < 0) return std::nullopt;
  return static_cast<std::int64_t>(step);
}

}  // namespace casereview::security
