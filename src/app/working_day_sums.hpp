// Working-day sums for anyone who asks (the public working-days API, web/pages/working_days_api):
// the n-th working day after a date, and the working days between two dates, on the bundled
// England and Wales calendar. A partnership's own deadlines use app/working_day_calendar.hpp.
#pragma once

#include <string>

#include "domain/civil_date.hpp"
#include "domain/result.hpp"

namespace casereview {

// `from` (YYYY-MM-DD) plus `add` working days. invalid_input names "from" or "add" for bad text,
// and "date" (with the covered years) when the answer falls outside the calendar.
Result<CivilDate> add_working_days_text(const std::string& from, const std::string& add);

// Working days d with from < d <= to, from text dates; invalid_input names the bad field.
Result<int> working_days_between_text(const std::string& from, const std::string& to);

}  // namespace casereview
