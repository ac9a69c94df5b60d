// Random tokens, their stored hashes, constant-time comparison and recovery codes.
#include "app/security/tokens.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace casereview::security {
namespace {

bool only_characters_of(const std::string& text, std::string_view alphabet) {
  return text.find_first_not_of(alphabet) == std::string::npos;
}

constexpr std::string_view url_safe_base64 =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
constexpr std::string_view lower_hex = "0123456789abcdef";
constexpr std::string_view recovery_alphabet = "23456789abcdefghjkmnpqrstuvwxyz";

TEST(RandomToken, Is43UrlSafeCharactersWithoutPadding) {
  const std::string token = random_token();
  EXPECT_EQ(token.size(), 43u);  // 32 bytes = 256 bits, 6 bits a character
  EXPECT_TRUE(only_characters_of(token, url_safe_base64)) << token;
}

TEST(RandomToken, NeverRepeats) {
  std::set<std::string> seen;
  for (int i = 0; i < 1000; ++i) EXPECT_TRUE(seen.insert(random_token()).second);
}

TEST(RandomBytes, GivesTheCountAskedFor) {
  EXPECT_EQ(random_bytes(0).size(), 0u);
  EXPECT_EQ(random_bytes(20).size(), 20u);
  EXPECT_NE(random_bytes(20), random_bytes(20));
}

TEST(TokenHash, Is64LowerCaseHexCharactersAndStable) {
  const std::string token = random_token();
  const std::string hash = token_hash(token);
  EXPECT_EQ(hash.size(), 64u);
  EXPECT_TRUE(only_characters_of(hash, lower_hex)) << hash;
  EXPECT_EQ(token_hash(token), hash);
  EXPECT_NE(token_hash(random_token()), hash);
  EXPECT_EQ(hash.find(token), std::string::npos);
}

TEST(TokenHash, IsBlake2b256) {
  // BLAKE2b with a 32-byte output of the empty message and of "abc" (the same values as
  // `b2sum -l 256` prints), so stored hashes stay readable by other tools.
  EXPECT_EQ(token_hash(""), "0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8");
  EXPECT_EQ(token_hash("abc"), "bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319");
}

TEST(EqualInConstantTime, ComparesBytesAndLengths) {
  EXPECT_TRUE(equal_in_constant_time("", ""));
  EXPECT_TRUE(equal_in_constant_time("same text", "same text"));
  EXPECT_FALSE(equal_in_constant_time("same text", "same texT"));
  EXPECT_FALSE(equal_in_constant_time("Same text", "same text"));
  EXPECT_FALSE(equal_in_constant_time("same text", "same text "));
  EXPECT_FALSE(equal_in_constant_time("", "x"));
  const std::string hash = token_hash("token");
  EXPECT_TRUE(equal_in_constant_time(hash, token_hash("token")));
}

TEST(RecoveryCodes, AreGroupsOfFourFromTheUnambiguousAlphabet) {
  const std::vector<std::string> codes = recovery_codes(10);
  ASSERT_EQ(codes.size(), 10u);
  for (const std::string& code : codes) {
    ASSERT_EQ(code.size(), 14u) << code;
    EXPECT_EQ(code[4], '-') << code;
    EXPECT_EQ(code[9], '-') << code;
    const std::string characters = code.substr(0, 4) + code.substr(5, 4) + code.substr(10, 4);
    EXPECT_TRUE(only_characters_of(characters, recovery_alphabet)) << code;
  }
  EXPECT_EQ(std::set<std::string>(codes.begin(), codes.end()).size(), codes.size());
  EXPECT_TRUE(recovery_codes(0).empty());
}

TEST(RecoveryCodes, UseEveryCharacterOfTheAlphabetAndNoOther) {
  std::set<char> used;
  for (const std::string& code : recovery_codes(200)) {
    for (char character : code) {
      if (character != '-') used.insert(character);
    }
  }
  EXPECT_EQ(std::string(used.begin(), used.end()), recovery_alphabet);
}

TEST(RecoveryCodes, NormaliseWhatPeopleTypeToTheIssuedForm) {
  for (const std::string& code : recovery_codes(5)) EXPECT_EQ(normalise_recovery_code(code), code);
  EXPECT_EQ(normalise_recovery_code("K7RQ 2MXP 9TDW"), "k7rq-2mxp-9tdw");
  EXPECT_EQ(normalise_recovery_code(" k7rq2mxp9tdw "), "k7rq-2mxp-9tdw");
  EXPECT_EQ(normalise_recovery_code("k7rq--2mxp-9tdw"), "k7rq-2mxp-9tdw");
  // Not a code: left without separators, so it matches no stored hash.
  EXPECT_EQ(normalise_recovery_code("k7rq-2mxp"), "k7rq2mxp");
  EXPECT_EQ(normalise_recovery_code("k0rq-2mxp-9tdw"), "k0rq2mxp9tdw");
}

}  // namespace
}  // namespace casereview::security
