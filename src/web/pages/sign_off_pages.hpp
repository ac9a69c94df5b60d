// The statutory partners' own sign-off of the rapid review (Rule SIGN-1), for their signatories:
// the partnership's running rapid reviews, and one case's record as it stands with the form that
// signs it off with a current authenticator code (sign_off_pages.cpp says more).
#pragma once

#include "web/forms.hpp"
#include "web/router.hpp"

namespace casereview::web {

// Rule SIGN-1: the question that asks a signatory for their authenticator app's current code
// ("totp_code"), with its error from `errors`.
Html step_up_code_question(const Request& request, const FormErrors& errors);

void add_sign_off_routes(Router& router);

}  // namespace casereview::web
