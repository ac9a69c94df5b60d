// Reminder emails for the statutory clocks, sent by the scheduled job runner
// (app/scheduled_jobs.hpp):
//   REM-1  To the partnership's managers 3 working days before each case deadline (notify the
//          Panel, tell the partners, rapid review), and on the day it is missed (the first
//          working day after the due date while it is still not done).
//   REM-2  To each contributor of an agency 2 working days before that agency's response is due,
//          while it is not submitted.
//   CHR-1  To each contributor of an agency asked for its chronology: 2 working days before it is
//          due, and once when it is overdue (the first run after the due date), while it is not
//          submitted (a chronology returned for correction counts as not submitted).
// Idempotent: each reminder has a key (case, deadline, kind, recipient) recorded in the same
// transaction as the email, under a unique constraint, so it is never sent twice, even by two
// servers at once. Emails carry the reference and pseudonyms and a link, never a child's name.
#pragma once

#include "app/context.hpp"

namespace casereview {

// Queues every reminder due on today's date (Europe/London, from context.clock) across all
// partnerships; returns how many were queued. Fails only when the database fails.
Result<int> queue_case_reminders(AppContext& context);

}  // namespace casereview
