// The stage machine of a case (DOMAIN.md steps 2-4). Each step is a function that checks the step
// fits the case's stage and, when it does, changes the record; when it does not, it returns
// wrong_state with a reason for people and leaves the record as it was. Use cases call these and
// store the result; nothing here reads a clock or a database.
//
//   notification ──send──► rapid_review ──submit──► awaiting_panel_decision
//     │                   (allocate, save record,      │ decide
//     │                    sign off)                   ├──► closed (no review)
//     └─send (SIN-5)──► recorded_only                  └──► review_to_be_commissioned
//                                                             │ commission
//                                                             └──► review_in_progress
//
// Rules implemented here (ids cited in code and tests):
//   SIN-3  A notification sent, or partners told, after notify_by needs a reason for the lateness.
//   SIN-5  A recorded-only notification (case_model.hpp) does not start a rapid review.
//   RR-3   Partners sign only a complete record; changing the record clears their sign-offs.
//   RR-4   The rapid review goes to the Panel only when local authority, police and health have
//          each signed it off.
//   DEC-1  The Panel's decision: agrees or disagrees, outcome, reason, date; a national review
//          needs a national review theme. Agreeing is deciding the recommended outcome;
//          disagreeing is deciding another.
//   DEC-2  After the decision: no review → closed with the reason; any review → review to be
//          commissioned, and commissioning it (Rule REV-1) → review in progress.
// Sending also starts the rapid review's clock: Rule RR-1, defined in domain/case_deadlines.hpp.
//
// Example:
//   Status sent = send_notification(record, calendar, settings, sent_on, late_reason);
//   if (!sent) return sent.error();  // wrong_state "The notification has already been sent"
//
// Pure functions: safe from any thread (each changes only the record it is given).
#pragma once

#include <string>
#include <vector>

#include "domain/case_deadlines.hpp"
#include "domain/case_model.hpp"

namespace casereview {

// Rule SIN-1, Rule SIN-3, Rule SIN-5, Rule RR-1: records the notification as sent on `sent_on` and
// moves the case to rapid_review (due date set) or recorded_only. wrong_state when already sent.
// invalid_input on "sent_on" when before aware_on, on "late_reason" when sent after notify_by
// without a reason (or when the rapid review deadline is outside the calendar, on "sent_on").
Status send_notification(CaseRecord& record, const WorkingDayCalendar& calendar,
                         const DeadlineSettings& settings, CivilDate sent_on,
                         const std::string& late_reason);

// Rule SIN-2, Rule SIN-3: records when the partners were told. wrong_state when already recorded.
// invalid_input on "told_on" when before aware_on; on "late_reason" when late without a reason.
Status tell_partners(CaseRecord& record, CivilDate told_on, const std::string& late_reason);

// Allocates the rapid review to a manager. wrong_state unless the case is in rapid_review.
Status allocate_rapid_review(CaseRecord& record, Id lead_user_id, CivilDate allocated_on);

// Whether agency responses can be requested (or answered): only while the rapid review runs.
Status check_rapid_review_running(const CaseRecord& record);

// Whether two rapid review records give the same answers (every text, criterion and the
// recommendation): saving one over the other changes nothing.
bool same_rapid_review_answers(const RapidReviewRecord& a, const RapidReviewRecord& b);

// Rule RR-3: replaces the rapid review record. wrong_state unless in rapid_review. Clears every
// sign-off when the record changed (returns true then), since partners signed another text.
Result<bool> save_rapid_review_record(CaseRecord& record, const RapidReviewRecord& updated);

// Rule RR-3, Rule RR-4: records one partner's sign-off. wrong_state unless in rapid_review, when
// the record is incomplete (the message names what is missing; fields list each gap), or when that
// partner has signed already. invalid_input on "name" when empty.
Status sign_off(CaseRecord& record, const SignOff& signature);

// The partners still to sign, in the order of all_statutory_partners.
std::vector<StatutoryPartner> partners_yet_to_sign(const CaseRecord& record);

// Rule RR-4: submits the rapid review to the Panel on `submitted_on` and moves the case to
// awaiting_panel_decision. wrong_state unless in rapid_review with a complete record signed by all
// three partners. invalid_input on "submitted_on" when before every sign-off's date.
Status submit_to_panel(CaseRecord& record, CivilDate submitted_on);

// Before submission (issue 10): when some agencies on the case have not responded (named in
// `agencies_not_responded`, in the order to show them), submitting needs a reason to go ahead
// without them. wrong_state naming the agencies, with the field "reason_for_missing_responses",
// when there are some and `reason` is blank; ok otherwise. Changes nothing.
Status check_missing_responses(const std::vector<std::string>& agencies_not_responded,
                               const std::string& reason);

// Adds an agency to the case's involved agencies, at any stage before closure, so that it can be
// asked for a response. wrong_state when the case is closed; invalid_input on "agency_id" when the
// agency is on the case already. Whether the agency is the partnership's is the caller's check.
Status add_agency_to_case(CaseRecord& record, Id agency_id);

// Rule DEC-1, Rule DEC-2: records the Panel's decision and moves the case to its next stage.
// wrong_state unless awaiting_panel_decision. invalid_input on "reason" when empty, "theme" when a
// national review has no theme, "decided_on" when before the submission date, "outcome" when the
// decision contradicts itself: "agrees" with an outcome other than the recommended one, or
// "disagrees" with the recommended one.
Status record_panel_decision(CaseRecord& record, const PanelDecision& decision);

// Rule DEC-2: the stage a decided outcome leads to.
CaseStage stage_after_decision(ReviewOutcome outcome);

// Rule REV-1: the review is commissioned, so the case moves from review_to_be_commissioned to
// review_in_progress. wrong_state at any other stage (already commissioned, or no review decided).
Status start_review(CaseRecord& record);

}  // namespace casereview
