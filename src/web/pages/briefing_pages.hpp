// The 7-minute briefing (issue 14, Rule LIB-2).
// For the partnership's managers and committee members (Permission::run_reviews):
//   GET  /cases/{id}/publication/briefing          the briefing's form: seven headings and texts
//   POST /cases/{id}/publication/briefing
//   GET  /cases/{id}/publication/briefing-uses     the teams that used it, paged
//   GET  /briefing-template                        the partnership's seven headings
//   POST /briefing-template
// For anyone (Permission::public_access):
//   GET  /learning/{id}/briefing                   the briefing as a page
//   GET  /learning/{id}/briefing/pdf               the same on one page of PDF
// For anyone signed in (Permission::signed_in), of any partnership:
//   POST /learning/{id}/briefing/uses              "my team used this briefing"
// Each form posts and redirects back; a refusal shows the page again with the GOV.UK error summary.
#pragma once

#include "web/router.hpp"

namespace casereview::web {

void add_briefing_routes(Router& router);

}  // namespace casereview::web
