// Commissioning the review and its clock: see the header. Rule REV-1 and Rule REV-2.
#include "app/reviews/commissioning.hpp"

#include <algorithm>

#include "app/audit.hpp"
#include "app/cases/case_support.hpp"
#include "app/reviews/review_support.hpp"
#include "domain/case_stages.hpp"
#include "domain/messages.hpp"
#include "domain/partnership_settings.hpp"
#include "domain/policy.hpp"

namespace casereview {

namespace {

using namespace case_support;
using namespace review_support;

// A date that may be in the past or the future; invalid_input on `field`, worded from `what`
// ("The start of the scope period").
Result<CivilDate> any_date(const std::string& field, const std::string& text,
                           const std::string& what) {
  if (is_blank(text)) {
    std::string lowered = what;
    lowered[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(lowered[0])));
    return Error::invalid({{field, enter(lowered)}});
  }
  auto parsed = parse_iso_date(field, text);
  if (!parsed) return Error::invalid({{field, what + " must be a real date"}});
  return parsed.value();
}

// Rule REV-1: the fields of commissioning checked on their own, one error per field.
Status check_commission(const CommissionInput& input, const std::vector<std::string>& offered) {
  std::vector<FieldError> problems;
  const bool listed = std::find(offered.begin(), offered.end(), input.methodology) != offered.end();
  if (!listed && input.methodology != other_methodology) {
    problems.push_back({"methodology", "Select the methodology"});
  } else if (input.methodology == other_methodology) {
    if (is_blank(input.methodology_other))
      problems.push_back({"methodology_other", enter("the name of the methodology")});
    else if (input.methodology_other.size() > limits::name)
      problems.push_back({"methodology_other", too_long("The methodology", limits::name)});
  }
  auto from = any_date("scope_from", input.scope_from, "The start of the scope period");
  if (!from) problems.push_back(from.error().fields.front());
  auto to = any_date("scope_to", input.scope_to, "The end of the scope period");
  if (!to) problems.push_back(to.error().fields.front());
  if (from && to && to.value() < from.value())
    problems.push_back({"scope_to", "The end of the scope period must be on or after its start"});
  if (input.agency_ids.empty()) problems.push_back({"agency_ids", "Select the agencies in scope"});
  if (is_blank(input.rationale))
    problems.push_back({"rationale", enter("the proportionality rationale")});
  else if (input.rationale.size() > limits::review_rationale)
    problems.push_back({"rationale", too_long("The rationale", limits::review_rationale)});
  if (is_blank(input.terms_of_reference))
    problems.push_back({"terms_of_reference", enter("the terms of reference")});
  else if (input.terms_of_reference.size() > limits::terms_of_reference)
    problems.push_back(
        {"terms_of_reference", too_long("The terms of reference", limits::terms_of_reference)});
  if (input.panel_reviewer.size() > limits::name)
    problems.push_back({"panel_reviewer", too_long("The Panel's reviewer", limits::name)});
  if (!problems.empty()) return Error::invalid(problems);
  return ok_status();
}

}  // namespace

// Rule REV-1.
Result<std::vector<std::string>> review_methodologies(AppContext& context, const Caller& caller) {
  TRY(require_signed_in(caller));
  const Id partnership_id = TRY(caller_partnership(caller));
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<std::vector<std::string>> {
        return offered_methodologies(transaction.settings().all(partnership_id));
      });
}

