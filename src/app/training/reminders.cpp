#include "app/training/reminders.hpp"

#include "app/training/training_support.hpp"
#include "domain/uk_time.hpp"

namespace casereview {

Result<int> queue_training_reminders(AppContext& context) {
  const Instant now = context.clock.now();
  const CivilDate today = uk_date(now);
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<int> {
        int queued = 0;
        PartnershipCalendars calendars(transaction);
        for (const TrainingSession& session :
             transaction.training_sessions().list_scheduled_from(today)) {
          // Rule TRN-6: from the start of the reminder day until the session starts, counted on
          // the session's partnership's calendar.
          const WorkingDayCalendar* working_days = TRY(calendars.of(session.partnership_id));
          auto due = reminder_due_on(*working_days, session);
          if (!due || today < due.value() || now >= session_starts_at(session)) continue;
          auto course = transaction.courses().find(session.partnership_id, session.course_id);
          if (!course) continue;
          for (const BookingRecord& record : transaction.bookings().list_for_session(
                   session.partnership_id, session.id, {BookingState::booked})) {
            // The unique key makes a second run, or a run at the same moment, queue nothing.
            if (!transaction.training_reminders().record_sent(session.partnership_id,
                                                              record.booking.id, now))
              continue;
            const Account holder = TRY(training::person(transaction, record.booking.user_id));
            transaction.outbox().enqueue(
                training_emails::reminder(context.settings,
                                          training::message_for(holder, session, *course)),
                now);
            ++queued;
          }
        }
        return queued;
      });
}

}  // namespace casereview
