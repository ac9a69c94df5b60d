// The final report's pages (issue 12, Rule RPT-3): the final report as one accessible HTML
// document — contents, the chosen version, its numbered findings and recommendations, the
// partnership's response and the partners' sign-offs — with the committee's form that marks a
// version final and its PDF; and, for the partners' signatories, the final reports to sign and the
// page that signs one off with a current authenticator code (Rule SIGN-1).
#pragma once

#include <string>

#include "web/router.hpp"

namespace casereview::web {

// /cases/{case_id}/report/final
std::string final_report_path(Id case_id);

void add_report_final_routes(Router& router);

}  // namespace casereview::web
