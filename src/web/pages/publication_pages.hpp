// Publishing a review (issue 14: Rule PUB-1, Rule PUB-2, Rule PUB-3, Rule LIB-1), for the
// partnership's managers and committee members (Permission::run_reviews):
//   GET  /cases/{id}/publication                       what stops publishing, the decision, the
//                                                      advance copies, the check's findings
//   POST /cases/{id}/publication/decision              Rule PUB-1
//   POST /cases/{id}/publication/advance-copies        Rule PUB-2: the day it was sent
//   POST /cases/{id}/publication/advance-copies/email  Rule PUB-2: sent from here with a link
//   GET  /cases/{id}/publication/entry                 the library entry's form (Rule LIB-1)
//   POST /cases/{id}/publication/entry
//   POST /cases/{id}/publication/check                 Rule PUB-3: run the anonymisation check
//   POST /cases/{id}/publication/findings/{fid}/dismissal
//   POST /cases/{id}/publication/publish               every gate passed: the entry goes public
//   POST /cases/{id}/publication/withdrawal            Rule PUB-4: the report withdrawn, the entry
//                                                      kept
// The 7-minute briefing's pages (Rule LIB-2) are briefing_pages.*.
// Each form posts and redirects back; a refusal shows the page again with the GOV.UK error summary.
#pragma once

#include <string>

#include "domain/partnership.hpp"
#include "web/router.hpp"

namespace casereview::web {

std::string publication_path(Id case_id);
void add_publication_routes(Router& router);

}  // namespace casereview::web
