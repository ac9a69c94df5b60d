// An action's progress to closure (Rule ACT-2, Rule ACT-4): see action_progress.hpp. Each use
// case checks its caller, validates its input, then works in one write transaction: the gates are
// read and the status moved there, the move conditional on the status read, so two decisions at
// once never both happen.
#include "app/actions/action_progress.hpp"

#include <algorithm>

#include "app/actions/action_emails.hpp"
#include "app/actions/action_support.hpp"
#include "app/audit.hpp"
#include "app/caller_checks.hpp"
#include "app/documents/evidence_file.hpp"
#include "domain/messages.hpp"
#include "domain/text.hpp"
#include "domain/uk_time.hpp"

namespace casereview {

namespace {

using action_support::action_caller;
using action_support::ActionCaller;
using action_support::reachable_action;

// The lead of the owning agency, or the committee.
Status works_on_or_oversees(const ActionCaller& who, const Action& action) {
  if (who.oversees || who.works_on(action)) return ok_status();
  return Error::of(ErrorCode::not_found, "No such action");
}

void audit_step(Transaction& transaction, const Caller& caller, Instant now, const char* action,
                const char* entity, Id entity_id, Id partnership_id, const std::string& detail) {
  record_audit(
      transaction, caller, now,
      {action, entity, std::to_string(entity_id), audit_outcome::success, detail, partnership_id});
}

Error changed_meanwhile() {
  return Error::of(ErrorCode::wrong_state,
                   "Someone else changed this action just now: look at it again");
}

Result<Action> action_after(Transaction& transaction, const ActionCaller& who, Id action_id) {
  return TRY(reachable_action(transaction, who, action_id)).action;
}

}  // namespace

// Rule ACT-2: an update is dated the day it is given; the first puts the action in progress.
Result<ActionUpdate> add_action_update(AppContext& context, const Caller& caller, Id action_id,
                                       const std::string& text, const std::string& status) {
  const ActionCaller who = TRY(action_caller(caller));
  std::vector<FieldError> problems;
  check_required_text("text", text, "the progress update", "The progress update",
                      limits::action_update_text, problems);
  if (!problems.empty()) return Error::invalid(std::move(problems));
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<ActionUpdate> {
        const Action action = TRY(action_after(transaction, who, action_id));
        TRY(works_on_or_oversees(who, action));
        const ActionStatus next = TRY(status_after_update(action.status, status));
        ActionUpdate update{.action_id = action.id,
                            .partnership_id = who.partnership_id,
                            .text = trimmed(text),
                            .by = caller.actor->user_id,
                            .at = now};
        if (next != action.status) {
          if (!transaction.actions().move(who.partnership_id, action.id, action.status, next,
                                          std::nullopt))
            return changed_meanwhile();
          update.status = next;
        }
        update.id = transaction.actions().add_update(update, uk_date(now));
        audit_step(transaction, caller, now, audit_action::update, audit_entity::action, action.id,
                   who.partnership_id,
                   update.status ? "status " + std::string(action_status_name(*update.status))
                                 : "progress update");
        return update;
      });
}

// Rule ACT-2: evidence of completion and of impact; a file's kind is found from its content.
Result<ActionEvidence> add_action_evidence(AppContext& context, const Caller& caller, Id action_id,
                                           const EvidenceInput& input) {
  const ActionCaller who = TRY(action_caller(caller));
  std::vector<FieldError> problems;
  const auto kind = evidence_kind_from_name(trimmed(input.kind));
  if (!kind)
    problems.push_back({"kind", "Select whether this is evidence of completion or of impact"});
  const bool has_file = !input.file_name.empty() || !input.content.empty();
  if (!has_file)
    check_required_text("text", input.text, "the evidence, or choose a file", "The evidence",
                        limits::action_update_text, problems);
  else if (trimmed(input.text).size() > limits::action_update_text)
    problems.push_back({"text", too_long("The evidence", limits::action_update_text)});
  if (!problems.empty()) return Error::invalid(std::move(problems));
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<ActionEvidence> {
        const Action action = TRY(action_after(transaction, who, action_id));
        TRY(works_on_or_oversees(who, action));
        if (*kind == EvidenceKind::completion && action.status == ActionStatus::closed)
          return Error::of(ErrorCode::wrong_state,
                           "This action is closed: add evidence of its impact instead");
        ActionEvidence evidence{.action_id = action.id,
                                .partnership_id = who.partnership_id,
                                .kind = *kind,
                                .text = trimmed(input.text),
                                .by = caller.actor->user_id,
                                .at = now};
        if (has_file) {
          const auto numbers = TRY(action_support::action_numbers(transaction, who.partnership_id));
          const EvidenceFileType type =
              TRY(evidence_file_type(input.file_name, input.content, numbers.evidence_file_bytes));
          evidence.file_name = input.file_name;
          evidence.content_type = type.content_type;
          evidence.file_size = static_cast<std::int64_t>(input.content.size());
        }
        evidence.id = transaction.actions().add_evidence(evidence, has_file ? input.content : "");
        audit_step(
            transaction, caller, now, audit_action::add_evidence, audit_entity::action_evidence,
            evidence.id, who.partnership_id,
            "action " + std::to_string(action.id) + ", " +
                std::string(evidence_kind_name(evidence.kind)) +
                (has_file ? ", a file of " + std::to_string(evidence.file_size) + " bytes" : ""));
        return evidence;
      });
}

