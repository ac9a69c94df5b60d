// Loads the working-day calendar (domain/working_days.hpp) from a bank-holidays file in the shape
// GOV.UK publishes at https://www.gov.uk/bank-holidays.json:
//   {"england-and-wales": {"division": "england-and-wales",
//                          "events": [{"title": "Boxing Day", "date": "2023-12-26",
//                                      "notes": "", "bunting": true}, ...]},
//    "scotland": {...}, "northern-ireland": {...}}
// Only the England and Wales division is read (DOMAIN.md "Working days"); "notes" and "bunting"
// are ignored. The program carries a copy (data/bank-holidays-england-and-wales.json, compiled in);
// an administrator can load a newer official file through parse_bank_holidays without a rebuild.
//
// Example:
//   const Result<WorkingDayCalendar>& calendar = default_calendar();
//   if (!calendar) return calendar.error();
//   Result<CivilDate> notify_by = calendar.value().add_working_days(aware_on, 5);
//
// Thread safety: both functions may be called from any thread; default_calendar() parses once.
#pragma once

#include <string_view>

#include "domain/result.hpp"
#include "domain/working_days.hpp"

namespace casereview {

// The key of the bundled file in embedded_files().
inline constexpr std::string_view bundled_bank_holidays_file =
    "data/bank-holidays-england-and-wales.json";

// Builds a calendar from the text of a GOV.UK bank-holidays file. Fails with invalid_input on
// field "file", with a message saying what is wrong, when the text is not JSON, has no
// "england-and-wales" division (or one whose "division" member says otherwise), has no events or
// an empty list of them, has an event without a title or with a date that is not a real
// YYYY-MM-DD date, or leaves a year without holidays between its first and last years.
Result<WorkingDayCalendar> parse_bank_holidays(std::string_view json_text);

// The calendar of the bundled file, parsed on the first call and shared afterwards. Fails with
// internal when the bundled file is missing or refused (a defect of the build, never of input).
const Result<WorkingDayCalendar>& default_calendar();

}  // namespace casereview
