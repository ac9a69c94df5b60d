// A review's action plan as a PDF: see action_plan_pdf.hpp.
#include "app/actions/action_plan_pdf.hpp"

#include <map>

#include "app/actions/action_support.hpp"
#include "app/caller_checks.hpp"
#include "app/cases/case_support.hpp"
#include "app/documents/report_pdf.hpp"
#include "domain/uk_time.hpp"

namespace casereview {

namespace {

using documents::ReportBlock;
using documents::ReportBlockKind;

// A review makes a handful of recommendations (Rule RPT-2 warns past ten) and a few actions each.
constexpr int most_recommendations = 200;
constexpr int most_actions = 2000;

std::vector<ReportBlock> action_blocks(const Action& action, const std::string& agency,
                                       const RagCutoffs& cutoffs, const RagThresholds& thresholds) {
  const Rag rag = rag_on(action.rag_facts(), cutoffs);
  return {
      {ReportBlockKind::heading, agency + ": " + action.text},
      {ReportBlockKind::list_item, "Kind: " + std::string(action_kind_text(action.kind))},
      {ReportBlockKind::list_item, "How success will be measured: " + action.success_measure},
      {ReportBlockKind::list_item,
       "From " + day_month_year(action.start_on) + " to " + day_month_year(action.due_on)},
      {ReportBlockKind::list_item, "Status: " + std::string(action_status_text(action.status))},
      {ReportBlockKind::list_item, "RAG rating: " + std::string(rag_text(rag)) + " (" +
                                       rag_reason(action.rag_facts(), cutoffs, thresholds) + ")"},
  };
}

}  // namespace

Result<std::string> action_plan_pdf(AppContext& context, const Caller& caller, Id case_id) {
  TRY(require_permission(caller, Permission::oversee_actions));
  const Id partnership_id = TRY(caller_partnership(caller));
  const CivilDate today = uk_date(context.clock.now());
  documents::ReportPdf document = TRY(context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<documents::ReportPdf> {
        const CaseRecord record =
            TRY(case_support::case_in_partnership(transaction, partnership_id, case_id));
        const auto recommendations = transaction.review_analysis().list_recommendations(
            partnership_id, case_id, std::nullopt, most_recommendations, 0);
        if (recommendations.empty())
          return Error::of(ErrorCode::not_found, "This case has no recommendations yet");
        const auto numbers = TRY(action_support::action_numbers(transaction, partnership_id));
        const RagCutoffs cutoffs =
            TRY(action_support::cutoffs_on(transaction, partnership_id, today, numbers.thresholds));
        ActionFilter filter;
        filter.case_id = case_id;
        std::map<Id, std::vector<ReportBlock>> by_recommendation;
        for (const ActionListing& listing :
             transaction.actions().list(partnership_id, filter, cutoffs, most_actions, 0)) {
          auto blocks =
              action_blocks(listing.action, listing.agency_name, cutoffs, numbers.thresholds);
          auto& into = by_recommendation[listing.action.recommendation_id];
          into.insert(into.end(), blocks.begin(), blocks.end());
        }
        const auto partnership = transaction.partnerships().find(partnership_id);
        documents::ReportPdf pdf;
        pdf.title = "Action plan: " + record.reference;
        pdf.lines = {partnership ? partnership->name : "", "As at " + day_month_year(today)};
        for (const Recommendation& recommendation : recommendations) {
          documents::ReportPdfSection section;
          section.title = "Recommendation " + std::to_string(recommendation.number);
          section.blocks = documents::markdown_blocks(recommendation.text);
          auto actions = by_recommendation.find(recommendation.id);
          if (actions == by_recommendation.end())
            section.blocks.push_back({ReportBlockKind::paragraph, "No action has been made yet."});
          else
            section.blocks.insert(section.blocks.end(), actions->second.begin(),
                                  actions->second.end());
          pdf.sections.push_back(std::move(section));
        }
        return pdf;
      }));
  return documents::report_pdf(document);
}

}  // namespace casereview
