// The yearly report's API (issue 15, Rule YR-1):
//   GET /api/v1/yearly-report?from=2025-04-01&to=2026-03-31
//       report_yearly: the caller's partnership's figures for the period, and for the period
//       before under "previous"
//   GET /api/v1/yearly-report/national?from=…&to=…
//       view_national_figures (the Panel): one row per partnership, and the themes of all
// Without from and to, the last April-to-March year that has ended; a bad date is a 422 problem
// naming "from" or "to".
#pragma once

#include "web/router.hpp"

namespace casereview::web {

void add_yearly_report_api_routes(Router& router);

}  // namespace casereview::web
