// The review's reviewers (DOMAIN.md step 5, Rule REV-4): a reviewer declares their affiliations
// (an agency of the partnership or an organisation by name, from, optionally to), and the partners
// appoint a lead reviewer and an independent author from the partnership's reviewer accounts. The
// appointment follows Rule REV-4 (domain/reviewer_independence.hpp): for a CSPR, a reviewer
// affiliated with an agency in scope within independence_years (setting, 5) is refused unless an
// exception is recorded with its reason; for a learning review it is a warning. An appointed
// reviewer becomes a member of the case (need to know): they see its review and its merged
// chronology, and no other case.
//
// Permissions: declare_affiliations (a reviewer, their own list); run_reviews (manager, committee)
// to list candidates and appoint. Appointments are audited and on the case's timeline.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/reviews/commissioning.hpp"
#include "domain/reviewer_independence.hpp"

namespace casereview {

// Rule REV-4: one affiliation as text from a form or the API.
struct AffiliationInput {
  std::optional<Id> agency_id;  // an agency of the reviewer's partnership, or nothing
  std::string organisation;     // required without an agency
  std::string from;             // YYYY-MM-DD
  std::string to;               // YYYY-MM-DD or empty while it lasts
};

// The caller's declared affiliations, earliest first. forbidden without declare_affiliations.
Result<std::vector<DeclaredAffiliation>> my_affiliations(AppContext& context, const Caller& caller);

// Rule REV-4: replaces the caller's declared affiliations with `affiliations` (an empty list
// clears them) and returns them as stored. forbidden without declare_affiliations; invalid_input
// per item and field, e.g. "affiliations[2].from" ("Enter the start date", "The start date must be
// a real date"), "affiliations[0].organisation", "affiliations[1].to" (before from, or not a real
// date), "affiliations[0].agency_id" (not the partnership's agency). Nothing is saved on failure.
Result<std::vector<DeclaredAffiliation>> replace_my_affiliations(
    AppContext& context, const Caller& caller, const std::vector<AffiliationInput>& affiliations);

// The partnership's active reviewer accounts, the candidates to appoint. run_reviews.
Result<std::vector<User>> reviewer_candidates(AppContext& context, const Caller& caller);

// Rule REV-4: an appointment as text from a form or the API.
struct AppointInput {
  std::optional<Id> user_id;     // a reviewer account of the partnership
  std::string role;              // "lead_reviewer" | "independent_author"
  std::string exception_reason;  // the committee's reason for an exception, when one is needed
};

// Rule REV-4: appoints a reviewer to the case's review and returns the review. forbidden without
// run_reviews; not_found when the case is not the partnership's or has no review; invalid_input on
// "user_id" (missing, or not a reviewer of the partnership), "role", "exception_reason" (too long,
// or missing when a CSPR's reviewer is affiliated with an agency in scope: the message names each
// conflicting affiliation with its dates); wrong_state when the role is filled already. With an
// exception reason the appointment is made and the exception audited with it.
Result<ReviewView> appoint_reviewer(AppContext& context, const Caller& caller, Id case_id,
                                    const AppointInput& input);

// Rule NTK-2 (need to know): one page of the reviews the caller is appointed to, oldest
// commissioned first, each with the caller's role on it.
struct AppointedReview {
  ReviewView view;
  ReviewerRole role = ReviewerRole::lead_reviewer;  // the caller's (the first, when both)
};
struct AppointedReviewsPage {
  std::vector<AppointedReview> reviews;
  int page = 1;        // from 1
  int page_count = 1;  // at least 1, even with none
  int total = 0;
};

// How many appointed reviews a page lists.
inline constexpr int appointed_reviews_page_size = 20;

// Rule NTK-2 (need to know): the reviews of the caller's partnership the caller is appointed to,
// paged in the database; `page` beyond the last gives the last, below 1 the first. forbidden
// without view_appointed_reviews (a reviewer).
Result<AppointedReviewsPage> my_appointed_reviews(AppContext& context, const Caller& caller,
                                                  int page);

// Rule NTK-2 (need to know): whether `actor`, a reviewer, is appointed to the partnership's case's
// review.
bool appointed_to_case(Transaction& transaction, const Actor& actor, Id partnership_id, Id case_id);

}  // namespace casereview
