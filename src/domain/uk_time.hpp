// Civil time in the UK (Europe/London) without a time-zone database, which GCC 12's library lacks:
// GMT in winter, British Summer Time (GMT+1) from 01:00 GMT on the last Sunday of March to 01:00
// GMT on the last Sunday of October (Rule UK-TIME: Summer Time Act 1972; Summer Time Order 2002).
// Deadlines are UK civil dates (DOMAIN.md "Working days"), so the current instant becomes a date
// here, and times are shown to people as they read them.
#pragma once

#include <string>

#include "domain/civil_date.hpp"
#include "domain/instant.hpp"

namespace casereview {

// Rule UK-TIME: true when `instant` falls in British Summer Time.
bool uk_summer_time(Instant instant);

// The UK calendar date at `instant`.
CivilDate uk_date(Instant instant);

// The instant the UK day `date` begins (23:00 GMT the evening before, in summer time).
Instant uk_start_of_day(CivilDate date);

enum class TimePrecision { minutes, seconds };

// "26 November 2026 at 9:30am" (GOV.UK style: "midnight", "midday"), or with seconds
// "26 November 2026 at 9:30:05am", in UK time.
std::string uk_time_text(Instant instant, TimePrecision precision = TimePrecision::minutes);

}  // namespace casereview
