// One row of an agency's chronology (DOMAIN.md step 5, Rule CHR-2): what happened, when, and where
// the agency found it. Entries are written by agency contributors on the page or imported from a
// spreadsheet, and merged across agencies once submitted (domain/merged_chronology.hpp).
//
// Rule (cited again where implemented and in the tests that prove it):
//   CHR-2  Every entry has a start date and a source; a date may be approximate; an optional
//          time, end date and sequence number order entries on the same day.
//
// Example:
//   Result<TimeOfDay> time = parse_time_of_day("time", "14:30");
//   time.value().text();  // "14:30"
//
// Plain values: safe to copy and to read from any thread.
#pragma once

#include <compare>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/approximate_date.hpp"
#include "domain/partnership.hpp"  // Id
#include "domain/result.hpp"

namespace casereview {

// A time of day on the 24-hour clock, to the minute.
struct TimeOfDay {
  int hour = 0;    // 0 to 23
  int minute = 0;  // 0 to 59

  std::string text() const;  // "09:05"
  friend auto operator<=>(const TimeOfDay&, const TimeOfDay&) = default;
};

// Reads "14:30", "9:05", "14.30" or "1430". Fails with invalid_input naming `field`: "Enter a real
// time, like 14:30" for anything else (including 24:00 and 12:60).
Result<TimeOfDay> parse_time_of_day(std::string_view field, std::string_view text);

struct ChronologyEntry {
  Id id = 0;
  Id agency_id = 0;
  ApproximateDate date = ApproximateDate::on_day(*CivilDate::from_ymd(1970, 1, 1));
  std::optional<TimeOfDay> time;
  std::optional<ApproximateDate> end_date;  // for an episode that lasted, e.g. a placement
  std::optional<int> sequence;              // orders entries of the same day and time
  std::string source;                       // the record it comes from, e.g. "GP record"
  std::string subject;                      // who it is about: a pseudonym or role
  std::string event;                        // the event or contact
  std::string action;                       // action taken
  std::string outcome;
  std::string significance;
  int position = 0;  // its place in its agency's own list, from 0
};

// Rule CHR-2: what an entry lacks or gets wrong, one error per field (fields as in the form, the
// API and an import's columns): "source" ("Enter the source"), "event" ("Enter the event or
// contact"), "end_date" ("The end date must be the same as or after the start date" — an end date
// whose period ends before the start's period begins). Empty when the entry can be saved.
std::vector<FieldError> chronology_entry_errors(const ChronologyEntry& entry);

// An entry as a person types it on the page, sends it to the API or writes it in a spreadsheet:
// each field as text, blank when not given.
struct ChronologyEntryText {
  std::string start_date;
  std::string time;
  std::string end_date;
  std::string sequence;
  std::string source;
  std::string subject;
  std::string event;
  std::string action;
  std::string outcome;
  std::string significance;
};

// The most characters of each text field of an entry (source, subject, event, action, outcome,
// significance).
inline constexpr std::size_t chronology_entry_text_limit = 5000;

// Rule CHR-2: reads an entry (surrounding spaces trimmed), every problem at once with one error per
// field, fields named as in ChronologyEntryText: "start_date" (parse_approximate_date), "time"
// (parse_time_of_day), "end_date", "sequence" ("Enter the sequence as a whole number, like 2"),
// a text field longer than the limit ("The event must be 5,000 characters or fewer"), and those of
// chronology_entry_errors — the end date judged only when both dates could be read.
Result<ChronologyEntry> chronology_entry_from_text(const ChronologyEntryText& text);

}  // namespace casereview
