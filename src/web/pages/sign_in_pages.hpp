// Signing in (email and password, then the authenticator code or setting one up on first sign-in)
// and signing out.
#pragma once

#include "web/router.hpp"

namespace casereview::web {

void add_sign_in_routes(Router& router);

}  // namespace casereview::web
