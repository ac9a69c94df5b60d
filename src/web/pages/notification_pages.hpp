// Recording a serious incident notification (notifier or manager): GOV.UK question pages, one
// question (or one closely related group) per page, then "Check your answers", then a
// confirmation panel with the case reference and the date to notify the National Panel by.
//
// Where the answers live between pages: in the person's notification draft on the server
// (app/cases/notification_drafts.hpp: sealed with the data key, removed when recorded or after 24
// hours), never in a URL, a cookie or hidden fields. So every page works as post/redirect/get:
// GET /notifications/new/{question} shows a question with a Back link to the previous one; its
// form posts to the same address, which keeps the answers in the draft and redirects (303) to the
// next question, or to GET /notifications/new/check-answers after the last; "Change" there is a
// link (…?checking=yes), whose page returns to "Check your answers". The browser's Back button
// therefore never asks to resend a form. POST /notifications/new/check-answers records the draft.
// Works without JavaScript.
//
// Each page is checked by the use case itself (preview_notification, the same checks
// record_notification makes), showing only the errors of that page's questions, so the words
// come from one place.
#pragma once

#include "web/router.hpp"

namespace casereview::web {

void add_notification_routes(Router& router);

}  // namespace casereview::web
