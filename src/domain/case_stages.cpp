#include "domain/case_stages.hpp"

#include <algorithm>

#include "domain/messages.hpp"
#include "domain/text.hpp"

namespace casereview {

namespace {

Status wrong_state(const std::string& reason) { return Error::of(ErrorCode::wrong_state, reason); }

Status require_stage(const CaseRecord& record, CaseStage stage, const std::string& step) {
  if (record.stage == stage) return ok_status();
  return wrong_state("You cannot " + step + " while the case is at the stage \"" +
                     std::string(case_stage_text(record.stage)) + "\"");
}

bool signed_by(const CaseRecord& record, StatutoryPartner partner) {
  return std::any_of(record.sign_offs.begin(), record.sign_offs.end(),
                     [partner](const SignOff& signature) { return signature.partner == partner; });
}

// Rule SIN-3's reason, when longer than a person may write.
Status refuse_a_long_late_reason(const std::string& late_reason) {
  if (late_reason.size() <= limits::late_reason) return ok_status();
  return Error::invalid({{"late_reason", too_long("The reason", limits::late_reason)}});
}

Status incomplete(const std::vector<FieldError>& gaps, const std::string& step) {
  Error error =
      Error::of(ErrorCode::wrong_state, "Complete the rapid review record before " + step);
  error.fields = gaps;
  return error;
}

}  // namespace

Status send_notification(CaseRecord& record, const WorkingDayCalendar& calendar,
                         const DeadlineSettings& settings, CivilDate sent_on,
                         const std::string& late_reason) {
  if (record.sent_on) return wrong_state("The notification has already been sent");
  TRY(require_stage(record, CaseStage::notification, "send the notification"));
  if (sent_on < record.facts.aware_on) {
    return Error::invalid(
        {{"sent_on",
          "The date sent must be the same as or after the date the local authority "
          "became aware"}});
  }
  // Rule SIN-3: a late notification says why.
  const bool late = sent_on > record.notify_by;
  if (late && !filled(late_reason)) {
    return Error::invalid({{"late_reason", enter("why the notification was sent after ") +
                                               record.notify_by.to_iso_string()}});
  }
  if (late) TRY(refuse_a_long_late_reason(late_reason));
  // Rule SIN-5: recorded only; otherwise Rule RR-1 starts the rapid review's clock.
  if (recorded_only(record.facts)) {
    record.stage = CaseStage::recorded_only;
  } else {
    record.rapid_review_due = TRY(rapid_review_deadline(calendar, settings, sent_on));
    record.stage = CaseStage::rapid_review;
  }
  record.sent_on = sent_on;
  record.late_reason = late ? late_reason : "";
  return ok_status();
}

Status tell_partners(CaseRecord& record, CivilDate told_on, const std::string& late_reason) {
  if (record.partners_told_on)
    return wrong_state("The partners have already been recorded as told");
  if (told_on < record.facts.aware_on) {
    return Error::invalid(
        {{"told_on",
          "The date the partners were told must be the same as or after the date the "
          "local authority became aware"}});
  }
  // Rule SIN-2 and Rule SIN-3.
  const bool late = told_on > record.notify_by;
  if (late && !filled(late_reason)) {
    return Error::invalid({{"late_reason", enter("why the partners were told after ") +
                                               record.notify_by.to_iso_string()}});
  }
  if (late) TRY(refuse_a_long_late_reason(late_reason));
  record.partners_told_on = told_on;
  record.partners_late_reason = late ? late_reason : "";
  return ok_status();
}

Status allocate_rapid_review(CaseRecord& record, Id lead_user_id, CivilDate allocated_on) {
  TRY(require_stage(record, CaseStage::rapid_review, "allocate the rapid review"));
  record.rapid_review_lead_id = lead_user_id;
  record.allocated_on = allocated_on;
  return ok_status();
}

Status check_rapid_review_running(const CaseRecord& record) {
  return require_stage(record, CaseStage::rapid_review, "work on the rapid review");
}

bool same_rapid_review_answers(const RapidReviewRecord& a, const RapidReviewRecord& b) {
  if (a.facts_established != b.facts_established || a.immediate_action != b.immediate_action ||
      a.key_practice_episodes != b.key_practice_episodes ||
      a.what_could_be_improved != b.what_could_be_improved ||
      a.equality_considerations != b.equality_considerations ||
      a.recommendation != b.recommendation ||
      a.recommendation_rationale != b.recommendation_rationale) {
    return false;
  }
  for (Criterion criterion : all_criteria) {
    if (a.answer(criterion).met != b.answer(criterion).met ||
        a.answer(criterion).rationale != b.answer(criterion).rationale) {
      return false;
    }
  }
  return true;
}

Result<bool> save_rapid_review_record(CaseRecord& record, const RapidReviewRecord& updated) {
  TRY(require_stage(record, CaseStage::rapid_review, "change the rapid review record"));
  // Rule RR-3: partners signed the text as it was; a changed text needs signing again.
  const bool cleared =
      !record.sign_offs.empty() && !same_rapid_review_answers(record.rapid_review, updated);
  if (cleared) record.sign_offs.clear();
  record.rapid_review = updated;
  return cleared;
}

Status sign_off(CaseRecord& record, const SignOff& signature) {
  TRY(require_stage(record, CaseStage::rapid_review, "sign off the rapid review"));
  if (!filled(signature.name)) {
    return Error::invalid({{"name", enter("the name of the person signing for the ") +
                                        std::string(statutory_partner_text(signature.partner))}});
  }
  // Rule RR-3: only a complete record is signed.
  auto gaps = rapid_review_record_gaps(record.rapid_review);
  if (!gaps.empty()) return incomplete(gaps, "partners sign it off");
  if (signed_by(record, signature.partner)) {
    return wrong_state(std::string(statutory_partner_text(signature.partner)) +
                       " has already signed off");
  }
  record.sign_offs.push_back(signature);
  return ok_status();
}

std::vector<StatutoryPartner> partners_yet_to_sign(const CaseRecord& record) {
  std::vector<StatutoryPartner> missing;
  for (StatutoryPartner partner : all_statutory_partners) {
    if (!signed_by(record, partner)) missing.push_back(partner);
  }
  return missing;
}

Status submit_to_panel(CaseRecord& record, CivilDate submitted_on) {
  TRY(require_stage(record, CaseStage::rapid_review, "submit the rapid review"));
  auto gaps = rapid_review_record_gaps(record.rapid_review);
  if (!gaps.empty()) return incomplete(gaps, "submitting it");
  // Rule RR-4: all three statutory partners have signed.
  auto missing = partners_yet_to_sign(record);
  if (!missing.empty()) {
    std::vector<std::string> names;
    for (StatutoryPartner partner : missing) names.emplace_back(statutory_partner_text(partner));
    return wrong_state("The rapid review cannot be submitted until it is signed off: " +
                       listed_in_words(names) + " still to sign");
  }
  for (const SignOff& signature : record.sign_offs) {
    if (submitted_on < signature.signed_on) {
      return Error::invalid(
          {{"submitted_on", "The date submitted must be the same as or after every sign-off"}});
    }
  }
  record.submitted_on = submitted_on;
  record.stage = CaseStage::awaiting_panel_decision;
  return ok_status();
}

Status check_missing_responses(const std::vector<std::string>& agencies_not_responded,
                               const std::string& reason) {
  if (agencies_not_responded.empty() || filled(reason)) return ok_status();
  const std::string names = listed_in_words(agencies_not_responded);
  Error error = Error::of(ErrorCode::wrong_state,
                          (agencies_not_responded.size() == 1 ? "An agency has" : "Agencies have") +
                              std::string(" not responded: ") + names +
                              ". Give the reason for submitting the rapid review without them");
  error.fields = {{"reason_for_missing_responses",
                   enter("the reason for submitting without a response from ") + names}};
  return error;
}

Status add_agency_to_case(CaseRecord& record, Id agency_id) {
  if (record.stage == CaseStage::closed)
    return wrong_state("You cannot add an agency to a closed case");
  if (std::find(record.agency_ids.begin(), record.agency_ids.end(), agency_id) !=
      record.agency_ids.end()) {
    return Error::invalid({{"agency_id", "Select an agency that is not already on the case"}});
  }
  record.agency_ids.push_back(agency_id);
  return ok_status();
}

CaseStage stage_after_decision(ReviewOutcome outcome) {
  // Rule DEC-2.
  switch (outcome) {
    case ReviewOutcome::no_review:
      return CaseStage::closed;
    case ReviewOutcome::learning_review:
    case ReviewOutcome::local_cspr:
    case ReviewOutcome::national_review:
      return CaseStage::review_to_be_commissioned;
  }
  return CaseStage::closed;
}

Status start_review(CaseRecord& record) {
  // Rule REV-1.
  TRY(require_stage(record, CaseStage::review_to_be_commissioned, "commission the review"));
  record.stage = CaseStage::review_in_progress;
  return ok_status();
}

Status record_panel_decision(CaseRecord& record, const PanelDecision& decision) {
  TRY(require_stage(record, CaseStage::awaiting_panel_decision, "record the Panel's decision"));
  // Rule DEC-1.
  std::vector<FieldError> problems;
  if (!filled(decision.reason))
    problems.push_back({"reason", enter("the reason for the decision")});
  if (record.submitted_on && decision.decided_on < *record.submitted_on) {
    problems.push_back({"decided_on",
                        "The date of the decision must be the same as or after the date the rapid "
                        "review was submitted"});
  }
  if (decision.outcome == ReviewOutcome::national_review && !decision.theme_id) {
    problems.push_back({"theme", "Choose a national review theme or enter a new one"});
  }
  // Rule DEC-1: agreeing means deciding the outcome the partnership recommended; disagreeing means
  // deciding another one (and the reason, required above, says why).
  if (const std::optional<ReviewOutcome> recommended = record.rapid_review.recommendation) {
    const std::string recommended_text(review_outcome_text(*recommended));
    if (decision.view == PanelView::agrees && decision.outcome != *recommended) {
      problems.push_back({"outcome", "Select \"" + recommended_text +
                                         "\", the outcome the partnership recommended, or select "
                                         "that the Panel disagrees"});
    } else if (decision.view == PanelView::disagrees && decision.outcome == *recommended) {
      problems.push_back({"outcome", "Select an outcome other than \"" + recommended_text +
                                         "\", the one the partnership recommended, or select "
                                         "that the Panel agrees"});
    }
  }
  if (!problems.empty()) return Error::invalid(problems);
  record.decision = decision;
  if (decision.outcome != ReviewOutcome::national_review) record.decision->theme_id.reset();
  // Rule DEC-2.
  record.stage = stage_after_decision(decision.outcome);
  if (record.stage == CaseStage::closed) {
    record.closed_on = decision.decided_on;
    record.closed_reason = "No review: " + decision.reason;
  }
  return ok_status();
}

}  // namespace casereview
