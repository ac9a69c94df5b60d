// Field encryption at rest (app/security/field_cipher.hpp): values round-trip, every sealing uses
// a new nonce, a changed or foreign value is refused, and key files are checked.
#include "app/security/field_cipher.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>

namespace casereview::security {
namespace {

FieldCipher cipher(char fill = 'k', int key_id = 1) {
  return FieldCipher::from_key(std::string(FieldCipher::key_bytes, fill), key_id).value();
}

std::string key_file(const std::string& content, std::filesystem::perms permissions) {
  static int counter = 0;
  const auto path =
      std::filesystem::temp_directory_path() /
      ("casereview-key-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  std::ofstream(path) << content;
  std::filesystem::permissions(path, permissions);
  return path.string();
}

constexpr auto owner_only =
    std::filesystem::perms::owner_read | std::filesystem::perms::owner_write;

TEST(FieldCipher, SealedValuesOpenToWhatWasSealed) {
  for (const std::string& plaintext :
       {std::string("Amelia"), std::string(), std::string("Zoë O’Neill"), std::string(5000, 'x')}) {
    const std::string sealed = cipher().seal(plaintext);
    EXPECT_EQ(sealed.find(plaintext.empty() ? "\x01" : plaintext), std::string::npos);
    EXPECT_EQ(cipher().open(sealed).value(), plaintext);
  }
}

TEST(FieldCipher, EverySealingUsesAFreshNonce) {
  EXPECT_NE(cipher().seal("Amelia"), cipher().seal("Amelia"));
}

TEST(FieldCipher, SealedTextNamesTheFormatAndTheKey) {
  EXPECT_EQ(cipher('k', 7).seal("x").rfind("v1.7.", 0), 0u);
}

TEST(FieldCipher, AnAlteredValueIsRefused) {
  std::string sealed = cipher().seal("Amelia");
  sealed.back() = sealed.back() == 'A' ? 'B' : 'A';
  auto opened = cipher().open(sealed);
  ASSERT_FALSE(opened.ok());
  EXPECT_EQ(opened.error().code, ErrorCode::internal);
}

TEST(FieldCipher, AnotherKeyCannotOpenAValue) {
  EXPECT_FALSE(cipher('o').open(cipher('k').seal("Amelia")).ok());
  auto other_id = cipher('k', 2).open(cipher('k', 1).seal("Amelia"));
  ASSERT_FALSE(other_id.ok());
  EXPECT_NE(other_id.error().message.find("data key 1"), std::string::npos)
      << other_id.error().message;
}

TEST(FieldCipher, TextThatWasNeverSealedIsRefused) {
  EXPECT_FALSE(cipher().open("Amelia").ok());
  EXPECT_FALSE(cipher().open("v1.1.").ok());
  EXPECT_FALSE(cipher().open("v1.1.!!!!").ok());
}

TEST(FieldCipher, ReadsANewKeyFileAndItsKeyId) {
  const std::string path = key_file(FieldCipher::new_key_file_text(3), owner_only);
  auto loaded = FieldCipher::from_key_file(path);
  ASSERT_TRUE(loaded.ok()) << loaded.error().fields.at(0).message;
  EXPECT_EQ(loaded.value().key_id(), 3);
  EXPECT_EQ(loaded.value().open(loaded.value().seal("Amelia")).value(), "Amelia");
  const std::string plain = key_file(std::string(64, 'a') + "\n", owner_only);
  EXPECT_EQ(FieldCipher::from_key_file(plain).value().key_id(), 1);
}

TEST(FieldCipher, RefusesAKeyFileOthersCanRead) {
  const std::string path =
      key_file(FieldCipher::new_key_file_text(), owner_only | std::filesystem::perms::group_read);
  auto refused = FieldCipher::from_key_file(path);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().fields.at(0).field, "data-key-file");
  EXPECT_NE(refused.error().fields.at(0).message.find("owner only"), std::string::npos);
}

TEST(FieldCipher, RefusesAMissingOrMalformedKeyFile) {
  EXPECT_FALSE(FieldCipher::from_key_file("/nonexistent/data.key").ok());
  EXPECT_FALSE(FieldCipher::from_key_file(key_file(std::string(63, 'a'), owner_only)).ok());
  EXPECT_FALSE(FieldCipher::from_key_file(key_file(std::string(64, 'g'), owner_only)).ok());
  EXPECT_FALSE(FieldCipher::from_key_file(key_file("0:" + std::string(64, 'a'), owner_only)).ok());
  EXPECT_FALSE(FieldCipher::from_key(std::string(31, 'k')).ok());
}

// Key rotation (issue 17): a key file of several lines seals with the first key and opens values
// sealed under any of them; reseal moves a value to the first key.
TEST(FieldCipher, AKeyFileOfSeveralKeysSealsWithTheFirstAndOpensWithAny) {
  const FieldCipher old_key = cipher('o', 1);
  const std::string sealed_before = old_key.seal("Amelia");
  const std::string text = "2:" + std::string(64, 'b') + "\n\n1:" + std::string(64, '6') + "\n";
  const std::string path = key_file(text, owner_only);
  auto keyring = FieldCipher::from_key_file(path);
  ASSERT_TRUE(keyring.ok()) << keyring.error().fields.at(0).message;
  EXPECT_EQ(keyring.value().key_id(), 2);
  EXPECT_EQ(keyring.value().key_ids(), (std::vector<int>{2, 1}));
  EXPECT_EQ(keyring.value().sealed_prefix(), "v1.2.");
  EXPECT_EQ(keyring.value().seal("x").rfind("v1.2.", 0), 0u);
  // 'o' is 0x6f, so "66…" is not old_key: opening its value fails, with the key named.
  EXPECT_FALSE(keyring.value().open(sealed_before).ok());

  auto both = FieldCipher::from_keys({{std::string(32, 'n'), 2}, {std::string(32, 'o'), 1}});
  ASSERT_TRUE(both.ok());
  EXPECT_EQ(both.value().open(sealed_before).value(), "Amelia");
  const std::string resealed = both.value().reseal(sealed_before).value();
  EXPECT_EQ(resealed.rfind("v1.2.", 0), 0u);
  EXPECT_EQ(cipher('n', 2).open(resealed).value(), "Amelia");
  EXPECT_FALSE(old_key.open(resealed).ok());
}

TEST(FieldCipher, RefusesTwoKeysWithOneIdentifierOrABadLine) {
  auto same_id = FieldCipher::from_key_file(
      key_file("1:" + std::string(64, 'a') + "\n1:" + std::string(64, 'b') + "\n", owner_only));
  ASSERT_FALSE(same_id.ok());
  EXPECT_NE(same_id.error().fields.at(0).message.find("two keys with identifier 1"),
            std::string::npos)
      << same_id.error().fields.at(0).message;
  auto bad_line = FieldCipher::from_key_file(
      key_file("2:" + std::string(64, 'a') + "\nnot a key\n", owner_only));
  ASSERT_FALSE(bad_line.ok());
  EXPECT_NE(bad_line.error().fields.at(0).message.find("(line 2)"), std::string::npos)
      << bad_line.error().fields.at(0).message;
  EXPECT_FALSE(FieldCipher::from_key_file(key_file("\n\n", owner_only)).ok());
}

}  // namespace
}  // namespace casereview::security
