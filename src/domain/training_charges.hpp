// Charges for late cancellations and no-shows (issue 18). The rule, with its id:
//
//   TRN-9  A person who cancels their booked place after the session's cancellation cut-off (a late
//          cancellation, Rule TRN-2) or who had a place and was marked did not attend (a no-show)
//          may cost their agency a charge, set by the partnership per half-day and per full-day
//          session (default none). A session of up to 4 hours, start to end, is a half day; a
//          longer one a full day. The charge is the partnership's rate at the moment the late
//          cancellation or the no-show is recorded, kept with it so that an invoice does not
//          change when the rates do; correcting a did-not-attend mark removes its charge. A
//          late cancellation or no-show is recorded even when the rate is nothing, so that the
//          partnership can see them. Leaving a waiting list, and a session the trainer cancelled,
//          are never charged.
//
// Plain values and pure functions: safe from any thread.
#pragma once

#include <optional>
#include <string>

#include "domain/civil_date.hpp"
#include "domain/instant.hpp"
#include "domain/partnership.hpp"
#include "domain/partnership_settings.hpp"
#include "domain/training_session.hpp"

namespace casereview {

enum class ChargeReason { late_cancellation, no_show };
std::string charge_reason_name(ChargeReason reason);  // "late_cancellation", "no_show"
std::optional<ChargeReason> charge_reason_from_name(const std::string& name);
std::string charge_reason_title(ChargeReason reason);  // "Late cancellation", "Did not attend"

enum class SessionLength { half_day, full_day };
std::string session_length_name(SessionLength length);  // "half_day", "full_day"
std::optional<SessionLength> session_length_from_name(const std::string& name);
std::string session_length_title(SessionLength length);  // "Half day", "Full day"

inline constexpr int longest_half_day_minutes = 4 * 60;
// Rule TRN-9: up to longest_half_day_minutes from start to end is a half day.
SessionLength session_length(const TrainingSession& session);

// A partnership's rates, from its settings (charge_half_day_pounds, charge_full_day_pounds).
struct ChargeRates {
  long long half_day_pence = 0;
  long long full_day_pence = 0;
};
ChargeRates charge_rates(const SettingValues& settings);
long long charge_for(const ChargeRates& rates, SessionLength length);

// "£50.00", "£1,250.00", "£0.00".
std::string money_text(long long pence);

// What a person is told before they book and in their confirmation (Rule TRN-2, Rule TRN-9):
//   "If you cannot attend, cancel by the end of Tuesday 3 March 2026. Cancelling after that, or
//    not attending, costs your organisation £50.00 for this half-day session."
// and, with no charge for the session: "… Cancelling after that is recorded as a late
// cancellation."
std::string cancellation_policy(const ChargeRates& rates, const TrainingSession& session,
                                CivilDate cancellation_closes_on);

// A late cancellation or no-show as recorded (Rule TRN-9).
struct TrainingCharge {
  Id booking_id = 0;
  Id partnership_id = 0;
  ChargeReason reason = ChargeReason::late_cancellation;
  SessionLength length = SessionLength::half_day;
  long long amount_pence = 0;
  Instant recorded_at{};
};

// The charge for `reason` on a booking of `session` at the partnership's `rates`.
TrainingCharge charge_of(Id partnership_id, Id booking_id, ChargeReason reason,
                         const TrainingSession& session, const ChargeRates& rates, Instant now);

}  // namespace casereview
