// An action's RAG rating derived when read (domain/action_rag.hpp, Rule ACT-3) at every boundary,
// on a calendar of the real England and Wales bank holidays of 2023 and 2024 (Easter 2024 falls in
// the ten working days counted here); and the statuses' names (Rule ACT-2).
#include "domain/action_rag.hpp"

#include <gtest/gtest.h>

#include "support/bank_holiday_calendar.hpp"

namespace casereview {
namespace {

CivilDate date(int year, int month, int day) {
  return CivilDate::from_ymd(year, month, day).value();
}

const WorkingDayCalendar& calendar() { return testing_support::bank_holidays_2023_to_2024(); }

// Thursday 21 March 2024: the 10th working day after it is Monday 8 April (Good Friday and Easter
// Monday are not working days).
const CivilDate today = date(2024, 3, 21);

Rag rag(ActionStatus status, CivilDate due_on, CivilDate last_update_on) {
  Result<Rag> derived = action_rag({status, due_on, last_update_on}, today, calendar());
  EXPECT_TRUE(derived.ok()) << derived.error().message;
  return derived.ok() ? derived.value() : Rag::blue;
}

Rag due(CivilDate due_on, ActionStatus status = ActionStatus::in_progress) {
  return rag(status, due_on, today);  // updated today
}

Rag updated_days_ago(int days) {
  return rag(ActionStatus::in_progress, date(2024, 9, 30), today.add_days(-days));
}

// Rule ACT-3: due within 10 working days is amber, counted in working days past the bank holidays.
TEST(ActionRag, DueWithinTenWorkingDaysIsAmberCountingBankHolidays) {
  EXPECT_EQ(due(date(2024, 4, 9)), Rag::green);
  EXPECT_EQ(due(date(2024, 4, 8)), Rag::amber) << "the 10th working day, Easter not counted";
  EXPECT_EQ(due(date(2024, 4, 5)), Rag::amber);
  EXPECT_EQ(due(today), Rag::amber) << "due today is not past";
  EXPECT_EQ(due(date(2024, 3, 20)), Rag::red) << "past its due date";
}

// Rule ACT-3: awaiting sign-off is not amber for being due soon, but red once past its date.
TEST(ActionRag, AwaitingSignOffIsNotAmberForBeingDueSoonButIsRedWhenPastItsDate) {
  EXPECT_EQ(due(date(2024, 4, 8), ActionStatus::awaiting_sign_off), Rag::green);
  EXPECT_EQ(due(date(2024, 3, 20), ActionStatus::awaiting_sign_off), Rag::red);
  EXPECT_EQ(due(date(2024, 4, 8), ActionStatus::not_started), Rag::amber);
}

// Rule ACT-3: no update for 30 days is amber, for 60 red.
TEST(ActionRag, NoUpdateForThirtyDaysIsAmberAndForSixtyRed) {
  EXPECT_EQ(updated_days_ago(29), Rag::green);
  EXPECT_EQ(updated_days_ago(30), Rag::amber);
  EXPECT_EQ(updated_days_ago(59), Rag::amber);
  EXPECT_EQ(updated_days_ago(60), Rag::red);
  EXPECT_EQ(rag(ActionStatus::awaiting_sign_off, date(2024, 9, 30), today.add_days(-30)),
            Rag::amber);
}

// Rule ACT-3: closed is blue whatever its dates; the thresholds are the partnership's.
TEST(ActionRag, ClosedIsBlueAndTheThresholdsAreSettings) {
  EXPECT_EQ(rag(ActionStatus::closed, date(2024, 1, 2), date(2023, 12, 1)), Rag::blue);
  const RagThresholds tighter{
      .red_without_update_days = 20, .amber_without_update_days = 10, .amber_due_working_days = 2};
  const auto with = [&](CivilDate due_on, int days) {
    return action_rag({ActionStatus::in_progress, due_on, today.add_days(-days)}, today, calendar(),
                      tighter)
        .value();
  };
  EXPECT_EQ(with(date(2024, 3, 26), 0), Rag::green) << "the 3rd working day";
  EXPECT_EQ(with(date(2024, 3, 25), 0), Rag::amber) << "the 2nd working day";
  EXPECT_EQ(with(date(2024, 9, 30), 10), Rag::amber);
  EXPECT_EQ(with(date(2024, 9, 30), 20), Rag::red);
  EXPECT_NE(rag_meaning(Rag::red, tighter).find("20 days"), std::string::npos);
  EXPECT_NE(rag_meaning(Rag::green, {}).find("does not mean done"), std::string::npos);
}

// A day the calendar does not cover cannot be counted: an error, not a guess (Rule WD-3).
TEST(ActionRag, ADayBeyondTheCalendarIsAnErrorNotAGuess) {
  const Result<Rag> beyond =
      action_rag({ActionStatus::in_progress, date(2025, 3, 1), date(2024, 12, 20)},
                 date(2024, 12, 20), calendar());
  ASSERT_FALSE(beyond.ok());
  EXPECT_EQ(beyond.error().code, ErrorCode::invalid_input);
}

// Rule ACT-2: the statuses' stored names read back; an unknown name is nothing.
TEST(ActionRag, StatusAndRagNamesReadBack) {
  for (ActionStatus status : all_action_statuses)
    EXPECT_EQ(action_status_from_name(action_status_name(status)), status);
  for (Rag each : all_rags) EXPECT_EQ(rag_from_name(rag_name(each)), each);
  EXPECT_FALSE(action_status_from_name("done").has_value());
  EXPECT_EQ(action_status_text(ActionStatus::awaiting_sign_off), "Awaiting sign-off");
}

}  // namespace
}  // namespace casereview
