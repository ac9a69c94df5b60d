// The working-day calendar in force for a partnership: the bundled England and Wales bank holidays
// (app/bank_holidays.hpp), or the GOV.UK file its administrator uploaded last, used from the
// moment it is stored, without a restart.
//
// Per partnership, not global: each partnership is a tenant and its administrator may change only
// its own deadlines; one partnership's upload must never move another's statutory clocks. The
// bundled file is the default for all.
#pragma once

#include <optional>
#include <string>

#include "app/context.hpp"
#include "domain/working_days.hpp"

namespace casereview {

struct CalendarInForce {
  WorkingDayCalendar calendar;
  int first_year = 0;  // the years it covers
  int last_year = 0;
  bool uploaded = false;  // false: the bundled file
  std::optional<Instant> uploaded_at;
  std::string uploaded_by;  // the administrator's name
};

// The calendar in force for the caller's partnership. Permission manage_settings.
Result<CalendarInForce> calendar_in_force(AppContext& context, const Caller& caller);

// Validates a GOV.UK bank-holidays file (parse_bank_holidays: invalid_input on field "file" saying
// what is wrong) and makes it the partnership's calendar. Nothing changes on error. Audited.
// Permission manage_settings.
Result<CalendarInForce> upload_bank_holidays(AppContext& context, const Caller& caller,
                                             const std::string& json_text);

// For use cases inside a transaction: the partnership's calendar in force (the uploaded one when
// there is one, else the bundled one). internal when the bundled file is broken.
Result<WorkingDayCalendar> partnership_calendar(Transaction& transaction, Id partnership_id);

}  // namespace casereview
