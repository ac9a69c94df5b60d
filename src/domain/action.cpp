// An action of an action plan (Rule ACT-1, Rule ACT-2, Rule ACT-4): see action.hpp.
#include "domain/action.hpp"

#include "domain/enum_names.hpp"
#include "domain/messages.hpp"
#include "domain/text.hpp"

namespace casereview {

std::string_view action_kind_name(ActionKind kind) {
  switch (kind) {
    case ActionKind::process:
      return "process";
    case ActionKind::policy:
      return "policy";
    case ActionKind::training:
      return "training";
    case ActionKind::working_arrangements:
      return "working_arrangements";
    case ActionKind::other:
      return "other";
  }
  return "other";
}

std::optional<ActionKind> action_kind_from_name(std::string_view name) {
  return enum_from_name(all_action_kinds, action_kind_name, name);
}

std::string_view action_kind_text(ActionKind kind) {
  switch (kind) {
    case ActionKind::process:
      return "Process changed";
    case ActionKind::policy:
      return "Policy rewritten or reissued";
    case ActionKind::training:
      return "Training for staff";
    case ActionKind::working_arrangements:
      return "Working arrangements changed";
    case ActionKind::other:
      return "Other";
  }
  return "Other";
}

namespace {

// A date field: the date, or the problem (blank, not a date) pushed and nothing.
std::optional<CivilDate> date_field(const std::string& field, const std::string& text,
                                    std::string_view what, std::vector<FieldError>& problems) {
  const std::string given = trimmed(text);
  Result<CivilDate> date = parse_iso_date(field, given);
  if (date) return date.value();
  problems.push_back(
      {field, given.empty() ? enter(what) : "Enter " + std::string(what) + " as a real date"});
  return std::nullopt;
}

}  // namespace

// Rule ACT-1: what, what kind, how success is measured, from when and by when.
Result<Action> action_from_text(const ActionText& text, CivilDate today) {
  std::vector<FieldError> problems;
  check_required_text("text", text.text, "what the action is", "The action", limits::action_text,
                      problems);
  const std::optional<ActionKind> kind = action_kind_from_name(trimmed(text.kind));
  if (!kind) problems.push_back({"kind", "Select the kind of action"});
  check_required_text("success_measure", text.success_measure, "how success will be measured",
                      "The success measure", limits::action_success_measure, problems);
  const auto start_on = date_field("start_on", text.start_on, "the start date", problems);
  const auto due_on = date_field("due_on", text.due_on, "the due date", problems);
  if (due_on && start_on && *due_on < *start_on)
    problems.push_back({"due_on", "The due date must be on or after the start date"});
  else if (due_on && *due_on < today)
    problems.push_back({"due_on", "The due date must be today or in the future"});
  if (!problems.empty()) return Error::invalid(std::move(problems));
  Action action;
  action.kind = *kind;
  action.text = trimmed(text.text);
  action.success_measure = trimmed(text.success_measure);
  action.start_on = *start_on;
  action.due_on = *due_on;
  action.last_update_on = *start_on;
  return action;
}

// Rule ACT-2: an update moves an action only between not started and in progress.
Result<ActionStatus> status_after_update(ActionStatus current, std::string_view requested) {
  if (current == ActionStatus::closed)
    return Error::of(ErrorCode::wrong_state, "This action is closed: it takes no more updates");
  const std::string asked = trimmed(requested);
  if (asked.empty())
    return current == ActionStatus::not_started ? ActionStatus::in_progress : current;
  const std::optional<ActionStatus> status = action_status_from_name(asked);
  if (status != ActionStatus::not_started && status != ActionStatus::in_progress)
    return Error::invalid({{"status", "Select not started or in progress"}});
  if (current == ActionStatus::awaiting_sign_off)
    return Error::of(ErrorCode::wrong_state,
                     "This action is awaiting the committee's sign-off: its status waits for "
                     "their decision");
  return *status;
}

std::string_view evidence_kind_name(EvidenceKind kind) {
  return kind == EvidenceKind::impact ? "impact" : "completion";
}

std::optional<EvidenceKind> evidence_kind_from_name(std::string_view name) {
  return enum_from_name(std::array{EvidenceKind::completion, EvidenceKind::impact},
                        evidence_kind_name, name);
}

// Rule ACT-2: closing needs evidence of completion first.
Status may_propose_completion(const Action& action) {
  if (action.status == ActionStatus::closed)
    return Error::of(ErrorCode::wrong_state, "This action is closed already");
  if (action.status == ActionStatus::awaiting_sign_off)
    return Error::of(ErrorCode::wrong_state, "This action is awaiting sign-off already");
  if (action.completion_evidence == 0)
    return Error::of(ErrorCode::wrong_state,
                     "Add evidence of completion before proposing the action for sign-off");
  return ok_status();
}

std::string_view sign_off_decision_name(SignOffDecision decision) {
  return decision == SignOffDecision::accept ? "accept" : "return";
}

std::optional<SignOffDecision> sign_off_decision_from_name(std::string_view name) {
  return enum_from_name(std::array{SignOffDecision::accept, SignOffDecision::return_to_owner},
                        sign_off_decision_name, name);
}

// Rule ACT-2: the committee closes with evidence of impact or an assurance check planned, and
// returns with a reason.
Status may_sign_off(const Action& action, SignOffDecision decision, const std::string& reason) {
  if (decision == SignOffDecision::return_to_owner) {
    std::vector<FieldError> problems;
    check_required_text("reason", reason, "why the action is returned", "The reason",
                        limits::action_reason, problems);
    if (!problems.empty()) return Error::invalid(std::move(problems));
  } else if (trimmed(reason).size() > limits::action_reason) {
    return Error::invalid({{"reason", too_long("The reason", limits::action_reason)}});
  }
  if (action.status != ActionStatus::awaiting_sign_off)
    return Error::of(ErrorCode::wrong_state, "This action is not awaiting sign-off");
  if (decision == SignOffDecision::accept && action.impact_evidence == 0 &&
      action.assurance_checks == 0)
    return Error::of(ErrorCode::wrong_state,
                     "Add evidence of impact or plan an assurance check before closing the "
                     "action");
  return ok_status();
}

// Rule ACT-4: a new date, why, and nothing else waiting.
Result<DueDateChange> due_date_change_from_text(const Action& action, const std::string& due_on,
                                                const std::string& reason, CivilDate today) {
  if (action.status == ActionStatus::closed)
    return Error::of(ErrorCode::wrong_state, "This action is closed: its due date stays");
  if (action.proposed_due_on)
    return Error::of(ErrorCode::wrong_state,
                     "A change of due date is waiting for the committee already");
  std::vector<FieldError> problems;
  const auto date = date_field("due_on", due_on, "the new due date", problems);
  if (date && *date < today)
    problems.push_back({"due_on", "The new due date must be today or in the future"});
  else if (date && *date < action.start_on)
    problems.push_back({"due_on", "The new due date must be on or after the start date"});
  else if (date && *date == action.due_on)
    problems.push_back({"due_on", "The new due date must differ from the one now"});
  check_required_text("reason", reason, "why the due date should change", "The reason",
                      limits::action_reason, problems);
  if (!problems.empty()) return Error::invalid(std::move(problems));
  DueDateChange change;
  change.action_id = action.id;
  change.partnership_id = action.partnership_id;
  change.from_due_on = action.due_on;
  change.to_due_on = *date;
  change.reason = trimmed(reason);
  return change;
}

std::string ActionReminder::key(const Action& action) const {
  std::string kind_name = kind == ActionReminderKind::due_soon ? "due-soon"
                          : kind == ActionReminderKind::due_today
                              ? "due-today"
                              : "overdue-" + std::to_string(overdue_round);
  return "action:" + std::to_string(action.id) + ":" + action.due_on.to_iso_string() + ":" +
         kind_name + ":" + std::to_string(action.owner_user_id);
}

std::optional<ActionReminder> action_reminder_on(const Action& action, CivilDate today,
                                                 const WorkingDayCalendar& calendar) {
  if (action.status != ActionStatus::not_started && action.status != ActionStatus::in_progress)
    return std::nullopt;
  if (today == action.due_on) return ActionReminder{ActionReminderKind::due_today};
  if (today < action.due_on) {
    const Result<int> left = calendar.working_days_between(today, action.due_on);
    if (!left || left.value() > action_reminder_working_days) return std::nullopt;
    return ActionReminder{ActionReminderKind::due_soon};
  }
  const Result<int> late = calendar.working_days_between(action.due_on, today);
  if (!late || late.value() < action_reminder_working_days) return std::nullopt;
  return ActionReminder{ActionReminderKind::overdue, late.value() / action_reminder_working_days};
}

std::string_view assurance_method_name(AssuranceMethod method) {
  switch (method) {
    case AssuranceMethod::multi_agency_audit:
      return "multi_agency_audit";
    case AssuranceMethod::survey:
      return "survey";
    case AssuranceMethod::case_file_sample:
      return "case_file_sample";
    case AssuranceMethod::other:
      return "other";
  }
  return "other";
}

std::optional<AssuranceMethod> assurance_method_from_name(std::string_view name) {
  return enum_from_name(all_assurance_methods, assurance_method_name, name);
}

std::string_view assurance_method_text(AssuranceMethod method) {
  switch (method) {
    case AssuranceMethod::multi_agency_audit:
      return "A multi-agency audit";
    case AssuranceMethod::survey:
      return "A survey";
    case AssuranceMethod::case_file_sample:
      return "A case-file sample";
    case AssuranceMethod::other:
      return "Another check";
  }
  return "Another check";
}

Result<AssuranceCheck> assurance_check_from_text(const std::string& method,
                                                 const std::string& description,
                                                 const std::string& due_on, CivilDate today) {
  std::vector<FieldError> problems;
  const std::optional<AssuranceMethod> chosen = assurance_method_from_name(trimmed(method));
  if (!chosen) problems.push_back({"method", "Select how the check will be made"});
  check_required_text("description", description, "what the check will look at", "The description",
                      limits::action_reason, problems);
  const auto date = date_field("due_on", due_on, "the date the check is due", problems);
  if (date && *date < today)
    problems.push_back({"due_on", "The date the check is due must be today or in the future"});
  if (!problems.empty()) return Error::invalid(std::move(problems));
  AssuranceCheck check;
  check.method = *chosen;
  check.description = trimmed(description);
  check.due_on = *date;
  return check;
}

}  // namespace casereview
