#include "app/cases/case_reminders.hpp"

#include <map>
#include <optional>

#include "app/cases/case_emails.hpp"
#include "app/cases/case_support.hpp"
#include "domain/uk_time.hpp"

namespace casereview {

namespace {

using namespace case_support;

// Rule REM-1 and Rule REM-2: how many working days ahead the reminders go.
constexpr int manager_reminder_working_days = 3;
constexpr int contributor_reminder_working_days = 2;

// A reminder is due from the n-th working day before the deadline until the deadline itself; the
// first run of the job in that window sends it, so a day the server was down delays it and loses
// nothing. Outside the calendar the days cannot be counted: no reminder, never a guess.
bool in_reminder_window(const WorkingDayCalendar& calendar, CivilDate today, CivilDate due_on,
                        int working_days) {
  Result<int> left = calendar.working_days_between(today, due_on);
  return left && left.value() >= 0 && left.value() <= working_days;
}

// Rule CHR-1: the two reminders of a chronology request.
enum class ChronologyReminder { before, overdue };

std::string chronology_reminder_name(ChronologyReminder reminder) {
  switch (reminder) {
    case ChronologyReminder::before:
      return "before";
    case ChronologyReminder::overdue:
      return "overdue";
  }
  return "";
}

class ReminderRound {
 public:
  ReminderRound(AppContext& context, Transaction& transaction, Instant now)
      : context_(context), transaction_(transaction), now_(now), today_(uk_date(now)) {}

  Status remind_managers(const CaseRecord& record) {
    const CaseRules& rules = *TRY(rules_pointer(record.partnership_id));
    const std::string case_text = case_emails::case_words(record.reference, record.pseudonyms);
    for (const DeadlineView& deadline : open_case_deadlines(rules.calendar, record, today_)) {
      const std::string key_start = "case:" + std::to_string(record.id) + ":" +
                                    std::string(deadline_kind_name(deadline.kind)) + ":" +
                                    deadline.due_on.to_iso_string() + ":";
      // Rule REM-1: on the day it is missed (the first run after the due date) …
      if (today_ > deadline.due_on) {
        for (const User& manager : managers(record.partnership_id)) {
          if (!claim(key_start + "missed:" + std::to_string(manager.id), record)) continue;
          transaction_.outbox().enqueue(
              case_emails::deadline_missed(context_.settings, manager.email, case_text,
                                           deadline.kind, deadline.due_on, record.id),
              now_);
        }
      } else if (in_reminder_window(rules.calendar, today_, deadline.due_on,
                                    manager_reminder_working_days)) {
        // … and 3 working days before it.
        for (const User& manager : managers(record.partnership_id)) {
          if (!claim(key_start + "before:" + std::to_string(manager.id), record)) continue;
          transaction_.outbox().enqueue(
              case_emails::deadline_approaching(context_.settings, manager.email, case_text,
                                                deadline.kind, deadline.due_on, record.id),
              now_);
        }
      }
    }
    return ok_status();
  }

  Status remind_contributors(const AgencyRequest& request) {
    auto record = transaction_.cases().find(request.partnership_id, request.case_id);
    if (!record || record->stage != CaseStage::rapid_review) return ok_status();
    const CaseRules& rules = *TRY(rules_pointer(request.partnership_id));
    // Rule REM-2.
    if (!in_reminder_window(rules.calendar, today_, request.due_on,
                            contributor_reminder_working_days)) {
      return ok_status();
    }
    auto agency = transaction_.agencies().find(request.partnership_id, request.agency_id);
    const std::string case_text = case_emails::case_words(record->reference, record->pseudonyms);
    for (const User& contributor : users_with_role(transaction_, request.partnership_id,
                                                   Role::contributor, request.agency_id)) {
      const std::string key = "request:" + std::to_string(request.id) + ":" +
                              request.due_on.to_iso_string() +
                              ":before:" + std::to_string(contributor.id);
      if (!claim(key, *record)) continue;
      transaction_.outbox().enqueue(
          case_emails::response_due(context_.settings, contributor.email, case_text,
                                    agency ? agency->name : "", request.due_on, request.id),
          now_);
    }
    return ok_status();
  }

