#include "app/training/training_emails.hpp"

namespace casereview::training_emails {

namespace {

std::string clock_text(ClockTime time) {
  const int hour12 = time.hour % 12 == 0 ? 12 : time.hour % 12;
  std::string text = std::to_string(hour12);
  if (time.minute != 0)
    text += ":" + std::string(time.minute < 10 ? "0" : "") + std::to_string(time.minute);
  return text + (time.hour < 12 ? "am" : "pm");
}

std::string my_training_link(const AppSettings& settings) {
  return settings.public_url + "/my-training";
}

std::string course_link(const AppSettings& settings, Id course_id) {
  return settings.public_url + "/courses/" + std::to_string(course_id);
}

Email make(const AppSettings& settings, const SessionMessage& message, std::string subject,
           std::string body) {
  body += "\n--\n" + settings.service_name +
          "\nThis email was sent automatically. Do not reply to it.\n";
  Email email{message.to, std::move(subject), std::move(body), {}};
  if (message.invitation) email.attachments.push_back(*message.invitation);
  return email;
}

std::string greeting(const SessionMessage& message) { return "Dear " + message.name + ",\n\n"; }

std::string policy(const SessionMessage& message) {
  return message.cancellation_policy.empty() ? "" : "\n" + message.cancellation_policy + "\n";
}

std::string details(const SessionMessage& message, JoiningLink joining_link) {
  return "Course: " + message.course_title + "\nWhen: " + session_when(message.session) +
         "\nWhere: " + session_where(message.session, joining_link) + "\n\n";
}

}  // namespace

std::string session_when(const TrainingSession& session) {
  return weekday_day_month_year(session.date) + ", " + clock_text(session.start_time) + " to " +
         clock_text(session.end_time) + " (UK time)";
}

std::string session_where(const TrainingSession& session, JoiningLink joining_link) {
  switch (session.format) {
    case SessionFormat::virtual_session:
      switch (joining_link) {
        case JoiningLink::shown:
          return "Online. Join at " + session.joining_link;
        case JoiningLink::withheld:
          return "Online";
      }
      return "Online";
    case SessionFormat::in_person:
      return session.venue;
  }
  return "";
}

Email booking_confirmed(const AppSettings& settings, const SessionMessage& message) {
  return make(
      settings, message, "Your place is booked: " + message.course_title,
      greeting(message) + "Your place on this training session is booked.\n\n" +
          details(message, JoiningLink::shown) +
          "The calendar invitation is attached. Read the course page before the session:\n" +
          course_link(settings, message.course_id) +
          "\n\nIf you cannot come, cancel your place so that someone on the waiting list can have "
          "it:\n" +
          my_training_link(settings) + "\n" + policy(message));
}

Email waiting(const AppSettings& settings, const SessionMessage& message, int position) {
  return make(settings, message, "You are on the waiting list: " + message.course_title,
              greeting(message) +
                  "This training session is full, so you are on its waiting list, at number " +
                  std::to_string(position) + ".\n\n" + details(message, JoiningLink::withheld) +
                  "If a place becomes free before booking closes, it will be booked for you "
                  "automatically and we "
                  "will email you. You do not need to do anything.\n\nSee your training:\n" +
                  my_training_link(settings) + "\n");
}

Email promoted(const AppSettings& settings, const SessionMessage& message) {
  return make(
      settings, message, "A place became free: you are booked on " + message.course_title,
      greeting(message) +
          "A place became free on this training session, and it is now booked for you.\n\n" +
          details(message, JoiningLink::shown) +
          "The calendar invitation is attached. If you cannot come, cancel your place:\n" +
          my_training_link(settings) + "\n" + policy(message));
}

Email booking_cancelled(const AppSettings& settings, const SessionMessage& message) {
  return make(settings, message, "Your place is cancelled: " + message.course_title,
              greeting(message) + "You cancelled your place on this training session.\n\n" +
                  details(message, JoiningLink::withheld) +
                  (message.late_cancellation.empty() ? "" : message.late_cancellation + "\n\n") +
                  "You can book another session of the course:\n" +
                  course_link(settings, message.course_id) + "\n");
}

Email session_cancelled(const AppSettings& settings, const SessionMessage& message,
                        const std::string& reason) {
  return make(settings, message, "Training session cancelled: " + message.course_title,
              greeting(message) + "The trainer has cancelled this training session.\n\n" +
                  details(message, JoiningLink::withheld) + "The reason given: " + reason +
                  "\n\nYour place has been cancelled. You can book another "
                  "session of the course:\n" +
                  course_link(settings, message.course_id) + "\n");
}

Email reminder(const AppSettings& settings, const SessionMessage& message) {
  return make(
      settings, message,
      "Reminder: " + message.course_title + " on " + weekday_day_month_year(message.session.date),
      greeting(message) + "This is a reminder of your training session.\n\n" +
          details(message, JoiningLink::shown) +
          "Read the course page and the reading before the session:\n" +
          course_link(settings, message.course_id) +
          "\n\nIf you cannot come, cancel your place:\n" + my_training_link(settings) + "\n");
}

}  // namespace casereview::training_emails
