// The working-day calendar as a JSON API:
//   GET /api/v1/calendar/working-days?from=YYYY-MM-DD&add=N  → {"date": "YYYY-MM-DD"}
//   GET /api/v1/calendar/working-days-between?from=…&to=…    → {"working_days": N}
// Bad input or a date outside the calendar → 422 problem document naming the field and, for the
// calendar's edge, the years it covers. Public: it holds no one's data.
#pragma once

#include "web/router.hpp"

namespace casereview::web {

void add_working_days_api_routes(Router& router);

}  // namespace casereview::web
