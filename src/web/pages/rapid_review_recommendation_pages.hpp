// The rapid review's recommendations (issue 13, Rule ACT-1): the learning the manager or a
// committee member records from a rapid review as numbered recommendations, each with a link to
// make its actions, and the form to add one. The case page links them once the rapid review has
// begun.
#pragma once

#include <string>

#include "domain/partnership.hpp"
#include "web/router.hpp"

namespace casereview::web {

// "/cases/{case_id}/rapid-review-recommendations"
std::string rapid_review_recommendations_path(Id case_id);

void add_rapid_review_recommendation_routes(Router& router);

}  // namespace casereview::web
