// The action plans' API (issue 13): see action_api.cpp for its routes.
#pragma once

#include "web/router.hpp"

namespace casereview::web {

void add_action_api_routes(Router& router);

}  // namespace casereview::web
