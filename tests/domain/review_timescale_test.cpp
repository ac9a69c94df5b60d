// The review's clock: Rule REV-2's due date with pauses that move it, and Rule REV-3's monitoring
// checks (see domain/review_timescale.hpp).
#include "domain/review_timescale.hpp"

#include <gtest/gtest.h>

namespace casereview {
namespace {

CivilDate date(int year, int month, int day) { return *CivilDate::from_ymd(year, month, day); }

ReviewClock twelve_months_from(CivilDate decided_on) { return ReviewClock{decided_on, 12, {}}; }

TEST(ReviewTimescale, IsDueTheTimescaleInMonthsAfterTheDecision) {  // Rule REV-2
  ReviewClockView view = review_clock_view(twelve_months_from(date(2025, 3, 14)), date(2025, 4, 1));
  EXPECT_EQ(view.due_on, date(2026, 3, 14));
  EXPECT_EQ(view.days_paused, 0);
  EXPECT_EQ(view.status, ReviewClockStatus::on_track);
  EXPECT_EQ(review_clock_view(ReviewClock{date(2025, 3, 14), 6, {}}, date(2025, 4, 1)).due_on,
            date(2025, 9, 14));
}

TEST(ReviewTimescale, AddsMonthsKeepingTheDayOrTheMonthsLastDay) {  // Rule REV-2
  EXPECT_EQ(add_calendar_months(date(2024, 1, 31), 1), date(2024, 2, 29));
  EXPECT_EQ(add_calendar_months(date(2023, 1, 31), 1), date(2023, 2, 28));
  EXPECT_EQ(add_calendar_months(date(2024, 2, 29), 12), date(2025, 2, 28));
  EXPECT_EQ(add_calendar_months(date(2024, 11, 30), 3), date(2025, 2, 28));
  EXPECT_EQ(add_calendar_months(date(2024, 5, 12), -60), date(2019, 5, 12));
  EXPECT_EQ(add_calendar_months(date(9999, 6, 1), 12), std::nullopt);
}

TEST(ReviewTimescale, PauseAndResumeMoveTheDueDateByTheCalendarDaysPaused) {  // Rule REV-2
  ReviewClock clock = twelve_months_from(date(2025, 3, 14));
  Result<ReviewClock> paused =
      pause_review(clock, PauseReason::criminal_trial, "", date(2025, 6, 1));
  ASSERT_TRUE(paused.ok());
  Result<ReviewClock> resumed = resume_review(paused.value(), date(2025, 8, 30));  // 90 days
  ASSERT_TRUE(resumed.ok());
  ReviewClockView view = review_clock_view(resumed.value(), date(2025, 9, 1));
  EXPECT_EQ(view.days_paused, 90);
  EXPECT_EQ(view.due_on, date(2026, 3, 14).add_days(90));
  EXPECT_EQ(view.status, ReviewClockStatus::on_track);
}

TEST(ReviewTimescale, KeepsEveryPauseAndAddsThemUp) {  // Rule REV-2
  ReviewClock clock = twelve_months_from(date(2025, 1, 10));
  clock = pause_review(clock, PauseReason::inquest, "", date(2025, 2, 1)).value();
  clock = resume_review(clock, date(2025, 2, 11)).value();  // 10 days
  clock = pause_review(clock, PauseReason::other, "Family bereavement", date(2025, 3, 1)).value();
  clock = resume_review(clock, date(2025, 3, 6)).value();  // 5 days
  ASSERT_EQ(clock.pauses.size(), 2u);
  EXPECT_EQ(clock.pauses[0].reason, PauseReason::inquest);
  EXPECT_EQ(clock.pauses[1].other_reason, "Family bereavement");
  ReviewClockView view = review_clock_view(clock, date(2025, 4, 1));
  EXPECT_EQ(view.days_paused, 15);
  EXPECT_EQ(view.due_on, date(2026, 1, 25));
}

TEST(ReviewTimescale, AWhilePausedShowsPausedAndCountsDaysWithoutMovingTheDate) {  // Rule REV-2
  ReviewClock clock = twelve_months_from(date(2025, 1, 10));
  clock = pause_review(clock, PauseReason::criminal_trial, "", date(2025, 12, 1)).value();
  ReviewClockView view = review_clock_view(clock, date(2026, 2, 1));  // past the first due date
  EXPECT_EQ(view.status, ReviewClockStatus::paused);
  EXPECT_EQ(view.days_paused, 62);
  EXPECT_EQ(view.due_on, date(2026, 1, 10));
}

TEST(ReviewTimescale, IsDueSoonInItsLastFourWeeksAndOverdueAfter) {  // Rule REV-2
  ReviewClock clock = twelve_months_from(date(2025, 3, 14));
  EXPECT_EQ(review_clock_view(clock, date(2026, 2, 13)).status, ReviewClockStatus::on_track);
  EXPECT_EQ(review_clock_view(clock, date(2026, 2, 14)).status, ReviewClockStatus::due_soon);
  EXPECT_EQ(review_clock_view(clock, date(2026, 3, 14)).status, ReviewClockStatus::due_soon);
  EXPECT_EQ(review_clock_view(clock, date(2026, 3, 14)).days_left, 0);
  EXPECT_EQ(review_clock_view(clock, date(2026, 3, 15)).status, ReviewClockStatus::overdue);
  EXPECT_EQ(review_clock_view(clock, date(2026, 3, 15)).days_left, -1);
}

TEST(ReviewTimescale, RefusesASecondPauseAndAResumeWhenRunning) {  // Rule REV-2
  ReviewClock clock = twelve_months_from(date(2025, 1, 10));
  Result<ReviewClock> not_paused = resume_review(clock, date(2025, 2, 1));
  ASSERT_FALSE(not_paused.ok());
  EXPECT_EQ(not_paused.error().code, ErrorCode::wrong_state);
  clock = pause_review(clock, PauseReason::inquest, "", date(2025, 2, 1)).value();
  Result<ReviewClock> twice = pause_review(clock, PauseReason::inquest, "", date(2025, 2, 2));
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code, ErrorCode::wrong_state);
}

TEST(ReviewTimescale, AsksForTheReasonOfAnOtherPause) {  // Rule REV-2
  Result<ReviewClock> paused = pause_review(twelve_months_from(date(2025, 1, 10)),
                                            PauseReason::other, "  ", date(2025, 2, 1));
  ASSERT_FALSE(paused.ok());
  ASSERT_EQ(paused.error().fields.size(), 1u);
  EXPECT_EQ(paused.error().fields[0].field, "reason");
  EXPECT_EQ(paused.error().fields[0].message, "Enter the reason for the pause");
}

TEST(ReviewTimescale, RefusesDatesBeforeTheDecisionOrThePause) {  // Rule REV-2
  ReviewClock clock = twelve_months_from(date(2025, 1, 10));
  Result<ReviewClock> early = pause_review(clock, PauseReason::inquest, "", date(2025, 1, 9));
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(early.error().fields[0].field, "on");
  EXPECT_EQ(early.error().fields[0].message,
            "The pause must start on or after 10 January 2025, the decision");
  clock = pause_review(clock, PauseReason::inquest, "", date(2025, 2, 1)).value();
  Result<ReviewClock> resumed_early = resume_review(clock, date(2025, 1, 31));
  ASSERT_FALSE(resumed_early.ok());
  EXPECT_EQ(resumed_early.error().fields[0].field, "on");
  clock = resume_review(clock, date(2025, 2, 1)).value();  // a pause of no days
  EXPECT_EQ(review_clock_view(clock, date(2025, 2, 1)).days_paused, 0);
  Result<ReviewClock> overlapping =
      pause_review(clock, PauseReason::inquest, "", date(2025, 1, 31));
  ASSERT_FALSE(overlapping.ok());
}

TEST(ReviewTimescale, NamesItsReasonsAndStatuses) {
  for (PauseReason reason : all_pause_reasons)
    EXPECT_EQ(pause_reason_from_name(pause_reason_name(reason)), reason);
  EXPECT_EQ(pause_reason_from_name("holiday"), std::nullopt);
  EXPECT_EQ(pause_reason_text(PauseReason::criminal_trial), "Criminal trial");
  EXPECT_EQ(review_clock_status_name(ReviewClockStatus::due_soon), "due_soon");
}

TEST(MonitoringCheck, IsDueEveryNWeeksAndOverdueTheDayAfter) {  // Rule REV-3
  const CivilDate last = date(2025, 5, 1);
  MonitoringCheckView view =
      next_monitoring_check(last, default_monitoring_check_weeks, date(2025, 6, 1));
  EXPECT_EQ(view.due_on, date(2025, 6, 12));
  EXPECT_EQ(view.status, MonitoringCheckStatus::not_yet_due);
  EXPECT_EQ(next_monitoring_check(last, 6, date(2025, 6, 12)).status,
            MonitoringCheckStatus::due_today);
  EXPECT_EQ(next_monitoring_check(last, 6, date(2025, 6, 13)).status,
            MonitoringCheckStatus::overdue);
  EXPECT_EQ(next_monitoring_check(last, 4, date(2025, 6, 1)).due_on, date(2025, 5, 29));
  EXPECT_EQ(monitoring_check_status_name(MonitoringCheckStatus::overdue), "overdue");
}

}  // namespace
}  // namespace casereview
