// The 7-minute briefing's API (issue 14, Rule LIB-2):
//   GET  /api/v1/library/{id}/briefing          public: a published briefing, and how many teams
//                                               used it
//   POST /api/v1/library/{id}/briefing/uses     signed in: {team, agency, used_on, people} → 201
//   PUT  /api/v1/cases/{id}/briefing            run_reviews: {sections: [{heading, text}]} (seven)
//   GET  /api/v1/briefing-template              run_reviews: {headings: [{heading, guidance}]}
//   PUT  /api/v1/briefing-template
#pragma once

#include "web/router.hpp"

namespace casereview::web {

void add_briefing_api_routes(Router& router);

}  // namespace casereview::web
