// One case's page (GET /cases/{id}) for the partnership's manager, committee and notifiers: the
// reference as its heading, its stage, the notification's facts, every deadline with its status
// tag, the actions its stage allows the reader, and a timeline of every event. Children are named
// by pseudonym; their names appear only when the reader asks ("Show children's names", which the
// use case allows only with full visibility and audits).
//
// The actions post to /cases/{id}/…: the notification sent to the Panel and the partners told
// (each with a reason when late), leading the rapid review and requesting agency responses. The
// rapid review record, sign-off and submission are in rapid_review_pages.cpp; the Panel's
// decision in panel_pages.cpp. A step the case's stage does not allow is shown again on the case
// page with the use case's reason (409).
#pragma once

#include <optional>

#include "domain/result.hpp"
#include "web/router.hpp"
#include "web/services.hpp"

namespace casereview::web {

void add_case_routes(Router& router);

// The case page for request's {case_id}, with the error of an action that failed (its form's
// fields show the errors; a wrong_state error is summarised at the top).
Response case_page(const Request& request, Services& services, const std::optional<Error>& error);

}  // namespace casereview::web
