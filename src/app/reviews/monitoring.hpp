// Monitoring the review (DOMAIN.md step 5, Rule REV-3): the partners — the Case Review Committee or
// the business manager — record a dated check of the time taken and the quality of the review,
// whether it is on track or gives concerns, a note, and whether they asked the reviewer for a
// draft. When the next check is due (every monitoring_check_weeks, setting 6) is derived when the
// review is read (ReviewView::next_check), never stored.
//
// Permission: run_reviews (manager, committee). Audited and on the case's timeline.
#pragma once

#include <string>

#include "app/reviews/commissioning.hpp"

namespace casereview {

// Rule REV-3: a check as text from a form or the API.
struct MonitoringCheckInput {
  std::string checked_on;       // YYYY-MM-DD, today or earlier, not before commissioning
  std::string outcome;          // "on_track" | "concerns"
  std::string note;             // required when "concerns"
  std::string draft_requested;  // "yes" | "no"
};

// Rule REV-3: records a monitoring check of the case's review and returns the review with its next
// check due again. forbidden without run_reviews; not_found when the case is not the caller's
// partnership's or has no review; invalid_input on "checked_on" (missing, not a real date, in the
// future or before the review was commissioned), "outcome", "note" (missing when there are
// concerns, or too long) and "draft_requested". Nothing is saved on failure.
Result<ReviewView> record_monitoring_check(AppContext& context, const Caller& caller, Id case_id,
                                           const MonitoringCheckInput& input);

}  // namespace casereview
