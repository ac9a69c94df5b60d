// The words of the learning event's emails (Rule LE-1), in one place: the invitation (with an
// iCalendar REQUEST and the single-use link to answer), the update after a change (a REQUEST of
// the same UID with a higher SEQUENCE, and a new link for someone who has not answered) and the
// cancellation (a CANCEL). Plain text, like app/emails.cpp. They name the case by its reference
// only: never a child.
#pragma once

#include <optional>
#include <string>

#include "app/context.hpp"
#include "domain/email.hpp"
#include "domain/learning_event.hpp"

namespace casereview::learning_event_emails {

// Who an email is for and what it is about.
struct EventMessage {
  std::string to;
  std::string name;
  std::string case_reference;
  std::string partnership_name;
  LearningEvent event;
  std::string answer_link;                    // the single-use link; empty when none is sent
  std::optional<EmailAttachment> invitation;  // the .ics
};

Email invited(const AppSettings& settings, const EventMessage& message);
Email changed(const AppSettings& settings, const EventMessage& message);
Email cancelled(const AppSettings& settings, const EventMessage& message);

// "Thursday 14 January 2027, 9:30am to 12pm (UK time)".
std::string event_when(const LearningEvent& event);
// "Online. Join at https://…" or the venue.
std::string event_where(const LearningEvent& event);

}  // namespace casereview::learning_event_emails
