// The chronology API (issue 11, Rule CHR-1, Rule CHR-2, Rule CHR-3): routes under /api/v1 for
// chronology requests, their entries, imports, submission and return, and the merged chronology.
#pragma once

#include "web/router.hpp"

namespace casereview::web {

void add_chronology_api_routes(Router& router);

}  // namespace casereview::web
