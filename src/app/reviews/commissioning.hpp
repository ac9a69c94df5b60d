// Commissioning the review and running its clock (DOMAIN.md step 5): a case whose decision is a
// learning review, a local CSPR or a national review is commissioned with what Rule REV-1 records;
// its due date follows Rule REV-2 (the decision date plus the partnership's review timescale,
// moved by every ended pause) and is derived whenever the review is read, never stored.
//
// Permission: run_reviews (manager, committee) to commission, pause and resume; reading a review
// needs full sight of its case (domain/policy.hpp: the partnership's manager, committee and
// notifiers, and reviewers appointed to it). Every change is audited and on the case's timeline.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/context.hpp"
#include "domain/review_model.hpp"
#include "domain/review_timescale.hpp"

namespace casereview {

// A review as people see it: the record, its case's reference and pseudonyms, the agencies in
// scope by name, who commissioned it, its clock on today's date (Rule REV-2) and when its next
// monitoring check is due (Rule REV-3).
struct ReviewView {
  ReviewRecord review;
  std::string case_reference;
  std::vector<std::string> pseudonyms;
  std::vector<Agency> agencies;  // in scope, in the order chosen
  std::string commissioned_by_name;
  ReviewClockView clock;
  MonitoringCheckView next_check;
  std::map<Id, std::string> names;  // of the people the review mentions, by user id

  // The name of a person the review mentions; empty when unknown.
  std::string name(Id user_id) const {
    auto found = names.find(user_id);
    return found == names.end() ? std::string() : found->second;
  }
};

// Rule REV-1: the methodologies the caller's partnership offers (its setting, or the default list),
// "other" not among them: it is always offered too. Needs a partnership; fails with the storage's
// error, or internal when the stored settings cannot be read.
Result<std::vector<std::string>> review_methodologies(AppContext& context, const Caller& caller);

// Rule REV-1: what commissioning asks for, as text from a form or the API.
struct CommissionInput {
  std::string methodology;        // one of the partnership's methodologies, or "other"
  std::string methodology_other;  // required when "other"
  std::string scope_from;         // YYYY-MM-DD
  std::string scope_to;           // YYYY-MM-DD, on or after scope_from
  std::vector<Id> agency_ids;     // at least one agency of the partnership
  std::string rationale;
  std::string terms_of_reference;  // Markdown
  std::string panel_reviewer;      // required for a national review, ignored otherwise
};

// Rule REV-1, Rule REV-2: commissions the case's review. forbidden without run_reviews; not_found
// when the case is not the caller's partnership's; invalid_input on "methodology",
// "methodology_other", "scope_from", "scope_to", "agency_ids", "rationale", "terms_of_reference",
// "panel_reviewer"; wrong_state when the case's decision is not a review or its review has been
// commissioned already.
Result<ReviewView> commission_review(AppContext& context, const Caller& caller, Id case_id,
                                     const CommissionInput& input);

// The case's review. not_found when the caller may not see the case in full or it has no review.
Result<ReviewView> find_review(AppContext& context, const Caller& caller, Id case_id);

// Every review of the caller's partnership, oldest commissioned first (the dashboard). view_cases.
Result<std::vector<ReviewView>> list_reviews(AppContext& context, const Caller& caller);

struct PauseInput {
  std::string reason;       // "criminal_trial" | "inquest" | "other"
  std::string reason_text;  // required when "other"
  std::string on;           // YYYY-MM-DD, today or earlier
};

// Rule REV-2: pauses the review's clock. run_reviews; not_found without a review; wrong_state
// when already paused; invalid_input on "reason" or "on" (before the decision or the last resume,
// or in the future).
Result<ReviewView> pause_review(AppContext& context, const Caller& caller, Id case_id,
                                const PauseInput& input);

struct ResumeInput {
  std::string on;  // YYYY-MM-DD, today or earlier, not before the pause
};

// Rule REV-2: resumes the paused review; its due date moves by the calendar days paused.
// run_reviews; not_found without a review; wrong_state when not paused; invalid_input on "on".
Result<ReviewView> resume_review(AppContext& context, const Caller& caller, Id case_id,
                                 const ResumeInput& input);

}  // namespace casereview
