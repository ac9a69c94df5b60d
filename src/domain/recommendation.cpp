// Recommendations (Rule RPT-2): see recommendation.hpp.
#include "domain/recommendation.hpp"

#include <array>

#include "domain/enum_names.hpp"
#include "domain/finding.hpp"  // distinct_ids
#include "domain/messages.hpp"
#include "domain/text.hpp"

namespace casereview {

std::string_view recommendation_source_name(RecommendationSource source) {
  switch (source) {
    case RecommendationSource::review:
      return "review";
    case RecommendationSource::rapid_review:
      return "rapid_review";
  }
  return "review";
}

std::optional<RecommendationSource> recommendation_source_from_name(std::string_view name) {
  return enum_from_name(
      std::array{RecommendationSource::review, RecommendationSource::rapid_review},
      recommendation_source_name, name);
}

// Rule RPT-2: a review's is linked to findings; Rule ACT-1: a rapid review's has none to answer.
// Either is addressed to someone.
Result<Recommendation> recommendation_from_text(const RecommendationText& text) {
  std::vector<FieldError> problems;
  check_required_text("text", text.text, "the recommendation", "The recommendation",
                      limits::recommendation_text, problems);
  if (text.source == RecommendationSource::review && text.finding_ids.empty())
    problems.push_back({"finding_ids", "Select at least one finding the recommendation answers"});
  if (text.source == RecommendationSource::rapid_review && !text.finding_ids.empty())
    problems.push_back({"finding_ids",
                        "A rapid review has no findings: leave finding_ids out of learning "
                        "recorded in the rapid review"});
  if (!text.to_partnership && text.agency_ids.empty())
    problems.push_back({"addressed_to",
                        "Select who the recommendation is for: the partnership, "
                        "one or more agencies, or both"});
  if (!problems.empty()) return Error::invalid(std::move(problems));
  Recommendation recommendation;
  recommendation.source = text.source;
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
