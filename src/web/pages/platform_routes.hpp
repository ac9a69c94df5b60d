// Routes that serve the machinery rather than a journey: /healthz, /metrics, static assets and
// the display controls.
#pragma once

#include "web/router.hpp"

namespace casereview::web {

void add_platform_routes(Router& router);

}  // namespace casereview::web
