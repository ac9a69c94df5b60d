// Monitoring checks of the review: see the header. Rule REV-3.
#include "app/reviews/monitoring.hpp"

#include <algorithm>

#include "app/audit.hpp"
#include "app/cases/case_support.hpp"
#include "app/reviews/review_support.hpp"
#include "domain/messages.hpp"
#include "domain/uk_time.hpp"

namespace casereview {

namespace {

using namespace case_support;
using namespace review_support;

// Rule REV-3: the check's fields on their own, one error per field.
Result<MonitoringCheck> check_input(const MonitoringCheckInput& input, CivilDate on) {
  std::vector<FieldError> problems;
  MonitoringCheck check;
  auto checked_on = past_date("checked_on", input.checked_on, on, "The date of the check");
  if (checked_on) {
    check.checked_on = checked_on.value();
  } else {
    problems.push_back(checked_on.error().fields.front());
  }
  const std::optional<MonitoringOutcome> outcome = monitoring_outcome_from_name(input.outcome);
  if (outcome) {
    check.outcome = *outcome;
  } else {
    problems.push_back({"outcome", "Select whether the review is on track"});
  }
  check.note = trimmed(input.note);
  if (outcome == MonitoringOutcome::concerns && check.note.empty())
    problems.push_back({"note", enter("the concerns")});
  else if (check.note.size() > limits::monitoring_note)
    problems.push_back({"note", too_long("The note", limits::monitoring_note)});
  if (input.draft_requested == "yes") {
    check.draft = DraftRequest::requested;
  } else if (input.draft_requested == "no") {
    check.draft = DraftRequest::not_requested;
  } else {
    problems.push_back({"draft_requested", "Select whether a draft was asked for"});
  }
  if (!problems.empty()) return Error::invalid(problems);
  return check;
}

}  // namespace

// Rule REV-3.
Result<ReviewView> record_monitoring_check(AppContext& context, const Caller& caller, Id case_id,
                                           const MonitoringCheckInput& input) {
  TRY(require_permission(caller, Permission::run_reviews));
  const Id partnership_id = TRY(caller_partnership(caller));
  const CivilDate on = today(context);
  MonitoringCheck check = TRY(check_input(input, on));
  const Instant now = context.clock.now();
  check.recorded_by = caller.actor->user_id;
  check.recorded_at = now;
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<ReviewView> {
        CaseWithReview found = TRY(case_with_review(transaction, partnership_id, case_id));
        const CivilDate commissioned_on = uk_date(found.review.commissioned_at);
        if (check.checked_on < commissioned_on) {
          return Error::invalid({{"checked_on",
                                  "The date of the check must be on or after the review was "
                                  "commissioned, " +
                                      day_month_year(commissioned_on)}});
        }
        auto id =
            transaction.reviews().add_monitoring_check(partnership_id, found.review.id, check);
        if (!id) return Error::of(ErrorCode::not_found, "The case has no review");
        check.id = *id;
        found.review.monitoring_checks.push_back(check);
        std::stable_sort(found.review.monitoring_checks.begin(),
                         found.review.monitoring_checks.end(),
                         [](const MonitoringCheck& a, const MonitoringCheck& b) {
                           return a.checked_on < b.checked_on;
                         });
        add_event(transaction, caller, now, found.record, CaseEventKind::monitoring_check_recorded,
                  check.checked_on,
                  std::string(monitoring_outcome_text(check.outcome)) +
                      (check.draft == DraftRequest::requested ? ". A draft was asked for." : "."));
        record_audit(
            transaction, caller, now,
            {audit_action::record_monitoring_check, audit_entity::review,
             std::to_string(found.review.id), audit_outcome::success,
             found.record.reference + ": " + std::string(monitoring_outcome_name(check.outcome)),
             partnership_id});
        return review_view(transaction, found.record, std::move(found.review), on);
      });
}

}  // namespace casereview
