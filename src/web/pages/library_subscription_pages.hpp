// The learning library's monthly email (issue 14), for anyone, with no sign-in:
//   GET  /learning/emails                   the form: an email address
//   POST /learning/emails                   "check your email" (the same whatever the address)
//   GET  /learning/emails/subscription      ?token=… from an email: confirm, or stop the emails
//   POST /learning/emails/confirmation      {token}
//   POST /learning/emails/cancellation      {token}
// A link from an email only shows a page: the change is the button's POST, so a mail scanner that
// opens links changes nothing.
#pragma once

#include "web/router.hpp"

namespace casereview::web {

void add_library_subscription_routes(Router& router);

}  // namespace casereview::web
