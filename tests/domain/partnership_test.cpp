// Rules for codes and names, roles, and Result/TRY.
#include "domain/partnership.hpp"

#include <gtest/gtest.h>

#include "domain/role.hpp"

namespace casereview {
namespace {

TEST(PartnershipCode, AcceptsCapitalLettersDigitsAndHyphens) {
  EXPECT_TRUE(check_code("code", "NBP").ok());
  EXPECT_TRUE(check_code("code", "CSC-2").ok());
}

TEST(PartnershipCode, RefusesOtherShapesNamingTheField) {
  for (const char* bad : {"", "n", "nbp", "1AB", "AB CD", "ABCDEFGHIJKLM", "AB_C"}) {
    Status status = check_code("agency_code", bad);
    ASSERT_FALSE(status.ok()) << bad;
    EXPECT_EQ(status.error().code, ErrorCode::invalid_input);
    ASSERT_EQ(status.error().fields.size(), 1u);
    EXPECT_EQ(status.error().fields[0].field, "agency_code");
  }
}

TEST(PartnershipName, RefusesEmptyTooLongAndControlCharacters) {
  EXPECT_TRUE(check_name("name", "Northbrook Police").ok());
  EXPECT_EQ(check_name("name", "").error().fields[0].message, "Enter a name");
  EXPECT_FALSE(check_name("name", std::string(201, 'a')).ok());
  EXPECT_FALSE(check_name("name", "tab\there").ok());
}

TEST(Roles, RoundTripThroughTheirNames) {
  for (Role role : all_roles) {
    auto back = role_from_name(role_name(role));
    ASSERT_TRUE(back.has_value()) << role_name(role);
    EXPECT_EQ(*back, role);
    EXPECT_FALSE(role_title(role).empty());
  }
  EXPECT_FALSE(role_from_name("superuser").has_value());
}

TEST(Roles, OnlyPanelAndInspectorAreNational) {
  int national = 0;
  for (Role role : all_roles) national += is_national(role) ? 1 : 0;
  EXPECT_EQ(national, 2);
  EXPECT_TRUE(is_national(Role::panel));
  EXPECT_TRUE(is_national(Role::inspector));
  EXPECT_TRUE(needs_agency(Role::contributor));
  EXPECT_TRUE(needs_agency(Role::lead));
  EXPECT_FALSE(needs_agency(Role::manager));
}

Result<int> half(int value) {
  if (value % 2 != 0) return Error::invalid({{"value", "Enter an even number"}});
  return value / 2;
}

Result<int> quarter(int value) {
  const int halved = TRY(half(value));
  return TRY(half(halved));
}

TEST(ResultTry, ReturnsTheFirstErrorAndOtherwiseTheValue) {
  EXPECT_EQ(quarter(8).value(), 2);
  auto failed = quarter(6);
  ASSERT_FALSE(failed.ok());
  EXPECT_EQ(failed.error().fields[0].field, "value");
}

}  // namespace
}  // namespace casereview
