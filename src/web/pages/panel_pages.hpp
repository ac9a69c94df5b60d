// The National Panel's pages and the inspectors' (panel_pages.cpp): the queue of rapid reviews
// awaiting the Panel's response across partnerships, the decision form (also used by a
// partnership's manager to record the Panel's response on its behalf), and the inspectors'
// read-only list of notifications. None of them shows a child's name.
#pragma once

#include "web/router.hpp"

namespace casereview::web {

void add_panel_routes(Router& router);

}  // namespace casereview::web
