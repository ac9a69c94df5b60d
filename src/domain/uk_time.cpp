#include "domain/uk_time.hpp"

#include <cstdio>

namespace casereview {

namespace {

using namespace std::chrono_literals;

Instant summer_time_boundary(std::chrono::year year, std::chrono::month month) {
  const std::chrono::sys_days last_sunday{year / month / std::chrono::Sunday[std::chrono::last]};
  return Instant{last_sunday} + 1h;
}

Instant uk_local(Instant instant) { return instant + (uk_summer_time(instant) ? 1h : 0h); }

}  // namespace

bool uk_summer_time(Instant instant) {
  const std::chrono::year year =
      std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(instant)}.year();
  return instant >= summer_time_boundary(year, std::chrono::March) &&
         instant < summer_time_boundary(year, std::chrono::October);
}

CivilDate uk_date(Instant instant) {
  return *CivilDate::from_sys_days(std::chrono::floor<std::chrono::days>(uk_local(instant)));
}

Instant uk_start_of_day(CivilDate date) {
  const Instant utc_midnight{date.to_sys_days()};
  const Instant evening_before = utc_midnight - 1h;
  return uk_summer_time(evening_before) ? evening_before : utc_midnight;
}

std::string uk_time_text(Instant instant, TimePrecision precision) {
  const Instant local = uk_local(instant);
  const auto day = std::chrono::floor<std::chrono::days>(local);
  const std::chrono::year_month_day date{day};
  const std::chrono::hh_mm_ss time{local - day};
  const long hour = time.hours().count();
  const long minute = time.minutes().count();
  const long second = time.seconds().count();
  char clock[24];
  if (precision == TimePrecision::minutes && minute == 0 && (hour == 0 || hour == 12)) {
    std::snprintf(clock, sizeof clock, "%s", hour == 0 ? "midnight" : "midday");
  } else if (precision == TimePrecision::seconds) {
    std::snprintf(clock, sizeof clock, "%ld:%02ld:%02ld%s", hour % 12 == 0 ? 12 : hour % 12, minute,
                  second, hour < 12 ? "am" : "pm");
  } else if (minute == 0) {
    std::snprintf(clock, sizeof clock, "%ld%s", hour % 12 == 0 ? 12 : hour % 12,
                  hour < 12 ? "am" : "pm");
  } else {
    std::snprintf(clock, sizeof clock, "%ld:%02ld%s", hour % 12 == 0 ? 12 : hour % 12, minute,
                  hour < 12 ? "am" : "pm");
  }
  char text[64];
  std::snprintf(text, sizeof text, "%u %s %d at %s", static_cast<unsigned>(date.day()),
                month_name(static_cast<int>(static_cast<unsigned>(date.month()))).data(),
                static_cast<int>(date.year()), clock);
  return text;
}

}  // namespace casereview
