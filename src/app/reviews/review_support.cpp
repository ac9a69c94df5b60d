// What the review's use cases share: see the header.
#include "app/reviews/review_support.hpp"

#include "app/cases/case_support.hpp"
#include "app/reviews/reviewers.hpp"
#include "domain/partnership_settings.hpp"

namespace casereview::review_support {

Result<ReviewView> review_view(Transaction& transaction, const CaseRecord& record,
                               ReviewRecord review, CivilDate on) {
  const SettingValues settings =
      TRY(settings_with_defaults(transaction.settings().all(review.partnership_id)));
  ReviewView view;
  view.case_reference = record.reference;
  view.pseudonyms = record.pseudonyms;
  for (Id agency_id : review.agency_ids) {
    if (auto agency = transaction.agencies().find(review.partnership_id, agency_id))
      view.agencies.push_back(*agency);
  }
  auto name_of = [&](Id user_id) { add_name(transaction, view.names, user_id); };
  name_of(review.commissioned_by);
  for (const MonitoringCheck& check : review.monitoring_checks) name_of(check.recorded_by);
  for (const ReviewerAppointment& reviewer : review.reviewers) {
    name_of(reviewer.user_id);
    name_of(reviewer.appointed_by);
  }
  view.commissioned_by_name = view.name(review.commissioned_by);
  // Rule REV-2: the due date and days paused are derived here, on every read.
  view.clock = review_clock_view(review.clock(), on);
  // Rule REV-3: so is the next monitoring check.
  view.next_check = next_monitoring_check(review.last_monitored_on(),
                                          settings.time_scales.at("monitoring_check_weeks"), on);
  view.review = std::move(review);
  return view;
}

Result<CaseWithReview> case_with_review(Transaction& transaction, Id partnership_id, Id case_id) {
  CaseRecord record = TRY(case_support::case_in_partnership(transaction, partnership_id, case_id));
  auto review = transaction.reviews().find_for_case(partnership_id, case_id);
  if (!review) return Error::of(ErrorCode::not_found, "The case has no review");
  return CaseWithReview{std::move(record), std::move(*review)};
}

bool reaches_case(Transaction& transaction, const Actor& actor, Id partnership_id, Id case_id,
                  CaseUse use) {
  if (actor.has_role(Role::manager)) return true;
  switch (use) {
    case CaseUse::read:
      if (actor.has_role(Role::committee)) return true;
      break;
    case CaseUse::write:
      break;
  }
  return actor.has_role(Role::reviewer) &&
         appointed_to_case(transaction, actor, partnership_id, case_id);
}

Result<CaseWithReview> reachable_report(Transaction& transaction, const Caller& caller,
                                        Id partnership_id, Id case_id, CaseUse use) {
  const Error no_such_case = Error::of(ErrorCode::not_found, "No such case");
  auto found = case_with_review(transaction, partnership_id, case_id);
  if (!found) return no_such_case;
  const Actor& actor = *caller.actor;
  const bool appointed = actor.has_role(Role::reviewer) &&
                         appointed_to_case(transaction, actor, partnership_id, case_id);
  switch (use) {
    case CaseUse::write:
      if (appointed) return std::move(found).value();
      break;
    case CaseUse::read:
      if (appointed || actor.has_role(Role::manager) || actor.has_role(Role::committee))
        return std::move(found).value();
      break;
  }
  return no_such_case;
}

std::string agency_name(Transaction& transaction, Id partnership_id, Id agency_id) {
  auto agency = transaction.agencies().find(partnership_id, agency_id);
  return agency ? agency->name : "";
}

void add_name(Transaction& transaction, std::map<Id, std::string>& names, Id user_id) {
  if (names.contains(user_id)) return;
  if (auto account = transaction.accounts().find(user_id)) names[user_id] = account->user.name;
}

}  // namespace casereview::review_support