// Rule REV-1, Rule REV-2.
Result<ReviewView> commission_review(AppContext& context, const Caller& caller, Id case_id,
                                     const CommissionInput& input) {
  TRY(require_permission(caller, Permission::run_reviews));
  const Id partnership_id = TRY(caller_partnership(caller));
  const std::vector<std::string> offered = TRY(review_methodologies(context, caller));
  TRY(check_commission(input, offered));
  const Instant now = context.clock.now();
  const CivilDate on = today(context);
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<ReviewView> {
        CaseRecord record = TRY(case_in_partnership(transaction, partnership_id, case_id));
        if (!record.decision || !calls_for_review(record.decision->outcome))
          return Error::of(ErrorCode::wrong_state, "The case's decision is not for a review");
        if (transaction.reviews().find_for_case(partnership_id, case_id))
          return Error::of(ErrorCode::wrong_state, "The review has already been commissioned");
        if (record.decision->outcome == ReviewOutcome::national_review &&
            is_blank(input.panel_reviewer)) {
          return Error::invalid({{"panel_reviewer", enter("the name of the Panel's reviewer")}});
        }
        for (Id agency_id : input.agency_ids) {
          if (!transaction.agencies().find(partnership_id, agency_id))
            return Error::invalid({{"agency_ids", "Select agencies of your partnership"}});
        }
        const SettingValues settings =
            TRY(settings_with_defaults(transaction.settings().all(partnership_id)));
        ReviewRecord review;
        review.partnership_id = partnership_id;
        review.case_id = case_id;
        review.kind = record.decision->outcome;
        review.methodology = input.methodology;
        if (input.methodology == other_methodology)
          review.methodology_other = trimmed(input.methodology_other);
        review.scope_from = parse_iso_date("scope_from", input.scope_from).value();
        review.scope_to = parse_iso_date("scope_to", input.scope_to).value();
        for (Id agency_id : input.agency_ids) {
          if (std::find(review.agency_ids.begin(), review.agency_ids.end(), agency_id) ==
              review.agency_ids.end())
            review.agency_ids.push_back(agency_id);
        }
        review.rationale = input.rationale;
        review.terms_of_reference = input.terms_of_reference;
        review.commissioned_by = caller.actor->user_id;
        review.commissioned_at = now;
        review.decided_on = record.decision->decided_on;
        review.timescale_months = settings.time_scales.at("review_months");
        review.stage = ReviewStage::commissioned;
        if (review.kind == ReviewOutcome::national_review)
          review.panel_reviewer = trimmed(input.panel_reviewer);
        auto added = transaction.reviews().add(review);
        if (!added)
          return Error::of(ErrorCode::wrong_state, "The review has already been commissioned");
        // Rule REV-1: the case's own stage follows, so lists by stage find it in progress.
        TRY(start_review(record));
        TRY(save_case(transaction, record));
        ReviewView view = TRY(review_view(transaction, record, std::move(*added), on));
        add_event(transaction, caller, now, record, CaseEventKind::review_commissioned, on,
                  std::string(review_outcome_text(view.review.kind)) + ", " +
                      view.review.methodology_text() + ". Due " +
                      day_month_year(view.clock.due_on) + ".");
        record_audit(transaction, caller, now,
                     {audit_action::commission_review, audit_entity::review,
                      std::to_string(view.review.id), audit_outcome::success,
                      record.reference + ": " + std::string(review_outcome_name(view.review.kind)),
                      partnership_id});
        return view;
      });
}

Result<ReviewView> find_review(AppContext& context, const Caller& caller, Id case_id) {
  TRY(require_signed_in(caller));
  const Actor& actor = *caller.actor;
  if (!actor.partnership_id) return Error::of(ErrorCode::not_found, "No such review");
  const CivilDate on = today(context);
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<ReviewView> {
        auto record = transaction.cases().find(*actor.partnership_id, case_id);
        if (!record) return Error::of(ErrorCode::not_found, "No such review");
        auto review = transaction.reviews().find_for_case(*actor.partnership_id, case_id);
        if (!review) return Error::of(ErrorCode::not_found, "No such review");
        // Rule NTK-2 (need to know): the reviewers appointed to this review see it; no other
        // reviewer does.
        std::vector<Id> reviewer_ids;
        for (const ReviewerAppointment& reviewer : review->reviewers)
          reviewer_ids.push_back(reviewer.user_id);
        CaseAccess access{record->partnership_id, record->agency_ids, reviewer_ids, false};
        if (case_visibility(actor, access) != CaseVisibility::full)
          return Error::of(ErrorCode::not_found, "No such review");
        return review_view(transaction, *record, std::move(*review), on);
      });
}

