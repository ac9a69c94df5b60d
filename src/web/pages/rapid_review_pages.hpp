// The rapid review's pages for the partnership business manager: the record's sections as a task
// list, who of the three statutory partners has signed it off, and submission to the National Panel
// (rapid_review_pages.cpp says more).
#pragma once

#include "web/router.hpp"

namespace casereview::web {

void add_rapid_review_routes(Router& router);

}  // namespace casereview::web
