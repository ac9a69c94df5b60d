// The action plans' reminders, sent by the scheduled job runner (app/scheduled_jobs.hpp), issue 13:
//   to an action's owner, while it is not started or in progress: once within the 10 working days
//   before its due date, on the day, and every 10 working days while it is overdue
//   (action_reminder_on); a new due date (Rule ACT-4) starts its reminders again;
//   to each committee member, once a month (the first run of the month): how many of the
//   partnership's actions are overdue, awaiting sign-off, or without an update for the amber
//   number of days (Rule ACT-3) — nothing is sent in a month with nothing to report.
// Idempotent: each reminder has a key claimed in the same transaction as its email, under a
// unique constraint (action_reminders_sent), so it is never sent twice, even by two servers.
#pragma once

#include "app/context.hpp"

namespace casereview {

// Queues every reminder and digest due on today's date (Europe/London, from context.clock)
// across all partnerships; returns how many were queued. Fails only when the database fails.
Result<int> queue_action_reminders(AppContext& context);

}  // namespace casereview
