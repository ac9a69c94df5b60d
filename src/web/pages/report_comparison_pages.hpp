// Comparing two versions of the report (issue 12, Rule RPT-1): the page
// /cases/{case_id}/report/versions/{number}/diff?against=M&view=unified|side-by-side — a GET form
// (so it works without JavaScript) choosing the version to compare with and how to show it, then
// the changes with three lines of context, as one table per run of changes: unified (each line
// marked removed or added in words, not colour alone) or side by side.
#pragma once

#include "domain/partnership.hpp"
#include "web/html.hpp"
#include "web/router.hpp"

namespace casereview::web {

// The form that compares version `number` with version `against` (filled in), for a version's
// page.
Html report_compare_form(Id case_id, int number, int against);

void add_report_comparison_routes(Router& router);

}  // namespace casereview::web
