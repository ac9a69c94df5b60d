// The learning event's emails (Rule LE-1): see learning_event_emails.hpp.
#include "app/reviews/learning_event_emails.hpp"

#include "app/training/training_emails.hpp"

namespace casereview::learning_event_emails {

namespace {

// The training session's words for the same times and place.
TrainingSession as_session(const LearningEvent& event) {
  const LearningEventTimes times = uk_times_of(event);
  TrainingSession session;
  session.date = times.date;
  session.start_time = times.start_time;
  session.end_time = times.end_time;
  session.format = event.delivery;
  session.joining_link = event.joining_link;
  session.venue = event.venue;
  return session;
}

std::string details(const EventMessage& message) {
  return "Review: " + message.case_reference + "\nWhen: " + event_when(message.event) +
         "\nWhere: " + event_where(message.event) + "\n\n";
}

std::string answer(const EventMessage& message) {
  if (message.answer_link.empty()) return "";
  return "Tell us whether you will attend (the link works once, until the event starts):\n" +
         message.answer_link + "\n\n";
}

Email make(const AppSettings& settings, const EventMessage& message, std::string subject,
           std::string body) {
  body = "Dear " + message.name + ",\n\n" + body + "\n--\n" + settings.service_name +
         "\nThis email was sent automatically. Do not reply to it.\n";
  Email email{message.to, std::move(subject), std::move(body), {}};
  if (message.invitation) email.attachments.push_back(*message.invitation);
  return email;
}

}  // namespace

std::string event_when(const LearningEvent& event) {
  return training_emails::session_when(as_session(event));
}

std::string event_where(const LearningEvent& event) {
  return training_emails::session_where(as_session(event), training_emails::JoiningLink::shown);
}

Email invited(const AppSettings& settings, const EventMessage& message) {
  return make(settings, message,
              "Invitation: practitioner learning event, " + message.case_reference,
              message.partnership_name +
                  " invites you to a practitioner learning event of a case review. It is a "
                  "chance to talk about what happened, what made sense at the time and what "
                  "helped or hindered. You do not need an account.\n\n" +
                  details(message) + answer(message) + "The calendar invitation is attached.\n");
}

Email changed(const AppSettings& settings, const EventMessage& message) {
  return make(settings, message, "Changed: practitioner learning event, " + message.case_reference,
              "The practitioner learning event you are invited to has changed. This is how it "
              "is now:\n\n" +
                  details(message) + answer(message) +
                  "The updated calendar invitation is attached.\n");
}

Email cancelled(const AppSettings& settings, const EventMessage& message) {
  return make(settings, message,
              "Cancelled: practitioner learning event, " + message.case_reference,
              "The practitioner learning event you were invited to has been cancelled.\n\n" +
                  details(message) + "The reason given: " + message.event.cancellation_reason +
                  "\n\nYou do not need to do anything.\n");
}

}  // namespace casereview::learning_event_emails
