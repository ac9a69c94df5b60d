// Recording a serious incident notification (notifier or manager): GOV.UK question pages, one
// question (or one closely related group) per page, then "Check your answers", then a
// confirmation panel with the case reference and the date to notify the National Panel by.
//
// Where the answers live between pages: in the pages themselves. Every page is a form posted to
// /notifications/new that carries the answers given so far as hidden fields, so nothing is stored
// until the notification is recorded, and children's details never go in a URL or a cookie (the
// page is sent over the session's HTTPS connection and kept by nobody but the browser showing
// it). "Change" on "Check your answers" is a button for the same reason. Works without
// JavaScript.
//
// Each page is checked by the use case itself (preview_notification, the same checks
// record_notification makes), showing only the errors of that page's questions, so the words
// come from one place.
#pragma once

#include "web/router.hpp"

namespace casereview::web {

void add_notification_routes(Router& router);

}  // namespace casereview::web
