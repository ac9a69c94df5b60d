// The case deadlines (domain/case_deadlines.hpp: Rule SIN-1, Rule RR-1, Rule RR-2) on the bundled
// England and Wales calendar (app/bank_holidays.hpp): over substitute days, Easter, the special
// bank holidays of 2022 and 2023, year ends, and at the calendar's edges, where the answer is an
// error naming the years covered, never a guess.
#include <gtest/gtest.h>

#include "app/bank_holidays.hpp"
#include "domain/case_deadlines.hpp"

namespace casereview {
namespace {

CivilDate date(int year, int month, int day) {
  return CivilDate::from_ymd(year, month, day).value();
}

const WorkingDayCalendar& bundled() { return default_calendar().value(); }

CivilDate notify_by(CivilDate aware_on) {
  auto due = notification_deadline(bundled(), DeadlineSettings{}, aware_on);
  EXPECT_TRUE(due.ok()) << aware_on;
  return due.ok() ? due.value() : aware_on;
}

// Rule SIN-1, DOMAIN.md's own example.
TEST(CaseDeadlineCalendar, NotifyByIsFiveWorkingDaysAfterAwarenessOverChristmas2023) {
  EXPECT_EQ(notify_by(date(2023, 12, 20)), date(2023, 12, 29));
}

TEST(CaseDeadlineCalendar, NotifyBySkipsTheSubstituteDaysOfChristmas2022AndNewYear2023) {
  // Friday 23 December 2022: 26th and 27th are holidays, then 28, 29, 30, (2 Jan holiday) 3, 4.
  EXPECT_EQ(notify_by(date(2022, 12, 23)), date(2023, 1, 4));
}

TEST(CaseDeadlineCalendar, NotifyBySkipsGoodFridayAndEasterMonday) {
  EXPECT_EQ(notify_by(date(2024, 3, 28)), date(2024, 4, 8));
}

TEST(CaseDeadlineCalendar, NotifyBySkipsTheJubileeTheStateFuneralAndTheCoronation) {
  EXPECT_EQ(notify_by(date(2022, 5, 31)), date(2022, 6, 9));   // 2 and 3 June 2022
  EXPECT_EQ(notify_by(date(2022, 9, 15)), date(2022, 9, 23));  // 19 September 2022
  EXPECT_EQ(notify_by(date(2023, 4, 28)), date(2023, 5, 9));   // 1 and 8 May 2023
}

// Rule RR-1 across a year end with Boxing Day's substitute (Monday 28 December 2026).
TEST(CaseDeadlineCalendar, TheRapidReviewDeadlineCrossesTheYearEnd) {
  auto due = rapid_review_deadline(bundled(), DeadlineSettings{}, date(2026, 12, 14));
  ASSERT_TRUE(due.ok());
  EXPECT_EQ(due.value(), date(2027, 1, 7));
}

// Rule RR-2.
TEST(CaseDeadlineCalendar, AnAgencyResponseIsDueFiveWorkingDaysAfterTheRequest) {
  auto due = agency_response_deadline(bundled(), DeadlineSettings{}, date(2026, 4, 1));
  ASSERT_TRUE(due.ok());
  EXPECT_EQ(due.value(), date(2026, 4, 10));  // Good Friday 3 April and Easter Monday 6 April 2026
}

// Rule WD-3 through the case deadlines: the last covered day answers, one day more does not.
TEST(CaseDeadlineCalendar, AtTheCalendarsEndTheAnswerIsTheLastDayOrAnErrorNamingTheYears) {
  EXPECT_EQ(notify_by(date(2027, 12, 22)), date(2027, 12, 31));
  auto beyond = notification_deadline(bundled(), DeadlineSettings{}, date(2027, 12, 23));
  ASSERT_FALSE(beyond.ok());
  EXPECT_EQ(beyond.error().code, ErrorCode::invalid_input);
  ASSERT_EQ(beyond.error().fields.size(), 1u);
  EXPECT_EQ(beyond.error().fields[0].field, "aware_on");
  EXPECT_NE(beyond.error().fields[0].message.find("2012 to 2027"), std::string::npos)
      << beyond.error().fields[0].message;
  auto before = notification_deadline(bundled(), DeadlineSettings{}, date(2011, 12, 30));
  ASSERT_FALSE(before.ok());
  EXPECT_EQ(before.error().fields[0].field, "aware_on");
}

}  // namespace
}  // namespace casereview
