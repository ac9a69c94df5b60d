#include "app/working_day_calendar.hpp"

#include <map>
#include <mutex>

#include "app/audit.hpp"
#include "app/bank_holidays.hpp"
#include "app/caller_checks.hpp"

namespace casereview {

namespace {

// Parsed uploads, by partnership, so a request does not parse the file again. An entry is used
// only for the very text it was parsed from, so a new upload (or another database in the same
// process) never gets a stale calendar.
struct ParsedUpload {
  std::string file_text;
  std::shared_ptr<const WorkingDayCalendar> calendar;
};

std::mutex parsed_mutex;
std::map<Id, ParsedUpload> parsed_uploads;

Result<WorkingDayCalendar> parsed(Id partnership_id, const UploadedBankHolidays& upload) {
  {
    std::lock_guard lock(parsed_mutex);
    auto found = parsed_uploads.find(partnership_id);
    if (found != parsed_uploads.end() && found->second.file_text == upload.file_text) {
      return *found->second.calendar;
    }
  }
  WorkingDayCalendar calendar = TRY(parse_bank_holidays(upload.file_text));
  std::lock_guard lock(parsed_mutex);
  parsed_uploads.insert_or_assign(
      partnership_id,
      ParsedUpload{upload.file_text, std::make_shared<const WorkingDayCalendar>(calendar)});
  return calendar;
}

Result<CalendarInForce> in_force(Transaction& transaction, Id partnership_id) {
  if (auto upload = transaction.bank_holidays().find(partnership_id)) {
    WorkingDayCalendar calendar = TRY(parsed(partnership_id, *upload));
    return CalendarInForce{calendar, calendar.first_year(), calendar.last_year(),
                           true,     upload->uploaded_at,   upload->uploaded_by};
  }
  const Result<WorkingDayCalendar>& bundled = default_calendar();
  if (!bundled) return bundled.error();
  return CalendarInForce{bundled.value(),
                         bundled.value().first_year(),
                         bundled.value().last_year(),
                         false,
                         std::nullopt,
                         ""};
}

}  // namespace

Result<WorkingDayCalendar> partnership_calendar(Transaction& transaction, Id partnership_id) {
  CalendarInForce found = TRY(in_force(transaction, partnership_id));
  return found.calendar;
}

Result<const WorkingDayCalendar*> PartnershipCalendars::of(Id partnership_id) {
  auto found = calendars_.find(partnership_id);
  if (found == calendars_.end()) {
    WorkingDayCalendar calendar = TRY(partnership_calendar(transaction_, partnership_id));
    found = calendars_.emplace(partnership_id, std::move(calendar)).first;
  }
  return &found->second;
}

Result<CalendarInForce> calendar_in_force(AppContext& context, const Caller& caller) {
  TRY(require_permission(caller, Permission::manage_settings));
  const Id partnership_id = TRY(caller_partnership(caller));
  return context.storage.transact(TransactionMode::read,
                                  [&](Transaction& transaction) -> Result<CalendarInForce> {
                                    return in_force(transaction, partnership_id);
                                  });
}

Result<CalendarInForce> upload_bank_holidays(AppContext& context, const Caller& caller,
                                             const std::string& json_text) {
  TRY(require_permission(caller, Permission::manage_settings));
  const Id partnership_id = TRY(caller_partnership(caller));
  // parse_bank_holidays names the field "file" and says what is wrong with it.
  WorkingDayCalendar calendar = TRY(parse_bank_holidays(json_text));
  const Instant now = context.clock.now();
  UploadedBankHolidays upload{json_text, calendar.first_year(), calendar.last_year(), now,
                              caller.actor->name};
  TRY(context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
    transaction.bank_holidays().put(partnership_id, upload);
    record_audit(
        transaction, caller, now,
        {audit_action::update, audit_entity::bank_holidays, std::to_string(partnership_id),
         audit_outcome::success,
         "covers " + std::to_string(upload.first_year) + " to " + std::to_string(upload.last_year),
         partnership_id});
    return ok_status();
  }));
  return CalendarInForce{calendar, upload.first_year, upload.last_year, true,
                         now,      upload.uploaded_by};
}

}  // namespace casereview
