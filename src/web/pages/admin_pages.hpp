// A partnership administrator's pages: its users (invite, change roles and agency, deactivate,
// reset the authenticator app), its agencies, its settings (name and time-scales) and its audit
// log. Every route needs one of the administrator's permissions; the use cases check it again and
// keep each administrator to their own partnership (another partnership's user is not found).
//
// The routes live in four files, one per section (admin_users_pages.cpp, admin_agencies_pages.cpp,
// admin_settings_pages.cpp, admin_audit_pages.cpp); the small helpers below are what they share
// (admin_pages.cpp). After a change a page redirects with `?done=<flag>` and the page it lands on
// shows a success banner for the flags it knows, and nothing for any other.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "web/html.hpp"
#include "web/http.hpp"
#include "web/pages/page_parts.hpp"
#include "web/router.hpp"

namespace casereview::web {

// Adds every /admin route.
void add_admin_routes(Router& router);

namespace admin {

void add_user_routes(Router& router);
void add_agency_routes(Router& router);
void add_settings_routes(Router& router);
void add_audit_routes(Router& router);

// <h1 class="govuk-heading-l">, with an optional caption above it.
using web::full_width;
using web::heading;  // shared page parts (page_parts.hpp)
using web::two_thirds;

// A success banner with `text` as its heading, or nothing when `text` is empty.
Html success_banner(const std::string& text);

// The `done` query parameter of `request`, or "" (the flag a redirect after a change carries).
std::string done_flag(const Request& request);

// Every value of a repeated form field (checkboxes), in the order sent.
std::vector<std::string> form_values(const Request& request, const std::string& name);

// The `{user_id:int}`-style path parameter as a number (the router has checked its shape).
std::int64_t path_id(const Request& request, const std::string& name);

// Percent-encodes `text` for a query string value.
std::string query_encode(const std::string& text);

}  // namespace admin

}  // namespace casereview::web
