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

Email action_reminder(const AppSettings& settings, const std::string& to, const Action& action,
                      const ActionReminder& reminder) {
  const std::string due = weekday_day_month_year(action.due_on);
  std::string subject;
  std::string opening;
  switch (reminder.kind) {
    case ActionReminderKind::due_soon:
      subject = "Action due on " + due;
      opening = "An action you own is due on " + due + ", within " +
                std::to_string(action_reminder_working_days) + " working days.";
      break;
    case ActionReminderKind::due_today:
      subject = "Action due today";
      opening = "An action you own is due today, " + due + ".";
      break;
    case ActionReminderKind::overdue:
      subject = "Action overdue since " + due;
      opening = "An action you own was due on " + due + " and is not yet proposed for sign-off.";
      break;
  }
  return Email{to,
               subject,
               opening + "\n\n" + action.text +
                   "\n\nAdd a progress update and evidence, propose it for sign-off, or ask the "
                   "committee for a new due date:\n\n" +
                   action_link(settings, action.id) + emails::signature(settings),
               {}};
}

Email committee_digest(const AppSettings& settings, const std::string& to,
                       const std::string& partnership_name, const ActionDigest& digest) {
  const auto line = [](int count, const std::string& what) {
    return "- " + std::to_string(count) + (count == 1 ? " action " : " actions ") + what + "\n";
  };
  return Email{
      to,
      "This month's action plans: " + partnership_name,
      "What needs the Case Review Committee's attention in " + partnership_name +
          "'s action plans:\n\n" + line(digest.overdue, "past the due date") +
          line(digest.awaiting_sign_off, "awaiting sign-off") +
          line(digest.without_recent_update,
               "with no update for " + std::to_string(digest.days_without_update) + " days") +
          "\nEvery action, with its RAG rating:\n\n" + settings.public_url + "/actions" +
          emails::signature(settings),
      {}};
}

}  // namespace casereview::action_emails
