// The learning library's and publication's API (issue 14) under /api/v1: the same use cases as the
// pages (app/library/), JSON in and out, errors as RFC 9457 problems.
// Public, without a token (Rule LIB-1):
//   GET  /api/v1/library?q=&theme=&year=&kind=&partnership=&age_band=&page= → {total, page,
//        page_count, results: [{id, title, year, partnership, kind, summary, learning,
//        recommendations, themes, keywords, age_band, published_on, url, snippet}]}
//   GET  /api/v1/library/{id} → the entry, with its report
// For the partnership's managers and committee members (Permission::run_reviews):
//   PUT  /api/v1/cases/{id}/publication {decision, reason?, planned_on} (Rule PUB-1)
//   POST /api/v1/cases/{id}/publication/advance-copies {recipient, sent_on} (Rule PUB-2)
//   PUT  /api/v1/cases/{id}/library-entry {title, summary, background, learning, good_practice,
//        recommendations, methodology, themes, keywords, age_band} (Rule LIB-1)
//   POST /api/v1/cases/{id}/publication/check → {clear, findings: [{id, kind, excerpt, location,
//        dismissed}]} (Rule PUB-3: excerpts mask what was found)
//   POST /api/v1/cases/{id}/publication/findings/{finding_id}/dismissal {reason} (Rule PUB-3)
//   POST /api/v1/cases/{id}/publication/publish → 201 {library_id, url}, or 409 naming what is
//        missing
#pragma once

#include "web/router.hpp"

namespace casereview::web {

void add_library_api_routes(Router& router);

}  // namespace casereview::web
