// A civil date: a year, month and day on the wall calendar, with no time of day and no time zone.
// Deadlines in casereview are civil dates in Europe/London (DESIGN.md "Time"), computed by the
// working-day calendar (domain/working_days.hpp) from dates like this one. Converting an instant
// to the civil date it falls on in London is the caller's job: nothing here reads a clock.
//
// Example:
//   Result<CivilDate> aware = parse_iso_date("aware_on", "2023-12-20");
//   if (!aware) return aware.error();  // field "aware_on", "Enter a real date"
//   CivilDate next_week = aware.value().add_days(7);
//   next_week.to_iso_string();         // "2023-12-27"
//   next_week.day_of_week();           // DayOfWeek::wednesday
//
// A CivilDate is an immutable value: safe to copy and to read from any thread.
#pragma once

#include <chrono>
#include <compare>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

#include "domain/result.hpp"

namespace casereview {

// Numbered as ISO 8601 numbers them: Monday is 1, Sunday is 7.
enum class DayOfWeek {
  monday = 1,
  tuesday,
  wednesday,
  thursday,
  friday,
  saturday,
  sunday,
};

// True for Saturday and Sunday.
bool is_weekend(DayOfWeek day);

// The English name, such as "Friday".
std::string_view day_of_week_name(DayOfWeek day);

class CivilDate {
 public:
  // Dates can be written as ISO YYYY-MM-DD, so years run from 1 to 9999.
  static constexpr int first_possible_year = 1;
  static constexpr int last_possible_year = 9999;

  // The date with this year, month (1-12) and day of month. Returns nothing when there is no such
  // date (2023-02-29, month 13, day 0) or the year is outside 1 to 9999.
  static std::optional<CivilDate> from_ymd(int year, int month, int day);

  // The date of this day count since 1970-01-01. Returns nothing when its year is outside 1 to
  // 9999.
  static std::optional<CivilDate> from_sys_days(std::chrono::sys_days days);

  int year() const;
  int month() const;  // 1 to 12
  int day() const;    // 1 to 31
  DayOfWeek day_of_week() const;
  std::chrono::sys_days to_sys_days() const { return days_; }

  // The date this many days later (earlier when negative). The result must stay within years 1 to
  // 9999: going beyond is a programming error, caught by an assert in debug builds.
  CivilDate add_days(int days) const;

  // ISO 8601, always ten characters: "2023-12-29".
  std::string to_iso_string() const;

  friend auto operator<=>(const CivilDate&, const CivilDate&) = default;

 private:
  explicit CivilDate(std::chrono::sys_days days) : days_(days) {}

  std::chrono::sys_days days_;
};

// How many days `to` is after `from`: 1 from a day to the next, negative when `to` is earlier.
int days_between(CivilDate from, CivilDate to);

// Reads an ISO 8601 date written exactly as YYYY-MM-DD. Fails with invalid_input naming `field`:
// "Enter a date" when the text is empty, "Enter a real date" when it has another shape or names a
// day that does not exist (2023-02-29). Leading or trailing spaces are refused, not trimmed.
Result<CivilDate> parse_iso_date(std::string_view field, std::string_view text);

// The English name of month 1 to 12, such as "March".
std::string_view month_name(int month);

// A date as GOV.UK writes it in pages, emails and documents: "3 March 2026".
std::string day_month_year(CivilDate date);

// The same with the day of the week: "Tuesday 3 March 2026".
std::string weekday_day_month_year(CivilDate date);

// Writes the ISO form, so that test failures and logs show "2023-12-29".
std::ostream& operator<<(std::ostream& out, CivilDate date);

}  // namespace casereview
