// The working-day calendar: the one place that decides which days count as working days and
// which date is "N working days after" another. Every statutory deadline counted in working days
// (notification within 5, rapid review within 15, DOMAIN.md steps 2 and 3) goes through it.
// It knows only the bank holidays it is given, so it covers whole years, from the first to the
// last year in its list, and refuses any question about a date outside them rather than guessing
// (DESIGN.md "Time"). The app layer builds it from the GOV.UK bank-holidays file
// (app/bank_holidays.hpp); tests build it from a hand-written list.
//
// The rules, with their ids (cited again in the code that implements them and the tests that
// prove them), all from DOMAIN.md "Working days" and DESIGN.md "Time":
//   WD-1  A working day is Monday to Friday, except England and Wales bank holidays.
//   WD-2  "Within N working days of D": D is day 0, whatever kind of day it is; the deadline is
//         the N-th working day after D.
//   WD-3  A date, or a result, outside the years the calendar covers is an error, never a guess.
//
// Example:
//   Result<WorkingDayCalendar> calendar = WorkingDayCalendar::from_holidays({
//       {*CivilDate::from_ymd(2023, 12, 25), "Christmas Day"},
//       {*CivilDate::from_ymd(2023, 12, 26), "Boxing Day"}, ...});
//   CivilDate aware = *CivilDate::from_ymd(2023, 12, 20);  // a Wednesday
//   Result<CivilDate> notify_by = calendar.value().add_working_days(aware, 5);
//   // notify_by.value() is Friday 2023-12-29
//   calendar.value().working_days_between(aware, notify_by.value()).value();  // 5
//
// Thread safety: immutable after construction; every member function is const and may be called
// from any number of threads at once.
#pragma once

#include <string>
#include <vector>

#include "domain/civil_date.hpp"
#include "domain/result.hpp"

namespace casereview {

// One England and Wales bank holiday, as GOV.UK lists it.
struct BankHoliday {
  CivilDate date;
  std::string title;  // e.g. "Boxing Day"
};

class WorkingDayCalendar {
 public:
  // Builds a calendar covering 1 January of the earliest holiday's year to 31 December of the
  // latest's. The order of the list does not matter; a date listed twice counts once. Fails with
  // invalid_input on field "holidays" when the list is empty, or when a year between the first and
  // the last has no holiday at all (a gap in the list would make every day of that year look like
  // a working day).
  static Result<WorkingDayCalendar> from_holidays(std::vector<BankHoliday> holidays);

  int first_year() const { return first_day_.year(); }
  int last_year() const { return last_day_.year(); }
  CivilDate first_day() const { return first_day_; }  // 1 January of first_year()
  CivilDate last_day() const { return last_day_; }    // 31 December of last_year()
  bool covers(CivilDate date) const { return first_day_ <= date && date <= last_day_; }

  // The holidays, sorted by date.
  const std::vector<BankHoliday>& holidays() const { return holidays_; }

  // The holiday on this date, or nullptr when the date is not a bank holiday (including when it is
  // outside the calendar). The pointer lives as long as the calendar.
  const BankHoliday* holiday_on(CivilDate date) const;

  // Whether the date is a working day (Rule WD-1). Fails with invalid_input on field "date" when
  // the date is outside the calendar (Rule WD-3).
  Result<bool> is_working_day(CivilDate date) const;

  // The `working_days`-th working day after `date`, which is day 0 whatever kind of day it is
  // (Rule WD-2); 0 gives `date` itself. Fails with invalid_input on field "date" when `date` or the
  // result is outside the calendar (Rule WD-3), and on field "working_days" when it is negative.
  Result<CivilDate> add_working_days(CivilDate date, int working_days) const;

  // The number of working days d with from < d <= to, so that
  // working_days_between(d, add_working_days(d, n)) == n; negative (the same count, negated) when
  // `to` is before `from`. Fails with invalid_input on field "date" when either date is outside
  // the calendar (Rule WD-3).
  Result<int> working_days_between(CivilDate from, CivilDate to) const;

 private:
  WorkingDayCalendar(std::vector<BankHoliday> holidays, CivilDate first_day, CivilDate last_day,
                     std::vector<int> working_days_through);

  // The position of a covered date in working_days_through_.
  std::size_t index_of(CivilDate date) const;
  Error outside_calendar(const std::string& what) const;

  std::vector<BankHoliday> holidays_;
  CivilDate first_day_;
  CivilDate last_day_;
  // Entry i: how many working days there are from first_day_ to first_day_ + i, both included.
  // Non-decreasing, so counts between two dates are one subtraction and finding the N-th working
  // day is one binary search.
  std::vector<int> working_days_through_;
};

}  // namespace casereview
