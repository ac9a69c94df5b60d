// The findings' and recommendations' use cases (Rule RPT-1, Rule RPT-2): see findings.hpp. Each
// checks its caller, validates its input, then works in one transaction with its audit entry.
#include "app/reviews/findings.hpp"

#include <algorithm>
#include <set>

#include "app/audit.hpp"
#include "app/caller_checks.hpp"
#include "app/reviews/review_support.hpp"
#include "domain/paging.hpp"
#include "domain/partnership_settings.hpp"

namespace casereview {

namespace {

using review_support::CaseUse;
using review_support::CaseWithReview;
using review_support::reachable_report;

// The ids of `wanted` missing from `found`, as an invalid_input on `field`.
Status all_found(const std::vector<Id>& wanted, const std::vector<Id>& found,
                 const std::string& field, const std::string& message) {
  const std::set<Id> present(found.begin(), found.end());
  for (Id id : wanted)
    if (!present.count(id))
      return Error::invalid({{field, message + ": " + std::to_string(id) + " is not one of them"}});
  return ok_status();
}

// The agencies must be in the review's scope.
Status agencies_in_scope(const ReviewRecord& review, const std::vector<Id>& agency_ids) {
  return all_found(agency_ids, review.agency_ids, "agency_ids",
                   "Select agencies in the review's scope");
}

ReportAnalysisCase about_case(Transaction& transaction, const CaseWithReview& found) {
  ReportAnalysisCase about;
  about.case_id = found.record.id;
  about.case_reference = found.record.reference;
  for (Id agency_id : found.review.agency_ids)
    if (auto agency = transaction.agencies().find(found.review.partnership_id, agency_id))
      about.agencies.emplace_back(agency_id, agency->name);
  return about;
}

// Rule RPT-2: the partnership's recommendations_before_warning.
Result<int> warning_after(Transaction& transaction, Id partnership_id) {
  const SettingValues settings =
      TRY(settings_with_defaults(transaction.settings().all(partnership_id)));
  return settings.time_scales.at("recommendations_before_warning");
}

}  // namespace

std::string ReportAnalysisCase::agency_name(Id agency_id) const {
  for (const auto& [id, name] : agencies)
    if (id == agency_id) return name;
  return "";
}

// Rule RPT-1: the kind of issue, the episodes that evidence it, the agencies it concerns.
Result<Finding> add_finding(AppContext& context, const Caller& caller, Id case_id,
                            const FindingInput& input) {
  TRY(require_permission(caller, Permission::write_report));
  const Id partnership_id = TRY(caller_partnership(caller));
  Finding finding = TRY(finding_from_text(input));
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<Finding> {
        const CaseWithReview found =
            TRY(reachable_report(transaction, caller, partnership_id, case_id, CaseUse::write));
        TRY(all_found(finding.episode_ids,
                      transaction.review_analysis().episodes_of_case(partnership_id, case_id,
                                                                     finding.episode_ids),
                      "episode_ids", "Select key practice episodes of this case"));
        TRY(agencies_in_scope(found.review, finding.agency_ids));
        finding.partnership_id = partnership_id;
        finding.case_id = case_id;
        finding.created_by = caller.actor->user_id;
        finding.created_at = now;
        finding.updated_at = now;
        finding.id = transaction.review_analysis().add_finding(finding);
        record_audit(transaction, caller, now,
                     {audit_action::create, audit_entity::finding, std::to_string(finding.id),
                      audit_outcome::success,
                      found.record.reference + ": " + std::string(finding_kind_name(finding.kind)),
                      partnership_id});
        return finding;
      });
}

