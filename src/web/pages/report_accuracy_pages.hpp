// The pages of the report's factual-accuracy round (issue 12, Rule RPT-1):
//   for the reviewer and the committee (and the business manager), a version's circulation —
//   which agencies it went to, by when, who has answered — with every comment, the reviewer's
//   forms to send the version and to reply to each comment;
//   for an agency's contributors, the versions sent to their agency, and one version to read, to
//   comment on and to send the agency's response.
// Every form works without JavaScript and, on an error, shows itself again with the GOV.UK error
// summary and what was typed.
#pragma once

#include <string>

#include "web/router.hpp"

namespace casereview::web {

// /cases/{case_id}/report/versions/{number}/circulation
std::string circulation_path(Id case_id, int number);

void add_report_accuracy_routes(Router& router);

}  // namespace casereview::web
