// A recommendation of a review (issue 12, Rule RPT-2): numbered 1, 2, 3… in the case in the order
// made, linked to the findings it answers (at least one), and addressed to the partnership, to
// named agencies, or both. Learning recorded in a rapid review can be a recommendation too (issue
// 13, Rule ACT-1: actions come from a recommendation of a review or a rapid review): it answers no
// findings (a rapid review has none) and shares the case's numbers, so "Recommendation 3" names
// one thing in the case, whichever step made it. More recommendations than the partnership's
// setting (recommendations_before_warning, 10) is a warning, never a refusal: recommendation
// overload dilutes attention (HSSIB).
//
// Rules (cited again where implemented and in the tests that prove them):
//   RPT-2  Recommendations are numbered and linked to findings; more than N (setting, 10) is a
//          warning.
//
// Which findings and agencies a recommendation may name (the case's findings, the agencies in the
// review's scope) needs the database, so the use case checks it (app/reviews/findings.hpp); so is
// its number, taken when it is stored.
//
// Plain values and pure functions: safe from any thread.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/instant.hpp"
#include "domain/partnership.hpp"  // Id
#include "domain/result.hpp"

namespace casereview {

namespace limits {
inline constexpr std::size_t recommendation_text = 5000;
}  // namespace limits

// Which step of the case made the recommendation.
enum class RecommendationSource { review, rapid_review };
std::string_view recommendation_source_name(RecommendationSource source);  // "review", …
std::optional<RecommendationSource> recommendation_source_from_name(std::string_view name);

struct Recommendation {
  Id id = 0;
  RecommendationSource source = RecommendationSource::review;
  Id partnership_id = 0;
  Id case_id = 0;
  int number = 0;  // 1, 2, 3… in the case; given when stored
  std::string text;
  std::vector<Id> finding_ids;  // ascending; at least one for a review's, none for a rapid review's
  bool to_partnership = false;  // addressed to the partnership as a whole
  std::vector<Id> agency_ids;   // the agencies it is addressed to, ascending
  Id created_by = 0;
  Instant created_at{};
  Instant updated_at{};
};

// A recommendation as a person gives it.
struct RecommendationText {
  RecommendationSource source = RecommendationSource::review;
  std::string text;
  std::vector<Id> finding_ids;
  bool to_partnership = false;
  std::vector<Id> agency_ids;
};

// Rule RPT-2: the recommendation the text describes, trimmed, its ids ascending without repeats.
// invalid_input naming every bad field: "text" (blank or too long), "finding_ids" (none for a
// review's; any for a rapid review's, which has no findings to answer), "addressed_to" (neither the
// partnership nor any agency). Its number, ids, people and times are
// left for the caller.
Result<Recommendation> recommendation_from_text(const RecommendationText& text);

// Rule RPT-2: the warning for a case with `count` recommendations when that is more than
// `warning_after` (the partnership's setting); nothing otherwise.
//   recommendation_overload_warning(11, 10) → "This review makes 11 recommendations, more than the
//   10 your partnership …"
std::optional<std::string> recommendation_overload_warning(int count, int warning_after);

}  // namespace casereview
