// The practitioner learning event's pages (Rule LE-1) and the family's involvement: the review
// page's "Learning events" and "The family's involvement" sections, scheduling an event, its page
// (the invitations with the form to invite a practitioner, and the register once it has started),
// changing and cancelling it, the family's steps with their form, and the public page an
// invitation's single-use link opens ("Will you attend?"), which needs no account. GOV.UK markup;
// every form works without JavaScript (POST, then a redirect).
#pragma once

#include "web/html.hpp"
#include "web/router.hpp"
#include "web/services.hpp"

namespace casereview::web {

// The review page's sections on the learning events and the family's involvement, with links to
// schedule an event and record a step for who may; nothing when the caller may not read them.
Html review_learning_section(const Request& request, Services& services, Id case_id);

void add_learning_event_routes(Router& router);

}  // namespace casereview::web
