// Calendar invitations for training sessions: what calendar_invitation writes is read back with
// libical and every property checked; a CANCEL keeps the UID and raises the SEQUENCE; UK wall-clock
// times become the right UTC instants in summer time, in winter and on the days the clocks change
// (checked against libical's own Europe/London zone); text with commas, semicolons, backslashes
// and newlines survives the round trip.
#include "app/documents/icalendar_invitation.hpp"

#include <gtest/gtest.h>
#include <libical/ical.h>

#include <sstream>
#include <string>
#include <vector>

namespace casereview::documents {
namespace {

CivilDate date(int year, int month, int day) {
  std::optional<CivilDate> made = CivilDate::from_ymd(year, month, day);
  EXPECT_TRUE(made.has_value()) << year << "-" << month << "-" << day;
  return made.value_or(*CivilDate::from_ymd(1970, 1, 1));
}

Instant instant(const std::string& text) {
  std::optional<Instant> parsed = parse_instant(text);
  EXPECT_TRUE(parsed.has_value()) << text;
  return parsed.value_or(Instant{});
}

CalendarInvitationDetails winter_session() {
  return {
      .method = InvitationMethod::request,
      .uid = "booking-42@casereview.northbrook.example",
      .sequence = 0,
      .stamped_at = instant("2026-11-02T14:05:09Z"),
      .date = date(2026, 11, 25),
      .starts_at = {9, 30},
      .ends_at = {12, 0},
      .summary = "Case reviews",
      .description = "Read the course page before the session.",
      .location = "",
      .joining_url = "https://meet.example/northbrook/case-reviews",
      .organizer = {"Northbrook Safeguarding Children Partnership", "training@northbrook.example"},
      .attendee = {"Siân O'Connor", "sian.oconnor@agency.example"},
  };
}

std::string made(const CalendarInvitationDetails& details) {
  Result<std::string> ics = calendar_invitation(details);
  EXPECT_TRUE(ics.ok()) << (ics.ok() ? "" : ics.error().message);
  return ics.ok() ? ics.value() : "";
}

ParsedInvitation parsed(const std::string& ics) {
  Result<ParsedInvitation> read = parse_calendar_invitation(ics);
  EXPECT_TRUE(read.ok()) << (read.ok() ? "" : read.error().message) << "\n" << ics;
  return read.ok() ? read.value() : ParsedInvitation{};
}

// The UTC instant libical's built-in Europe/London zone gives for a wall-clock time: an
// independent check of Rule UK-TIME.
Instant libical_london_instant(CivilDate day, int hour, int minute) {
  icaltimezone* london = icaltimezone_get_builtin_timezone("Europe/London");
  EXPECT_NE(london, nullptr) << "libical has no Europe/London zone (is tzdata installed?)";
  if (london == nullptr) return Instant{};
  icaltimetype local = icaltime_null_time();
  local.year = day.year();
  local.month = day.month();
  local.day = day.day();
  local.hour = hour;
  local.minute = minute;
  return Instant{std::chrono::seconds{icaltime_as_timet_with_zone(local, london)}};
}

// The text with RFC 5545 line folding undone (a CRLF followed by a space joins the lines).
std::string unfolded(std::string ics) {
  for (std::size_t at = ics.find("\r\n "); at != std::string::npos; at = ics.find("\r\n ", at))
    ics.erase(at, 3);
  return ics;
}

// True when `text` is whole UTF-8 sequences: folding must not split a character.
bool whole_utf8(std::string_view text) {
  std::size_t index = 0;
  while (index < text.size()) {
    const auto lead = static_cast<unsigned char>(text[index]);
    const std::size_t length = lead < 0x80           ? 1
                               : (lead >> 5) == 0x6  ? 2
                               : (lead >> 4) == 0xe  ? 3
                               : (lead >> 3) == 0x1e ? 4
                                                     : 0;
    if (length == 0 || index + length > text.size()) return false;
    for (std::size_t next = 1; next < length; ++next) {
      if ((static_cast<unsigned char>(text[index + next]) >> 6) != 0x2) return false;
    }
    index += length;
  }
  return true;
}

std::vector<std::string> field_names(const Error& error) {
  std::vector<std::string> names;
  for (const FieldError& field : error.fields) names.push_back(field.field);
  return names;
}

TEST(CalendarInvitation, ARequestCarriesEveryPropertyAndReadsBackWithLibical) {
  const std::string ics = made(winter_session());
  const ParsedInvitation invitation = parsed(ics);

  EXPECT_EQ(invitation.method, InvitationMethod::request);
  EXPECT_EQ(invitation.uid, "booking-42@casereview.northbrook.example");
  EXPECT_EQ(invitation.sequence, 0);
  EXPECT_EQ(invitation.stamped_at, instant("2026-11-02T14:05:09Z"));
  EXPECT_EQ(invitation.starts_at, instant("2026-11-25T09:30:00Z"));
  EXPECT_EQ(invitation.ends_at, instant("2026-11-25T12:00:00Z"));
  EXPECT_EQ(invitation.summary, "Case reviews");
  EXPECT_EQ(invitation.description, "Read the course page before the session.");
  EXPECT_EQ(invitation.location, "");
  EXPECT_EQ(invitation.joining_url, "https://meet.example/northbrook/case-reviews");
  EXPECT_EQ(invitation.status, "CONFIRMED");
  EXPECT_EQ(invitation.organizer.name, "Northbrook Safeguarding Children Partnership");
  EXPECT_EQ(invitation.organizer.email, "training@northbrook.example");
  EXPECT_EQ(invitation.attendee.name, "Siân O'Connor");
  EXPECT_EQ(invitation.attendee.email, "sian.oconnor@agency.example");

  EXPECT_NE(ics.find("METHOD:REQUEST\r\n"), std::string::npos) << ics;
  EXPECT_NE(ics.find("VERSION:2.0\r\n"), std::string::npos) << ics;
  EXPECT_NE(ics.find("PRODID:"), std::string::npos) << ics;
  EXPECT_NE(ics.find("DTSTART:20261125T093000Z\r\n"), std::string::npos) << ics;
}

TEST(CalendarInvitation, LinesEndInCarriageReturnLineFeedAndAreFoldedAt75Octets) {
  CalendarInvitationDetails details = winter_session();
  details.description = std::string(300, 'x') + " and Siân's notes, again " + std::string(200, 'y');
  for (int letter = 0; letter < 100; ++letter) details.description += "Łó";
  const std::string ics = made(details);
  ASSERT_FALSE(ics.empty());
  std::size_t start = 0;
  int lines = 0;
  while (start < ics.size()) {
    const std::size_t end = ics.find("\r\n", start);
    ASSERT_NE(end, std::string::npos) << "the last line has no CRLF";
    EXPECT_LE(end - start, 75u) << ics.substr(start, end - start);
    EXPECT_EQ(ics.substr(start, end - start).find('\n'), std::string::npos);
    EXPECT_TRUE(whole_utf8(ics.substr(start, end - start))) << ics.substr(start, end - start);
    start = end + 2;
    ++lines;
  }
  EXPECT_GT(lines, 10);
  EXPECT_EQ(parsed(ics).description, details.description);
}

TEST(CalendarInvitation, AnInPersonSessionGivesItsVenueAsTheLocation) {
  CalendarInvitationDetails details = winter_session();
  details.joining_url = "";
  details.location = "Council House, Committee Room 2, Northbrook";
  const ParsedInvitation invitation = parsed(made(details));
  EXPECT_EQ(invitation.location, "Council House, Committee Room 2, Northbrook");
  EXPECT_EQ(invitation.joining_url, "");
}

TEST(CalendarInvitation, ACancellationKeepsTheUidWithAHigherSequenceAndIsCancelled) {
  const ParsedInvitation request = parsed(made(winter_session()));
  CalendarInvitationDetails cancellation = winter_session();
  cancellation.method = InvitationMethod::cancel;
  cancellation.sequence = 1;
  cancellation.stamped_at = instant("2026-11-20T08:00:00Z");
  const std::string ics = made(cancellation);
  const ParsedInvitation cancel = parsed(ics);

  EXPECT_EQ(cancel.method, InvitationMethod::cancel);
  EXPECT_EQ(cancel.uid, request.uid);
  EXPECT_GT(cancel.sequence, request.sequence);
  EXPECT_EQ(cancel.status, "CANCELLED");
  EXPECT_EQ(cancel.starts_at, request.starts_at);
  EXPECT_EQ(cancel.stamped_at, instant("2026-11-20T08:00:00Z"));
  EXPECT_NE(ics.find("METHOD:CANCEL\r\n"), std::string::npos) << ics;
  EXPECT_EQ(calendar_content_type(InvitationMethod::cancel),
            "text/calendar; method=CANCEL; charset=utf-8");
  EXPECT_EQ(calendar_content_type(InvitationMethod::request),
            "text/calendar; method=REQUEST; charset=utf-8");
}

// Rule UK-TIME: British Summer Time is GMT+1 from 01:00 GMT on the last Sunday of March to 01:00
// GMT on the last Sunday of October.
TEST(CalendarInvitation, SummerTimeSessionsStartAnHourEarlierInUtcThanWinterOnes) {
  CalendarInvitationDetails summer = winter_session();
  summer.date = date(2026, 7, 1);
  const ParsedInvitation july = parsed(made(summer));
  EXPECT_EQ(july.starts_at, instant("2026-07-01T08:30:00Z"));
  EXPECT_EQ(july.ends_at, instant("2026-07-01T11:00:00Z"));
  EXPECT_EQ(july.starts_at, libical_london_instant(date(2026, 7, 1), 9, 30));

  const ParsedInvitation november = parsed(made(winter_session()));
  EXPECT_EQ(november.starts_at, instant("2026-11-25T09:30:00Z"));
  EXPECT_EQ(november.starts_at, libical_london_instant(date(2026, 11, 25), 9, 30));
}

TEST(CalendarInvitation, WallClockTimesAroundTheClockChangesAgreeWithLibicalsLondonZone) {
  struct Case {
    CivilDate day;
    UkClockTime time;
    const char* utc;
  };
  const std::vector<Case> cases = {
      {date(2026, 3, 28), {9, 30}, "2026-03-28T09:30:00Z"},   // Saturday before: GMT
      {date(2026, 3, 29), {0, 30}, "2026-03-29T00:30:00Z"},   // clocks go forward at 01:00 GMT
      {date(2026, 3, 29), {3, 0}, "2026-03-29T02:00:00Z"},    // already BST
      {date(2026, 3, 30), {9, 30}, "2026-03-30T08:30:00Z"},   // Monday after: BST
      {date(2026, 10, 24), {9, 30}, "2026-10-24T08:30:00Z"},  // Saturday before: BST
      {date(2026, 10, 25), {0, 30}, "2026-10-24T23:30:00Z"},  // still BST after midnight
      {date(2026, 10, 25), {3, 0}, "2026-10-25T03:00:00Z"},   // GMT again
      {date(2026, 10, 26), {9, 30}, "2026-10-26T09:30:00Z"},  // Monday after: GMT
      {date(2027, 1, 1), {0, 0}, "2027-01-01T00:00:00Z"},
  };
  for (const Case& example : cases) {
    SCOPED_TRACE(example.day.to_iso_string());
    EXPECT_EQ(uk_wall_clock_instant(example.day, example.time), instant(example.utc));
    EXPECT_EQ(uk_wall_clock_instant(example.day, example.time),
              libical_london_instant(example.day, example.time.hour, example.time.minute));
  }
  // The hour skipped in spring is read as GMT; the hour repeated in autumn is the BST one.
  EXPECT_EQ(uk_wall_clock_instant(date(2026, 3, 29), {1, 30}), instant("2026-03-29T01:30:00Z"));
  EXPECT_EQ(uk_wall_clock_instant(date(2026, 10, 25), {1, 30}), instant("2026-10-25T00:30:00Z"));
}

TEST(CalendarInvitation,
     TextWithCommasSemicolonsBackslashesAndNewlinesIsEscapedAndReadsBackUnchanged) {
  CalendarInvitationDetails details = winter_session();
  details.summary = "Case reviews: learning, not blame; part 1";
  details.description =
      "Before you come:\n- read the course page, please;\n- bring C:\\notes\\questions.\nThank you";
  details.location = "Room 2; Council House, Northbrook";
  const std::string ics = unfolded(made(details));
  EXPECT_NE(ics.find("SUMMARY:Case reviews: learning\\, not blame\\; part 1\r\n"),
            std::string::npos)
      << ics;
  EXPECT_NE(ics.find("LOCATION:Room 2\\; Council House\\, Northbrook\r\n"), std::string::npos)
      << ics;
  EXPECT_NE(ics.find("DESCRIPTION:Before you come:\\n- read the course page\\, please\\;\\n- bring "
                     "C:\\\\notes"),
            std::string::npos)
      << ics;
  const ParsedInvitation invitation = parsed(made(details));
  EXPECT_EQ(invitation.summary, details.summary);
  EXPECT_EQ(invitation.description, details.description);
  EXPECT_EQ(invitation.location, details.location);
}

TEST(CalendarInvitation, ADoubleQuoteInANameCannotBreakOutOfTheCommonNameParameter) {
  CalendarInvitationDetails details = winter_session();
  details.attendee.name = "Sam \"Sammy\" Lee;ROLE=CHAIR:mailto:x@evil.example";
  const ParsedInvitation invitation = parsed(made(details));
  EXPECT_EQ(invitation.attendee.name, "Sam 'Sammy' Lee;ROLE=CHAIR:mailto:x@evil.example");
  EXPECT_EQ(invitation.attendee.email, "sian.oconnor@agency.example");
}

TEST(CalendarInvitation, RefusesIncompleteDetailsNamingEachField) {
  CalendarInvitationDetails details = winter_session();
  details.uid = "";
  details.sequence = -1;
  details.summary = "";
  details.ends_at = {9, 0};
  details.organizer.email = "";
  details.attendee.email = "";
  Result<std::string> ics = calendar_invitation(details);
  ASSERT_FALSE(ics.ok());
  EXPECT_EQ(ics.error().code, ErrorCode::invalid_input);
  EXPECT_EQ(
      field_names(ics.error()),
      (std::vector<std::string>{"uid", "sequence", "ends_at", "summary", "organizer", "attendee"}));

  details = winter_session();
  details.starts_at = {24, 0};
  ics = calendar_invitation(details);
  ASSERT_FALSE(ics.ok());
  EXPECT_EQ(field_names(ics.error()), (std::vector<std::string>{"starts_at"}));
}

TEST(CalendarInvitation, ParsingRefusesTextThatIsNotAnInvitation) {
  EXPECT_FALSE(parse_calendar_invitation("hello").ok());
  EXPECT_FALSE(parse_calendar_invitation("").ok());
  const std::string without_method =
      "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nBEGIN:VEVENT\r\nUID:a\r\n"
      "DTSTAMP:20261102T140509Z\r\nDTSTART:20261125T093000Z\r\nDTEND:20261125T120000Z\r\nEND:"
      "VEVENT\r\n"
      "END:VCALENDAR\r\n";
  Result<ParsedInvitation> read = parse_calendar_invitation(without_method);
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.error().code, ErrorCode::invalid_input);
  std::string floating = made(winter_session());
  const std::size_t at = floating.find("DTSTART:20261125T093000Z");
  ASSERT_NE(at, std::string::npos);
  floating.replace(at, 24, "DTSTART:20261125T093000");
  EXPECT_FALSE(parse_calendar_invitation(floating).ok());
}

}  // namespace
}  // namespace casereview::documents
