// Recommendations from a rapid review's learning (Rule ACT-1): see
// rapid_review_recommendations.hpp.
#include "app/actions/rapid_review_recommendations.hpp"

#include <set>

#include "app/audit.hpp"
#include "app/caller_checks.hpp"
#include "app/cases/case_support.hpp"
#include "domain/paging.hpp"

namespace casereview {

namespace {

// A rapid review has begun once the notification was sent and the case was not recorded only
// (Rule SIN-5).
bool rapid_review_begun(const CaseRecord& record) {
  return record.stage != CaseStage::notification && record.stage != CaseStage::recorded_only;
}

}  // namespace

// Rule ACT-1: learning of the rapid review as a numbered recommendation, actions to follow.
Result<Recommendation> add_rapid_review_recommendation(
    AppContext& context, const Caller& caller, Id case_id,
    const RapidReviewRecommendationInput& input) {
  TRY(require_permission(caller, Permission::oversee_actions));
  const Id partnership_id = TRY(caller_partnership(caller));
  Recommendation recommendation =
      TRY(recommendation_from_text({.source = RecommendationSource::rapid_review,
                                    .text = input.text,
                                    .finding_ids = {},
                                    .to_partnership = input.to_partnership,
                                    .agency_ids = input.agency_ids}));
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<Recommendation> {
        const CaseRecord record =
            TRY(case_support::case_in_partnership(transaction, partnership_id, case_id));
        if (!rapid_review_begun(record))
          return Error::of(ErrorCode::wrong_state,
                           "This case's rapid review has not begun: its learning can be recorded "
                           "once the notification is sent");
        for (Id agency_id : recommendation.agency_ids)
          if (!transaction.agencies().find(partnership_id, agency_id))
            return Error::invalid(
                {{"agency_ids", "Select agencies of your partnership: " +
                                    std::to_string(agency_id) + " is not one of them"}});
        recommendation.partnership_id = partnership_id;
        recommendation.case_id = case_id;
        recommendation.created_by = caller.actor->user_id;
        recommendation.created_at = now;
        recommendation.updated_at = now;
        const Recommendation added =
            transaction.review_analysis().add_recommendation(recommendation);
        record_audit(transaction, caller, now,
                     {audit_action::create, audit_entity::recommendation, std::to_string(added.id),
                      audit_outcome::success,
                      record.reference + ": recommendation " + std::to_string(added.number) +
                          " from the rapid review",
                      partnership_id});
        return added;
      });
}

Result<RapidReviewRecommendationsPage> list_rapid_review_recommendations(AppContext& context,
                                                                         const Caller& caller,
                                                                         Id case_id, int page) {
  TRY(require_permission(caller, Permission::oversee_actions));
  const Id partnership_id = TRY(caller_partnership(caller));
  return context.storage.transact(
      TransactionMode::read,
      [&](Transaction& transaction) -> Result<RapidReviewRecommendationsPage> {
        const CaseRecord record =
            TRY(case_support::case_in_partnership(transaction, partnership_id, case_id));
        RapidReviewRecommendationsPage listed;
        listed.case_id = case_id;
        listed.case_reference = record.reference;
        listed.may_add = rapid_review_begun(record);
        for (const Agency& agency : transaction.agencies().list(partnership_id))
          listed.agencies.emplace_back(agency.id, agency.name);
        auto& analysis = transaction.review_analysis();
        listed.total = analysis.count_recommendations(partnership_id, case_id,
                                                      RecommendationSource::rapid_review);
        const PageWindow window =
            page_window(page, listed.total, rapid_review_recommendations_page_size);
        listed.page = window.page;
        listed.page_count = window.page_count;
        listed.recommendations = analysis.list_recommendations(
            partnership_id, case_id, RecommendationSource::rapid_review,
            rapid_review_recommendations_page_size, window.offset);
        return listed;
      });
}

}  // namespace casereview
