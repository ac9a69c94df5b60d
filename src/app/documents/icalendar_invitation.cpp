#include "app/documents/icalendar_invitation.hpp"

#include <libical/ical.h>

#include <cctype>
#include <memory>
#include <utility>
#include <vector>

#include "domain/messages.hpp"
#include "domain/uk_time.hpp"

namespace casereview::documents {

namespace {

using namespace std::chrono_literals;

struct ComponentDeleter {
  void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using ComponentPointer = std::unique_ptr<icalcomponent, ComponentDeleter>;

constexpr const char* product_identifier = "-//casereview//Training sessions//EN";

bool has_control_character(std::string_view text) {
  for (const char c : text) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) return true;
  }
  return false;
}

// A parameter value (CN) may hold no DQUOTE and no control character (RFC 5545 section 3.1), so
// a double quote in a name becomes an apostrophe and control characters become spaces.
std::string parameter_text(std::string_view text) {
  std::string result;
  result.reserve(text.size());
  for (const char c : text) {
    if (c == '"') {
      result += '\'';
    } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
      result += ' ';
    } else {
      result += c;
    }
  }
  return result;
}

icaltimetype utc_time(Instant instant) {
  return icaltime_from_timet_with_zone(static_cast<time_t>(instant.time_since_epoch().count()), 0,
                                       icaltimezone_get_utc_timezone());
}

Instant instant_of(icaltimetype time) {
  return Instant{
      std::chrono::seconds{icaltime_as_timet_with_zone(time, icaltimezone_get_utc_timezone())}};
}

bool valid_clock_time(UkClockTime time) {
  return time.hour >= 0 && time.hour <= 23 && time.minute >= 0 && time.minute <= 59;
}

int minutes_of(UkClockTime time) { return time.hour * 60 + time.minute; }

std::vector<FieldError> problems_with(const CalendarInvitationDetails& details) {
  std::vector<FieldError> problems;
  if (details.uid.empty() || has_control_character(details.uid)) {
    problems.push_back({"uid", "Give the invitation a UID"});
  }
  if (details.sequence < 0) problems.push_back({"sequence", "The sequence must be 0 or more"});
  if (!valid_clock_time(details.starts_at))
    problems.push_back({"starts_at", enter("a real start time")});
  if (!valid_clock_time(details.ends_at)) {
    problems.push_back({"ends_at", enter("a real end time")});
  } else if (valid_clock_time(details.starts_at) &&
             minutes_of(details.ends_at) <= minutes_of(details.starts_at)) {
    problems.push_back({"ends_at", "The end time must be after the start time"});
  }
  if (details.summary.empty()) problems.push_back({"summary", enter("the summary")});
  if (details.organizer.email.empty() || has_control_character(details.organizer.email)) {
    problems.push_back({"organizer", enter("the organiser's email address")});
  }
  if (details.attendee.email.empty() || has_control_character(details.attendee.email)) {
    problems.push_back({"attendee", enter("the attendee's email address")});
  }
  return problems;
}

icalproperty* person_property(icalproperty* property, const CalendarPerson& person) {
  if (!person.name.empty()) {
    icalproperty_add_parameter(property, icalparameter_new_cn(parameter_text(person.name).c_str()));
  }
  return property;
}

std::string without_mailto(const char* address) {
  std::string text = address == nullptr ? "" : address;
  const std::string_view prefix = "mailto:";
  if (text.size() >= prefix.size()) {
    std::string start = text.substr(0, prefix.size());
    for (char& c : start) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (start == prefix) return text.substr(prefix.size());
  }
  return text;
}

CalendarPerson person_of(icalproperty* property, const char* address) {
  CalendarPerson person{.name = "", .email = without_mailto(address)};
  if (icalparameter* cn = icalproperty_get_first_parameter(property, ICAL_CN_PARAMETER);
      cn != nullptr) {
    const char* name = icalparameter_get_cn(cn);
    person.name = name == nullptr ? "" : name;
  }
  return person;
}

