// The working-day calendar in force for a partnership: the bundled England and Wales bank holidays
// (app/bank_holidays.hpp), or the GOV.UK file its administrator uploaded last, used from the
// moment it is stored, without a restart. Every working-day count of a partnership's work goes
// through it: case deadlines and reminders (app/cases) and training cut-offs and reminders
// (app/training) alike.
//
// Per partnership, not global: each partnership is a tenant and its administrator may change only
// its own deadlines; one partnership's upload must never move another's statutory clocks. The
// bundled file is the default for all.
#pragma once

#include <map>
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

// The calendars in force of the partnerships one transaction meets, each read once: for use cases
// that count working days for many things (a list of sessions, a learner's bookings in several
// partnerships, a reminder round). Lives no longer than the transaction it was given.
//
// Example:
//   PartnershipCalendars calendars(transaction);
//   const WorkingDayCalendar& working_days = *TRY(calendars.of(session.partnership_id));
class PartnershipCalendars {
 public:
  explicit PartnershipCalendars(Transaction& transaction) : transaction_(transaction) {}
  // The partnership's calendar in force; internal when the bundled file is broken. The pointer
  // stays valid as long as this object.
  Result<const WorkingDayCalendar*> of(Id partnership_id);

 private:
  Transaction& transaction_;
  std::map<Id, WorkingDayCalendar> calendars_;
};

}  // namespace casereview
