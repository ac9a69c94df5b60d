// A reviewer's declared affiliations (Rule REV-4): the part of "Your account" that lists them and
// the page that changes them — a GOV.UK "add another" list that works without JavaScript: one form
// holding every affiliation (an agency of the partnership or an organisation by name, from,
// optionally to), with "Add another affiliation" and a "Remove" button per item that post the form
// back to itself, and "Save your affiliations" that replaces the list (app/reviews/reviewers.hpp).
#pragma once

#include "web/html.hpp"
#include "web/router.hpp"

namespace casereview::web {

// The "Your affiliations" section of the account page for a reviewer; nothing for anyone else.
// Shows the storage's error as a paragraph rather than failing the account page.
Html account_affiliations_section(const Request& request, Services& services);

void add_affiliation_routes(Router& router);

}  // namespace casereview::web
