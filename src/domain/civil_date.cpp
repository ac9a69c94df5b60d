// Civil dates on top of std::chrono's proleptic Gregorian calendar: a CivilDate holds a sys_days
// count, so comparison and day arithmetic are integer operations, and year_month_day does the
// conversions both ways.
#include "domain/civil_date.hpp"

#include <cassert>
#include <ostream>

#include "domain/messages.hpp"

namespace casereview {

namespace {

bool year_is_writable(std::chrono::year year) {
  return year >= std::chrono::year{CivilDate::first_possible_year} &&
         year <= std::chrono::year{CivilDate::last_possible_year};
}

bool is_digit(char character) { return character >= '0' && character <= '9'; }

// The number written by the digits text[begin, end); the caller has checked they are digits.
int read_digits(std::string_view text, std::size_t begin, std::size_t end) {
  int number = 0;
  for (std::size_t index = begin; index < end; ++index) number = number * 10 + (text[index] - '0');
  return number;
}

void write_digits(std::string& out, int number, int width) {
  std::string digits(static_cast<std::size_t>(width), '0');
  for (int index = width - 1; index >= 0 && number > 0; --index) {
    digits[static_cast<std::size_t>(index)] = static_cast<char>('0' + number % 10);
    number /= 10;
  }
  out += digits;
}

}  // namespace

bool is_weekend(DayOfWeek day) {
  switch (day) {
    case DayOfWeek::monday:
    case DayOfWeek::tuesday:
    case DayOfWeek::wednesday:
    case DayOfWeek::thursday:
    case DayOfWeek::friday:
      return false;
    case DayOfWeek::saturday:
    case DayOfWeek::sunday:
      return true;
  }
  assert(false && "not a DayOfWeek");
  return false;
}

std::string_view day_of_week_name(DayOfWeek day) {
  switch (day) {
    case DayOfWeek::monday:
      return "Monday";
    case DayOfWeek::tuesday:
      return "Tuesday";
    case DayOfWeek::wednesday:
      return "Wednesday";
    case DayOfWeek::thursday:
      return "Thursday";
    case DayOfWeek::friday:
      return "Friday";
    case DayOfWeek::saturday:
      return "Saturday";
    case DayOfWeek::sunday:
      return "Sunday";
  }
  assert(false && "not a DayOfWeek");
  return "";
}

std::optional<CivilDate> CivilDate::from_ymd(int year, int month, int day) {
  // Checked before the conversion to unsigned, so that -1 cannot wrap round to a large number.
  if (year < first_possible_year || year > last_possible_year) return std::nullopt;
  if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  std::chrono::year_month_day date{std::chrono::year{year},
                                   std::chrono::month{static_cast<unsigned>(month)},
                                   std::chrono::day{static_cast<unsigned>(day)}};
  if (!date.ok()) return std::nullopt;
  return CivilDate{std::chrono::sys_days{date}};
}

std::optional<CivilDate> CivilDate::from_sys_days(std::chrono::sys_days days) {
  if (!year_is_writable(std::chrono::year_month_day{days}.year())) return std::nullopt;
  return CivilDate{days};
}

int CivilDate::year() const { return static_cast<int>(std::chrono::year_month_day{days_}.year()); }

int CivilDate::month() const {
  return static_cast<int>(static_cast<unsigned>(std::chrono::year_month_day{days_}.month()));
}

int CivilDate::day() const {
  return static_cast<int>(static_cast<unsigned>(std::chrono::year_month_day{days_}.day()));
}

DayOfWeek CivilDate::day_of_week() const {
  return static_cast<DayOfWeek>(std::chrono::weekday{days_}.iso_encoding());
}

CivilDate CivilDate::add_days(int days) const {
  CivilDate later{days_ + std::chrono::days{days}};
  assert(year_is_writable(std::chrono::year_month_day{later.days_}.year()) &&
         "date beyond years 1 to 9999");
  return later;
}

std::string CivilDate::to_iso_string() const {
  std::string text;
  text.reserve(10);
  write_digits(text, year(), 4);
  text += '-';
  write_digits(text, month(), 2);
  text += '-';
  write_digits(text, day(), 2);
  return text;
}

int days_between(CivilDate from, CivilDate to) {
  return static_cast<int>((to.to_sys_days() - from.to_sys_days()).count());
}

Result<CivilDate> parse_iso_date(std::string_view field, std::string_view text) {
  if (text.empty()) return Error::invalid({{std::string(field), enter("a date")}});
  bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-';
  constexpr std::size_t digit_positions[] = {0, 1, 2, 3, 5, 6, 8, 9};
  for (std::size_t index : digit_positions) {
    if (shaped && !is_digit(text[index])) shaped = false;
  }
  std::optional<CivilDate> date;
  if (shaped)
    date = CivilDate::from_ymd(read_digits(text, 0, 4), read_digits(text, 5, 7),
                               read_digits(text, 8, 10));
  if (!date) return Error::invalid({{std::string(field), enter("a real date")}});
  return *date;
}

std::string_view month_name(int month) {
  static constexpr std::string_view names[] = {"January",   "February", "March",    "April",
                                               "May",       "June",     "July",     "August",
                                               "September", "October",  "November", "December"};
  assert(month >= 1 && month <= 12);
  return names[month - 1];
}

std::string day_month_year(CivilDate date) {
  return std::to_string(date.day()) + " " + std::string(month_name(date.month())) + " " +
         std::to_string(date.year());
}

std::string weekday_day_month_year(CivilDate date) {
  return std::string(day_of_week_name(date.day_of_week())) + " " + day_month_year(date);
}

std::ostream& operator<<(std::ostream& out, CivilDate date) { return out << date.to_iso_string(); }

}  // namespace casereview
