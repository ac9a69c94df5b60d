// Reminders: every person with a booked place is emailed twice, from the working days at the
// partnership's two offsets before the session (Rule TRN-6: default 10 and 2), until it starts —
// the first only to people who booked before its day. A background job calls
// queue_training_reminders on a schedule; it is idempotent, because a reminders-sent row with a
// unique key on the booking and the reminder is written in the same transaction as the email (ON
// CONFLICT DO NOTHING), so two runs at once never send twice.
#pragma once

#include "app/context.hpp"

namespace casereview {

// Queues every reminder due at context.clock.now() that has not been sent, across partnerships.
// Returns how many were queued. Fails only when the database fails (nothing is then queued).
Result<int> queue_training_reminders(AppContext& context);

}  // namespace casereview
