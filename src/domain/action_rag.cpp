// An action's status and RAG rating (Rule ACT-2, Rule ACT-3): see action_rag.hpp.
#include "domain/action_rag.hpp"

#include <string>

#include "domain/enum_names.hpp"

namespace casereview {

std::string_view action_status_name(ActionStatus status) {
  switch (status) {
    case ActionStatus::not_started:
      return "not_started";
    case ActionStatus::in_progress:
      return "in_progress";
    case ActionStatus::awaiting_sign_off:
      return "awaiting_sign_off";
    case ActionStatus::closed:
      return "closed";
  }
  return "";
}

std::optional<ActionStatus> action_status_from_name(std::string_view name) {
  return enum_from_name(all_action_statuses, action_status_name, name);
}

std::string_view action_status_text(ActionStatus status) {
  switch (status) {
    case ActionStatus::not_started:
      return "Not started";
    case ActionStatus::in_progress:
      return "In progress";
    case ActionStatus::awaiting_sign_off:
      return "Awaiting sign-off";
    case ActionStatus::closed:
      return "Closed";
  }
  return "";
}

std::string_view rag_name(Rag rag) {
  switch (rag) {
    case Rag::blue:
      return "blue";
    case Rag::red:
      return "red";
    case Rag::amber:
      return "amber";
    case Rag::green:
      return "green";
  }
  return "";
}

std::optional<Rag> rag_from_name(std::string_view name) {
  return enum_from_name(all_rags, rag_name, name);
}

std::string_view rag_text(Rag rag) {
  switch (rag) {
    case Rag::blue:
      return "Blue";
    case Rag::red:
      return "Red";
    case Rag::amber:
      return "Amber";
    case Rag::green:
      return "Green";
  }
  return "";
}

std::string rag_meaning(Rag rag, const RagThresholds& thresholds) {
  switch (rag) {
    case Rag::blue:
      return "Closed: signed off by the committee";
    case Rag::red:
      return "Past its due date, or no update for " +
             std::to_string(thresholds.red_without_update_days) + " days";
    case Rag::amber:
      return "Due within " + std::to_string(thresholds.amber_due_working_days) +
             " working days and not awaiting sign-off, or no update for " +
             std::to_string(thresholds.amber_without_update_days) + " days";
    case Rag::green:
      return "On track: not overdue, not due soon, and updated lately (green does not mean done)";
  }
  return "";
}

Result<RagCutoffs> rag_cutoffs(CivilDate today, const WorkingDayCalendar& calendar,
                               const RagThresholds& thresholds) {
  return RagCutoffs{
      .today = today,
      .red_if_updated_by = today.add_days(-thresholds.red_without_update_days),
      .amber_if_due_by = TRY(calendar.add_working_days(today, thresholds.amber_due_working_days)),
      .amber_if_updated_by = today.add_days(-thresholds.amber_without_update_days)};
}

// Rule ACT-3: blue, then red, then amber, else green — the first that applies.
Rag rag_on(const RagFacts& facts, const RagCutoffs& cutoffs) {
  if (facts.status == ActionStatus::closed) return Rag::blue;
  if (facts.due_on < cutoffs.today || facts.last_update_on <= cutoffs.red_if_updated_by)
    return Rag::red;
  if (facts.status != ActionStatus::awaiting_sign_off && facts.due_on <= cutoffs.amber_if_due_by)
    return Rag::amber;
  if (facts.last_update_on <= cutoffs.amber_if_updated_by) return Rag::amber;
  return Rag::green;
}

std::string rag_reason(const RagFacts& facts, const RagCutoffs& cutoffs,
                       const RagThresholds& thresholds) {
  const std::string without_update =
      "No update for " + std::to_string(days_between(facts.last_update_on, cutoffs.today)) +
      " days";
  switch (rag_on(facts, cutoffs)) {
    case Rag::blue:
      return "Closed";
    case Rag::red:
      return facts.due_on < cutoffs.today ? "Past its due date" : without_update;
    case Rag::amber:
      return facts.last_update_on <= cutoffs.amber_if_updated_by
                 ? without_update
                 : "Due within " + std::to_string(thresholds.amber_due_working_days) +
                       " working days";
    case Rag::green:
      return "On track";
  }
  return "";
}

Result<Rag> action_rag(const RagFacts& facts, CivilDate today, const WorkingDayCalendar& calendar,
                       const RagThresholds& thresholds) {
  if (facts.status == ActionStatus::closed) return Rag::blue;
  return rag_on(facts, TRY(rag_cutoffs(today, calendar, thresholds)));
}

}  // namespace casereview
