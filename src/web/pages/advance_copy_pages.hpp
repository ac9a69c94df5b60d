// The link in an advance copy's email (issue 14, Rule PUB-2), for its holder, with no sign-in:
//   GET /advance-copies?token=…       what the link is for, until when, and the download
//   GET /advance-copies/pdf?token=…   the final report as a PDF (410 once the link has expired)
#pragma once

#include "web/router.hpp"

namespace casereview::web {

void add_advance_copy_routes(Router& router);

}  // namespace casereview::web
