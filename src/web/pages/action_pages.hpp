// The action plans' pages (issue 13, Rule ACT-1, Rule ACT-2, Rule ACT-3, Rule ACT-4):
//   GET  /actions                      the committee's every action with filters, or a strategic
//                                      lead's "My actions"; colours derived today, with a legend
//   GET|POST /recommendations/{id}/actions  make actions for agencies from a recommendation
//   GET  /actions/{id}                 one action: its facts, colour, history and next steps
//   GET|POST /actions/{id}/updates, /evidence (multipart), /sign-off, /due-date,
//            /assurance-checks, /assurance-checks/{check_id}/result: each step's form
//   POST /actions/{id}/completion, /actions/{id}/due-date/decision: buttons on the action's page
//   GET  /action-evidence/{id}/file    a file of evidence, as an attachment
// Which actions a reader sees and may change is the use cases' check (app/actions/*.hpp).
#pragma once

#include "web/router.hpp"

namespace casereview::web {

void add_action_routes(Router& router);

}  // namespace casereview::web
