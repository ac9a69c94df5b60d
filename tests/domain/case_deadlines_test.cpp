// Deadline status derived when read (domain/case_deadlines.hpp, Rule DL-1 and Rule DL-2), on a
// calendar of the real England and Wales bank holidays of 2023 and 2024.
#include "domain/case_deadlines.hpp"

#include <gtest/gtest.h>

#include "support/bank_holiday_calendar.hpp"

namespace casereview {
namespace {

CivilDate date(int year, int month, int day) {
  return CivilDate::from_ymd(year, month, day).value();
}

const WorkingDayCalendar& calendar() { return testing_support::bank_holidays_2023_to_2024(); }

DeadlineView open(CivilDate due, CivilDate today) {
  return deadline_view(calendar(), DeadlineKind::rapid_review, "", due, std::nullopt, today);
}

// Rule DL-1.
TEST(DeadlineStatus, MoreThanThreeWorkingDaysLeftIsOnTrack) {
  // Due Friday 5 April 2024; on Thursday 28 March: 28 → Apr 2, 3, 4, 5 = 4 working days (Easter).
  DeadlineView view = open(date(2024, 4, 5), date(2024, 3, 28));
  EXPECT_EQ(view.status, DeadlineStatus::on_track);
  EXPECT_EQ(view.working_days_left, 4);
}

TEST(DeadlineStatus, ThreeWorkingDaysLeftIsDueSoonCountingOverEaster) {
  DeadlineView view = open(date(2024, 4, 5), date(2024, 4, 2));
  EXPECT_EQ(view.status, DeadlineStatus::due_soon);
  EXPECT_EQ(view.working_days_left, 3);
}

TEST(DeadlineStatus, DueTodayIsDueSoonWithNoWorkingDaysLeft) {
  DeadlineView view = open(date(2024, 4, 5), date(2024, 4, 5));
  EXPECT_EQ(view.status, DeadlineStatus::due_soon);
  EXPECT_EQ(view.working_days_left, 0);
}

TEST(DeadlineStatus, TheDayAfterTheDueDateIsOverdueEvenAtTheWeekend) {
  DeadlineView view = open(date(2024, 4, 5), date(2024, 4, 6));
  EXPECT_EQ(view.status, DeadlineStatus::overdue);
  EXPECT_EQ(view.working_days_left, 0);
  DeadlineView monday = open(date(2024, 4, 5), date(2024, 4, 8));
  EXPECT_EQ(monday.status, DeadlineStatus::overdue);
  EXPECT_EQ(monday.working_days_left, -1);
}

// Rule DL-2.
TEST(DeadlineStatus, ADoneDeadlineIsMetOnOrBeforeItsDateAndMissedAfter) {
  const CivilDate due = date(2024, 4, 5);
  EXPECT_EQ(
      deadline_view(calendar(), DeadlineKind::notify_panel, "", due, due, date(2024, 5, 1)).status,
      DeadlineStatus::met);
  EXPECT_EQ(deadline_view(calendar(), DeadlineKind::notify_panel, "", due, date(2024, 4, 8),
                          date(2024, 5, 1))
                .status,
            DeadlineStatus::missed);
}

// Rule WD-3 shows through: outside the calendar the days left are unknown, but dates still decide.
TEST(DeadlineStatus, OutsideTheCalendarTheWorkingDaysLeftAreUnknownNotGuessed) {
  DeadlineView view = open(date(2025, 1, 10), date(2024, 12, 20));
  EXPECT_FALSE(view.working_days_left.has_value());
  EXPECT_EQ(view.status, DeadlineStatus::on_track);
  EXPECT_EQ(open(date(2025, 1, 10), date(2025, 1, 11)).status, DeadlineStatus::overdue);
}

// Rule SIN-1, Rule RR-1, Rule RR-2 with the partnership's settings.
TEST(CaseDeadlines, EachDeadlineUsesItsOwnSetting) {
  DeadlineSettings settings = deadline_settings({{"notify_working_days", 4},
                                                 {"rapid_review_working_days", 10},
                                                 {"agency_response_working_days", 2}});
  EXPECT_EQ(notification_deadline(calendar(), settings, date(2024, 3, 27)).value(),
            date(2024, 4, 4));
  EXPECT_EQ(rapid_review_deadline(calendar(), settings, date(2024, 3, 27)).value(),
            date(2024, 4, 12));
  EXPECT_EQ(agency_response_deadline(calendar(), settings, date(2024, 3, 27)).value(),
            date(2024, 4, 2));
}

TEST(CaseDeadlines, ADeadlineBeyondTheCalendarIsAnErrorOnTheFieldThatCausedIt) {
  auto beyond = notification_deadline(calendar(), DeadlineSettings{}, date(2024, 12, 24));
  ASSERT_FALSE(beyond.ok());
  EXPECT_EQ(beyond.error().code, ErrorCode::invalid_input);
  EXPECT_EQ(beyond.error().fields.at(0).field, "aware_on");
  EXPECT_NE(beyond.error().fields.at(0).message.find("2023 to 2024"), std::string::npos)
      << beyond.error().fields.at(0).message;
}

TEST(CaseDeadlines, OpenDeadlinesOfACaseFollowItsStage) {
  CaseRecord record;
  record.facts.aware_on = date(2024, 3, 25);
  record.notify_by = date(2024, 4, 3);
  auto notifying = open_case_deadlines(calendar(), record, date(2024, 3, 26));
  ASSERT_EQ(notifying.size(), 2u);
  EXPECT_EQ(notifying[0].kind, DeadlineKind::notify_panel);
  EXPECT_EQ(notifying[1].kind, DeadlineKind::tell_partners);

  record.stage = CaseStage::rapid_review;
  record.sent_on = date(2024, 3, 27);
  record.partners_told_on = date(2024, 3, 27);
  record.rapid_review_due = date(2024, 4, 18);
  auto reviewing = open_case_deadlines(calendar(), record, date(2024, 4, 16));
  ASSERT_EQ(reviewing.size(), 1u);
  EXPECT_EQ(reviewing[0].kind, DeadlineKind::rapid_review);
  EXPECT_EQ(reviewing[0].status, DeadlineStatus::due_soon);

  auto all = all_case_deadlines(calendar(), record, date(2024, 4, 16));
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].status, DeadlineStatus::met);
  EXPECT_EQ(all[2].kind, DeadlineKind::rapid_review);

  record.stage = CaseStage::awaiting_panel_decision;
  record.submitted_on = date(2024, 4, 19);
  EXPECT_TRUE(open_case_deadlines(calendar(), record, date(2024, 4, 22)).empty());
  EXPECT_EQ(all_case_deadlines(calendar(), record, date(2024, 4, 22))[2].status,
            DeadlineStatus::missed);
}

}  // namespace
}  // namespace casereview
