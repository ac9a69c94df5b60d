// The findings' and recommendations' pages (issue 12, Rule RPT-1, Rule RPT-2): the case's findings
// and the form to add one; its numbered recommendations, with the overload warning, and the form to
// add one; and the section of the review page that links them.
#pragma once

#include <string>

#include "domain/partnership.hpp"
#include "web/html.hpp"
#include "web/http.hpp"
#include "web/router.hpp"

namespace casereview::web {

// "/cases/{case_id}/findings", "/cases/{case_id}/recommendations"
std::string findings_path(Id case_id);
std::string recommendations_path(Id case_id);

// The review page's "Findings and recommendations" section: how many there are, linked, and the
// overload warning (Rule RPT-2); nothing for those who may not read them.
Html review_findings_section(const Request& request, Services& services, Id case_id);

void add_findings_routes(Router& router);

}  // namespace casereview::web
