#include "web/routes.hpp"

#include "web/pages/platform_routes.hpp"
#include "web/pages/public_pages.hpp"
#include "web/pages/sign_in_pages.hpp"

namespace casereview::web {

Router build_router() {
  Router router;
  add_platform_routes(router);
  add_public_page_routes(router);
  add_sign_in_routes(router);
  return router;
}

}  // namespace casereview::web
