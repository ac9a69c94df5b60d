// The review's clock: Rule REV-2's due date and pauses, Rule REV-3's monitoring checks. See the
// header for the rules and the choices made where DOMAIN.md is silent.
#include "domain/review_timescale.hpp"

#include <algorithm>
#include <cassert>
#include <chrono>

#include "domain/enum_names.hpp"
#include "domain/text.hpp"

namespace casereview {

namespace {

bool has_open_pause(const ReviewClock& clock) {
  return !clock.pauses.empty() && !clock.pauses.back().resumed_on;
}

}  // namespace

std::optional<CivilDate> add_calendar_months(CivilDate date, int months) {
  using namespace std::chrono;
  const year_month shifted =
      year_month{year{date.year()}, month{static_cast<unsigned>(date.month())}} +
      std::chrono::months{months};
  const int last_day = static_cast<int>(static_cast<unsigned>(
      year_month_day_last{shifted.year(), month_day_last{shifted.month()}}.day()));
  return CivilDate::from_ymd(static_cast<int>(shifted.year()),
                             static_cast<int>(static_cast<unsigned>(shifted.month())),
                             std::min(date.day(), last_day));
}

std::string_view pause_reason_name(PauseReason reason) {
  switch (reason) {
    case PauseReason::criminal_trial:
      return "criminal_trial";
    case PauseReason::inquest:
      return "inquest";
    case PauseReason::other:
      return "other";
  }
  assert(false && "not a PauseReason");
  return "";
}

std::string_view pause_reason_text(PauseReason reason) {
  switch (reason) {
    case PauseReason::criminal_trial:
      return "Criminal trial";
    case PauseReason::inquest:
      return "Inquest";
    case PauseReason::other:
      return "Other";
  }
  assert(false && "not a PauseReason");
  return "";
}

std::optional<PauseReason> pause_reason_from_name(std::string_view name) {
  return enum_from_name(all_pause_reasons, pause_reason_name, name);
}

// Rule REV-2: a pause stops the clock; every pause stays in the history.
Result<ReviewClock> pause_review(const ReviewClock& clock, PauseReason reason,
                                 std::string other_reason, CivilDate on) {
  if (has_open_pause(clock))
    return Error::of(ErrorCode::wrong_state, "The review is already paused");
  if (reason == PauseReason::other && is_blank(other_reason))
    return Error::invalid({{"reason", "Enter the reason for the pause"}});
  const CivilDate earliest =
      clock.pauses.empty() ? clock.decided_on : *clock.pauses.back().resumed_on;
  if (on < earliest) {
    const std::string after = clock.pauses.empty() ? "the decision" : "the last resume";
    return Error::invalid(
        {{"on", "The pause must start on or after " + day_month_year(earliest) + ", " + after}});
  }
  ReviewClock paused = clock;
  if (reason != PauseReason::other) other_reason.clear();
  paused.pauses.push_back({reason, std::move(other_reason), on, std::nullopt});
  return paused;
}

// Rule REV-2: resuming ends the open pause; its days move the due date.
Result<ReviewClock> resume_review(const ReviewClock& clock, CivilDate on) {
  if (!has_open_pause(clock)) return Error::of(ErrorCode::wrong_state, "The review is not paused");
  const CivilDate paused_on = clock.pauses.back().paused_on;
  if (on < paused_on) {
    return Error::invalid({{"on", "The review must resume on or after " +
                                      day_month_year(paused_on) + ", when it was paused"}});
  }
  ReviewClock resumed = clock;
  resumed.pauses.back().resumed_on = on;
  return resumed;
}

std::string_view review_clock_status_name(ReviewClockStatus status) {
  switch (status) {
    case ReviewClockStatus::on_track:
      return "on_track";
    case ReviewClockStatus::due_soon:
      return "due_soon";
    case ReviewClockStatus::overdue:
      return "overdue";
    case ReviewClockStatus::paused:
      return "paused";
  }
  assert(false && "not a ReviewClockStatus");
  return "";
}

std::string_view review_clock_status_text(ReviewClockStatus status) {
  switch (status) {
    case ReviewClockStatus::on_track:
      return "On track";
    case ReviewClockStatus::due_soon:
      return "Due soon";
    case ReviewClockStatus::overdue:
      return "Overdue";
    case ReviewClockStatus::paused:
      return "Paused";
  }
  assert(false && "not a ReviewClockStatus");
  return "";
}

// Rule REV-2.
ReviewClockView review_clock_view(const ReviewClock& clock, CivilDate today) {
  ReviewClockView view;
  int days_moved = 0;
  for (const ReviewPause& pause : clock.pauses) {
    if (pause.resumed_on) {
      days_moved += days_between(pause.paused_on, *pause.resumed_on);
    } else {
      view.days_paused += std::max(0, days_between(pause.paused_on, today));
    }
  }
  view.days_paused += days_moved;
  const CivilDate last_possible = *CivilDate::from_ymd(CivilDate::last_possible_year, 12, 31);
  std::optional<CivilDate> base = add_calendar_months(clock.decided_on, clock.timescale_months);
  const int room = base ? days_between(*base, last_possible) : 0;
  view.due_on = base ? base->add_days(std::min(days_moved, room)) : last_possible;
  view.days_left = days_between(today, view.due_on);
  if (has_open_pause(clock)) {
    view.status = ReviewClockStatus::paused;
  } else if (view.days_left < 0) {
    view.status = ReviewClockStatus::overdue;
  } else if (view.days_left <= review_due_soon_days) {
    view.status = ReviewClockStatus::due_soon;
  } else {
    view.status = ReviewClockStatus::on_track;
  }
  return view;
}

std::string_view monitoring_check_status_name(MonitoringCheckStatus status) {
  switch (status) {
    case MonitoringCheckStatus::not_yet_due:
      return "not_yet_due";
    case MonitoringCheckStatus::due_today:
      return "due_today";
    case MonitoringCheckStatus::overdue:
      return "overdue";
  }
  assert(false && "not a MonitoringCheckStatus");
  return "";
}

// Rule REV-3.
MonitoringCheckView next_monitoring_check(CivilDate last_check_on, int every_weeks,
                                          CivilDate today) {
  MonitoringCheckView view;
  const int days = 7 * std::max(1, every_weeks);
  const CivilDate last_possible = *CivilDate::from_ymd(CivilDate::last_possible_year, 12, 31);
  view.due_on = last_check_on.add_days(std::min(days, days_between(last_check_on, last_possible)));
  if (today > view.due_on) {
    view.status = MonitoringCheckStatus::overdue;
  } else if (today == view.due_on) {
    view.status = MonitoringCheckStatus::due_today;
  } else {
    view.status = MonitoringCheckStatus::not_yet_due;
  }
  return view;
}

}  // namespace casereview
