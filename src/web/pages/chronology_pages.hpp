// The chronology pages (issue 11, Rule CHR-1, Rule CHR-2, Rule CHR-3): asking the agencies in the
// review's scope for their chronologies (the manager or appointed reviewer, from the review page);
// the contributor's chronology under "Your requests" — its rows as a table, a form page to add,
// change or remove each, a spreadsheet upload (all or nothing), the template, "No involvement" and
// submission; and the merged chronology of every submitted entry with its filters, flags, gaps and
// the reviewer's marks on possible duplicates. GOV.UK markup; every page works without JavaScript.
// Access is the use cases' (app/reviews/chronologies.hpp): another agency's or partnership's
// chronology is not found (404).
#pragma once

#include "web/html.hpp"
#include "web/router.hpp"

namespace casereview::web {

// The review page's section on chronologies: the case's requests with their agency, status and
// due date, and links to ask for more and to the merged chronology — each only for those who may
// use it; nothing for someone who may do neither.
Html review_chronologies_section(const Request& request, Services& services, Id case_id);

// The contributor's part of "Your requests": the chronologies their agency is asked for, due
// soonest first, or nothing when there are none.
Html my_chronology_requests_section(const Request& request, Services& services);

void add_chronology_routes(Router& router);
// The merged chronology's page and its duplicate marks (merged_chronology_pages.cpp).
void add_merged_chronology_routes(Router& router);

}  // namespace casereview::web
