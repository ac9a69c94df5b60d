// The tests' calendar of real bank holidays: see bank_holiday_calendar.hpp.
#include "support/bank_holiday_calendar.hpp"

namespace casereview::testing_support {

namespace {

CivilDate date(int year, int month, int day) {
  return CivilDate::from_ymd(year, month, day).value();
}

}  // namespace

const WorkingDayCalendar& bank_holidays_2023_to_2024() {
  static const WorkingDayCalendar built =
      WorkingDayCalendar::from_holidays({{date(2023, 12, 25), "Christmas Day"},
                                         {date(2023, 12, 26), "Boxing Day"},
                                         {date(2024, 1, 1), "New Year’s Day"},
                                         {date(2024, 3, 29), "Good Friday"},
                                         {date(2024, 4, 1), "Easter Monday"},
                                         {date(2024, 12, 25), "Christmas Day"},
                                         {date(2024, 12, 26), "Boxing Day"}})
          .value();
  return built;
}

}  // namespace casereview::testing_support
