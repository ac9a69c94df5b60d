// The review's findings and recommendations (issue 12, Rule RPT-1, Rule RPT-2): the reviewer
// writes findings — each naming the kind of issue, the key practice episodes that evidence it and
// the agencies it concerns — and numbered recommendations, each answering one or more findings and
// addressed to the partnership or agencies; past the partnership's recommendations_before_warning
// (10) every list and every add carries the overload warning.
//
// Who may do what (checked here, on every call; review_support::reachable_report):
//   write findings and recommendations   Permission::write_report: a reviewer appointed to the case
//   read them                            Permission::view_report: that reviewer, and the
//                                        partnership's managers and committee members
// Anyone else — another partnership, a reviewer not appointed — gets not_found.
//
// A finding names only the case's key practice episodes and agencies in the review's scope; a
// recommendation only the case's findings and agencies in scope: anything else is refused on its
// field ("episode_ids", "agency_ids", "finding_ids") and nothing is written.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/context.hpp"
#include "domain/finding.hpp"
#include "domain/recommendation.hpp"

namespace casereview {

using FindingInput = FindingText;
using RecommendationInput = RecommendationText;

// Rule RPT-1: adds the finding and returns it as stored. invalid_input as finding_from_text, and
// on "episode_ids" or "agency_ids" as above; forbidden without write_report; not_found for a case
// the caller does not reach or with no review.
Result<Finding> add_finding(AppContext& context, const Caller& caller, Id case_id,
                            const FindingInput& input);

// Rule RPT-2: a recommendation as added, with the warning when the case now has more than the
// partnership's setting.
struct RecommendationAdded {
  Recommendation recommendation;
  std::optional<std::string> warning;
};

// Rule RPT-2: adds the recommendation under the case's next number. Failures as add_finding, with
// "finding_ids" and "agency_ids" checked against the case.
Result<RecommendationAdded> add_recommendation(AppContext& context, const Caller& caller,
                                               Id case_id, const RecommendationInput& input);

// How many findings, or recommendations, a page lists.
inline constexpr int findings_page_size = 20;

// What a list of findings or recommendations shows about the case: its reference, and the names of
// the agencies in the review's scope (by id; also what a form offers).
struct ReportAnalysisCase {
  Id case_id = 0;
  std::string case_reference;
  std::vector<std::pair<Id, std::string>> agencies;  // in scope, in the review's order
  std::string agency_name(Id agency_id) const;       // "" when not in scope
};

struct FindingsPage {
  ReportAnalysisCase about;
  std::vector<Finding> findings;
  std::vector<std::pair<Id, std::string>> episodes;  // every episode of the case: id, title
  int page = 1;                                      // from 1
  int page_count = 1;
  int total = 0;
};

// One page of the case's findings, oldest first, paged in the database; a page beyond the last
// gives the last. forbidden without view_report; not_found as above.
Result<FindingsPage> list_findings(AppContext& context, const Caller& caller, Id case_id, int page);

struct RecommendationsPage {
  ReportAnalysisCase about;
  std::vector<Recommendation> recommendations;
  std::vector<std::pair<Id, std::string>> findings;  // every finding of the case: id, title
  std::optional<std::string> warning;                // Rule RPT-2
  int page = 1;
  int page_count = 1;
  int total = 0;
};

// One page of the case's recommendations by number, with the Rule RPT-2 warning. Failures as
// list_findings.
Result<RecommendationsPage> list_recommendations(AppContext& context, const Caller& caller,
                                                 Id case_id, int page);

// What the review page shows of them: how many findings and recommendations, and the Rule RPT-2
// warning. Failures as list_findings.
struct FindingsSummary {
  int findings = 0;
  int recommendations = 0;
  std::optional<std::string> warning;
};
Result<FindingsSummary> summarize_findings(AppContext& context, const Caller& caller, Id case_id);

}  // namespace casereview
