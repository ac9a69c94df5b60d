// Recommendations from learning recorded in a rapid review (issue 13, Rule ACT-1): a rapid review
// that needs no review, or whose learning should not wait for one, still turns into actions. The
// manager or a committee member records what the partnership should do as a recommendation of the
// rapid review, addressed to the partnership, agencies, or both; actions are then made from it as
// from a review's (create_actions). It answers no findings (a rapid review has none) and takes
// the case's next number, which a review's recommendations share.
//
// Who may do what (checked here, on every call):
//   add and list them    Permission::oversee_actions: the partnership's managers and committee
//                        members
// Another partnership's case is not_found; a case whose rapid review has not begun (the
// notification not sent, or no rapid review under Rule SIN-5) is wrong_state.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "app/context.hpp"
#include "domain/recommendation.hpp"

namespace casereview {

struct RapidReviewRecommendationInput {
  std::string text;
  bool to_partnership = false;
  std::vector<Id> agency_ids;  // the partnership's
};

// Rule ACT-1: adds the recommendation under the case's next number. invalid_input as
// recommendation_from_text ("text", "addressed_to") and on "agency_ids" (not the partnership's);
// forbidden without oversee_actions; not_found and wrong_state as above.
Result<Recommendation> add_rapid_review_recommendation(AppContext& context, const Caller& caller,
                                                       Id case_id,
                                                       const RapidReviewRecommendationInput& input);

// How many a page lists.
inline constexpr int rapid_review_recommendations_page_size = 20;

struct RapidReviewRecommendationsPage {
  Id case_id = 0;
  std::string case_reference;
  bool may_add = false;                              // the rapid review has begun
  std::vector<std::pair<Id, std::string>> agencies;  // the partnership's: id, name
  std::vector<Recommendation> recommendations;       // by number
  int page = 1;                                      // from 1
  int page_count = 1;
  int total = 0;
};

// One page of the case's rapid-review recommendations by number, paged in the database (a page
// beyond the last gives the last). forbidden without oversee_actions; not_found as above.
Result<RapidReviewRecommendationsPage> list_rapid_review_recommendations(AppContext& context,
                                                                         const Caller& caller,
                                                                         Id case_id, int page);

}  // namespace casereview
