// The pages anyone can read without signing in: the home page that explains the service, the
// accessibility statement and the privacy notice.
#pragma once

#include "web/router.hpp"

namespace casereview::web {

void add_public_page_routes(Router& router);

}  // namespace casereview::web
