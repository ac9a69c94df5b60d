// The action plans' reminders: see action_reminders.hpp.
#include "app/actions/action_reminders.hpp"

#include <map>

#include "app/actions/action_emails.hpp"
#include "app/actions/action_support.hpp"
#include "app/cases/case_support.hpp"
#include "app/working_day_calendar.hpp"
#include "domain/uk_time.hpp"

namespace casereview {

namespace {

// Actions are read a batch at a time, so a national installation's are never all in memory.
constexpr int batch = 500;

// Due on or before this many calendar days ahead covers the 10 working days before any due date
// (two weeks and the longest run of bank holidays).
constexpr int days_ahead = 24;

Result<int> remind_owners(AppContext& context, Transaction& transaction, Instant now) {
  const CivilDate today = uk_date(now);
  std::map<Id, WorkingDayCalendar> calendars;
  int queued = 0;
  Id after = 0;
  for (;;) {
    const std::vector<Action> actions =
        transaction.actions().open_due_by(today.add_days(days_ahead), after, batch);
    for (const Action& action : actions) {
      after = action.id;
      auto calendar = calendars.find(action.partnership_id);
      if (calendar == calendars.end())
        calendar = calendars
                       .emplace(action.partnership_id,
                                TRY(partnership_calendar(transaction, action.partnership_id)))
                       .first;
      const auto reminder = action_reminder_on(action, today, calendar->second);
      if (!reminder) continue;
      auto owner = transaction.accounts().find(action.owner_user_id);
      if (!owner || owner->status != AccountStatus::active) continue;
      if (!transaction.actions().claim_reminder(reminder->key(action), action.partnership_id, now))
        continue;
      transaction.outbox().enqueue(
          action_emails::action_reminder(context.settings, owner->user.email, action, *reminder),
          now);
      ++queued;
    }
    if (static_cast<int>(actions.size()) < batch) return queued;
  }
}

Result<int> send_digests(AppContext& context, Transaction& transaction, Instant now) {
  const CivilDate today = uk_date(now);
  const std::string month = today.to_iso_string().substr(0, 7);  // "2026-12"
  int queued = 0;
  for (const Partnership& partnership : transaction.partnerships().list()) {
    const std::vector<User> members =
        case_support::users_with_role(transaction, partnership.id, Role::committee);
    if (members.empty()) continue;
    const auto numbers = TRY(action_support::action_numbers(transaction, partnership.id));
    const RagCutoffs cutoffs =
        TRY(action_support::cutoffs_on(transaction, partnership.id, today, numbers.thresholds));
    ActionRepository& actions = transaction.actions();
    action_emails::ActionDigest digest;
    digest.days_without_update = numbers.thresholds.amber_without_update_days;
    ActionFilter overdue;
    overdue.overdue = true;
    digest.overdue = actions.count(partnership.id, overdue, cutoffs);
    ActionFilter awaiting;
    awaiting.status = ActionStatus::awaiting_sign_off;
    digest.awaiting_sign_off = actions.count(partnership.id, awaiting, cutoffs);
    ActionFilter stale;
    stale.without_recent_update = true;
    digest.without_recent_update = actions.count(partnership.id, stale, cutoffs);
    const bool something =
        digest.overdue + digest.awaiting_sign_off + digest.without_recent_update > 0;
    for (const User& member : members) {
      // Claimed even with nothing to say: one digest a month at most, at its first run.
      const std::string key = "digest:" + std::to_string(partnership.id) + ":" + month + ":" +
                              std::to_string(member.id);
      if (!actions.claim_reminder(key, partnership.id, now) || !something) continue;
      transaction.outbox().enqueue(
          action_emails::committee_digest(context.settings, member.email, partnership.name, digest),
          now);
      ++queued;
    }
  }
  return queued;
}

}  // namespace

Result<int> queue_action_reminders(AppContext& context) {
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<int> {
        const int owners = TRY(remind_owners(context, transaction, now));
        return owners + TRY(send_digests(context, transaction, now));
      });
}

}  // namespace casereview
