// Random tokens, their stored hashes and recovery codes, on libsodium (see tokens.hpp).
#include "app/security/tokens.hpp"

#include <sodium.h>

#include <stdexcept>

namespace casereview::security {
namespace {

constexpr std::size_t token_bytes = 32;
constexpr int token_base64_variant = sodium_base64_VARIANT_URLSAFE_NO_PADDING;

// Recovery codes: groups of letters and digits nobody confuses when reading them back.
constexpr std::string_view recovery_code_alphabet = "23456789abcdefghjkmnpqrstuvwxyz";
constexpr std::size_t recovery_code_groups = 3;
constexpr std::size_t recovery_code_group_length = 4;
constexpr std::size_t recovery_code_characters = recovery_code_groups * recovery_code_group_length;

// "k7rq2mxp9tdw" → "k7rq-2mxp-9tdw".
std::string with_group_separators(std::string_view characters) {
  std::string code;
  for (std::size_t index = 0; index < characters.size(); ++index) {
    if (index > 0 && index % recovery_code_group_length == 0) code += '-';
    code += characters[index];
  }
  return code;
}

}  // namespace

void initialise_sodium() {
  // A function-local static is initialised once even when threads race here; when the
  // initialiser throws, the next call runs it again.
  static const bool started = [] {
    if (sodium_init() < 0) {
      throw std::runtime_error("libsodium could not start: no usable source of randomness");
    }
    return true;
  }();
  (void)started;
}

std::string random_bytes(std::size_t count) {
  initialise_sodium();
  std::string bytes(count, '\0');
  randombytes_buf(bytes.data(), bytes.size());
  return bytes;
}

std::string random_token() {
  const std::string bytes = random_bytes(token_bytes);
  char text[sodium_base64_ENCODED_LEN(token_bytes, token_base64_variant)];
  sodium_bin2base64(text, sizeof text, reinterpret_cast<const unsigned char*>(bytes.data()),
                    bytes.size(), token_base64_variant);
  return text;
}

std::string token_hash(std::string_view token) {
  initialise_sodium();
  unsigned char digest[crypto_generichash_BYTES];
  static_assert(crypto_generichash_BYTES == 32, "BLAKE2b-256 gives 32 bytes");
  crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(token.data()),
                     token.size(), nullptr, 0);
  char hex[sizeof digest * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return hex;
}

bool equal_in_constant_time(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  if (a.empty()) return true;
  initialise_sodium();
  return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

std::vector<std::string> recovery_codes(std::size_t count) {
  initialise_sodium();
  std::vector<std::string> codes;
  codes.reserve(count);
  for (std::size_t made = 0; made < count; ++made) {
    std::string characters;
    for (std::size_t index = 0; index < recovery_code_characters; ++index) {
      // randombytes_uniform is unbiased for any upper bound.
      characters += recovery_code_alphabet[randombytes_uniform(recovery_code_alphabet.size())];
    }
    codes.push_back(with_group_separators(characters));
  }
  return codes;
}

std::string normalise_recovery_code(std::string_view typed) {
  std::string characters;
  bool from_alphabet = true;
  for (char character : typed) {
    if (character == ' ' || character == '-') continue;
    if (character >= 'A' && character <= 'Z') character = static_cast<char>(character - 'A' + 'a');
    if (recovery_code_alphabet.find(character) == std::string_view::npos) from_alphabet = false;
    characters += character;
  }
  if (!from_alphabet || characters.size() != recovery_code_characters) return characters;
  return with_group_separators(characters);
}

}  // namespace casereview::security