  // Rule CHR-1: the chronology's reminders to its agency's contributors, each once.
  Status remind_chronology(const ChronologyRequest& request) {
    auto record = transaction_.cases().find(request.partnership_id, request.case_id);
    if (!record) return ok_status();
    const CaseRules& rules = *TRY(rules_pointer(request.partnership_id));
    std::optional<ChronologyReminder> reminder;
    if (today_ > request.due_on)
      reminder = ChronologyReminder::overdue;
    else if (in_reminder_window(rules.calendar, today_, request.due_on,
                                contributor_reminder_working_days))
      reminder = ChronologyReminder::before;
    if (!reminder) return ok_status();
    auto agency = transaction_.agencies().find(request.partnership_id, request.agency_id);
    const std::string agency_name = agency ? agency->name : "";
    const std::string case_text = case_emails::case_words(record->reference, record->pseudonyms);
    for (const User& contributor : users_with_role(transaction_, request.partnership_id,
                                                   Role::contributor, request.agency_id)) {
      const std::string key =
          "chronology:" + std::to_string(request.id) + ":" + request.due_on.to_iso_string() + ":" +
          chronology_reminder_name(*reminder) + ":" + std::to_string(contributor.id);
      if (!claim(key, *record)) continue;
      Email email;
      switch (*reminder) {
        case ChronologyReminder::before:
          email = case_emails::chronology_due(context_.settings, contributor.email, case_text,
                                              agency_name, request.due_on, request.id);
          break;
        case ChronologyReminder::overdue:
          email = case_emails::chronology_overdue(context_.settings, contributor.email, case_text,
                                                  agency_name, request.due_on, request.id);
          break;
      }
      transaction_.outbox().enqueue(email, now_);
    }
    return ok_status();
  }

  int queued() const { return queued_; }

 private:
  // The partnership's calendar and settings, read once per round.
  Result<const CaseRules*> rules_pointer(Id partnership_id) {
    auto found = rules_.find(partnership_id);
    if (found == rules_.end()) {
      CaseRules rules = TRY(case_rules(transaction_, partnership_id));
      found = rules_.emplace(partnership_id, std::move(rules)).first;
    }
    return &found->second;
  }

  const std::vector<User>& managers(Id partnership_id) {
    auto found = managers_.find(partnership_id);
    if (found == managers_.end()) {
      found =
          managers_
              .emplace(partnership_id, users_with_role(transaction_, partnership_id, Role::manager))
              .first;
    }
    return found->second;
  }

  // The reminder's key, claimed once across every server (ReminderRepository::claim).
  bool claim(const std::string& key, const CaseRecord& record) {
    if (!transaction_.reminders().claim(key, record.partnership_id, record.id, now_)) return false;
    ++queued_;
    return true;
  }

  AppContext& context_;
  Transaction& transaction_;
  Instant now_;
  CivilDate today_;
  std::map<Id, CaseRules> rules_;
  std::map<Id, std::vector<User>> managers_;
  int queued_ = 0;
};

}  // namespace

Result<int> queue_case_reminders(AppContext& context) {
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<int> {
        ReminderRound round(context, transaction, now);
        for (const CaseRecord& record : transaction.cases().list_open_in_all_partnerships()) {
          TRY(round.remind_managers(record));
        }
        for (const AgencyRequest& request :
             transaction.agency_requests().list_unsubmitted_in_all_partnerships()) {
          TRY(round.remind_contributors(request));
        }
        for (const ChronologyRequest& request :
             transaction.chronology_requests().list_unsubmitted_in_all_partnerships()) {
          TRY(round.remind_chronology(request));
        }
        return round.queued();
      });
}

}  // namespace casereview
