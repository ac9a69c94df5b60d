// The key practice episodes' API (issue 12, Rule KPE-1) under /api/v1: see
// key_practice_episode_api.cpp.
#pragma once

#include "web/router.hpp"

namespace casereview::web {

void add_key_practice_episode_api_routes(Router& router);

}  // namespace casereview::web
