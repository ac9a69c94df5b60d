// TOTP (RFC 6238): the RFC's SHA-1 test vectors, verification within the window, refusal outside
// it, the time step returned for reuse checks, and the otpauth:// URI.
#include "app/security/totp.hpp"

#include <Poco/URI.h>
#include <gtest/gtest.h>
#include <liboath/oath.h>

#include <chrono>
#include <string>

namespace casereview::security {
namespace {

// RFC 6238 Appendix B: the SHA-1 key is the ASCII text "12345678901234567890".
const std::string rfc_key = "12345678901234567890";

Instant at(std::int64_t unix_seconds) { return Instant{std::chrono::seconds{unix_seconds}}; }

struct RfcVector {
  std::int64_t unix_time;
  const char* eight_digits;
};

// RFC 6238 Appendix B, the SHA1 rows.
constexpr RfcVector rfc_vectors[] = {
    {59, "94287082"},         {1111111109, "07081804"}, {1111111111, "14050471"},
    {1234567890, "89005924"}, {2000000000, "69279037"}, {20000000000, "65353130"},
};

std::string last_six(const char* digits) { return std::string(digits).substr(2); }

TEST(Totp, LiboathGivesTheRfc6238Sha1Vectors) {
  ASSERT_EQ(oath_init(), OATH_OK);
  for (const RfcVector& vector : rfc_vectors) {
    char code[9] = {};
    ASSERT_EQ(oath_totp_generate(rfc_key.data(), rfc_key.size(),
                                 static_cast<time_t>(vector.unix_time), 30, 0, 8, code),
              OATH_OK);
    EXPECT_STREQ(code, vector.eight_digits) << vector.unix_time;
  }
}

TEST(Totp, SecretOfTheRfcKeyIsItsBase32) {
  EXPECT_EQ(totp_secret_base32(rfc_key), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
  EXPECT_EQ(totp_secret_base32("f"), "MY");  // RFC 4648 test vector, padding removed
}

TEST(Totp, SixDigitCodesAreTheLastSixOfTheRfcVectors) {
  const std::string secret = totp_secret_base32(rfc_key);
  for (const RfcVector& vector : rfc_vectors) {
    EXPECT_EQ(totp_code(secret, at(vector.unix_time)), last_six(vector.eight_digits))
        << vector.unix_time;
  }
}

TEST(Totp, VerifiesTheRfcVectorsAndReturnsTheirTimeStep) {
  const std::string secret = totp_secret_base32(rfc_key);
  for (const RfcVector& vector : rfc_vectors) {
    EXPECT_EQ(verify_totp(secret, last_six(vector.eight_digits), at(vector.unix_time)),
              vector.unix_time / 30)
        << vector.unix_time;
  }
}

TEST(Totp, AcceptsACodeOneStepEitherSideAndNoFurther) {
  const std::string secret = totp_secret_base32(rfc_key);
  const std::string code =
      last_six("14050471");  // step 37037037, Unix time 1111111110 to 1111111139
  const std::int64_t step = 1111111111 / 30;
  EXPECT_EQ(verify_totp(secret, code, at(1111111111)), step);
  EXPECT_EQ(verify_totp(secret, code, at(1111111111 + 30)), step);  // phone 30 s behind
  EXPECT_EQ(verify_totp(secret, code, at(1111111111 - 30)), step);  // phone 30 s ahead
  EXPECT_EQ(verify_totp(secret, code, at(1111111111 + 60)), std::nullopt);
  EXPECT_EQ(verify_totp(secret, code, at(1111111111 + 90)), std::nullopt);  // three steps ago
  EXPECT_EQ(verify_totp(secret, code, at(1111111111 + 30), 0), std::nullopt);
  EXPECT_EQ(verify_totp(secret, code, at(1111111111 + 90), 3), step);
}

TEST(Totp, RefusesWrongAndMalformedCodesAndSecrets) {
  const std::string secret = totp_secret_base32(rfc_key);
  EXPECT_EQ(verify_totp(secret, "287083", at(59)), std::nullopt);
  EXPECT_EQ(verify_totp(secret, "94287082", at(59)), std::nullopt);  // eight digits
  EXPECT_EQ(verify_totp(secret, "28708", at(59)), std::nullopt);
  EXPECT_EQ(verify_totp(secret, "", at(59)), std::nullopt);
  EXPECT_EQ(verify_totp(secret, "28708x", at(59)), std::nullopt);
  EXPECT_EQ(verify_totp("", "287082", at(59)), std::nullopt);
  EXPECT_EQ(verify_totp("not base32!", "287082", at(59)), std::nullopt);
  EXPECT_EQ(totp_code("not base32!", at(59)), std::nullopt);
}

TEST(Totp, IgnoresSpacesAndHyphensInTheCode) {
  const std::string secret = totp_secret_base32(rfc_key);
  EXPECT_EQ(verify_totp(secret, "287 082", at(59)), 1);
  EXPECT_EQ(verify_totp(secret, " 287-082 ", at(59)), 1);
}

TEST(Totp, NewSecretsAre20RandomBytesInBase32) {
  const std::string secret = new_totp_secret();
  EXPECT_EQ(secret.size(), 32u);
  EXPECT_EQ(secret.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), std::string::npos)
      << secret;
  EXPECT_NE(new_totp_secret(), secret);
  const Instant now = at(1'800'000'000);
  const std::optional<std::string> code = totp_code(secret, now);
  ASSERT_TRUE(code.has_value());
  EXPECT_EQ(verify_totp(secret, *code, now), 1'800'000'000 / 30);
}

TEST(Totp, SecretForReadingIsInGroupsOfFour) {
  EXPECT_EQ(totp_secret_for_reading("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"),
            "GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ");
  EXPECT_EQ(totp_secret_for_reading("GEZDG"), "GEZD G");
}

TEST(TotpUri, NamesIssuerAccountAndSettingsWithPercentEncoding) {
  const std::string uri = totp_uri("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", "Ynys Môn Partnership: CSPR",
                                   "alice+cr@example.org");
  EXPECT_EQ(
      uri,
      "otpauth://totp/Ynys%20M%C3%B4n%20Partnership%3A%20CSPR:alice%2Bcr%40example.org"
      "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Ynys%20M%C3%B4n%20Partnership%3A%20CSPR"
      "&algorithm=SHA1&digits=6&period=30");
}

TEST(TotpUri, DecodesBackToTheIssuerAndAccount) {
  const std::string issuer = "Northbrook & District \"Safeguarding\" #1 / 100%?";
  const std::string account = "o'brien=x@example.org";
  const Poco::URI uri(totp_uri("MY", issuer, account));
  EXPECT_EQ(uri.getScheme(), "otpauth");
  EXPECT_EQ(uri.getHost(), "totp");
  EXPECT_EQ(uri.getPath(), "/" + issuer + ":" + account);
  const Poco::URI::QueryParameters parameters = uri.getQueryParameters();
  ASSERT_EQ(parameters.size(), 5u);
  EXPECT_EQ(parameters[0], (std::pair<std::string, std::string>("secret", "MY")));
  EXPECT_EQ(parameters[1], (std::pair<std::string, std::string>("issuer", issuer)));
}

}  // namespace
}  // namespace casereview::security
