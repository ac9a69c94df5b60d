// The statutory clocks of a case and their status, derived when read (DESIGN.md "Time"): nothing
// here is stored, so nothing can drift. Every deadline is a civil date computed by the working-day
// calendar (domain/working_days.hpp) from the partnership's settings (partnership_settings.hpp).
//
// Rules (DOMAIN.md steps 2-3; cited again where implemented and in the tests that prove them):
//   SIN-1  Notify the National Panel within notify_working_days (default 5) of the local authority
//          becoming aware: notify_by = add_working_days(aware_on, notify_working_days).
//   SIN-2  Tell the safeguarding partners within the same working days (same notify_by).
//   RR-1   The rapid review is due rapid_review_working_days (default 15) after the notification
//          was sent: rapid_review_due = add_working_days(sent_on, rapid_review_working_days).
//   RR-2   An agency's response is due agency_response_working_days (default 5) after the request.
//   DL-1   Status of an open deadline on `today`: overdue when today is after it; due soon when
//          0 to 3 working days are left (due today counts as due soon); otherwise on track.
//   DL-2   A deadline that was done is met when done on or before the due date, else missed.
//
// Example:
//   DeadlineSettings settings = deadline_settings(settings_with_defaults(stored));
//   Result<CivilDate> notify_by = notification_deadline(calendar, settings, aware_on);
//   DeadlineView view = deadline_view(calendar, DeadlineKind::notify_panel, notify_by.value(),
//                                     std::nullopt, today);
//
// Pure functions: safe from any thread.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/case_model.hpp"
#include "domain/working_days.hpp"

namespace casereview {

// The working-day settings deadlines need, from the partnership's settings.
struct DeadlineSettings {
  int notify_working_days = 5;
  int rapid_review_working_days = 15;
  int agency_response_working_days = 5;
};

// Reads the three settings from settings_with_defaults()'s map.
DeadlineSettings deadline_settings(const std::map<std::string, int>& values);

// Rule SIN-1, Rule SIN-2. Fails with invalid_input on field "aware_on" naming the covered years
// when the answer falls outside the calendar (Rule WD-3).
Result<CivilDate> notification_deadline(const WorkingDayCalendar& calendar,
                                        const DeadlineSettings& settings, CivilDate aware_on);
// Rule RR-1. Fails with invalid_input on field "sent_on" outside the calendar.
Result<CivilDate> rapid_review_deadline(const WorkingDayCalendar& calendar,
                                        const DeadlineSettings& settings, CivilDate sent_on);
// Rule RR-2. Fails with invalid_input on field "requested_on" outside the calendar.
Result<CivilDate> agency_response_deadline(const WorkingDayCalendar& calendar,
                                           const DeadlineSettings& settings,
                                           CivilDate requested_on);

enum class DeadlineKind { notify_panel, tell_partners, rapid_review, agency_response };
std::string_view deadline_kind_name(DeadlineKind kind);  // "notify_panel"
std::string_view deadline_kind_text(DeadlineKind kind);  // "Notify the National Panel"

enum class DeadlineStatus { on_track, due_soon, overdue, met, missed };
inline constexpr std::array<DeadlineStatus, 5> all_deadline_statuses = {
    DeadlineStatus::on_track, DeadlineStatus::due_soon, DeadlineStatus::overdue,
    DeadlineStatus::met, DeadlineStatus::missed};
std::string_view deadline_status_name(DeadlineStatus status);  // "due_soon"
std::string_view deadline_status_text(DeadlineStatus status);  // "Due within 3 working days"
std::optional<DeadlineStatus> deadline_status_from_name(std::string_view name);

// Rule DL-1: how many working days count as "due soon".
inline constexpr int due_soon_working_days = 3;

// One deadline as shown on a case page, the dashboard or the timeline.
struct DeadlineView {
  DeadlineKind kind = DeadlineKind::notify_panel;
  std::string label;  // e.g. "Notify the National Panel", or "Response from Northbrook Police"
  CivilDate due_on = no_date();
  std::optional<CivilDate> done_on;  // when it was met or missed
  DeadlineStatus status = DeadlineStatus::on_track;
  std::optional<int> working_days_left;  // open deadlines only; negative when overdue
};

// Rule DL-1, Rule DL-2. When `today` or `due_on` is outside the calendar, the working days left
// cannot be counted: the status is still decided by comparing dates (after the due date → overdue)
// and working_days_left is nullopt.
DeadlineView deadline_view(const WorkingDayCalendar& calendar, DeadlineKind kind, std::string label,
                           CivilDate due_on, std::optional<CivilDate> done_on, CivilDate today);

// The open deadlines of a case (not its agency requests), soonest first: notify the Panel and tell
// the partners while in the notification stage (or until done), the rapid review while it runs.
std::vector<DeadlineView> open_case_deadlines(const WorkingDayCalendar& calendar,
                                              const CaseRecord& record, CivilDate today);

// Every deadline of a case, open or done, in date order (for the case page and its timeline).
std::vector<DeadlineView> all_case_deadlines(const WorkingDayCalendar& calendar,
                                             const CaseRecord& record, CivilDate today);

}  // namespace casereview
