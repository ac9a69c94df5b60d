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

#include <optional>

#include "domain/identity.hpp"
#include "web/router.hpp"
#include "web/services.hpp"

namespace casereview::web {

void add_account_routes(Router& router);

// The partnership and agency an actor belongs to, read in one read transaction; either is nullopt
// when the actor has none (national roles, learners without an agency). Fails with the storage's
// error (unavailable, internal) when the database cannot be read; changes nothing.
struct Affiliation {
  std::optional<Partnership> partnership;
  std::optional<Agency> agency;
  std::string organisation;  // as the person gave it (learners)
  std::string job_role;
};
Result<Affiliation> find_affiliation(Services& services, const Actor& actor);

}  // namespace casereview::web
