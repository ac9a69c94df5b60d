// The report's API (issue 12, Rule RPT-1) under /api/v1: versions written as Markdown or uploaded
// as DOCX or PDF, read back as JSON with their text or as the file uploaded. The same use cases as
// the pages (app/reviews/report_versions.hpp); errors as RFC 9457 problems.
#pragma once

#include "web/router.hpp"

namespace casereview::web {

void add_report_api_routes(Router& router);

}  // namespace casereview::web
