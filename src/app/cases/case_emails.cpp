#include "app/cases/case_emails.hpp"

#include "app/cases/case_support.hpp"
#include "app/emails.hpp"

namespace casereview::case_emails {

namespace {

using emails::signature;

std::string case_link(const AppSettings& settings, Id case_id) {
  return settings.public_url + "/cases/" + std::to_string(case_id);
}

std::string request_link(const AppSettings& settings, Id request_id) {
  return settings.public_url + "/agency-requests/" + std::to_string(request_id);
}

std::string chronology_link(const AppSettings& settings, Id request_id) {
  return settings.public_url + "/chronology-requests/" + std::to_string(request_id);
}

}  // namespace

std::string case_words(const std::string& reference, const std::vector<std::string>& pseudonyms) {
  return reference +
         (pseudonyms.empty() ? "" : " (" + case_support::pseudonym_list(pseudonyms) + ")");
}

Email agency_request(const AppSettings& settings, const std::string& to,
                     const std::string& case_text, const std::string& agency_name, CivilDate due_on,
                     Id request_id) {
  return Email{to,
               "Rapid review " + case_text + ": summary of involvement requested",
               "The safeguarding partnership has started a rapid review of " + case_text +
                   " and asks " + agency_name +
                   " for a summary of its involvement with the child and family by " +
                   weekday_day_month_year(due_on) + ".\n\nRead the outline and answer here:\n\n" +
                   request_link(settings, request_id) + signature(settings),
               {}};
}

Email deadline_approaching(const AppSettings& settings, const std::string& to,
                           const std::string& case_text, DeadlineKind kind, CivilDate due_on,
                           Id case_id) {
  return Email{
      to,
      "Due in 3 working days: " + std::string(deadline_kind_text(kind)) + " for " + case_text,
      "Reminder: \"" + std::string(deadline_kind_text(kind)) + "\" for " + case_text +
          " is due on " + weekday_day_month_year(due_on) + ", 3 working days from today.\n\n" +
          case_link(settings, case_id) + signature(settings),
      {}};
}

Email deadline_missed(const AppSettings& settings, const std::string& to,
                      const std::string& case_text, DeadlineKind kind, CivilDate due_on,
                      Id case_id) {
  return Email{to,
               "Overdue: " + std::string(deadline_kind_text(kind)) + " for " + case_text,
               "\"" + std::string(deadline_kind_text(kind)) + "\" for " + case_text +
                   " was due on " + weekday_day_month_year(due_on) +
                   " and has not been recorded as done.\n\n" + case_link(settings, case_id) +
                   signature(settings),
               {}};
}

Email response_due(const AppSettings& settings, const std::string& to, const std::string& case_text,
                   const std::string& agency_name, CivilDate due_on, Id request_id) {
  return Email{to,
               "Due in 2 working days: " + agency_name + "'s summary for rapid review " + case_text,
               "Reminder: " + agency_name + "'s summary of involvement for the rapid review of " +
                   case_text + " is due on " + weekday_day_month_year(due_on) +
                   ", 2 working days from today.\n\n" + request_link(settings, request_id) +
                   signature(settings),
               {}};
}

Email panel_decision(const AppSettings& settings, const std::string& to,
                     const std::string& case_text, const std::string& decision_text, Id case_id) {
  return Email{to,
               "National Panel decision recorded for " + case_text,
               "The National Panel's decision on the rapid review of " + case_text +
                   " has been recorded: " + decision_text + "\n\n" + case_link(settings, case_id) +
                   signature(settings),
               {}};
}

Email chronology_request(const AppSettings& settings, const std::string& to,
                         const std::string& case_text, const std::string& agency_name,
                         CivilDate scope_from, CivilDate scope_to, CivilDate due_on,
                         const std::string& note, Id request_id) {
  return Email{to,
               "Review " + case_text + ": chronology requested",
               "The safeguarding partnership is reviewing " + case_text + " and asks " +
                   agency_name +
                   " for a chronology of its involvement with the child and family "
                   "from " +
                   day_month_year(scope_from) + " to " + day_month_year(scope_to) + " by " +
                   weekday_day_month_year(due_on) + "." + (note.empty() ? "" : "\n\n" + note) +
                   "\n\nAdd the entries, or upload them from the template, here:\n\n" +
                   chronology_link(settings, request_id) + signature(settings),
               {}};
}

Email report_for_accuracy(const AppSettings& settings, const std::string& to,
                          const std::string& case_text, const std::string& agency_name,
                          int version_number, CivilDate due_on, Id case_id) {
  const std::string version = std::to_string(version_number);
  return Email{to,
               "Review " + case_text + ": report version " + version + " to check",
               "The reviewer asks " + agency_name + " to check version " + version +
                   " of the report on the review of " + case_text +
                   " for factual accuracy, and to send its comments or say it has none by " +
                   weekday_day_month_year(due_on) + ".\n\nRead it and comment here:\n\n" +
                   case_link(settings, case_id) + "/report/versions/" + version + "/accuracy" +
                   signature(settings),
               {}};
}

Email chronology_due(const AppSettings& settings, const std::string& to,
                     const std::string& case_text, const std::string& agency_name, CivilDate due_on,
                     Id request_id) {
  return Email{to,
               "Due in 2 working days: " + agency_name + "'s chronology for review " + case_text,
               "Reminder: " + agency_name + "'s chronology for the review of " + case_text +
                   " is due on " + weekday_day_month_year(due_on) +
                   ", 2 working days from today.\n\n" + chronology_link(settings, request_id) +
                   signature(settings),
               {}};
}

Email chronology_overdue(const AppSettings& settings, const std::string& to,
                         const std::string& case_text, const std::string& agency_name,
                         CivilDate due_on, Id request_id) {
  return Email{to,
               "Overdue: " + agency_name + "'s chronology for review " + case_text,
               agency_name + "'s chronology for the review of " + case_text + " was due on " +
                   weekday_day_month_year(due_on) +
                   " and has not been submitted. Submit it, or say your agency had no involvement "
                   "with the child or family, here:\n\n" +
                   chronology_link(settings, request_id) + signature(settings),
               {}};
}

Email chronology_returned(const AppSettings& settings, const std::string& to,
                          const std::string& case_text, const std::string& agency_name,
                          const std::string& reason, Id request_id) {
  return Email{to,
               "Review " + case_text + ": chronology returned for correction",
               agency_name + "'s chronology for " + case_text +
                   " has been returned for correction:\n\n" + reason +
                   "\n\nCorrect it and submit it again here:\n\n" +
                   chronology_link(settings, request_id) + signature(settings),
               {}};
}

Email chronology_submitted(const AppSettings& settings, const std::string& to,
                           const std::string& case_text, const std::string& agency_name,
                           Id case_id) {
  return Email{to,
               "Review " + case_text + ": chronology submitted by " + agency_name,
               agency_name + " has submitted its chronology for " + case_text +
                   ".\n\nSee the merged chronology here:\n\n" + case_link(settings, case_id) +
                   "/chronology" + signature(settings),
               {}};
}

}  // namespace casereview::case_emails
