// What the review's use cases (commissioning, monitoring, reviewers, chronologies, key practice
// episodes) share: the review as people see it, read on a day (Rule REV-2's clock, Rule REV-3's
// next monitoring check), the case with its review for a change, and who reaches a case's review
// work. Internal to app/reviews.
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

// What the caller means to do with a case's review work (its chronologies, its key practice
// episodes): change it, or read it.
enum class CaseUse { write, read };

// Rule NTK-2 (need to know), Rule CHR-1, Rule CHR-3, Rule KPE-1: whether `actor`, holding the
// permission the use needs, reaches the partnership's case: a manager of its partnership (and a
// committee member, to read), or a reviewer appointed to its review (Rule REV-4).
bool reaches_case(Transaction& transaction, const Actor& actor, Id partnership_id, Id case_id,
                  CaseUse use);

// Rule NTK-2 (need to know), Rule RPT-1, Rule RPT-2: the case with its review when the caller may
// use its report, findings and recommendations so: an appointed reviewer writes and reads; a
// manager or committee member of the partnership reads. not_found ("No such case") otherwise, and
// for a case of another partnership or with no review, so that its existence does not leak.
Result<CaseWithReview> reachable_report(Transaction& transaction, const Caller& caller,
                                        Id partnership_id, Id case_id, CaseUse use);

// The agency's name; "" when it is not the partnership's.
std::string agency_name(Transaction& transaction, Id partnership_id, Id agency_id);

// Adds the account's name to `names` under its id, unless it is there already or has no account.
void add_name(Transaction& transaction, std::map<Id, std::string>& names, Id user_id);

}  // namespace casereview::review_support
