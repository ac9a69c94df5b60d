// A partnership administrator's pages: its users (invite, change roles and agency, deactivate,
// reset the authenticator app), its agencies, its settings (name and time-scales) and its audit
// log. Every route needs one of the administrator's permissions; the use cases check it again and
// keep each administrator to their own partnership (another partnership's user is not found).
//
// The routes live in five files, one per section (admin_users_pages.cpp, admin_agencies_pages.cpp,
// admin_settings_pages.cpp, admin_audit_pages.cpp, admin_library_themes_pages.cpp). After a change
// a page redirects with
// `?done=<flag>` and the page it lands on shows a success banner (page_markup.hpp) for the flags it
// knows, and nothing for any other.
#pragma once

#include "web/router.hpp"

namespace casereview::web {

// Adds every /admin route.
void add_admin_routes(Router& router);

namespace admin {

void add_user_routes(Router& router);
void add_agency_routes(Router& router);
void add_settings_routes(Router& router);
void add_audit_routes(Router& router);
// The learning library's themes (admin_library_themes_pages.cpp, issue 14).
void add_library_theme_routes(Router& router);

}  // namespace admin

}  // namespace casereview::web