std::string text_or_empty(const char* text) { return text == nullptr ? "" : text; }

}  // namespace

// Rule UK-TIME: the wall-clock time is summer time when the instant one hour earlier than the
// same figures read as GMT is in British Summer Time.
Instant uk_wall_clock_instant(CivilDate date, UkClockTime time) {
  const Instant as_if_gmt = Instant{date.to_sys_days()} + std::chrono::hours{time.hour} +
                            std::chrono::minutes{time.minute};
  const Instant as_if_summer_time = as_if_gmt - 1h;
  return uk_summer_time(as_if_summer_time) ? as_if_summer_time : as_if_gmt;
}

std::string calendar_content_type(InvitationMethod method) {
  switch (method) {
    case InvitationMethod::request:
      return "text/calendar; method=REQUEST; charset=utf-8";
    case InvitationMethod::cancel:
      return "text/calendar; method=CANCEL; charset=utf-8";
  }
  return "text/calendar; charset=utf-8";
}

Result<std::string> calendar_invitation(const CalendarInvitationDetails& details) {
  if (std::vector<FieldError> problems = problems_with(details); !problems.empty()) {
    return Error::invalid(std::move(problems), "The calendar invitation is incomplete");
  }
  icalproperty_method method = ICAL_METHOD_REQUEST;
  icalproperty_status status = ICAL_STATUS_CONFIRMED;
  switch (details.method) {
    case InvitationMethod::request:
      break;
    case InvitationMethod::cancel:
      method = ICAL_METHOD_CANCEL;
      status = ICAL_STATUS_CANCELLED;
      break;
  }

  ComponentPointer calendar{icalcomponent_new(ICAL_VCALENDAR_COMPONENT)};
  icalcomponent* event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
  if (!calendar || event == nullptr) {
    if (event != nullptr) icalcomponent_free(event);
    return Error::of(ErrorCode::internal, "libical could not make a calendar");
  }
  icalcomponent_add_property(calendar.get(), icalproperty_new_prodid(product_identifier));
  icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
  icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
  icalcomponent_add_property(calendar.get(), icalproperty_new_method(method));

  icalcomponent_add_property(event, icalproperty_new_uid(details.uid.c_str()));
  icalcomponent_add_property(event, icalproperty_new_sequence(details.sequence));
  icalcomponent_add_property(event, icalproperty_new_dtstamp(utc_time(details.stamped_at)));
  const Instant starts = uk_wall_clock_instant(details.date, details.starts_at);
  const Instant ends = uk_wall_clock_instant(details.date, details.ends_at);
  icalcomponent_add_property(event, icalproperty_new_dtstart(utc_time(starts)));
  icalcomponent_add_property(event, icalproperty_new_dtend(utc_time(ends)));
  icalcomponent_add_property(event, icalproperty_new_summary(details.summary.c_str()));
  if (!details.description.empty()) {
    icalcomponent_add_property(event, icalproperty_new_description(details.description.c_str()));
  }
  if (!details.location.empty())
    icalcomponent_add_property(event, icalproperty_new_location(details.location.c_str()));
  if (!details.joining_url.empty()) {
    icalcomponent_add_property(event, icalproperty_new_url(details.joining_url.c_str()));
  }
  const std::string organizer_address = "mailto:" + details.organizer.email;
  icalcomponent_add_property(
      event,
      person_property(icalproperty_new_organizer(organizer_address.c_str()), details.organizer));
  // The person booked their own place, so they have accepted it; no reply is asked for.
  icalproperty* attendee = person_property(
      icalproperty_new_attendee(("mailto:" + details.attendee.email).c_str()), details.attendee);
  icalproperty_add_parameter(attendee, icalparameter_new_role(ICAL_ROLE_REQPARTICIPANT));
  icalproperty_add_parameter(attendee, icalparameter_new_partstat(ICAL_PARTSTAT_ACCEPTED));
  icalproperty_add_parameter(attendee, icalparameter_new_rsvp(ICAL_RSVP_FALSE));
  icalcomponent_add_property(event, attendee);
  icalcomponent_add_property(event, icalproperty_new_status(status));
  icalcomponent_add_property(event, icalproperty_new_transp(ICAL_TRANSP_OPAQUE));
  icalcomponent_add_component(calendar.get(), event);

  char* text = icalcomponent_as_ical_string_r(calendar.get());
  if (text == nullptr)
    return Error::of(ErrorCode::internal, "libical could not write the calendar");
  std::string result{text};
  icalmemory_free_buffer(text);
  return result;
}

