// The yearly report's pages (issue 15, Rule YR-1):
//   GET /yearly-report                    a partnership's figures for a period, against the period
//                                         before, as tables and charts (managers, committee:
//                                         Permission::report_yearly)
//   GET /yearly-report/csv               every figure of both periods as CSV
//   GET /yearly-report/national           every partnership's figures side by side (the Panel:
//                                         Permission::view_national_figures)
//   GET /yearly-report/national/csv
// The period is chosen in the query: year=2025 for 1 April 2025 to 31 March 2026, or any dates as
// the GOV.UK date input's parts (from-day, from-month, from-year, to-…); with neither, the last
// April-to-March year that has ended. The API's routes are yearly_report_api.*.
#pragma once

#include "web/router.hpp"

namespace casereview::web {

void add_yearly_report_routes(Router& router);

}  // namespace casereview::web
