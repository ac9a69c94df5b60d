// The rapid review (DOMAIN.md step 3), run by the partnership business manager: allocating it,
// adding an agency to the case (at any stage before closure), requesting each involved agency's
// summary of involvement, saving the rapid review record, the three statutory partners' own
// sign-offs (by their signatories, Rule SIGN-1) and submitting it to the National Panel.
// Every step checks the stage machine (domain/case_stages.hpp): a step out of order is
// wrong_state (409) and changes nothing. Each step adds a timeline event and an audit entry.
//
// Permission: run_rapid_reviews (manager), but sign_off_for_partner (a partner's signatory) for the
// sign-offs. A case of another partnership is not_found.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "app/context.hpp"
#include "domain/case_deadlines.hpp"
#include "domain/case_model.hpp"

namespace casereview {

struct AllocationInput {
  Id lead_user_id = 0;  // a manager of the partnership who runs the rapid review
};

// Allocates the rapid review. invalid_input on "lead_user_id" when that user is not a manager of
// the partnership; wrong_state unless the case is in rapid_review.
Status allocate_rapid_review(AppContext& context, const Caller& caller, Id case_id,
                             const AllocationInput& input);

struct CaseAgencyInput {
  Id agency_id = 0;  // one of the partnership's agencies not yet on the case
};

// Adds an agency to the case at any stage before closure, so that it can then be asked for a
// response; adds a timeline event and an audit entry. Returns the case's agencies. invalid_input
// on "agency_id" when it is not one of the partnership's agencies or is on the case already;
// wrong_state when the case is closed.
Result<std::vector<Agency>> add_case_agency(AppContext& context, const Caller& caller, Id case_id,
                                            const CaseAgencyInput& input);

struct AgencyRequestsInput {
  std::vector<Id> agency_ids;  // empty: every agency involved in the case
};

// One request for an agency's summary of involvement, as the manager sees it.
struct AgencyRequestView {
  Id id = 0;
  Id case_id = 0;
  Id agency_id = 0;
  std::string agency_code;
  std::string agency_name;
  CivilDate requested_on = no_date();
  DeadlineView deadline;  // Rule RR-2, with its derived status (met/missed once submitted)
  AgencyResponseState state = AgencyResponseState::not_started;
  std::string
      summary;  // the submitted response (empty until submitted; drafts are the agency's own)
  std::optional<Instant> submitted_at;
};

// Requests a response from each agency (today, due agency_response_working_days later, Rule RR-2)
// and emails the agency's contributors. An agency already asked is not asked again. Returns all the
// case's requests. invalid_input on "agency_ids" for an agency not involved in the case;
// wrong_state unless the rapid review is running.
Result<std::vector<AgencyRequestView>> request_agency_responses(AppContext& context,
                                                                const Caller& caller, Id case_id,
                                                                const AgencyRequestsInput& input);

// The case's requests (for the manager's pages). Same permission; not_found for another
// partnership's case.
Result<std::vector<AgencyRequestView>> list_agency_requests(AppContext& context,
                                                            const Caller& caller, Id case_id);

struct CriterionInput {
  std::optional<bool> met;
  std::string rationale;
};

// The rapid review record as the form and API send it (PUT /api/v1/cases/{id}/rapid-review).
struct RapidReviewRecordInput {
  std::string facts_established;
  std::string immediate_action;
  std::string key_practice_episodes;
  std::string what_could_be_improved;
  std::string equality_considerations;
  std::array<CriterionInput, 7> criteria{};  // indexed by Criterion (all_criteria, criterion_name)
  std::string recommendation;                // review_outcome_name() or empty while undecided
  std::string recommendation_rationale;
  // The answer to "Have you completed this section?" on a section's page; nullopt leaves the
  // marks as they are (the API).
  struct SectionAnswer {
    std::string section;  // rapid_review_section_name(), e.g. "facts"
    std::string answer;   // "yes" or "no"
  };
  std::optional<SectionAnswer> completion;
};

struct SavedRapidReview {
  RapidReviewRecord record;
  std::vector<FieldError> gaps;  // Rule RR-3: what is missing before sign-off (empty when complete)
  bool sign_offs_cleared = false;          // the record changed after partners had signed
  std::set<RapidReviewSection> completed;  // the sections marked completed
};

// Saves the record (partial records are fine) and, when `input.completion` is given, marks that
// section completed or not (domain/rapid_review_sections: "yes" needs nothing missing in it).
// invalid_input on "recommendation" for an unknown outcome, on any text over 20,000 characters,
// on "section" for an unknown section, and as mark_section says; wrong_state unless the rapid
// review is running. Nothing is saved when anything is refused.
Result<SavedRapidReview> save_rapid_review(AppContext& context, const Caller& caller, Id case_id,
                                           const RapidReviewRecordInput& input);

struct SignOffInput {
  std::string totp_code;  // a current code from the signatory's own authenticator app
  // The record's rapid_review_changed_at (format_instant) as the signatory read it; when given and
  // the record changed since, the sign-off is refused. Empty: not checked (the API may omit it).
  std::string record_changed_at;
};

// Rule SIGN-1, Rule RR-3: the caller — a signatory of the partnership (permission
// sign_off_for_partner) — signs the rapid review off for the partner they sign for, as themselves,
// today, confirming with a current authenticator code (step-up: a code is used once, so it must be
// newer than the one they signed in with). Audited; a wrong code is audited as a failure.
// invalid_input on "totp_code" when empty or not right; wrong_state when the case is not in rapid
// review, the record is incomplete (fields list the gaps), the partner has signed already, or the
// record changed since `record_changed_at`; not_found for another partnership's case; forbidden
// for anyone but a signatory (the manager no longer signs for partners).
Status record_sign_off(AppContext& context, const Caller& caller, Id case_id,
                       const SignOffInput& input);

// What a signatory reads before signing (Rule SIGN-1): the rapid review record as it stands, when
// its text last changed, and the sign-offs so far.
struct SignOffView {
  CaseRecord record;             // reference, pseudonyms, stage, rapid_review, sign_offs
  std::vector<FieldError> gaps;  // Rule RR-3: what the record lacks (empty when complete)
  StatutoryPartner partner = StatutoryPartner::local_authority;  // the caller's
  std::optional<SignOff> signed_by_partner;  // the caller's partner's sign-off, when given
  bool can_sign = false;  // running, complete, and the caller's partner has not signed
};

// One case for its signatory; each view is audited. not_found for another partnership's case, and
// for a case whose rapid review has not started or was never signed; forbidden for anyone but a
// signatory.
Result<SignOffView> view_for_sign_off(AppContext& context, const Caller& caller, Id case_id);

// The partnership's rapid reviews running now, for its signatories, due soonest first.
struct SignOffRow {
  Id case_id = 0;
  std::string reference;
  std::vector<std::string> pseudonyms;
  std::optional<CivilDate> due_on;  // Rule RR-1
  bool complete = false;            // Rule RR-3: ready to sign
  std::optional<SignOff> signed_by_partner;
};
Result<std::vector<SignOffRow>> rapid_reviews_to_sign(AppContext& context, const Caller& caller);

struct SubmissionInput {
  std::string submitted_on;  // YYYY-MM-DD, not in the future
  // Why it goes without the responses of agencies that have not responded (needed only then).
  std::string reason_for_missing_responses;
};

// Submits the rapid review to the Panel (Rule RR-4): it then appears in the Panel's queue. A
// reason for going without agencies that have not responded goes on the timeline and in the
// audit entry. wrong_state (409) unless all three partners have signed, or when agencies have not
// responded and no reason is given (the message names them; the field is
// "reason_for_missing_responses"); invalid_input on "submitted_on", or on
// "reason_for_missing_responses" when over 5000 characters.
Status submit_rapid_review(AppContext& context, const Caller& caller, Id case_id,
                           const SubmissionInput& input);

}  // namespace casereview