Result<ParsedInvitation> parse_calendar_invitation(std::string_view ics) {
  const std::string text{ics};
  ComponentPointer calendar{icalparser_parse_string(text.c_str())};
  if (!calendar || icalcomponent_isa(calendar.get()) != ICAL_VCALENDAR_COMPONENT) {
    return Error::of(ErrorCode::invalid_input, "The text is not an iCalendar VCALENDAR");
  }
  if (icalcomponent_count_errors(calendar.get()) > 0) {
    return Error::of(ErrorCode::invalid_input, "libical found errors in the calendar");
  }
  ParsedInvitation parsed;
  switch (icalcomponent_get_method(calendar.get())) {
    case ICAL_METHOD_REQUEST:
      parsed.method = InvitationMethod::request;
      break;
    case ICAL_METHOD_CANCEL:
      parsed.method = InvitationMethod::cancel;
      break;
    default:  // libical's enum, not ours: every other method is refused
      return Error::of(ErrorCode::invalid_input,
                       "The calendar's METHOD is neither REQUEST nor CANCEL");
  }
  icalcomponent* event = icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT);
  if (event == nullptr) return Error::of(ErrorCode::invalid_input, "The calendar holds no VEVENT");
  if (icalcomponent_get_next_component(calendar.get(), ICAL_VEVENT_COMPONENT) != nullptr) {
    return Error::of(ErrorCode::invalid_input, "The calendar holds more than one VEVENT");
  }
  parsed.uid = text_or_empty(icalcomponent_get_uid(event));
  if (parsed.uid.empty()) return Error::of(ErrorCode::invalid_input, "The event has no UID");
  parsed.sequence = icalcomponent_get_sequence(event);
  const icaltimetype stamped = icalcomponent_get_dtstamp(event);
  const icaltimetype starts = icalcomponent_get_dtstart(event);
  const icaltimetype ends = icalcomponent_get_dtend(event);
  for (const icaltimetype& time : {stamped, starts, ends}) {
    if (icaltime_is_null_time(time) || icaltime_is_date(time) || !icaltime_is_utc(time)) {
      return Error::of(ErrorCode::invalid_input,
                       "The event's DTSTAMP, DTSTART and DTEND must be UTC date-times");
    }
  }
  parsed.stamped_at = instant_of(stamped);
  parsed.starts_at = instant_of(starts);
  parsed.ends_at = instant_of(ends);
  parsed.summary = text_or_empty(icalcomponent_get_summary(event));
  parsed.description = text_or_empty(icalcomponent_get_description(event));
  parsed.location = text_or_empty(icalcomponent_get_location(event));
  if (icalproperty* url = icalcomponent_get_first_property(event, ICAL_URL_PROPERTY);
      url != nullptr) {
    parsed.joining_url = text_or_empty(icalproperty_get_url(url));
  }
  parsed.status = text_or_empty(icalproperty_status_to_string(icalcomponent_get_status(event)));
  if (icalproperty* organizer = icalcomponent_get_first_property(event, ICAL_ORGANIZER_PROPERTY)) {
    parsed.organizer = person_of(organizer, icalproperty_get_organizer(organizer));
  }
  if (icalproperty* attendee = icalcomponent_get_first_property(event, ICAL_ATTENDEE_PROPERTY)) {
    parsed.attendee = person_of(attendee, icalproperty_get_attendee(attendee));
  }
  return parsed;
}

}  // namespace casereview::documents