// Rule RPT-2: numbered, linked to findings, and the overload warning past the setting.
Result<RecommendationAdded> add_recommendation(AppContext& context, const Caller& caller,
                                               Id case_id, const RecommendationInput& input) {
  TRY(require_permission(caller, Permission::write_report));
  const Id partnership_id = TRY(caller_partnership(caller));
  RecommendationText text = input;
  text.source = RecommendationSource::review;  // a rapid review's are added elsewhere
  Recommendation recommendation = TRY(recommendation_from_text(text));
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<RecommendationAdded> {
        const CaseWithReview found =
            TRY(reachable_report(transaction, caller, partnership_id, case_id, CaseUse::write));
        TRY(all_found(recommendation.finding_ids,
                      transaction.review_analysis().findings_of_case(partnership_id, case_id,
                                                                     recommendation.finding_ids),
                      "finding_ids", "Select findings of this case"));
        TRY(agencies_in_scope(found.review, recommendation.agency_ids));
        recommendation.partnership_id = partnership_id;
        recommendation.case_id = case_id;
        recommendation.created_by = caller.actor->user_id;
        recommendation.created_at = now;
        recommendation.updated_at = now;
        RecommendationAdded added;
        added.recommendation = transaction.review_analysis().add_recommendation(recommendation);
        added.warning = recommendation_overload_warning(
            transaction.review_analysis().count_recommendations(partnership_id, case_id,
                                                                RecommendationSource::review),
            TRY(warning_after(transaction, partnership_id)));
        record_audit(transaction, caller, now,
                     {audit_action::create, audit_entity::recommendation,
                      std::to_string(added.recommendation.id), audit_outcome::success,
                      found.record.reference + ": recommendation " +
                          std::to_string(added.recommendation.number),
                      partnership_id});
        return added;
      });
}

Result<FindingsPage> list_findings(AppContext& context, const Caller& caller, Id case_id,
                                   int page) {
  TRY(require_permission(caller, Permission::view_report));
  const Id partnership_id = TRY(caller_partnership(caller));
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<FindingsPage> {
        const CaseWithReview found =
            TRY(reachable_report(transaction, caller, partnership_id, case_id, CaseUse::read));
        FindingsPage listed;
        listed.about = about_case(transaction, found);
        listed.total = transaction.review_analysis().count_findings(partnership_id, case_id);
        const PageWindow window = page_window(page, listed.total, findings_page_size);
        listed.page = window.page;
        listed.page_count = window.page_count;
        listed.findings = transaction.review_analysis().list_findings(
            partnership_id, case_id, findings_page_size, window.offset);
        listed.episodes = transaction.review_analysis().episode_titles(partnership_id, case_id);
        return listed;
      });
}

Result<RecommendationsPage> list_recommendations(AppContext& context, const Caller& caller,
                                                 Id case_id, int page) {
  TRY(require_permission(caller, Permission::view_report));
  const Id partnership_id = TRY(caller_partnership(caller));
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<RecommendationsPage> {
        const CaseWithReview found =
            TRY(reachable_report(transaction, caller, partnership_id, case_id, CaseUse::read));
        RecommendationsPage listed;
        listed.about = about_case(transaction, found);
        listed.total = transaction.review_analysis().count_recommendations(
            partnership_id, case_id, RecommendationSource::review);
        const PageWindow window = page_window(page, listed.total, findings_page_size);
        listed.page = window.page;
        listed.page_count = window.page_count;
        listed.recommendations = transaction.review_analysis().list_recommendations(
            partnership_id, case_id, RecommendationSource::review, findings_page_size,
            window.offset);
        listed.findings = transaction.review_analysis().finding_titles(partnership_id, case_id);
        listed.warning = recommendation_overload_warning(
            listed.total, TRY(warning_after(transaction, partnership_id)));
        return listed;
      });
}

Result<FindingsSummary> summarize_findings(AppContext& context, const Caller& caller, Id case_id) {
  TRY(require_permission(caller, Permission::view_report));
  const Id partnership_id = TRY(caller_partnership(caller));
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<FindingsSummary> {
        TRY(reachable_report(transaction, caller, partnership_id, case_id, CaseUse::read));
        FindingsSummary summary;
        summary.findings = transaction.review_analysis().count_findings(partnership_id, case_id);
        summary.recommendations = transaction.review_analysis().count_recommendations(
            partnership_id, case_id, RecommendationSource::review);
        summary.warning = recommendation_overload_warning(
            summary.recommendations, TRY(warning_after(transaction, partnership_id)));
        return summary;
      });
}

}  // namespace casereview
