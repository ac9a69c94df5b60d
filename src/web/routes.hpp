// The route table of the whole service: every URL, its method, its permission and its handler.
// Each journey adds its routes in its own add_*_routes function beside its pages.
#pragma once

#include "web/router.hpp"

namespace casereview::web {

Router build_router();

}  // namespace casereview::web
