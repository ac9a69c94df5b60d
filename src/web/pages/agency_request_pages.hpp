// An agency contributor's pages (respond_for_agency): "Your requests", the rapid review requests
// made of their own agency, and one request showing only the pseudonymised outline of the case
// and a form to answer it, with "Save as draft" and "Submit". Another agency's or partnership's
// request is not found (404), so its existence does not leak.
#pragma once

#include "web/router.hpp"

namespace casereview::web {

void add_agency_request_routes(Router& router);

}  // namespace casereview::web
