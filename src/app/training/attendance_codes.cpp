#include "app/training/attendance_codes.hpp"

#include "app/audit.hpp"
#include "app/caller_checks.hpp"
#include "app/training/training_support.hpp"

namespace casereview {

namespace {

Error code_problem(const std::string& message) { return Error::invalid({{"code", message}}); }

}  // namespace

Result<AttendanceCode> show_attendance_code(AppContext& context, const Caller& caller,
                                            Id session_id) {
  const Id partnership_id = TRY(training::require_training_manager(caller));
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<AttendanceCode> {
        auto session = transaction.training_sessions().find(partnership_id, session_id);
        if (!session) return Error::of(ErrorCode::not_found, "No such training session");
        if (session->status == SessionStatus::cancelled) {
          return Error::of(ErrorCode::wrong_state,
                           "This session was cancelled, so it has no attendance code");
        }
        std::optional<std::string> code =
            transaction.bookings().attendance_code(partnership_id, session_id);
        if (!code) {
          code = transaction.bookings().keep_attendance_code(
              partnership_id, session_id, training::new_code(attendance_code_length),
              caller.actor->user_id, now);
          record_audit(transaction, caller, now,
                       {audit_action::show_attendance_code, audit_entity::training_session,
                        std::to_string(session_id)});
        }
        return AttendanceCode{*code, session_starts_at(*session),
                              attendance_code_valid_until(*session)};
      });
}

Result<Instant> sign_in_to_session(AppContext& context, const Caller& caller, Id session_id,
                                   const std::string& typed_code) {
  TRY(require_signed_in(caller));
  if (typed_code.find_first_not_of(" \t") == std::string::npos)
    return code_problem("Enter the attendance code your trainer shows");
  const std::optional<std::string> typed = normalise_attendance_code(typed_code);
  if (!typed) return code_problem("Enter the code as your trainer shows it, like K7MQ4R");
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<Instant> {
        const std::optional<Id> partnership_id =
            transaction.training_sessions().partnership_of(session_id);
        auto session = partnership_id
                           ? transaction.training_sessions().find(*partnership_id, session_id)
                           : std::nullopt;
        if (!session) return Error::of(ErrorCode::not_found, "No such training session");
        std::optional<Booking> place;
        for (const Booking& booking : transaction.bookings().list_for_user(caller.actor->user_id)) {
          if (booking.session_id == session_id &&
              (booking.state == BookingState::booked || is_attendance_mark(booking.state)))
            place = booking;
        }
        if (!place) return code_problem("You do not have a place on this session");
        // Rule TRN-8.
        if (!attendance_code_open(*session, now)) {
          return code_problem(
              "You can enter the attendance code from the start of the session until 30 minutes "
              "after it ends");
        }
        const std::optional<std::string> code =
            transaction.bookings().attendance_code(*partnership_id, session_id);
        if (!code || *code != *typed)
          return code_problem("The attendance code is not right: check it with your trainer");
        if (auto already = transaction.bookings().signed_in_at(*partnership_id, place->id))
          return *already;
        const Instant signed_in =
            transaction.bookings().record_sign_in(*partnership_id, place->id, now);
        record_audit(transaction, caller, now,
                     {audit_action::sign_in_to_session, audit_entity::booking,
                      std::to_string(place->id), audit_outcome::success, "", *partnership_id});
        // Rule TRN-5: someone already marked attended may now earn a certificate that needed the
        // code.
        if (place->state == BookingState::attended) {
          auto course = transaction.courses().find(*partnership_id, place->course_id);
          if (!course) return Error::of(ErrorCode::internal, "A session's course is missing");
          TRY(training::settle_certificate(transaction, caller, *place, *course, now));
        }
        return signed_in;
      });
}

}  // namespace casereview
