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
  return from_keys({DataKey{std::string(key), key_id}});
}

Result<FieldCipher> FieldCipher::from_keys(std::vector<DataKey> keys) {
  if (keys.empty()) return key_file_problem("The data key file must hold a key");
  for (std::size_t index = 0; index < keys.size(); ++index) {
    if (keys[index].bytes.size() != key_bytes)
      return key_file_problem("The data key must be 32 bytes");
    if (keys[index].id < 1 || keys[index].id > 255)
      return key_file_problem("The data key's identifier must be between 1 and 255");
    for (std::size_t before = 0; before < index; ++before) {
      if (keys[before].id == keys[index].id)
        return key_file_problem("The data key file holds two keys with identifier " +
                                std::to_string(keys[index].id) + ": give each key its own");
    }
  }
  initialise_sodium();
  return FieldCipher(std::move(keys));
}

namespace {

// One line of a key file ("2:<64 hex>" or "<64 hex>"), or the problem with it.
Result<DataKey> parse_key_line(std::string text, const std::string& where) {
  DataKey key;
  if (auto colon = text.find(':'); colon != std::string::npos) {
    const std::string id_text = text.substr(0, colon);
    if (id_text.empty() || id_text.size() > 3 ||
        id_text.find_first_not_of("0123456789") != std::string::npos) {
      return key_file_problem("The data key file " + where + " has a bad key identifier");
    }
    key.id = std::stoi(id_text);
    text = text.substr(colon + 1);
  }
  key.bytes.assign(FieldCipher::key_bytes, '\0');
  std::size_t length = 0;
  const char* end = nullptr;
  if (text.size() != 2 * FieldCipher::key_bytes ||
      sodium_hex2bin(reinterpret_cast<unsigned char*>(key.bytes.data()), key.bytes.size(),
                     text.data(), text.size(), nullptr, &length, &end) != 0 ||
      length != FieldCipher::key_bytes || end != text.data() + text.size()) {
    return key_file_problem("The data key file " + where + " must hold 64 hexadecimal characters");
  }
  return key;
}

}  // namespace

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
  std::ostringstream text;
  text << file.rdbuf();
  return from_key_text(text.str(), path);
}

Result<FieldCipher> FieldCipher::from_key_text(std::string_view text, const std::string& source) {
  std::vector<DataKey> keys;
  std::istringstream lines{std::string(text)};
  std::string line;
  for (int number = 1; std::getline(lines, line); ++number) {
    line = trimmed(line);
    if (line.empty()) continue;
    const std::string where =
        number == 1 ? source : source + " (line " + std::to_string(number) + ")";
    keys.push_back(TRY(parse_key_line(line, where)));
  }
  if (keys.empty()) return key_file_problem("The data key file " + source + " holds no key");
  return from_keys(std::move(keys));
}

std::vector<int> FieldCipher::key_ids() const {
  std::vector<int> ids;
  for (const DataKey& key : keys_) ids.push_back(key.id);
  return ids;
}

std::string FieldCipher::sealed_prefix() const {
  return std::string(format_prefix) + std::to_string(key_id()) + ".";
}

const DataKey* FieldCipher::key_with_id(std::string_view id) const {
  for (const DataKey& key : keys_) {
    if (std::to_string(key.id) == id) return &key;
  }
  return nullptr;
}

Result<std::string> FieldCipher::reseal(std::string_view sealed) const {
  return seal(TRY(open(sealed)));
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
                        bytes, reinterpret_cast<const unsigned char*>(keys_.front().bytes.data()));
  std::string text(sodium_base64_ENCODED_LEN(box.size(), variant), '\0');
  sodium_bin2base64(text.data(), text.size(), bytes, box.size(), variant);
  text.resize(std::char_traits<char>::length(text.c_str()));
  return sealed_prefix() + text;
}

std::string FieldCipher::keyed_digest(std::string_view text) const {
  unsigned char digest[32];
  crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(text.data()),
                     text.size(),
                     reinterpret_cast<const unsigned char*>(keys_.front().bytes.data()),
                     keys_.front().bytes.size());
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
  const DataKey* key = key_with_id(sealed.substr(0, dot));
  if (!key) {
    return Error::of(ErrorCode::internal, "A stored value was encrypted with data key " +
                                              std::string(sealed.substr(0, dot)) +
                                              ", which is not in the data key file");
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
                                 reinterpret_cast<const unsigned char*>(key->bytes.data())) != 0) {
    return unreadable;
  }
  return plaintext;
}

}  // namespace casereview::security
