// The words of every training email, in one place: booking confirmed (with an iCalendar REQUEST),
// a place on the waiting list, promoted from the waiting list (with a REQUEST), a cancelled
// booking (with a CANCEL of the same UID), a session cancelled by the trainer with the reason (a
// CANCEL for booked people), and the reminder. Plain text, like app/emails.cpp.
#pragma once

#include <optional>
#include <string>

#include "app/context.hpp"
#include "domain/email.hpp"
#include "domain/training_booking.hpp"
#include "domain/training_course.hpp"
#include "domain/training_session.hpp"

namespace casereview::training_emails {

// Who an email is for and what it is about.
struct SessionMessage {
  std::string to;
  std::string name;
  std::string course_title;
  Id course_id = 0;
  TrainingSession session;
  std::optional<EmailAttachment> invitation;  // the .ics, when the email carries one
  // Rule TRN-2 and Rule TRN-9: what cancelling late or not attending means (charges.hpp's
  // cancellation_policy), for the confirmation; and, on a late cancellation, what it was recorded
  // as and cost.
  std::string cancellation_policy;
  std::string late_cancellation;
};

Email booking_confirmed(const AppSettings& settings, const SessionMessage& message);
Email waiting(const AppSettings& settings, const SessionMessage& message, int position);
Email promoted(const AppSettings& settings, const SessionMessage& message);
Email booking_cancelled(const AppSettings& settings, const SessionMessage& message);
Email session_cancelled(const AppSettings& settings, const SessionMessage& message,
                        const std::string& reason);
Email reminder(const AppSettings& settings, const SessionMessage& message);

// "Monday 9 March 2026, 9:30am to 12pm (UK time)".
std::string session_when(const TrainingSession& session);
// Whether an email gives a virtual session's joining link: only to people holding a place.
enum class JoiningLink { shown, withheld };

// "Online. Join at …", "Online" or the venue, e.g. "Town Hall, Northbrook".
std::string session_where(const TrainingSession& session, JoiningLink joining_link);

}  // namespace casereview::training_emails
