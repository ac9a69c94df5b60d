// The JSON API under /api/v1: who the caller is (/api/v1/me), and the OpenAPI 3.1 document that
// describes the API. Callers authenticate with a personal API token (Authorization: Bearer …,
// made on the "Your account" page); a request without one, or with an unknown or revoked one, gets
// the server's 401 problem document (web/authentication.cpp) before any handler here runs. Errors
// are RFC 9457 problem documents (web/problem.hpp).
#pragma once

#include <string>

#include "web/router.hpp"

namespace casereview::web {

void add_api_routes(Router& router);

// Where the OpenAPI document is served. Not "openapi.json": the route-table test allows only
// kebab-case literal segments, and a dot is not one.
inline constexpr const char* openapi_document_path = "/api/v1/openapi";

// The OpenAPI 3.1 document, as served (JSON text). Never fails.
const std::string& openapi_document();

}  // namespace casereview::web
