// The report's pages (issue 12, Rule RPT-1): the report section of the review page, the report's
// page with its versions, "Write a new version" (the template's sections as textareas, filled from
// the newest version written in the program), "Upload a version" (a DOCX or PDF, multipart), and a
// version's page (its Markdown rendered, or the text extracted from its file, with a download of
// the file). GOV.UK markup; every form works without JavaScript.
#pragma once

#include <string>

#include "domain/partnership.hpp"
#include "web/html.hpp"
#include "web/router.hpp"

namespace casereview::web {

struct Services;

// "/cases/{case_id}/report", "/cases/{case_id}/report/versions/{number}"
std::string report_path(Id case_id);
std::string version_path(Id case_id, int number);

// The review page's section on the report: how many versions, and a link to the report's page;
// nothing for someone who may not read it.
Html review_report_section(const Request& request, Services& services, Id case_id);

void add_report_routes(Router& router);

}  // namespace casereview::web