Result<EvidenceDownload> action_evidence_file(AppContext& context, const Caller& caller,
                                              Id evidence_id) {
  const ActionCaller who = TRY(action_caller(caller));
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<EvidenceDownload> {
        auto found = transaction.actions().evidence_file(who.partnership_id, evidence_id);
        if (!found || found->first.file_name.empty())
          return Error::of(ErrorCode::not_found, "No such file");
        TRY(reachable_action(transaction, who, found->first.action_id));
        // The name given was checked to end with its kind's extension (evidence_file_type), so
        // the download's name is made of the id and that ending: plain ASCII, nothing given.
        const std::string& given = found->first.file_name;
        return EvidenceDownload{
            "action-evidence-" + std::to_string(evidence_id) + given.substr(given.rfind('.')),
            found->first.content_type, std::move(found->second)};
      });
}

// Rule ACT-2: in progress (or not started) → awaiting sign-off, with evidence of completion.
Result<Action> propose_action_completion(AppContext& context, const Caller& caller, Id action_id) {
  const ActionCaller who = TRY(action_caller(caller));
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<Action> {
        const Action action = TRY(action_after(transaction, who, action_id));
        TRY(works_on_or_oversees(who, action));
        TRY(may_propose_completion(action));
        if (!transaction.actions().move(who.partnership_id, action.id, action.status,
                                        ActionStatus::awaiting_sign_off, std::nullopt))
          return changed_meanwhile();
        audit_step(transaction, caller, now, audit_action::propose_completion, audit_entity::action,
                   action.id, who.partnership_id, "");
        return action_after(transaction, who, action_id);
      });
}

// Rule ACT-2: the committee closes with evidence of impact or a check planned, or returns the
// action with a reason.
Result<Action> sign_off_action(AppContext& context, const Caller& caller, Id action_id,
                               const std::string& decision, const std::string& reason) {
  TRY(require_permission(caller, Permission::oversee_actions,
                         "Only the Case Review Committee signs off actions"));
  const ActionCaller who = TRY(action_caller(caller));
  const auto chosen = sign_off_decision_from_name(trimmed(decision));
  if (!chosen)
    return Error::invalid({{"decision", "Select whether to sign off the action or return it"}});
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<Action> {
        const Action action = TRY(action_after(transaction, who, action_id));
        TRY(may_sign_off(action, *chosen, reason));
        const bool accept = *chosen == SignOffDecision::accept;
        if (!transaction.actions().move(who.partnership_id, action.id,
                                        ActionStatus::awaiting_sign_off,
                                        accept ? ActionStatus::closed : ActionStatus::in_progress,
                                        accept ? std::optional<Instant>(now) : std::nullopt))
          return changed_meanwhile();
        transaction.actions().add_decision(who.partnership_id, {.action_id = action.id,
                                                                .decision = *chosen,
                                                                .reason = trimmed(reason),
                                                                .by = caller.actor->user_id,
                                                                .at = now});
        if (!accept)
          if (auto owner = transaction.accounts().find(action.owner_user_id))
            transaction.outbox().enqueue(
                action_emails::action_returned(context.settings, owner->user.email, action,
                                               trimmed(reason)),
                now);
        audit_step(transaction, caller, now,
                   accept ? audit_action::sign_off_action : audit_action::return_action,
                   audit_entity::action, action.id, who.partnership_id, "");
        return action_after(transaction, who, action_id);
      });
}

// Rule ACT-4: a new date and why, for the committee to agree.
Result<DueDateChange> ask_for_due_date(AppContext& context, const Caller& caller, Id action_id,
                                       const std::string& due_on, const std::string& reason) {
  const ActionCaller who = TRY(action_caller(caller));
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<DueDateChange> {
        const Action action = TRY(action_after(transaction, who, action_id));
        TRY(works_on_or_oversees(who, action));
        DueDateChange change = TRY(due_date_change_from_text(action, due_on, reason, uk_date(now)));
        change.requested_by = caller.actor->user_id;
        change.requested_at = now;
        if (!transaction.actions().request_due_date(change))
          return Error::of(ErrorCode::wrong_state,
                           "A change of due date is waiting for the committee already");
        audit_step(transaction, caller, now, audit_action::ask_due_date, audit_entity::action,
                   action.id, who.partnership_id,
                   "from " + change.from_due_on.to_iso_string() + " to " +
                       change.to_due_on.to_iso_string());
        return change;
      });
}

