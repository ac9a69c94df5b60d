#include "app/training/reminders.hpp"

#include <map>

#include "app/training/training_support.hpp"
#include "domain/partnership_settings.hpp"
#include "domain/uk_time.hpp"

namespace casereview {

Result<int> queue_training_reminders(AppContext& context) {
  const Instant now = context.clock.now();
  const CivilDate today = uk_date(now);
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<int> {
        int queued = 0;
        PartnershipCalendars calendars(transaction);
        std::map<Id, ReminderOffsets> offsets_of;  // each partnership's settings, read once
        for (const TrainingSession& session :
             transaction.training_sessions().list_scheduled_from(today)) {
          // Rule TRN-6: from the start of a reminder's day until the session starts, counted on
          // the session's partnership's calendar at its offsets.
          const WorkingDayCalendar* working_days = TRY(calendars.of(session.partnership_id));
          if (!offsets_of.contains(session.partnership_id)) {
            const SettingValues settings =
                TRY(settings_with_defaults(transaction.settings().all(session.partnership_id)));
            offsets_of[session.partnership_id] = {
                settings.time_scales.at("first_reminder_working_days"),
                settings.time_scales.at("second_reminder_working_days")};
          }
          const ReminderOffsets& offsets = offsets_of.at(session.partnership_id);
          auto first_day = reminder_due_on(*working_days, session, offsets.first);
          if (!first_day || today < first_day.value() || now >= session_starts_at(session))
            continue;
          auto course = transaction.courses().find(session.partnership_id, session.course_id);
          if (!course) continue;
          for (const BookingRecord& record : transaction.bookings().list_for_session(
                   session.partnership_id, session.id, {BookingState::booked})) {
            const int reminder =
                TRY(reminder_due(*working_days, session, offsets, record.booking.created_at, now));
            // The unique key makes a second run, or a run at the same moment, queue nothing.
            if (reminder == 0 || !transaction.training_reminders().record_sent(
                                     session.partnership_id, record.booking.id, reminder, now))
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
