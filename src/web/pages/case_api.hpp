// The JSON API of the case journeys under /api/v1: the caller's partnership's agencies, recording
// a notification and when it was sent, the cases (the dashboard's rows, and one case with its
// timeline), and each step of the rapid review as a resource under /api/v1/cases/{id}/…. Every
// handler calls the same app/ use case as the matching page, so both enforce the same rules;
// errors are RFC 9457 problem documents (422 with one entry per field, 409 for a step out of
// order, 404 for a case the caller may not see). Each route is described in the OpenAPI document
// (api_pages.cpp).
#pragma once

#include "web/router.hpp"

namespace casereview::web {

void add_case_api_routes(Router& router);

}  // namespace casereview::web