// Rule ACT-4: only the committee's agreement changes the date; the history keeps every one.
Result<Action> decide_due_date(AppContext& context, const Caller& caller, Id action_id,
                               const std::string& agree) {
  TRY(require_permission(caller, Permission::oversee_actions,
                         "Only the Case Review Committee agrees a new due date"));
  const ActionCaller who = TRY(action_caller(caller));
  const std::string answer = trimmed(agree);
  if (answer != "true" && answer != "false")
    return Error::invalid({{"agree", "Select whether you agree to the new due date"}});
  const bool agreed = answer == "true";
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<Action> {
        const Action action = TRY(action_after(transaction, who, action_id));
        std::vector<DueDateChange> changes =
            transaction.actions().due_date_changes(who.partnership_id, action.id);
        const auto waiting = std::find_if(changes.begin(), changes.end(),
                                          [](const DueDateChange& c) { return !c.decided_at; });
        if (waiting == changes.end() ||
            !transaction.actions().decide_due_date(who.partnership_id, action.id, agreed,
                                                   caller.actor->user_id, now))
          return Error::of(ErrorCode::wrong_state, "No change of due date is waiting");
        if (auto asker = transaction.accounts().find(waiting->requested_by))
          transaction.outbox().enqueue(
              action_emails::due_date_answered(context.settings, asker->user.email, action,
                                               *waiting, agreed),
              now);
        audit_step(
            transaction, caller, now, audit_action::decide_due_date, audit_entity::action,
            action.id, who.partnership_id,
            std::string(agreed ? "agreed " : "refused ") + waiting->to_due_on.to_iso_string());
        return action_after(transaction, who, action_id);
      });
}

// Rule ACT-2: a check planned makes closing without evidence of impact possible; it can also be
// planned after closure.
Result<AssuranceCheck> plan_assurance_check(AppContext& context, const Caller& caller, Id action_id,
                                            const std::string& method,
                                            const std::string& description,
                                            const std::string& due_on) {
  TRY(require_permission(caller, Permission::oversee_actions,
                         "Only the Case Review Committee plans assurance checks"));
  const ActionCaller who = TRY(action_caller(caller));
  const Instant now = context.clock.now();
  AssuranceCheck check = TRY(assurance_check_from_text(method, description, due_on, uk_date(now)));
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<AssuranceCheck> {
        const Action action = TRY(action_after(transaction, who, action_id));
        if (action.status != ActionStatus::awaiting_sign_off &&
            action.status != ActionStatus::closed)
          return Error::of(ErrorCode::wrong_state,
                           "Plan an assurance check once the action is awaiting sign-off or "
                           "closed");
        check.action_id = action.id;
        check.partnership_id = who.partnership_id;
        check.planned_by = caller.actor->user_id;
        check.planned_at = now;
        check.id = transaction.actions().add_assurance_check(check);
        audit_step(transaction, caller, now, audit_action::plan_assurance_check,
                   audit_entity::assurance_check, check.id, who.partnership_id,
                   "action " + std::to_string(action.id) + ", " +
                       std::string(assurance_method_name(check.method)) + ", due " +
                       check.due_on.to_iso_string());
        return check;
      });
}

Result<AssuranceCheck> record_assurance_result(AppContext& context, const Caller& caller,
                                               Id action_id, Id check_id,
                                               const std::string& result) {
  TRY(require_permission(caller, Permission::oversee_actions,
                         "Only the Case Review Committee records assurance checks"));
  const ActionCaller who = TRY(action_caller(caller));
  std::vector<FieldError> problems;
  check_required_text("result", result, "what the check found", "The result",
                      limits::action_update_text, problems);
  if (!problems.empty()) return Error::invalid(std::move(problems));
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<AssuranceCheck> {
        const Action action = TRY(action_after(transaction, who, action_id));
        const auto checks = transaction.actions().assurance_checks(who.partnership_id, action.id);
        const auto check = std::find_if(checks.begin(), checks.end(),
                                        [&](const AssuranceCheck& c) { return c.id == check_id; });
        if (check == checks.end())
          return Error::of(ErrorCode::not_found, "No such assurance check");
        if (!transaction.actions().record_assurance_result(
                who.partnership_id, check_id, trimmed(result), caller.actor->user_id, now))
          return Error::of(ErrorCode::wrong_state, "This check has its result already");
        audit_step(transaction, caller, now, audit_action::record_assurance_result,
                   audit_entity::assurance_check, check_id, who.partnership_id,
                   "action " + std::to_string(action.id));
        AssuranceCheck recorded = *check;
        recorded.result = trimmed(result);
        recorded.recorded_at = now;
        return recorded;
      });
}

}  // namespace casereview
