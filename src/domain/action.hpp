// An action of a partnership's action plan (issue 13): what an agency will do about one
// recommendation, by when, and how the committee will know it worked — with its progress updates,
// evidence, due-date changes, assurance checks and the committee's decisions. Its status moves as
// Rule ACT-2 says, and only by the steps below; its RAG rating is derived when read
// (action_rag.hpp).
//
// Rules (cited again where implemented and in the tests that prove them):
//   ACT-1  Every action has a recommendation, an owning agency, an owner (the agency's strategic
//          lead by default), a kind, a success measure, a start and a due date.
//   ACT-2  not started → in progress → awaiting sign-off → closed; the committee signs off or
//          returns with a reason. Closing needs evidence of completion, and evidence of impact or
//          a dated assurance check planned.
//   ACT-4  A due date changes only with a reason and the committee's agreement; the history keeps
//          every date.
//
// Decided: the first progress update of an action not started puts it in progress (an update is
// work begun); a lead may also say so with an update's status. Only the committee closes.
//
// Plain values and pure functions: safe from any thread.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/action_rag.hpp"
#include "domain/case_model.hpp"  // no_date
#include "domain/civil_date.hpp"
#include "domain/instant.hpp"
#include "domain/partnership.hpp"  // Id
#include "domain/result.hpp"

namespace casereview {

namespace limits {
inline constexpr std::size_t action_text = 5000;
inline constexpr std::size_t action_success_measure = 2000;
inline constexpr std::size_t action_update_text = 5000;
inline constexpr std::size_t action_reason = 2000;
}  // namespace limits

// Rule ACT-1: the seed's four kinds, and other.
enum class ActionKind { process, policy, training, working_arrangements, other };
inline constexpr std::array<ActionKind, 5> all_action_kinds = {
    ActionKind::process, ActionKind::policy, ActionKind::training, ActionKind::working_arrangements,
    ActionKind::other};
// "process", "policy", "training", "working_arrangements", "other"
std::string_view action_kind_name(ActionKind kind);
std::optional<ActionKind> action_kind_from_name(std::string_view name);
// "Process changed", "Policy rewritten or reissued", "Training for staff", …
std::string_view action_kind_text(ActionKind kind);

struct Action {
  Id id = 0;
  Id partnership_id = 0;
  Id case_id = 0;
  Id recommendation_id = 0;
  int recommendation_number = 0;  // read with the action
  Id agency_id = 0;
  Id owner_user_id = 0;
  ActionKind kind = ActionKind::other;
  std::string text;
  std::string success_measure;
  CivilDate start_on = no_date();
  CivilDate due_on = no_date();
  ActionStatus status = ActionStatus::not_started;
  CivilDate last_update_on = no_date();  // the start date until the first progress update
  Id created_by = 0;
  Instant created_at{};
  std::optional<Instant> closed_at;
  // Counted when read: what the Rule ACT-2 gates look at.
  int completion_evidence = 0;
  int impact_evidence = 0;
  int assurance_checks = 0;
  std::optional<CivilDate> proposed_due_on;  // a due-date change awaiting the committee

