// Fuzz target: a bank-holiday file (the GOV.UK JSON an administrator may load), which the
// working-day calendar is built from; and the calendar it gives keeping rule WD-2's promise that
// counting back the working days added gives the same number.
#include "app/bank_holidays.hpp"

#include "fuzz_support.hpp"

using namespace casereview;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto calendar = parse_bank_holidays(fuzz::text_of(data, size));
  if (!calendar) return 0;
  const WorkingDayCalendar& days = calendar.value();
  const CivilDate start = days.first_day();
  auto later = days.add_working_days(start, 15);
  if (!later) return 0;  // the calendar is shorter than 15 working days
  auto counted = days.working_days_between(start, later.value());
  fuzz::require(counted && counted.value() == 15, "working days added count back the same (WD-2)");
  return 0;
}
