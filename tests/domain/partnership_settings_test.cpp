// A partnership's settings read from their stored text: defaults where nothing is stored, an
// internal error (never a silent default) for a stored value that cannot be read, and the checks
// on submitted values, each naming its field. Who may book the courses is Rule TRN-7.
#include "domain/partnership_settings.hpp"

#include <gtest/gtest.h>

namespace casereview {
namespace {

TEST(PartnershipSettings, NothingStoredGivesEveryDefaultAndCoursesForTheOwnWorkforce) {
  auto values = settings_with_defaults({});
  ASSERT_TRUE(values.ok());
  for (const SettingSpec& spec : partnership_setting_specs)
    EXPECT_EQ(values.value().time_scales.at(spec.key), spec.default_value) << spec.key;
  EXPECT_EQ(values.value().course_booking, CourseBooking::own_workforce);  // Rule TRN-7
  EXPECT_FALSE(values.value().certificates_need_code);                     // Rule TRN-5
}

TEST(PartnershipSettings, AStoredValueThatCannotBeReadIsAnErrorNotTheDefault) {
  for (const auto& [key, text] :
       std::map<std::string, std::string>{{"notify_working_days", "five"},
                                          {"review_months", ""},
                                          {"course_booking", "everyone"},
                                          {"certificates_need_attendance_code", "true"}}) {
    auto values = settings_with_defaults({{key, text}});
    ASSERT_FALSE(values.ok()) << key;
    EXPECT_EQ(values.error().code, ErrorCode::internal);
    EXPECT_NE(values.error().message.find(key), std::string::npos) << values.error().message;
  }
}

TEST(PartnershipSettings, WhatIsStoredReadsBackTheSame) {
  std::map<std::string, std::string> submitted{{"course_booking", "any_partnership"},
                                               {"certificates_need_attendance_code", "yes"}};
  for (const SettingSpec& spec : partnership_setting_specs)
    submitted[spec.key] = std::to_string(spec.maximum);
  auto checked = check_settings(submitted);
  ASSERT_TRUE(checked.ok());
  auto read = settings_with_defaults(stored_settings(checked.value()));
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read.value().time_scales, checked.value().time_scales);
  EXPECT_EQ(read.value().course_booking, CourseBooking::any_partnership);
  EXPECT_TRUE(read.value().certificates_need_code);
}

// Rule TRN-5: a checkbox — ticked is "yes", not ticked sends nothing (no); anything else is named.
TEST(PartnershipSettings, WhetherCertificatesNeedTheCodeIsYesOrNothing) {
  std::map<std::string, std::string> submitted{{"course_booking", "own_workforce"}};
  for (const SettingSpec& spec : partnership_setting_specs)
    submitted[spec.key] = std::to_string(spec.default_value);
  EXPECT_FALSE(check_settings(submitted).value().certificates_need_code);
  submitted["certificates_need_attendance_code"] = "yes";
  EXPECT_TRUE(check_settings(submitted).value().certificates_need_code);
  submitted["certificates_need_attendance_code"] = "on";
  auto refused = check_settings(submitted);
  ASSERT_FALSE(refused.ok());
  ASSERT_EQ(refused.error().fields.size(), 1u);
  EXPECT_EQ(refused.error().fields[0].field, "certificates_need_attendance_code");
  EXPECT_EQ(refused.error().fields[0].message,
            "Select whether certificates need the attendance code");
}

TEST(PartnershipSettings, WhoMayBookMustBeChosenFromTheTwoAnswers) {
  std::map<std::string, std::string> submitted;
  for (const SettingSpec& spec : partnership_setting_specs)
    submitted[spec.key] = std::to_string(spec.default_value);
  for (const char* answer : {"", "everyone"}) {
    submitted["course_booking"] = answer;
    auto checked = check_settings(submitted);
    ASSERT_FALSE(checked.ok()) << answer;
    ASSERT_EQ(checked.error().fields.size(), 1u);
    EXPECT_EQ(checked.error().fields[0].field, "course_booking");
    EXPECT_EQ(checked.error().fields[0].message, "Select who may book your courses");
  }
}

// Rule ACT-3 and Rule TRN-6: amber before red, and the second reminder after the first, each
// named on the setting that must be fewer.
TEST(PartnershipSettings, SettingsInOrderMustBeFewerThanTheOtherOne) {
  std::map<std::string, std::string> submitted{{"course_booking", "own_workforce"}};
  for (const SettingSpec& spec : partnership_setting_specs)
    submitted[spec.key] = std::to_string(spec.default_value);
  submitted["second_reminder_working_days"] = "10";  // the first is 10
  submitted["rag_amber_calendar_days"] = "60";       // red is 60
  auto refused = check_settings(submitted);
  ASSERT_FALSE(refused.ok());
  ASSERT_EQ(refused.error().fields.size(), 2u);
  EXPECT_EQ(refused.error().fields[0].field, "rag_amber_calendar_days");
  EXPECT_EQ(refused.error().fields[1].field, "second_reminder_working_days");
  EXPECT_EQ(refused.error().fields[1].message,
            "Working days before a session of the second reminder must be fewer than of the "
            "first");
  submitted["second_reminder_working_days"] = "9";
  submitted["rag_amber_calendar_days"] = "59";
  EXPECT_TRUE(check_settings(submitted).ok());
}

}  // namespace
}  // namespace casereview
