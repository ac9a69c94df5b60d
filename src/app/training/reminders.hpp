// Reminders: every person with a booked place is emailed once, from the working day that is 2
// working days before the session (Rule TRN-6), until it starts. A background job calls
// queue_training_reminders on a schedule; it is idempotent, because a reminders-sent row with a
// unique key on the booking is written in the same transaction as the email (ON CONFLICT DO
// NOTHING), so two runs at once never send twice.
#pragma once

#include "app/context.hpp"

namespace casereview {

// Queues every reminder due at context.clock.now() that has not been sent, across partnerships.
// Returns how many were queued. Fails only when the database fails (nothing is then queued).
Result<int> queue_training_reminders(AppContext& context);

}  // namespace casereview