  RagFacts rag_facts() const { return {status, due_on, last_update_on}; }
};

// An action as a person gives it (the form's or the API's text).
struct ActionText {
  std::string text;
  std::string kind;
  std::string success_measure;
  std::string start_on;  // "2026-05-01"
  std::string due_on;
};

// Rule ACT-1: the action the text describes, trimmed. invalid_input naming every bad field: "text"
// and "success_measure" (blank or too long), "kind" (not one of the names), "start_on" (not a
// date), "due_on" (not a date, before the start or before `today`). Its ids, owner and people are
// left for the caller.
Result<Action> action_from_text(const ActionText& text, CivilDate today);

// A dated progress update by the owner's agency (or the committee).
struct ActionUpdate {
  Id id = 0;
  Id action_id = 0;
  Id partnership_id = 0;
  std::string text;
  std::optional<ActionStatus> status;  // the status it set, if it changed it
  Id by = 0;
  Instant at{};
};

// Rule ACT-2: the status after an update asking for `requested` ("" for none) of an action in
// `current`. invalid_input on "status" for a name that is not "not_started" or "in_progress" (the
// rest are reached by proposing completion and the committee's sign-off); wrong_state for a
// closed action, or a status asked of one awaiting sign-off. The first update of an action not
// started puts it in progress.
Result<ActionStatus> status_after_update(ActionStatus current, std::string_view requested);

// Evidence of completion or of impact: text, and an attached file if any.
enum class EvidenceKind { completion, impact };
std::string_view evidence_kind_name(EvidenceKind kind);  // "completion", "impact"
std::optional<EvidenceKind> evidence_kind_from_name(std::string_view name);

struct ActionEvidence {
  Id id = 0;
  Id action_id = 0;
  Id partnership_id = 0;
  EvidenceKind kind = EvidenceKind::completion;
  std::string text;
  std::string file_name;     // "" when there is no file
  std::string content_type;  // of the file, from its content
  std::int64_t file_size = 0;
  Id by = 0;
  Instant at{};
};

// Rule ACT-2: an action may be proposed for sign-off when it is not closed or awaiting it already
// (wrong_state) and has evidence of completion (wrong_state, saying to add it).
Status may_propose_completion(const Action& action);

// The committee's decision on a proposed completion.
enum class SignOffDecision { accept, return_to_owner };
std::string_view sign_off_decision_name(SignOffDecision decision);  // "accept", "return"
std::optional<SignOffDecision> sign_off_decision_from_name(std::string_view name);

// Rule ACT-2: may the committee take `decision` on the action, with `reason`? wrong_state unless
// awaiting sign-off, or accepting with neither evidence of impact nor an assurance check planned;
// invalid_input on "reason" for a return without one (or one too long).
Status may_sign_off(const Action& action, SignOffDecision decision, const std::string& reason);

// Rule ACT-4: a change of due date asked for, and the committee's answer.
struct DueDateChange {
  Id id = 0;
  Id action_id = 0;
  Id partnership_id = 0;
  CivilDate from_due_on = no_date();
  CivilDate to_due_on = no_date();
  std::string reason;
  Id requested_by = 0;
  Instant requested_at{};
  std::optional<bool> agreed;  // nothing while it waits
  std::optional<Id> decided_by;
  std::optional<Instant> decided_at;
};

// Rule ACT-4: the change the text asks of `action` on `today`. invalid_input on "due_on" (not a
// date, before today or the action's start, the same as now) and "reason" (blank or too long);
// wrong_state for a closed action or one with a change waiting already.
Result<DueDateChange> due_date_change_from_text(const Action& action, const std::string& due_on,
                                                const std::string& reason, CivilDate today);

// An assurance check the committee plans (after closure, or to close without evidence of impact)
// and the result it records.
enum class AssuranceMethod { multi_agency_audit, survey, case_file_sample, other };
inline constexpr std::array<AssuranceMethod, 4> all_assurance_methods = {
    AssuranceMethod::multi_agency_audit, AssuranceMethod::survey, AssuranceMethod::case_file_sample,
    AssuranceMethod::other};
std::string_view assurance_method_name(AssuranceMethod method);
std::optional<AssuranceMethod> assurance_method_from_name(std::string_view name);
std::string_view assurance_method_text(AssuranceMethod method);  // "A multi-agency audit", …

struct AssuranceCheck {
  Id id = 0;
  Id action_id = 0;
  Id partnership_id = 0;
  AssuranceMethod method = AssuranceMethod::other;
  std::string description;
  CivilDate due_on = no_date();
  std::string result;  // "" until recorded
  std::optional<Instant> recorded_at;
  Id planned_by = 0;
  Instant planned_at{};
};

// The check the text plans on `today`. invalid_input on "method", "description" (blank or too
// long) and "due_on" (not a date, or before today).
Result<AssuranceCheck> assurance_check_from_text(const std::string& method,
                                                 const std::string& description,
                                                 const std::string& due_on, CivilDate today);

// Issue 13: the reminders an action's owner gets while it is not started or in progress — once
// in the 10 working days before its due date, on the day, and every 10 working days while overdue
// (the first 10 working days after the due date).
enum class ActionReminderKind { due_soon, due_today, overdue };

struct ActionReminder {
  ActionReminderKind kind = ActionReminderKind::due_soon;
  int overdue_round = 0;  // 1, 2, 3… for every 10 working days overdue
  // Names this reminder of this due date, so it is sent once (a new due date gets its own).
  std::string key(const Action& action) const;
};

inline constexpr int action_reminder_working_days = 10;

// The reminder due on `today`, if any: none for an action awaiting sign-off or closed, and none
// when the calendar cannot count the days (never a guess).
std::optional<ActionReminder> action_reminder_on(const Action& action, CivilDate today,
                                                 const WorkingDayCalendar& calendar);

// Issue 13: the evidence of a training action counted from the training records: the courses it
// names, and how many people of the owning agency were booked on, attended and were certified for
// their sessions since the action started.
struct TrainingEvidence {
  std::vector<std::pair<Id, std::string>> courses;  // id, title
  int booked = 0;        // had a place (booked, attended, partly attended or did not attend)
  int attended = 0;      // marked attended in the register
  int certificates = 0;  // issued and not withdrawn
};

// One step in an action's history of decisions (Rule ACT-2's sign-off or return).
struct ActionDecision {
  Id id = 0;
  Id action_id = 0;
  SignOffDecision decision = SignOffDecision::accept;
  std::string reason;
  Id by = 0;
  Instant at{};
};

}  // namespace casereview
