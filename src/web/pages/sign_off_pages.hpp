// The statutory partners' own sign-off of the rapid review (Rule SIGN-1), for their signatories:
// the partnership's running rapid reviews, and one case's record as it stands with the form that
// signs it off with a current authenticator code (sign_off_pages.cpp says more).
#pragma once

#include "web/router.hpp"

namespace casereview::web {

void add_sign_off_routes(Router& router);

}  // namespace casereview::web
