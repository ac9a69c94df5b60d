// The JSON API of the review under /api/v1/cases/{id}/review: commissioning it (Rule REV-1),
// reading it with its due date, days paused and status derived on the day (Rule REV-2), and pausing
// and resuming its clock. Each handler calls the same app/reviews use case as the matching page;
// errors are RFC 9457 problems (422 per field, 409 for a step out of order, 404 for a case the
// caller may not see or without a review). Each route is described in data/openapi.json.
#pragma once

#include "web/router.hpp"

namespace casereview::web {

void add_review_api_routes(Router& router);

}  // namespace casereview::web
