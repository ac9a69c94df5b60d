// The findings' and recommendations' API (issue 12, Rule RPT-1, Rule RPT-2) under /api/v1.
#pragma once

#include "web/router.hpp"

namespace casereview::web {

void add_findings_api_routes(Router& router);

}  // namespace casereview::web
