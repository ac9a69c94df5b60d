// Calendar invitations for training sessions (iCalendar, RFC 5545, built and read with libical),
// sent as attachments to booking emails and offered as .ics downloads on "My training".
//
// A booking's invitation always carries the same UID, so a calendar replaces the event it already
// holds: a REQUEST adds or updates it, a CANCEL with the same UID and a higher SEQUENCE removes it
// (RFC 5546, iTIP). The caller keeps the UID stable per booking and raises the sequence on every
// change it sends.
//
// Session times are civil times in Europe/London. They are written in UTC ("…Z"), converted by the
// Rule UK-TIME of domain/uk_time.hpp, so every calendar shows the right moment whether the session
// falls in British Summer Time or in GMT, with no time-zone database needed to read the file.
//
// Example:
//   Result<std::string> ics = documents::calendar_invitation({
//       .method = documents::InvitationMethod::request,
//       .uid = "booking-42@casereview.northbrook.example",
//       .sequence = 0,
//       .stamped_at = clock.now(),
//       .date = *CivilDate::from_ymd(2026, 11, 25),
//       .starts_at = {9, 30},
//       .ends_at = {12, 0},
//       .summary = "Case reviews",
//       .description = "Read the course page before the session.",
//       .joining_url = "https://meet.example/abc",
//       .organizer = {"Northbrook Safeguarding Children Partnership",
//       "training@northbrook.example"}, .attendee = {"Siân O'Connor", "sian@agency.example"},
//   });
//   email.attachments.push_back({"session.ics", documents::calendar_content_type(method),
//   ics.value()});
//
// Thread-safety: both functions may be called from any thread at once (each works on its own
// libical components; libical 3 keeps its error state per thread).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "domain/civil_date.hpp"
#include "domain/instant.hpp"
#include "domain/result.hpp"

namespace casereview::documents {

// REQUEST offers or updates the event; CANCEL withdraws it (RFC 5546 sections 3.2.2 and 3.2.5).
enum class InvitationMethod { request, cancel };

// A time of day on the UK wall clock (Europe/London), 24-hour: {9, 30} is 9:30am.
struct UkClockTime {
  int hour = 0;    // 0 to 23
  int minute = 0;  // 0 to 59
};

// Someone named in the invitation: the organiser (the partnership's training address) or the
// attendee (the person who booked).
struct CalendarPerson {
  std::string name;   // shown by calendars as CN; may be empty
  std::string email;  // becomes mailto:<email>
};

struct CalendarInvitationDetails {
  InvitationMethod method = InvitationMethod::request;
  std::string uid;           // stable for the booking, e.g. "booking-42@<host of the public URL>"
  int sequence = 0;          // 0 first; higher for every later REQUEST or CANCEL of the same UID
  Instant stamped_at;        // DTSTAMP: when this invitation was made (the clock's now)
  CivilDate date;            // the session's date in the UK
  UkClockTime starts_at;     // UK wall-clock start
  UkClockTime ends_at;       // UK wall-clock end, later than the start on the same day
  std::string summary;       // the course title
  std::string description;   // plain text; may hold newlines, commas and semicolons
  std::string location;      // the venue, for an in-person session; empty for none
  std::string joining_url;   // the joining link, for a virtual session; empty for none
  CalendarPerson organizer;  // ORGANIZER: the partnership or service address
  CalendarPerson attendee;   // ATTENDEE: the person booked
};

// The .ics text: one VCALENDAR (VERSION 2.0, PRODID, METHOD REQUEST or CANCEL) holding one VEVENT
// with UID, SEQUENCE, DTSTAMP, DTSTART, DTEND (UTC), SUMMARY, DESCRIPTION, LOCATION and/or URL when
// given, ORGANIZER, ATTENDEE and STATUS (CONFIRMED for a request, CANCELLED for a cancel). Lines
// end in CRLF and are folded at 75 octets, as RFC 5545 requires.
// Fails with invalid_input (nothing made) naming the field when the UID, summary, organiser email
// or attendee email is empty, the sequence is negative, a clock time is out of range or the end
// is not after the start; with internal when libical cannot build the calendar.
Result<std::string> calendar_invitation(const CalendarInvitationDetails& details);

// The MIME type for an email attachment or download of the invitation, such as
// "text/calendar; method=REQUEST; charset=utf-8".
std::string calendar_content_type(InvitationMethod method);

// The UTC instant of a UK wall-clock time on a UK date (Rule UK-TIME). A time that does not exist
// (the hour skipped when clocks go forward) is read as GMT, so it lands one hour later on the
// clock; a time that happens twice (clocks go back) is the first, British Summer Time, one.
Instant uk_wall_clock_instant(CivilDate date, UkClockTime time);

// What calendar_invitation wrote, read back with libical: for tests, and for anyone who must check
// an invitation received.
struct ParsedInvitation {
  InvitationMethod method = InvitationMethod::request;
  std::string uid;
  int sequence = 0;
  Instant stamped_at;
  Instant starts_at;
  Instant ends_at;
  std::string summary;
  std::string description;
  std::string location;     // empty when absent
  std::string joining_url;  // URL; empty when absent
  std::string status;       // "CONFIRMED" or "CANCELLED"
  CalendarPerson organizer;
  CalendarPerson attendee;
};

// Parses an .ics text holding one VCALENDAR with a METHOD of REQUEST or CANCEL and one VEVENT whose
// DTSTART, DTEND and DTSTAMP are in UTC. Fails with invalid_input (message says what is wrong) when
// libical cannot parse it, or when the method, the event, its UID or its times are missing or of
// another kind.
Result<ParsedInvitation> parse_calendar_invitation(std::string_view ics);

}  // namespace casereview::documents
