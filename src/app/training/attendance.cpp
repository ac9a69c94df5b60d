#include "app/training/attendance.hpp"

#include <algorithm>

#include "app/audit.hpp"
#include "app/training/charges.hpp"
#include "app/training/training_support.hpp"
#include "domain/csv.hpp"
#include "domain/partnership_settings.hpp"
#include "domain/uk_time.hpp"

namespace casereview {

namespace {

struct ManagedSession {
  Id partnership_id = 0;
  training::SessionAndCourse found;
};

Result<ManagedSession> managed_session(Transaction& transaction, const Caller& caller,
                                       Id session_id) {
  const Id partnership_id = TRY(training::require_training_manager(caller));
  auto session = transaction.training_sessions().find(partnership_id, session_id);
  auto course =
      session ? transaction.courses().find(partnership_id, session->course_id) : std::nullopt;
  if (!course) return Error::of(ErrorCode::not_found, "No such training session");
  return ManagedSession{partnership_id, {*session, *course}};
}

RegisterEntry entry_from(Transaction& transaction, const BookingRecord& record) {
  RegisterEntry entry;
  entry.booking_id = record.booking.id;
  entry.user_id = record.booking.user_id;
  entry.name = record.user_name;
  entry.email = record.user_email;
  entry.organisation = record.organisation;
  entry.job_role = record.job_role;
  entry.state = record.booking.state;
  entry.evaluation_completed = record.evaluation_completed;
  entry.signed_in_at = record.signed_in_at;
  auto certificate =
      transaction.certificates().find_for_booking(record.booking.partnership_id, record.booking.id);
  if (certificate && !certificate->withdrawn_at)
    entry.certificate_code = group_certificate_code(certificate->code);
  return entry;
}

Result<SessionRegister> read_register(Transaction& transaction, const Caller& caller,
                                      const ManagedSession& managed, Instant now) {
  SessionRegister result;
  PartnershipCalendars calendars(transaction);
  result.session = TRY(training::session_view(transaction, calendars, caller, managed.found.session,
                                              managed.found.course, now));
  const Id session_id = managed.found.session.id;
  for (const BookingRecord& record : transaction.bookings().list_for_session(
           managed.partnership_id, session_id,
           {BookingState::booked, BookingState::attended, BookingState::partly_attended,
            BookingState::did_not_attend})) {
    result.booked.push_back(entry_from(transaction, record));
  }
  std::sort(result.booked.begin(), result.booked.end(),
            [](const RegisterEntry& left, const RegisterEntry& right) {
              return std::tie(left.name, left.booking_id) < std::tie(right.name, right.booking_id);
            });
  int position = 0;
  for (const BookingRecord& record : transaction.bookings().list_for_session(
           managed.partnership_id, session_id, {BookingState::waiting})) {
    RegisterEntry entry = entry_from(transaction, record);
    entry.position = ++position;
    result.waiting.push_back(std::move(entry));
  }
  result.certificates_need_code =
      TRY(settings_with_defaults(transaction.settings().all(managed.partnership_id)))
          .certificates_need_code;
  if (auto code = transaction.bookings().attendance_code(managed.partnership_id, session_id)) {
    result.attendance_code = AttendanceCode{*code, session_starts_at(managed.found.session),
                                            attendance_code_valid_until(managed.found.session)};
  }
  return result;
}

}  // namespace

Result<SessionRegister> session_register(AppContext& context, const Caller& caller, Id session_id) {
  TRY(training::require_training_manager(caller));
  const Instant now = context.clock.now();
  // A write transaction: reading names is audited.
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<SessionRegister> {
        const ManagedSession managed = TRY(managed_session(transaction, caller, session_id));
        SessionRegister result = TRY(read_register(transaction, caller, managed, now));
        record_audit(
            transaction, caller, now,
            {audit_action::view, audit_entity::training_register, std::to_string(session_id)});
        return result;
      });
}

