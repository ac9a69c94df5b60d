// The NCSC-style password rules: length in characters, the deny-list, obvious patterns, and
// GOV.UK-style messages that name the field "password".
#include "app/security/password_rules.hpp"

#include <gtest/gtest.h>

#include <string>

#include "app/embedded_files.hpp"

namespace casereview::security {
namespace {

// The single message for the field "password", or "" when the password is allowed.
std::string message_for(std::string_view password,
                        std::string_view email = "alice.smith@example.org") {
  Status status = check_new_password(password, email);
  if (status.ok()) return "";
  EXPECT_EQ(status.error().code, ErrorCode::invalid_input);
  EXPECT_EQ(status.error().fields.size(), 1u);
  if (status.error().fields.empty()) return "(no field)";
  EXPECT_EQ(status.error().fields[0].field, "password");
  return status.error().fields[0].message;
}

std::string repeated(std::string_view piece, int times) {
  std::string text;
  for (int i = 0; i < times; ++i) text += piece;
  return text;
}

TEST(PasswordRules, AcceptsALongPassPhraseWithoutCapitalsDigitsOrSymbols) {
  EXPECT_EQ(message_for("correct horse battery staple"), "");
  EXPECT_EQ(message_for("plumtreeriverbank"), "");
}

TEST(PasswordRules, AsksForAPasswordWhenEmpty) { EXPECT_EQ(message_for(""), "Enter a password"); }

TEST(PasswordRules, RefusesElevenCharactersAndAcceptsTwelve) {
  EXPECT_EQ(message_for("plumtreeriv"), "Password must be 12 characters or more");
  EXPECT_EQ(message_for("plumtreerive"), "");
}

TEST(PasswordRules, CountsCharactersNotBytes) {
  // "é" is 2 bytes, "🌳" is 4: 11 characters here are 22 or 44 bytes, still too short.
  EXPECT_EQ(message_for(repeated("é", 10) + "a"), "Password must be 12 characters or more");
  EXPECT_EQ(message_for(repeated("🌳", 10) + "a"), "Password must be 12 characters or more");
  // Twelve characters of several byte lengths.
  EXPECT_EQ(message_for("pässwörd🌳ñ日本"), "");
}

TEST(PasswordRules, AcceptsTwoHundredAndFiftySixCharactersButNoMore) {
  std::string longest = repeated("ab€", 85) + "c";  // 256 characters, 426 bytes
  EXPECT_EQ(message_for(longest), "");
  EXPECT_EQ(message_for(longest + "d"), "Password must be 256 characters or fewer");
}

TEST(PasswordRules, RefusesTextThatIsNotUtf8OrHoldsControlCharacters) {
  const std::string message = "Password must only include letters, numbers, spaces and symbols";
  EXPECT_EQ(message_for("plumtreeriver\xff"), message);          // never valid in UTF-8
  EXPECT_EQ(message_for("plumtreeriver\xc3"), message);          // truncated sequence
  EXPECT_EQ(message_for("plumtreeriver\xc0\xaf"), message);      // overlong "/"
  EXPECT_EQ(message_for("plumtreeriver\xed\xa0\x80"), message);  // a UTF-16 surrogate
  EXPECT_EQ(message_for("plumtree\triver"), message);
  EXPECT_EQ(message_for("plumtree\nriver"), message);
  EXPECT_EQ(message_for(std::string("plumtree\0river", 14)), message);
}

TEST(PasswordRules, RefusesOneCharacterRepeated) {
  const std::string message =
      "Enter a password that is harder to guess: it must not be one character repeated";
  EXPECT_EQ(message_for(std::string(20, 'z')), message);
  EXPECT_EQ(message_for(repeated("ü", 14)), message);
  EXPECT_EQ(message_for(std::string(19, 'z') + "y"), "");
}

TEST(PasswordRules, RefusesTheEmailAddressOrItsLocalPartIgnoringCase) {
  const std::string message =
      "Enter a password that is harder to guess: it must not be based on your email address";
  EXPECT_EQ(message_for("alice.smith@example.org"), message);
  EXPECT_EQ(message_for("Alice.Smith@Example.org"), message);
  EXPECT_EQ(message_for("my alice.smith@example.org"), message);
  EXPECT_EQ(message_for("ALICE.SMITH2024"), message);
  EXPECT_EQ(message_for("!alice.smith!1"), message);
  EXPECT_EQ(message_for("alice.smithalice.smith"), message);
  // The local part with real words added is a different password.
  EXPECT_EQ(message_for("alice.smith likes plums"), "");
  // Another person's address is not special.
  EXPECT_EQ(message_for("alice.smith2024", "bob@example.org"), "");
  // Nothing to compare with when there is no address yet.
  EXPECT_EQ(message_for("alice.smith2024", ""), "");
}

TEST(PasswordRules, RefusesPasswordsOnTheDenyListIgnoringCase) {
  const std::string message =
      "Enter a password that is harder to guess: this one is on a list of common passwords";
  EXPECT_EQ(message_for("1qaz2wsx3edc"), message);
  EXPECT_EQ(message_for("1QAZ2WSX3EDC"), message);
  EXPECT_EQ(message_for("QwErTy123456"), message);
  EXPECT_TRUE(is_common_password("LeaveMeAlone"));
  EXPECT_FALSE(is_common_password("plumtreeriverbank"));
  EXPECT_FALSE(is_common_password("\xff\xfeqwerty123456"));  // not UTF-8: no match, no crash
}

TEST(PasswordRules, DenyListIsBundledWithItsSourceAndOnlyLongLowerCaseEntries) {
  const std::string& text = embedded_files().at("data/common-passwords.txt");
  ASSERT_EQ(text.rfind("# ", 0), 0u) << "the first line names the source";
  EXPECT_NE(text.find("@zxcvbn-ts/language-common"), std::string::npos);
  EXPECT_NE(text.find("MIT"), std::string::npos);
  int entries = 0;
  std::size_t start = text.find('\n') + 1;
  while (start < text.size()) {
    const std::size_t end = text.find('\n', start);
    const std::string line = text.substr(start, end - start);
    start = end == std::string::npos ? text.size() : end + 1;
    EXPECT_GE(line.size(), 12u) << line;
    for (char character : line) EXPECT_FALSE(character >= 'A' && character <= 'Z') << line;
    EXPECT_TRUE(is_common_password(line)) << line;
    ++entries;
  }
  EXPECT_GT(entries, 300);
}

}  // namespace
}  // namespace casereview::security
