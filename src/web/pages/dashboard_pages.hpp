// The Case Review Committee's dashboard (view_cases): every open case of the partnership with its
// reference, pseudonyms, stage, next deadline, working days left, its status as a GOV.UK tag
// (overdue red, due within 3 working days yellow, on track green; derived when read) and the
// agency responses still outstanding. Filters by stage and status are a GET form, so they work
// without JavaScript and can be bookmarked; "Download CSV" gives the same rows with the same
// filters (domain/csv.hpp escapes them and guards against formula injection).
#pragma once

#include "web/router.hpp"

namespace casereview::web {

void add_dashboard_routes(Router& router);

}  // namespace casereview::web
