// An action's status and its RAG rating (issue 13, Rule ACT-2, Rule ACT-3): the four statuses an
// action goes through, and the colour a committee reads an action plan by — derived from the
// status, the due date and the last update on the day it is read, never typed.
//
// Rules (cited again where implemented and in the tests that prove them):
//   ACT-2  Status: not started → in progress → awaiting sign-off → closed.
//   ACT-3  RAG is derived, never typed: blue closed; red past its due date, or no update for 60
//          days; amber due within 10 working days and not awaiting sign-off, or no update for 30
//          days; green otherwise — green means on track, not done. The numbers are settings.
//
// "No update for N days": N or more calendar days since the last update (or, before any update,
// since the action started). "Due within 10 working days": the due date is no later than the
// 10th working day after today (WorkingDayCalendar, Rule WD-2), and not past.
//
// Example:
//   Result<Rag> rag = action_rag({.status = ActionStatus::in_progress, .due_on = …,
//                                 .last_update_on = …}, today, calendar);
//
// Plain values and pure functions: safe from any thread.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "domain/civil_date.hpp"
#include "domain/result.hpp"
#include "domain/working_days.hpp"

namespace casereview {

// Rule ACT-2.
enum class ActionStatus { not_started, in_progress, awaiting_sign_off, closed };
inline constexpr std::array<ActionStatus, 4> all_action_statuses = {
    ActionStatus::not_started, ActionStatus::in_progress, ActionStatus::awaiting_sign_off,
    ActionStatus::closed};
// "not_started", "in_progress", "awaiting_sign_off", "closed"
std::string_view action_status_name(ActionStatus status);
std::optional<ActionStatus> action_status_from_name(std::string_view name);
// "Not started", "In progress", "Awaiting sign-off", "Closed"
std::string_view action_status_text(ActionStatus status);

// Rule ACT-3.
enum class Rag { blue, red, amber, green };
inline constexpr std::array<Rag, 4> all_rags = {Rag::blue, Rag::red, Rag::amber, Rag::green};
std::string_view rag_name(Rag rag);  // "blue", "red", "amber", "green"
std::optional<Rag> rag_from_name(std::string_view name);
std::string_view rag_text(Rag rag);  // "Blue", "Red", "Amber", "Green"
// What the colour means, in words (the legend: never colour alone), with the thresholds' numbers
// as `thresholds` gives them.
struct RagThresholds;
std::string rag_meaning(Rag rag, const RagThresholds& thresholds);

// Rule ACT-3: the numbers (partnership settings; these are the defaults).
struct RagThresholds {
  int red_without_update_days = 60;
  int amber_without_update_days = 30;
  int amber_due_working_days = 10;
};

// What the rating is derived from.
struct RagFacts {
  ActionStatus status = ActionStatus::not_started;
  CivilDate due_on;
  CivilDate last_update_on;  // the last progress update, or the start date before any
};

// Rule ACT-3 as the dates of one day, so that the database selects by colour (the committee's
// filter) on the same boundaries as action_rag: on `today` an action not closed is red when due
// before today or last updated on or before red_if_updated_by; amber when, not awaiting sign-off,
// due on or before amber_if_due_by, or when last updated on or before amber_if_updated_by.
struct RagCutoffs {
  CivilDate today;
  CivilDate red_if_updated_by;
  CivilDate amber_if_due_by;
  CivilDate amber_if_updated_by;
};
// Fails with invalid_input (on "date") when the calendar does not cover the days it must count.
Result<RagCutoffs> rag_cutoffs(CivilDate today, const WorkingDayCalendar& calendar,
                               const RagThresholds& thresholds = {});
// Rule ACT-3: the action's colour on the cutoffs' day.
Rag rag_on(const RagFacts& facts, const RagCutoffs& cutoffs);

// Rule ACT-3: why this action has its colour on the cutoffs' day, in words: "Past its due date",
// "No update for 35 days", "Due within 10 working days", "On track", "Closed".
std::string rag_reason(const RagFacts& facts, const RagCutoffs& cutoffs,
                       const RagThresholds& thresholds);

// Rule ACT-3: the action's colour on `today` (rag_on of rag_cutoffs). Fails as rag_cutoffs, and
// only for an action not closed.
Result<Rag> action_rag(const RagFacts& facts, CivilDate today, const WorkingDayCalendar& calendar,
                       const RagThresholds& thresholds = {});

}  // namespace casereview
