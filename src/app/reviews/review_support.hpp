// What the review's use cases (commissioning, monitoring, reviewers) share: the review as people
// see it, read on a day (Rule REV-2's clock, Rule REV-3's next monitoring check), and the case with
// its review for a change. Internal to app/reviews.
#pragma once

#include "app/reviews/commissioning.hpp"

namespace casereview::review_support {

// The review as people see it on `on`: its case's reference and pseudonyms, the agencies in scope,
// the names of the people it mentions, its clock (Rule REV-2) and its next monitoring check (Rule
// Rule REV-3, every monitoring_check_weeks of the partnership). Fails with internal when the
// partnership's stored settings cannot be read.
Result<ReviewView> review_view(Transaction& transaction, const CaseRecord& record,
                               ReviewRecord review, CivilDate on);

// The caller's partnership's case with its review, for a change by run_reviews.
struct CaseWithReview {
  CaseRecord record;
  ReviewRecord review;
};

// not_found when the case is not the partnership's or has no review.
Result<CaseWithReview> case_with_review(Transaction& transaction, Id partnership_id, Id case_id);

}  // namespace casereview::review_support
