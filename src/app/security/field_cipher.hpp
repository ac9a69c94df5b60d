// Encryption at rest of identifying details (children's names, dates of birth, sex, ethnicity,
// home local authority; DESIGN.md "Data"): libsodium's secretbox (XSalsa20-Poly1305) with a fresh
// random 24-byte nonce for every value, under a 32-byte key held in a file outside the database
// (`--data-key-file PATH`, or CASEREVIEW_DATA_KEY_FILE). A copy of the database alone reveals
// nothing; a changed stored value fails to open rather than reading as something else.
//
// A sealed value is text, safe in a TEXT column: "v1." + a key identifier (1-255, decimal) + "."
// + URL-safe base64 of nonce || ciphertext-with-tag. The key identifier says which key sealed it.
//
// Key file: one key per line, 64 hexadecimal characters (the 32 key bytes), optionally preceded
// by the key identifier and a colon ("2:ab12…"); key id 1 when absent. The first key seals; every
// key in the file opens values sealed under its id. Rotating the key (issue 17,
// docs/operations.md): put a new key with a new id on the first line, above the old one, restart
// the server, and run `casereview rekey`, which re-seals every value under the first key while the
// server serves; then the old line can go. `casereview data-key` style creation is done by
// scripts/run.sh (or `openssl rand -hex 32 > FILE; chmod 600 FILE`).
//
// Example:
//   Result<FieldCipher> cipher = FieldCipher::from_key_file("/etc/casereview/data.key");
//   std::string stored = cipher.value().seal("Amelia");
//   Result<std::string> name = cipher.value().open(stored);  // "Amelia"
//
// Thread-safety: immutable after construction; seal and open may be called from any thread.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "domain/result.hpp"

namespace casereview::security {

// One key of a key file: its 32 bytes and its identifier.
struct DataKey {
  std::string bytes;
  int id = 1;
};

class FieldCipher {
 public:
  static constexpr std::size_t key_bytes = 32;

  // Reads a key file. Fails with invalid_input on field "data-key-file" when the file cannot be
  // read, is readable by group or others (on POSIX systems), holds no key, a line that is not a
  // key, or two keys with one identifier.
  static Result<FieldCipher> from_key_file(const std::string& path);
  // Reads a key file's text as from_key_file does, once read; `source` names the file in messages.
  static Result<FieldCipher> from_key_text(std::string_view text, const std::string& source);
  // A cipher with this key (exactly 32 bytes, else invalid_input) and key id (1-255).
  static Result<FieldCipher> from_key(std::string_view key, int key_id = 1);
  // A cipher that seals with keys[0] and opens with any of `keys` (at least one; distinct ids).
  static Result<FieldCipher> from_keys(std::vector<DataKey> keys);
  // A key file's text for a new random key with this id: "1:<64 hex>\n".
  static std::string new_key_file_text(int key_id = 1);

  // The identifier of the key that seals.
  int key_id() const { return keys_.front().id; }
  // Every key's identifier, the sealing key's first.
  std::vector<int> key_ids() const;
  // What every value sealed under the sealing key begins with: "v1.2.".
  std::string sealed_prefix() const;

  // Seals `plaintext` (any bytes, possibly empty) with a new random nonce. Does not fail.
  std::string seal(std::string_view plaintext) const;
  // Opens a sealed value. Fails with internal when it is not a sealed value, was sealed under
  // a key id this cipher does not have, or was altered (the authentication tag does not match).
  Result<std::string> open(std::string_view sealed) const;
  // The value of `sealed` sealed again under the sealing key (casereview rekey); fails as open.
  Result<std::string> reseal(std::string_view sealed) const;
  // A keyed digest of `text` (BLAKE2b keyed with the sealing key, 64 hex digits): the same text
  // gives the same digest under one key, and without the key no list of names can be tried against
  // it. For recognising a thing again (an anonymisation finding) without storing it; after a
  // rotation a digest made under the old key is not recognised, so that finding is asked about
  // once more.
  std::string keyed_digest(std::string_view text) const;

 private:
  explicit FieldCipher(std::vector<DataKey> keys) : keys_(std::move(keys)) {}
  // The key with this id, or nullptr.
  const DataKey* key_with_id(std::string_view id) const;
  std::vector<DataKey> keys_;  // never empty; the first seals
};

}  // namespace casereview::security
