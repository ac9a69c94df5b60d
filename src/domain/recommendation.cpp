// Recommendations (Rule RPT-2): see recommendation.hpp.
#include "domain/recommendation.hpp"

#include "domain/finding.hpp"  // distinct_ids
#include "domain/messages.hpp"
#include "domain/text.hpp"

namespace casereview {

// Rule RPT-2: linked to findings, addressed to someone.
Result<Recommendation> recommendation_from_text(const RecommendationText& text) {
  std::vector<FieldError> problems;
  check_required_text("text", text.text, "the recommendation", "The recommendation",
                      limits::recommendation_text, problems);
  if (text.finding_ids.empty())
    problems.push_back({"finding_ids", "Select at least one finding the recommendation answers"});
  if (!text.to_partnership && text.agency_ids.empty())
    problems.push_back({"addressed_to",
                        "Select who the recommendation is for: the partnership, "
                        "one or more agencies, or both"});
  if (!problems.empty()) return Error::invalid(std::move(problems));
  Recommendation recommendation;
  recommendation.text = trimmed(text.text);
  recommendation.finding_ids = distinct_ids(text.finding_ids);
  recommendation.to_partnership = text.to_partnership;
  recommendation.agency_ids = distinct_ids(text.agency_ids);
  return recommendation;
}

// Rule RPT-2: more than the setting is a warning (recommendation overload, HSSIB).
std::optional<std::string> recommendation_overload_warning(int count, int warning_after) {
  if (count <= warning_after) return std::nullopt;
  return "This review makes " + std::to_string(count) + " recommendations, more than the " +
         std::to_string(warning_after) +
         " your partnership sets as a guide. Too many recommendations dilute attention: consider "
         "combining them or keeping those that will make the most difference.";
}

}  // namespace casereview
