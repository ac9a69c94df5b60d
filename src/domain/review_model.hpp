// The review itself (DOMAIN.md step 5) as the program holds it once commissioned: what Rule REV-1
// records at commissioning, where the review is (its stage) and every pause of its clock (Rule
// Rule REV-2, whose arithmetic is domain/review_timescale.hpp). Also the methodologies a
// partnership chooses from: a default list that the partnership's setting review_methodologies
// replaces.
//
// Pure values: safe from any thread.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/case_model.hpp"
#include "domain/civil_date.hpp"
#include "domain/instant.hpp"
#include "domain/review_timescale.hpp"
#include "domain/reviewer_independence.hpp"

namespace casereview {

// Where the review is. It starts commissioned; the chronologies' requests move it on.
enum class ReviewStage { commissioned, chronologies_requested };
inline constexpr std::array<ReviewStage, 2> all_review_stages = {
    ReviewStage::commissioned, ReviewStage::chronologies_requested};
std::string_view review_stage_name(ReviewStage stage);  // "chronologies_requested"
std::string_view review_stage_text(ReviewStage stage);  // "Chronologies requested"
std::optional<ReviewStage> review_stage_from_name(std::string_view name);

// Rule REV-1: the methodologies offered when commissioning (seed: SCIE Learning Together, SILP and
// a practitioner learning event), plus "other" with the partnership's own words. Stored as the
// method's name as offered, so that a later edit of the list leaves past reviews as they were.
inline constexpr std::array<const char*, 3> default_review_methodologies = {
    "SCIE Learning Together", "SILP", "Practitioner learning event"};
inline constexpr const char* other_methodology = "other";  // stored name of "Other"

// Rule REV-1: the partnership's setting that edits the methodologies offered, stored under this
// name (and posted under it from the settings form) as one methodology a line.
inline constexpr const char* review_methodologies_key = "review_methodologies";
// The longest name of a methodology, in characters.
inline constexpr std::size_t methodology_name_limit = 100;

// The methodologies the partnership offers, from its stored settings: the stored list when there
// is one, otherwise default_review_methodologies. Never empty.
std::vector<std::string> offered_methodologies(const std::map<std::string, std::string>& stored);

// Checks an edited list (one methodology a line; blank lines and spaces around a name ignored,
// repeats dropped) and returns it as stored text. invalid_input on "review_methodologies" when no
// methodology is left ("Enter at least one methodology"), one is longer than
// methodology_name_limit, or one is called "Other" (always offered, with its own name).
Result<std::string> check_review_methodologies(std::string_view text);

// Whether a decision's outcome calls for a review to be commissioned (a learning review, a local
// CSPR or a national review): everything but no_review.
bool calls_for_review(ReviewOutcome outcome);

// Rule REV-3: what a monitoring check found.
enum class MonitoringOutcome { on_track, concerns };
inline constexpr std::array<MonitoringOutcome, 2> all_monitoring_outcomes = {
    MonitoringOutcome::on_track, MonitoringOutcome::concerns};
std::string_view monitoring_outcome_name(MonitoringOutcome outcome);  // "on_track"
std::string_view monitoring_outcome_text(MonitoringOutcome outcome);  // "On track"
std::optional<MonitoringOutcome> monitoring_outcome_from_name(std::string_view name);

// Rule REV-3: whether the check asked the reviewer for a draft.
enum class DraftRequest { not_requested, requested };

// Rule REV-3: a dated check by the partners (committee or business manager) of the time taken and
// the quality of the review.
struct MonitoringCheck {
  Id id = 0;
  CivilDate checked_on = no_date();
  MonitoringOutcome outcome = MonitoringOutcome::on_track;
  std::string note;
  DraftRequest draft = DraftRequest::not_requested;
  Id recorded_by = 0;
  Instant recorded_at{};
};

// Rule REV-4: the reviewers a review has, one of each role.
enum class ReviewerRole { lead_reviewer, independent_author };
inline constexpr std::array<ReviewerRole, 2> all_reviewer_roles = {
    ReviewerRole::lead_reviewer, ReviewerRole::independent_author};
std::string_view reviewer_role_name(ReviewerRole role);  // "lead_reviewer"
std::string_view reviewer_role_text(ReviewerRole role);  // "Lead reviewer"
std::optional<ReviewerRole> reviewer_role_from_name(std::string_view name);

inline constexpr std::array<IndependenceVerdict, 3> all_independence_verdicts = {
    IndependenceVerdict::independent, IndependenceVerdict::warning, IndependenceVerdict::exception};
std::string_view independence_verdict_name(IndependenceVerdict verdict);  // "exception"
std::optional<IndependenceVerdict> independence_verdict_from_name(std::string_view name);

// Rule REV-4: a reviewer appointed to the review, with what the independence check found: the
// conflicting affiliations in words (empty when independent) and the committee's reason for an
// exception (a CSPR appointed despite them).
struct ReviewerAppointment {
  ReviewerRole role = ReviewerRole::lead_reviewer;
  Id user_id = 0;
  IndependenceVerdict verdict = IndependenceVerdict::independent;
  std::string conflicts;  // "North Police from 1 April 2019 (continuing)"; "; " between several
  std::string exception_reason;
  Id appointed_by = 0;
  Instant appointed_at{};
};

// A commissioned review. Rule REV-1: who commissioned it and when, the kind (the decision's
// outcome), the methodology, the scope period, the agencies in scope, the proportionality
// rationale and the terms of reference (Markdown). Rule REV-2: the decision date and the
// timescale in force when it was commissioned, and every pause, oldest first; its due date is
// derived (review_clock_view), never stored.
struct ReviewRecord {
  Id id = 0;
  Id partnership_id = 0;
  Id case_id = 0;
  ReviewOutcome kind = ReviewOutcome::learning_review;
  std::string methodology;        // one of the partnership's list, or other_methodology
  std::string methodology_other;  // the method's name when other; empty otherwise
  CivilDate scope_from = no_date();
  CivilDate scope_to = no_date();
  std::vector<Id> agency_ids;  // the agencies in scope, in the order chosen
  std::string terms_of_reference;
  std::string rationale;
  Id commissioned_by = 0;
  Instant commissioned_at{};
  CivilDate decided_on = no_date();
  int timescale_months = 12;
  ReviewStage stage = ReviewStage::commissioned;
  std::string panel_reviewer;  // a national review: the Panel's reviewer the partnership supports
  std::vector<ReviewPause> pauses;
  std::vector<MonitoringCheck> monitoring_checks;  // Rule REV-3, oldest first
  std::vector<ReviewerAppointment> reviewers;      // Rule REV-4, in the order of all_reviewer_roles

  // The methodology in words: "SILP", or the other method's own name.
  std::string methodology_text() const;
  // Rule REV-2: the clock this review runs on.
  ReviewClock clock() const { return ReviewClock{decided_on, timescale_months, pauses}; }
  // Rule REV-3: the date the next monitoring check counts from — the last check's, or the day the
  // review was commissioned (UK date) when there has been none.
  CivilDate last_monitored_on() const;
  // Rule NTK-2 (need to know): whether `user_id` is appointed to this review in any role.
  bool has_reviewer(Id user_id) const;
  // The appointment in `role`, if any.
  const ReviewerAppointment* reviewer_in(ReviewerRole role) const;
};

}  // namespace casereview
