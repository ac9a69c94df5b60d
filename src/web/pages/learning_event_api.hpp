// The JSON API of the practitioner learning event (Rule LE-1) and the family's involvement:
// scheduling, changing and cancelling a case's learning events, inviting practitioners, recording
// attendance (all or nothing), and the family's dated steps. Each handler calls the same
// app/reviews/learning_events use case as the matching page; errors are RFC 9457 problems (422 per
// field, 409 for a step out of order, 404 for a case the caller may not reach). Times are sent as
// UK wall-clock times ("2027-01-14T09:30") and answered as UTC instants ("2027-01-14T09:30:00Z").
// Each route is described in data/openapi.json.
#pragma once

#include "web/router.hpp"

namespace casereview::web {

void add_learning_event_api_routes(Router& router);

}  // namespace casereview::web
