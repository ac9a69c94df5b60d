// A person's own account, from creating it to looking after it: practitioners registering
// themselves and confirming their email address, invitees setting their first password, resetting
// a forgotten password, and the "Your account" page (details, where they are signed in, API
// tokens). Each page calls one use case of app/accounts.hpp or app/sessions.hpp and shows its
// Error on the form it came from (GOV.UK error summary, 422), so the rules live in app/ alone.
//
// Links from emails (verify, invitation, reset) that are unknown, used or expired all get one
// "This link has expired" page with status 404: it says what to do next and never whether the
// link ever existed.
#pragma once

#include "web/router.hpp"

namespace casereview::web {

void add_account_routes(Router& router);

}  // namespace casereview::web
