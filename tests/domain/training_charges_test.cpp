// Rule TRN-9: a session's length as a half or full day, the partnership's rates, money as people
// read it, and the cancellation policy a person is told before booking (Rule TRN-2).
#include "domain/training_charges.hpp"

#include <gtest/gtest.h>

namespace casereview {
namespace {

TrainingSession session_from(ClockTime start, ClockTime end) {
  TrainingSession session;
  session.partnership_id = 1;
  session.date = *CivilDate::from_ymd(2026, 3, 9);
  session.start_time = start;
  session.end_time = end;
  return session;
}

TEST(TrainingCharges, UpToFourHoursIsAHalfDayAndLongerAFullDay) {
  EXPECT_EQ(session_length(session_from({9, 30}, {13, 30})), SessionLength::half_day);
  EXPECT_EQ(session_length(session_from({9, 30}, {13, 31})), SessionLength::full_day);
  EXPECT_EQ(session_length(session_from({13, 0}, {14, 0})), SessionLength::half_day);
  EXPECT_EQ(session_length(session_from({9, 0}, {16, 30})), SessionLength::full_day);
}

TEST(TrainingCharges, TheRatesComeFromTheSettingsInPounds) {
  SettingValues settings;
  settings.time_scales["charge_half_day_pounds"] = 45;
  settings.time_scales["charge_full_day_pounds"] = 90;
  const ChargeRates rates = charge_rates(settings);
  EXPECT_EQ(charge_for(rates, SessionLength::half_day), 4500);
  EXPECT_EQ(charge_for(rates, SessionLength::full_day), 9000);
  // A partnership that never saved its settings has the defaults: no charge.
  const ChargeRates defaults = charge_rates(settings_with_defaults({}).value());
  EXPECT_EQ(defaults.half_day_pence, 0);
  EXPECT_EQ(defaults.full_day_pence, 0);
}

TEST(TrainingCharges, MoneyIsWrittenInPoundsWithPenceAndThousands) {
  EXPECT_EQ(money_text(0), "£0.00");
  EXPECT_EQ(money_text(5), "£0.05");
  EXPECT_EQ(money_text(5000), "£50.00");
  EXPECT_EQ(money_text(125050), "£1,250.50");
  EXPECT_EQ(money_text(100000000), "£1,000,000.00");
}

TEST(TrainingCharges, ThePolicySaysTheCutOffAndWhatALateCancellationCosts) {
  const CivilDate closes = *CivilDate::from_ymd(2026, 3, 5);
  const ChargeRates rates{5000, 12000};
  EXPECT_EQ(cancellation_policy(rates, session_from({9, 30}, {12, 0}), closes),
            "If you cannot attend, cancel by the end of Thursday 5 March 2026. Cancelling after "
            "that, or not attending, costs your organisation £50.00 for this half-day session.");
  EXPECT_EQ(cancellation_policy(rates, session_from({9, 0}, {16, 0}), closes),
            "If you cannot attend, cancel by the end of Thursday 5 March 2026. Cancelling after "
            "that, or not attending, costs your organisation £120.00 for this full-day session.");
  EXPECT_EQ(cancellation_policy(ChargeRates{}, session_from({9, 0}, {16, 0}), closes),
            "If you cannot attend, cancel by the end of Thursday 5 March 2026. Cancelling after "
            "that is recorded as a late cancellation.");
}

TEST(TrainingCharges, AChargeKeepsTheRateAndLengthOfItsMoment) {
  const Instant now = parse_instant("2026-03-06T09:00:00Z").value();
  const TrainingCharge charge = charge_of(1, 42, ChargeReason::late_cancellation,
                                          session_from({9, 0}, {16, 0}), {5000, 12000}, now);
  EXPECT_EQ(charge.booking_id, 42);
  EXPECT_EQ(charge.length, SessionLength::full_day);
  EXPECT_EQ(charge.amount_pence, 12000);
  EXPECT_EQ(charge.recorded_at, now);
  EXPECT_EQ(charge_reason_from_name(charge_reason_name(ChargeReason::no_show)),
            ChargeReason::no_show);
  EXPECT_EQ(session_length_from_name("full_day"), SessionLength::full_day);
  EXPECT_FALSE(charge_reason_from_name("late").has_value());
}

}  // namespace
}  // namespace casereview
