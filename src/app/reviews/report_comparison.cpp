// Comparing the report's versions (Rule RPT-1): see report_comparison.hpp. The versions are read in
// one transaction; the difference is worked out after it, holding no connection.
#include "app/reviews/report_comparison.hpp"

#include "app/caller_checks.hpp"
#include "app/reviews/review_support.hpp"

namespace casereview {

Result<ReportComparison> compare_report_versions(AppContext& context, const Caller& caller,
                                                 Id case_id, int number, int against) {
  TRY(require_permission(caller, Permission::view_report));
  const Id partnership_id = TRY(caller_partnership(caller));
  ReportComparison comparison = TRY(context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<ReportComparison> {
        const review_support::CaseWithReview found = TRY(review_support::reachable_report(
            transaction, caller, partnership_id, case_id, review_support::CaseUse::read));
        auto to = transaction.report().find(partnership_id, case_id, number);
        if (!to) return Error::of(ErrorCode::not_found, "No such version of the report");
        auto from = transaction.report().find(partnership_id, case_id, against);
        if (!from)
          return Error::invalid(
              {{"against", "Enter the number of a version of this report to compare with"}});
        return ReportComparison{found.record.reference, std::move(*from), std::move(*to), {}};
      }));
  comparison.lines = diff_lines(comparison.from.text, comparison.to.text);
  return comparison;
}

}  // namespace casereview
