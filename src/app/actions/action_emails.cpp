// The action plans' emails: see action_emails.hpp.
#include "app/actions/action_emails.hpp"

#include "app/emails.hpp"

namespace casereview::action_emails {

namespace {

std::string action_link(const AppSettings& settings, Id action_id) {
  return settings.public_url + "/actions/" + std::to_string(action_id);
}

}  // namespace

Email action_assigned(const AppSettings& settings, const std::string& to,
                      const std::string& case_reference, int recommendation_number,
                      const Action& action, const std::string& agency_name) {
  return Email{to,
               "New action for " + agency_name + ": review " + case_reference +
                   ", recommendation " + std::to_string(recommendation_number),
               "The Case Review Committee has made an action for " + agency_name +
                   " in answer to recommendation " + std::to_string(recommendation_number) +
                   " of review " + case_reference + ", and you own it.\n\n" + action.text +
                   "\n\nHow success will be measured: " + action.success_measure +
                   "\nDue: " + weekday_day_month_year(action.due_on) +
                   "\n\nAdd progress updates and evidence here:\n\n" +
                   action_link(settings, action.id) + emails::signature(settings),
               {}};
}

Email action_returned(const AppSettings& settings, const std::string& to, const Action& action,
                      const std::string& reason) {
  return Email{to,
               "Action returned by the committee",
               "The Case Review Committee has returned an action you own rather than close "
               "it.\n\nWhy: " +
                   reason + "\n\n" + action_link(settings, action.id) + emails::signature(settings),
               {}};
}

Email due_date_answered(const AppSettings& settings, const std::string& to, const Action& action,
                        const DueDateChange& change, bool agreed) {
  return Email{to,
               agreed ? "New due date agreed" : "New due date refused",
               std::string("The Case Review Committee has ") + (agreed ? "agreed" : "refused") +
                   " to change the due date of an action from " +
                   weekday_day_month_year(change.from_due_on) + " to " +
                   weekday_day_month_year(change.to_due_on) + ".\n\n" +
                   action_link(settings, action.id) + emails::signature(settings),
               {}};
}

}  // namespace casereview::action_emails