Result<SessionRegister> mark_attendance(AppContext& context, const Caller& caller, Id session_id,
                                        const std::vector<AttendanceMark>& marks) {
  TRY(training::require_training_manager(caller));
  std::vector<FieldError> problems;
  std::vector<std::pair<Id, BookingState>> wanted;
  for (const AttendanceMark& mark : marks) {
    auto state = booking_state_from_name(mark.attendance);
    if (!state || !is_attendance_mark(*state)) {
      problems.push_back({"attendance-" + std::to_string(mark.booking_id),
                          "Select attended, partly attended or did not attend"});
      continue;
    }
    wanted.emplace_back(mark.booking_id, *state);
  }
  if (!problems.empty()) return Error::invalid(problems);
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<SessionRegister> {
        const ManagedSession managed = TRY(managed_session(transaction, caller, session_id));
        const TrainingSession& session = managed.found.session;
        if (session.status == SessionStatus::cancelled) {
          return Error::of(ErrorCode::wrong_state,
                           "This session was cancelled, so attendance cannot be marked");
        }
        if (now < session_starts_at(session)) {
          return Error::of(ErrorCode::wrong_state,
                           "You can mark attendance once the session has started");
        }
        for (const auto& [booking_id, state] : wanted) {
          auto booking = transaction.bookings().find(managed.partnership_id, booking_id);
          if (!booking || booking->session_id != session_id ||
              !(booking->state == BookingState::booked || is_attendance_mark(booking->state))) {
            return Error::invalid({{"booking_id", "Mark only people booked on this session"}});
          }
          if (booking->state == state) continue;
          if (!can_move(booking->state, state) ||
              !transaction.bookings().move(managed.partnership_id, booking_id, booking->state,
                                           state, caller.actor->user_id, "", now)) {
            return Error::of(ErrorCode::wrong_state,
                             "A booking changed while the register was marked: try again");
          }
          record_audit(transaction, caller, now,
                       {audit_action::mark_attendance, audit_entity::booking,
                        std::to_string(booking_id), audit_outcome::success,
                        booking_state_name(booking->state) + " to " + booking_state_name(state)});
          Booking marked = *booking;
          marked.state = state;
          TRY(training::settle_certificate(transaction, caller, marked, managed.found.course, now));
          TRY(training::settle_no_show(transaction, marked, session, now));
        }
        return read_register(transaction, caller, managed, now);
      });
}

Result<DownloadFile> register_csv(AppContext& context, const Caller& caller, Id session_id) {
  const SessionRegister read = TRY(session_register(context, caller, session_id));
  std::string csv =
      csv_line({"Name", "Email", "Organisation", "Job role", "Attendance", "Evaluation completed",
                "Certificate code", "Signed in with the code"});
  for (const RegisterEntry& entry : read.booked) {
    csv += csv_line({entry.name, entry.email, entry.organisation, entry.job_role,
                     booking_state_title(entry.state), entry.evaluation_completed ? "Yes" : "No",
                     entry.certificate_code.value_or(""),
                     entry.signed_in_at ? uk_time_text(*entry.signed_in_at) : ""});
  }
  return DownloadFile{"register-" + read.session.date.to_iso_string() + "-session-" +
                          std::to_string(session_id) + ".csv",
                      "text/csv; charset=utf-8", csv};
}

Status submit_evaluation(AppContext& context, const Caller& caller, Id booking_id,
                         const EvaluationInput& input) {
  TRY(require_signed_in(caller));
  Evaluation evaluation = TRY(
      read_evaluation(input.usefulness, input.what_will_you_do_differently, input.other_comments));
  const Instant now = context.clock.now();
  return context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
    auto booking = transaction.bookings().find_for_user(caller.actor->user_id, booking_id);
    if (!booking) return Error::of(ErrorCode::not_found, "No such booking");
    if (booking->state != BookingState::attended &&
        booking->state != BookingState::partly_attended) {
      return Error::of(ErrorCode::wrong_state,
                       "You can give feedback once your attendance has been recorded");
    }
    evaluation.booking_id = booking->id;
    evaluation.submitted_at = now;
    if (!transaction.bookings().add_evaluation(booking->partnership_id, evaluation)) {
      return Error::of(ErrorCode::wrong_state, "You have already given feedback on this session");
    }
    record_audit(transaction, caller, now,
                 {audit_action::evaluate, audit_entity::booking, std::to_string(booking->id),
                  audit_outcome::success, "", booking->partnership_id});
    auto course = transaction.courses().find(booking->partnership_id, booking->course_id);
    TRY(training::settle_certificate(transaction, caller, *booking, *course, now));
    return ok_status();
  });
}

Result<std::vector<Evaluation>> session_evaluations(AppContext& context, const Caller& caller,
                                                    Id session_id) {
  TRY(training::require_training_manager(caller));
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<std::vector<Evaluation>> {
        const ManagedSession managed = TRY(managed_session(transaction, caller, session_id));
        return transaction.bookings().list_evaluations(managed.partnership_id, session_id);
      });
}

}  // namespace casereview
