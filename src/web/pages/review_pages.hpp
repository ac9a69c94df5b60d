// The review's pages (DOMAIN.md step 5): commissioning it (Rule REV-1), the review page with its
// stage, due date, days paused and status in words (Rule REV-2), the history of pauses and the
// pause and resume forms, the monitoring checks with their form (Rule REV-3), the reviewers with
// the form to appoint one (Rule REV-4); and the review's part of the case page and the dashboard.
// GOV.UK markup; every form works without JavaScript.
#pragma once

#include <optional>

#include "app/reviews/commissioning.hpp"
#include "domain/case_model.hpp"
#include "web/html.hpp"
#include "web/router.hpp"

namespace casereview::web {

// Rule REV-2: the review's status as a tag whose words carry the meaning ("On track", "Due soon",
// "Overdue", "Paused"); the colour only repeats it.
Html review_status_tag(ReviewClockStatus status);

// Rule REV-3: whether the review's next monitoring check is due, as a tag whose words carry the
// meaning ("Check not yet due", "Check due today", "Check overdue").
Html monitoring_check_tag(MonitoringCheckStatus status);

// The case page's section on the review: its stage, due date, days paused and status with a link
// to the review page; or, for someone who may commission it, the "Commission the review" task when
// the decision calls for a review that is not yet commissioned; nothing otherwise.
Html case_review_section(const Request& request, const CaseRecord& record,
                         const std::optional<ReviewView>& review);

void add_review_routes(Router& router);

}  // namespace casereview::web
