#include "app/security/field_cipher.hpp"

#include <sodium.h>
#include <sys/stat.h>

#include <cctype>
#include <fstream>
#include <sstream>

#include "app/security/tokens.hpp"

namespace casereview::security {

namespace {

constexpr int variant = sodium_base64_VARIANT_URLSAFE_NO_PADDING;
constexpr std::string_view format_prefix = "v1.";

Error key_file_problem(const std::string& message) {
  return Error::invalid({{"data-key-file", message}});
}

std::string trimmed(const std::string& text) {
  std::size_t first = 0;
  std::size_t last = text.size();
  while (first < last && std::isspace(static_cast<unsigned char>(text[first]))) ++first;
  while (last > first && std::isspace(static_cast<unsigned char>(text[last - 1]))) --last;
  return text.substr(first, last - first);
}

}  // namespace

Result<FieldCipher> FieldCipher::from_key(std::string_view key, int key_id) {
  if (key.size() != key_bytes) return key_file_problem("The data key must be 32 bytes");
  if (key_id < 1 || key_id > 255)
    return key_file_problem("The data key's identifier must be between 1 and 255");
  initialise_sodium();
  return FieldCipher(std::string(key), key_id);
}

Result<FieldCipher> FieldCipher::from_key_file(const std::string& path) {
  struct stat status {};
  if (::stat(path.c_str(), &status) != 0)
    return key_file_problem("The data key file " + path + " cannot be read");
  if ((status.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
    return key_file_problem("The data key file " + path +
                            " must be readable by its owner only (chmod 600)");
  }
  std::ifstream file(path, std::ios::binary);
  if (!file) return key_file_problem("The data key file " + path + " cannot be read");
  std::stringstream content;
  content << file.rdbuf();
  std::string text = trimmed(content.str());
  int key_id = 1;
  if (auto colon = text.find(':'); colon != std::string::npos) {
    const std::string id_text = text.substr(0, colon);
    if (id_text.empty() || id_text.size() > 3 ||
        id_text.find_first_not_of("0123456789") != std::string::npos) {
      return key_file_problem("The data key file " + path + " has a bad key identifier");
    }
    key_id = std::stoi(id_text);
    text = text.substr(colon + 1);
  }
  std::string key(key_bytes, '\0');
  std::size_t length = 0;
  const char* end = nullptr;
  if (text.size() != 2 * key_bytes ||
      sodium_hex2bin(reinterpret_cast<unsigned char*>(key.data()), key.size(), text.data(),
                     text.size(), nullptr, &length, &end) != 0 ||
      length != key_bytes || end != text.data() + text.size()) {
    return key_file_problem("The data key file " + path + " must hold 64 hexadecimal characters");
  }
  return from_key(key, key_id);
}

std::string FieldCipher::new_key_file_text(int key_id) {
  const std::string key = random_bytes(key_bytes);
  std::string hex(2 * key_bytes + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), reinterpret_cast<const unsigned char*>(key.data()),
                 key.size());
  hex.resize(2 * key_bytes);
  return std::to_string(key_id) + ":" + hex + "\n";
}

std::string FieldCipher::seal(std::string_view plaintext) const {
  std::string box(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plaintext.size(), '\0');
  auto* bytes = reinterpret_cast<unsigned char*>(box.data());
  randombytes_buf(bytes, crypto_secretbox_NONCEBYTES);
  crypto_secretbox_easy(bytes + crypto_secretbox_NONCEBYTES,
                        reinterpret_cast<const unsigned char*>(plaintext.data()), plaintext.size(),
                        bytes, reinterpret_cast<const unsigned char*>(key_.data()));
  std::string text(sodium_base64_ENCODED_LEN(box.size(), variant), '\0');
  sodium_bin2base64(text.data(), text.size(), bytes, box.size(), variant);
  text.resize(std::char_traits<char>::length(text.c_str()));
  return std::string(format_prefix) + std::to_string(key_id_) + "." + text;
}

std::string FieldCipher::keyed_digest(std::string_view text) const {
  unsigned char digest[32];
  crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(text.data()),
                     text.size(), reinterpret_cast<const unsigned char*>(key_.data()), key_.size());
  static constexpr char hex[] = "0123456789abcdef";
  std::string out;
  for (unsigned char byte : digest) {
    out += hex[byte >> 4];
    out += hex[byte & 0x0F];
  }
  return out;
}

Result<std::string> FieldCipher::open(std::string_view sealed) const {
  const Error unreadable = Error::of(ErrorCode::internal, "A stored value could not be decrypted");
  if (sealed.substr(0, format_prefix.size()) != format_prefix) return unreadable;
  sealed.remove_prefix(format_prefix.size());
  const std::size_t dot = sealed.find('.');
  if (dot == std::string_view::npos) return unreadable;
  if (sealed.substr(0, dot) != std::to_string(key_id_)) {
    return Error::of(ErrorCode::internal, "A stored value was encrypted with data key " +
                                              std::string(sealed.substr(0, dot)) +
                                              ", not the key in use");
  }
  const std::string_view text = sealed.substr(dot + 1);
  std::string box(text.size(), '\0');
  std::size_t length = 0;
  const char* end = nullptr;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(box.data()), box.size(), text.data(),
                        text.size(), nullptr, &length, &end, variant) != 0 ||
      end != text.data() + text.size() ||
      length < crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES) {
    return unreadable;
  }
  const auto* bytes = reinterpret_cast<const unsigned char*>(box.data());
  std::string plaintext(length - crypto_secretbox_NONCEBYTES - crypto_secretbox_MACBYTES, '\0');
  if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(plaintext.data()),
                                 bytes + crypto_secretbox_NONCEBYTES,
                                 length - crypto_secretbox_NONCEBYTES, bytes,
                                 reinterpret_cast<const unsigned char*>(key_.data())) != 0) {
    return unreadable;
  }
  return plaintext;
}

}  // namespace casereview::security
