// The working-day calendar of working_days.hpp. At construction it walks every day of the covered
// years once and records a running count of working days; every question afterwards is answered
// from that table, so answers are fast and the calendar never changes after it is built.
#include "domain/working_days.hpp"

#include <algorithm>
#include <cassert>
#include <iterator>
#include <set>
#include <utility>

namespace casereview {

namespace {

std::string covered_years(int first_year, int last_year) {
  if (first_year == last_year) return std::to_string(first_year);
  return std::to_string(first_year) + " to " + std::to_string(last_year);
}

}  // namespace

Result<WorkingDayCalendar> WorkingDayCalendar::from_holidays(std::vector<BankHoliday> holidays) {
  if (holidays.empty()) {
    return Error::invalid({{"holidays", "The calendar needs at least one bank holiday"}});
  }
  std::stable_sort(
      holidays.begin(), holidays.end(),
      [](const BankHoliday& left, const BankHoliday& right) { return left.date < right.date; });
  // A date listed twice keeps its first title.
  holidays.erase(std::unique(holidays.begin(), holidays.end(),
                             [](const BankHoliday& left, const BankHoliday& right) {
                               return left.date == right.date;
                             }),
                 holidays.end());

  const int first_year = holidays.front().date.year();
  const int last_year = holidays.back().date.year();
  std::set<int> years_with_holidays;
  for (const BankHoliday& holiday : holidays) years_with_holidays.insert(holiday.date.year());
  for (int year = first_year; year <= last_year; ++year) {
    if (!years_with_holidays.contains(year)) {
      return Error::invalid({{"holidays", "The bank holidays list none in " + std::to_string(year) +
                                              ", so the calendar cannot cover " +
                                              covered_years(first_year, last_year)}});
    }
  }

  // Both exist: the years came from valid dates.
  const CivilDate first_day = *CivilDate::from_ymd(first_year, 1, 1);
  const CivilDate last_day = *CivilDate::from_ymd(last_year, 12, 31);

  // Rule WD-1 (DOMAIN.md "Working days"; bank holidays as GOV.UK publishes them,
  // https://www.gov.uk/bank-holidays): a working day is Monday to Friday, except England and
  // Wales bank holidays.
  const int day_count = days_between(first_day, last_day) + 1;
  std::vector<int> working_days_through;
  working_days_through.reserve(static_cast<std::size_t>(day_count));
  auto next_holiday = holidays.begin();
  int working_days = 0;
  for (int offset = 0; offset < day_count; ++offset) {
    const CivilDate day = first_day.add_days(offset);
    bool is_holiday = next_holiday != holidays.end() && next_holiday->date == day;
    if (is_holiday) ++next_holiday;
    if (!is_weekend(day.day_of_week()) && !is_holiday) ++working_days;
    working_days_through.push_back(working_days);
  }
  assert(next_holiday == holidays.end());

  return WorkingDayCalendar{std::move(holidays), first_day, last_day,
                            std::move(working_days_through)};
}

WorkingDayCalendar::WorkingDayCalendar(std::vector<BankHoliday> holidays, CivilDate first_day,
                                       CivilDate last_day, std::vector<int> working_days_through)
    : holidays_(std::move(holidays)),
      first_day_(first_day),
      last_day_(last_day),
      working_days_through_(std::move(working_days_through)) {}

std::size_t WorkingDayCalendar::index_of(CivilDate date) const {
  assert(covers(date));
  return static_cast<std::size_t>(days_between(first_day_, date));
}

// Rule WD-3 (DESIGN.md "Time"; shared/data/README.md: "the calendar must say clearly when a
// deadline falls beyond the last year it knows"): outside the covered years, refuse; never guess.
Error WorkingDayCalendar::outside_calendar(const std::string& what) const {
  return Error::invalid(
      {{"date", "The calendar covers " + covered_years(first_year(), last_year()) + "; " + what}});
}

const BankHoliday* WorkingDayCalendar::holiday_on(CivilDate date) const {
  auto found = std::lower_bound(
      holidays_.begin(), holidays_.end(), date,
      [](const BankHoliday& holiday, CivilDate wanted) { return holiday.date < wanted; });
  if (found == holidays_.end() || found->date != date) return nullptr;
  return &*found;
}

Result<bool> WorkingDayCalendar::is_working_day(CivilDate date) const {
  // Rule WD-3.
  if (!covers(date)) return outside_calendar("this date is outside it");
  // Rule WD-1, as recorded in the table: the running count goes up on a working day.
  std::size_t index = index_of(date);
  int before = index == 0 ? 0 : working_days_through_[index - 1];
  return working_days_through_[index] > before;
}

Result<CivilDate> WorkingDayCalendar::add_working_days(CivilDate date, int working_days) const {
  if (working_days < 0) {
    return Error::invalid({{"working_days", "The number of working days must be 0 or more"}});
  }
  // Rule WD-3.
  if (!covers(date)) return outside_calendar("this date is outside it");

  // Rule WD-2 (DOMAIN.md "Working days", the reading of "within N working days of D" used for the
  // notification and rapid review deadlines of DOMAIN.md steps 2 and 3): the date is day 0
  // whatever kind of day it is, and the answer is the N-th working day after it. So day 0 itself
  // never counts, and N = 0 is the date itself.
  if (working_days == 0) return date;
  const int through_date = working_days_through_[index_of(date)];
  if (working_days > working_days_through_.back() - through_date) {
    // Rule WD-3: the answer would fall after the last covered day.
    const std::string count =
        working_days == 1 ? "1 working day" : std::to_string(working_days) + " working days";
    return outside_calendar(count + " after " + date.to_iso_string() + " falls beyond it");
  }
  // The first day whose running count reaches the target is the N-th working day after the date:
  // the count rises only on working days, so that day is one.
  auto found = std::lower_bound(working_days_through_.begin(), working_days_through_.end(),
                                through_date + working_days);
  return first_day_.add_days(static_cast<int>(std::distance(working_days_through_.begin(), found)));
}

Result<int> WorkingDayCalendar::working_days_between(CivilDate from, CivilDate to) const {
  // Rule WD-3.
  if (!covers(from) || !covers(to)) return outside_calendar("this date is outside it");
  // Rule WD-2, counted the other way: the working days after `from`, up to and including `to`.
  return working_days_through_[index_of(to)] - working_days_through_[index_of(from)];
}

}  // namespace casereview
