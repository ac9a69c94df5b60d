// The review's clock (DOMAIN.md step 5): when a learning review or CSPR is due, how pauses for a
// criminal trial or an inquest move that date, and when the partners' next monitoring check is
// due. Everything is derived from stored dates and a `today` passed in (DESIGN.md "Time"), so
// nothing stored can drift and nothing here reads a clock.
//
// Rules (cited again where implemented and in the tests that prove them):
//   REV-2  Due date: decision date + the partnership's review timescale (setting review_months,
//          seed 12). A pause (criminal trial, inquest, other with reason) stops the clock; on
//          resume the due date moves by the calendar days paused; every pause stays in the
//          history.
//   REV-3  A monitoring check is recorded at least every N weeks (setting, 6).
//
// Choices of this module (not in DOMAIN.md): months are added as calendar months, with the day
// kept or, when the month is shorter, the month's last day (31 January + 1 month = 28 or 29
// February); a review is "due soon" in the last review_due_soon_days (28) calendar days; while a
// pause is open the due date shown is the one before the pause, and the days paused so far count
// towards days_paused but move nothing until the review resumes.
//
// Example:
//   ReviewClock clock{decided_on, 12, {}};
//   Result<ReviewClock> paused = pause_review(clock, PauseReason::inquest, "", pause_day);
//   Result<ReviewClock> resumed = resume_review(paused.value(), resume_day);
//   ReviewClockView view = review_clock_view(resumed.value(), today);
//   // view.due_on is decided_on + 12 months + (resume_day - pause_day) days
//
// Pure functions on values: safe from any thread.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/case_model.hpp"  // no_date()
#include "domain/civil_date.hpp"
#include "domain/result.hpp"

namespace casereview {

// The date this many calendar months later (earlier when negative), on the same day of the month
// or the month's last day when it has fewer days. Returns nothing beyond years 1 to 9999.
std::optional<CivilDate> add_calendar_months(CivilDate date, int months);

enum class PauseReason { criminal_trial, inquest, other };
inline constexpr std::array<PauseReason, 3> all_pause_reasons = {
    PauseReason::criminal_trial, PauseReason::inquest, PauseReason::other};
std::string_view pause_reason_name(PauseReason reason);  // "criminal_trial"
std::string_view pause_reason_text(PauseReason reason);  // "Criminal trial"
std::optional<PauseReason> pause_reason_from_name(std::string_view name);

struct ReviewPause {
  PauseReason reason = PauseReason::other;
  std::string other_reason;  // required when reason is other; empty otherwise
  CivilDate paused_on = no_date();
  std::optional<CivilDate> resumed_on;  // nothing while the pause lasts
};

// What the clock is computed from: the decision, the timescale when the review was commissioned
// and every pause in the order they happened.
struct ReviewClock {
  CivilDate decided_on = no_date();
  int timescale_months = 12;
  std::vector<ReviewPause> pauses;
};

// Rule REV-2: a copy of `clock` with a new open pause. Fails with wrong_state when a pause is
// already open; with invalid_input on "reason" ("Enter the reason for the pause") when the reason
// is other and its text is blank; on "on" when the day is before the decision or before the last
// resume ("The pause must start on or after …"). `clock` is never changed.
Result<ReviewClock> pause_review(const ReviewClock& clock, PauseReason reason,
                                 std::string other_reason, CivilDate on);

// Rule REV-2: a copy of `clock` with its open pause ended on `on`. Fails with wrong_state when no
// pause is open; with invalid_input on "on" when the day is before the pause started.
Result<ReviewClock> resume_review(const ReviewClock& clock, CivilDate on);

// Calendar days the review is in the last review_due_soon_days of its time.
inline constexpr int review_due_soon_days = 28;

enum class ReviewClockStatus { on_track, due_soon, overdue, paused };
inline constexpr std::array<ReviewClockStatus, 4> all_review_clock_statuses = {
    ReviewClockStatus::on_track, ReviewClockStatus::due_soon, ReviewClockStatus::overdue,
    ReviewClockStatus::paused};
std::string_view review_clock_status_name(ReviewClockStatus status);  // "due_soon"
std::string_view review_clock_status_text(ReviewClockStatus status);  // "Due soon"

struct ReviewClockView {
  CivilDate due_on = no_date();
  int days_paused = 0;  // ended pauses, plus the open one up to today
  ReviewClockStatus status = ReviewClockStatus::on_track;
  int days_left = 0;  // calendar days from today to due_on; negative when overdue
};

// Rule REV-2: the due date (decision + timescale + the days of every ended pause), the days paused
// and the status on `today`: paused while a pause is open, else overdue after the due date, due
// soon in its last review_due_soon_days, otherwise on track. A due date beyond year 9999 (only from
// absurd input) is held at 31 December 9999.
ReviewClockView review_clock_view(const ReviewClock& clock, CivilDate today);

// Rule REV-3: the default interval of monitoring checks, in weeks (setting).
inline constexpr int default_monitoring_check_weeks = 6;

enum class MonitoringCheckStatus { not_yet_due, due_today, overdue };
std::string_view monitoring_check_status_name(MonitoringCheckStatus status);  // "overdue"

struct MonitoringCheckView {
  CivilDate due_on = no_date();
  MonitoringCheckStatus status = MonitoringCheckStatus::not_yet_due;
};

// Rule REV-3: the next check is due `every_weeks` weeks after the last one (or after commissioning,
// when there has been none: pass that date as `last_check_on`); it is overdue from the day after.
// `every_weeks` below 1 counts as 1.
MonitoringCheckView next_monitoring_check(CivilDate last_check_on, int every_weeks,
                                          CivilDate today);

}  // namespace casereview
