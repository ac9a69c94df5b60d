// An action's progress to closure (issue 13, Rule ACT-2, Rule ACT-4): dated progress updates,
// evidence of completion and of impact (text and files), proposing completion, the committee's
// sign-off or return with a reason, due-date changes asked for and agreed or refused, and
// assurance checks planned and their results recorded. Every step is audited.
//
// Who may do what (checked here, on every call; an action the caller does not reach is
// not_found):
//   update, add evidence, propose completion, ask for a new due date
//       the strategic lead of the owning agency (work_on_actions), or the committee
//   sign off or return, agree or refuse a due date, plan a check, record its result
//       the committee and the business manager (oversee_actions) — never a lead
#pragma once

#include <string>

#include "app/context.hpp"
#include "domain/action.hpp"

namespace casereview {

// Rule ACT-2: a dated progress update; `status` "" or "not_started"/"in_progress" (see
// status_after_update, whose errors it returns). invalid_input on "text" (blank, too long).
Result<ActionUpdate> add_action_update(AppContext& context, const Caller& caller, Id action_id,
                                       const std::string& text, const std::string& status);

struct EvidenceInput {
  std::string kind;  // "completion" or "impact"
  std::string text;
  std::string file_name;  // "" with no file
  std::string content;    // the file's bytes
};

// Rule ACT-2: evidence of completion (not of a closed action: wrong_state) or of impact (also
// after closure). invalid_input on "kind", on "text" (blank without a file, or too long) and on
// "file" (evidence_file_type: its kind found from its content; the partnership's size limit).
Result<ActionEvidence> add_action_evidence(AppContext& context, const Caller& caller, Id action_id,
                                           const EvidenceInput& input);

struct EvidenceDownload {
  std::string file_name;  // "action-evidence-12.pdf": its id and the ending of its kind
  std::string content_type;
  std::string bytes;
};

// The file of a piece of evidence, to download as an attachment. not_found for evidence of an
// action the caller does not reach, or one with no file.
Result<EvidenceDownload> action_evidence_file(AppContext& context, const Caller& caller,
                                              Id evidence_id);

// Rule ACT-2: the action goes to the committee for sign-off (may_propose_completion's errors).
Result<Action> propose_action_completion(AppContext& context, const Caller& caller, Id action_id);

// Rule ACT-2: the committee closes the action ("accept") or returns it to the owner, in progress
// ("return", with a reason; the owner is emailed). invalid_input on "decision"; may_sign_off's
// errors.
Result<Action> sign_off_action(AppContext& context, const Caller& caller, Id action_id,
                               const std::string& decision, const std::string& reason);

// Rule ACT-4: asks the committee for a new due date (due_date_change_from_text's errors).
Result<DueDateChange> ask_for_due_date(AppContext& context, const Caller& caller, Id action_id,
                                       const std::string& due_on, const std::string& reason);

// Rule ACT-4: the committee agrees (the due date changes; the history keeps both) or refuses.
// invalid_input on "agree" for anything but "true" or "false"; wrong_state when no change waits.
Result<Action> decide_due_date(AppContext& context, const Caller& caller, Id action_id,
                               const std::string& agree);

// Rule ACT-2: an assurance check planned by the committee, once the action is awaiting sign-off
// or closed (wrong_state before). assurance_check_from_text's errors.
Result<AssuranceCheck> plan_assurance_check(AppContext& context, const Caller& caller, Id action_id,
                                            const std::string& method,
                                            const std::string& description,
                                            const std::string& due_on);

// The result of a planned check. invalid_input on "result" (blank, too long); not_found for a
// check not of this action; wrong_state when it has a result already.
Result<AssuranceCheck> record_assurance_result(AppContext& context, const Caller& caller,
                                               Id action_id, Id check_id,
                                               const std::string& result);

}  // namespace casereview
