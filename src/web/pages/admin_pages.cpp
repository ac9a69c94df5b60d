// The administrator's routes (admin_pages.hpp).
#include "web/pages/admin_pages.hpp"

namespace casereview::web {

void add_admin_routes(Router& router) {
  admin::add_user_routes(router);
  admin::add_agency_routes(router);
  admin::add_settings_routes(router);
  admin::add_audit_routes(router);
  admin::add_library_theme_routes(router);
}

}  // namespace casereview::web