Result<std::vector<ReviewView>> list_reviews(AppContext& context, const Caller& caller) {
  TRY(require_permission(caller, Permission::view_cases));
  const Id partnership_id = TRY(caller_partnership(caller));
  const CivilDate on = today(context);
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<std::vector<ReviewView>> {
        std::vector<ReviewView> views;
        for (ReviewRecord& review : transaction.reviews().list(partnership_id)) {
          auto record = transaction.cases().find(partnership_id, review.case_id);
          if (!record) continue;
          views.push_back(TRY(review_view(transaction, *record, std::move(review), on)));
        }
        return views;
      });
}

// Rule REV-2: a pause stops the clock.
Result<ReviewView> pause_review(AppContext& context, const Caller& caller, Id case_id,
                                const PauseInput& input) {
  TRY(require_permission(caller, Permission::run_reviews));
  const Id partnership_id = TRY(caller_partnership(caller));
  const CivilDate on = today(context);
  std::vector<FieldError> problems;
  const std::optional<PauseReason> reason = pause_reason_from_name(input.reason);
  if (!reason) problems.push_back({"reason", "Select the reason for the pause"});
  if (input.reason_text.size() > limits::pause_reason)
    problems.push_back({"reason_text", too_long("The reason", limits::pause_reason)});
  auto paused_on = past_date("on", input.on, on, "The date the review was paused");
  if (!paused_on) problems.push_back(paused_on.error().fields.front());
  if (!problems.empty()) return Error::invalid(problems);
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<ReviewView> {
        CaseWithReview found = TRY(case_with_review(transaction, partnership_id, case_id));
        std::string reason_text = trimmed(input.reason_text);
        ReviewClock clock = TRY(casereview::pause_review(found.review.clock(), *reason, reason_text,
                                                         paused_on.value()));
        transaction.reviews().save_pauses(partnership_id, found.review.id, clock.pauses);
        found.review.pauses = clock.pauses;
        const ReviewPause& pause = clock.pauses.back();
        const std::string why = pause.reason == PauseReason::other
                                    ? pause.other_reason
                                    : std::string(pause_reason_text(pause.reason));
        add_event(transaction, caller, now, found.record, CaseEventKind::review_paused,
                  pause.paused_on, "Reason: " + why + ".");
        record_audit(transaction, caller, now,
                     {audit_action::pause_review, audit_entity::review,
                      std::to_string(found.review.id), audit_outcome::success,
                      found.record.reference + ": " + std::string(pause_reason_name(pause.reason)),
                      partnership_id});
        return review_view(transaction, found.record, std::move(found.review), on);
      });
}

// Rule REV-2: on resume the due date moves by the calendar days paused.
Result<ReviewView> resume_review(AppContext& context, const Caller& caller, Id case_id,
                                 const ResumeInput& input) {
  TRY(require_permission(caller, Permission::run_reviews));
  const Id partnership_id = TRY(caller_partnership(caller));
  const CivilDate on = today(context);
  const CivilDate resumed_on =
      TRY(past_date("on", input.on, on, "The date the review was resumed"));
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<ReviewView> {
        CaseWithReview found = TRY(case_with_review(transaction, partnership_id, case_id));
        ReviewClock clock = TRY(casereview::resume_review(found.review.clock(), resumed_on));
        transaction.reviews().save_pauses(partnership_id, found.review.id, clock.pauses);
        found.review.pauses = clock.pauses;
        const ReviewPause& pause = clock.pauses.back();
        const int days = days_between(pause.paused_on, *pause.resumed_on);
        ReviewView view = TRY(review_view(transaction, found.record, std::move(found.review), on));
        add_event(transaction, caller, now, found.record, CaseEventKind::review_resumed, resumed_on,
                  "Paused " + std::to_string(days) + (days == 1 ? " day" : " days") + ". Now due " +
                      day_month_year(view.clock.due_on) + ".");
        record_audit(transaction, caller, now,
                     {audit_action::resume_review, audit_entity::review,
                      std::to_string(view.review.id), audit_outcome::success,
                      found.record.reference + ": " + std::to_string(days) + " days paused",
                      partnership_id});
        return view;
      });
}

}  // namespace casereview
