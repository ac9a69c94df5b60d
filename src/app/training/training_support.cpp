#include "app/training/training_support.hpp"

#include "app/audit.hpp"
#include "app/documents/icalendar_invitation.hpp"
#include "app/security/tokens.hpp"
#include "app/training/charges.hpp"
#include "domain/partnership_settings.hpp"
#include "domain/policy.hpp"

namespace casereview::training {

Result<Id> require_training_manager(const Caller& caller) {
  TRY(require_permission(caller, Permission::manage_training,
                         "Only the partnership's trainers and business managers can do that"));
  return caller_partnership(caller);
}

bool manages(const Caller& caller, Id partnership_id) {
  return caller.actor && permits(caller.actor, false, Permission::manage_training) &&
         caller.actor->partnership_id == partnership_id;
}

Result<std::optional<std::string>> booking_closed_to(Transaction& transaction, const Caller& caller,
                                                     Id partnership_id,
                                                     const SettingValues& settings) {
  if (settings.course_booking == CourseBooking::any_partnership)
    return std::optional<std::string>();
  if (caller.actor && caller.actor->partnership_id == partnership_id)
    return std::optional<std::string>();
  auto partnership = transaction.partnerships().find(partnership_id);
  if (!partnership) return Error::of(ErrorCode::internal, "A session's partnership is missing");
  return std::optional<std::string>("Only people who work in the area of " + partnership->name +
                                    " can book its courses");
}

Result<Course> visible_course(Transaction& transaction, const Caller& caller, Id course_id) {
  if (caller.actor && caller.actor->partnership_id &&
      manages(caller, *caller.actor->partnership_id)) {
    if (auto own = transaction.courses().find(*caller.actor->partnership_id, course_id))
      return *own;
  }
  if (auto published = transaction.courses().find_published(course_id)) return *published;
  return Error::of(ErrorCode::not_found, "No such course");
}

Result<SessionAndCourse> visible_session(Transaction& transaction, const Caller& caller,
                                         Id session_id) {
  const Error missing = Error::of(ErrorCode::not_found, "No such training session");
  auto partnership_id = transaction.training_sessions().partnership_of(session_id);
  if (!partnership_id) return missing;
  auto session = transaction.training_sessions().find(*partnership_id, session_id);
  auto course =
      session ? transaction.courses().find(*partnership_id, session->course_id) : std::nullopt;
  if (!course) return missing;
  if (course->status != CourseStatus::published && !manages(caller, *partnership_id))
    return missing;
  return SessionAndCourse{*session, *course};
}

Result<Account> person(Transaction& transaction, Id user_id) {
  auto account = transaction.accounts().find(user_id);
  if (!account) return Error::of(ErrorCode::internal, "A booking's person is missing");
  return *account;
}

Result<BookingView> booking_view(Transaction& transaction, PartnershipCalendars& calendars,
                                 const Booking& booking, const TrainingSession& session,
                                 const Course& course, Instant now) {
  const WorkingDayCalendar* working_days = TRY(calendars.of(booking.partnership_id));
  BookingView view;
  view.id = booking.id;
  view.session_id = session.id;
  view.course_id = course.id;
  view.course_title = course.title;
  view.state = booking.state;
  view.status = booking_state_name(booking.state);
  if (booking.state == BookingState::waiting && booking.waiting_sequence) {
    view.position = transaction.bookings().waiting_position(booking.partnership_id, session.id,
                                                            *booking.waiting_sequence);
  }
  view.session_date = session.date;
  view.start_time = session.start_time;
  view.end_time = session.end_time;
  view.format = session.format;
  view.venue = session.venue;
  const bool has_place = booking.state == BookingState::booked || is_attendance_mark(booking.state);
  if (session.format == SessionFormat::virtual_session && has_place &&
      session.status == SessionStatus::scheduled) {
    view.joining_link = session.joining_link;
  }
  // Rule TRN-2: a place can be cancelled until the session starts; after the cut-off it is late.
  view.can_cancel = holds_place(booking.state) && cancellation_open(session, now);
  if (view.can_cancel && booking.state == BookingState::booked &&
      !TRY(cancellation_on_time(*working_days, session, now))) {
    view.cancelling_is_late = true;
    view.late_charge_pence = charge_for(TRY(charge_rates_of(transaction, booking.partnership_id)),
                                        session_length(session));
  }
  const bool evaluated =
      transaction.bookings().find_evaluation(booking.partnership_id, booking.id).has_value();
  view.evaluation_completed = evaluated;
  view.evaluation_due = !evaluated && (booking.state == BookingState::attended ||
                                       booking.state == BookingState::partly_attended);
  view.created_at = booking.created_at;
  // Rule TRN-8.
  view.signed_in_at = transaction.bookings().signed_in_at(booking.partnership_id, booking.id);
  view.can_sign_in = has_place && !view.signed_in_at && attendance_code_open(session, now);
  return view;
}

Result<SessionView> session_view(Transaction& transaction, PartnershipCalendars& calendars,
                                 const Caller& caller, const TrainingSession& session,
                                 const Course& course, Instant now) {
  const WorkingDayCalendar* working_days = TRY(calendars.of(session.partnership_id));
  SessionView view;
  view.id = session.id;
  view.course_id = course.id;
  view.course_title = course.title;
  view.date = session.date;
  view.start_time = session.start_time;
  view.end_time = session.end_time;
  view.format = session.format;
  view.venue = session.venue;
  view.capacity = session.capacity;
  view.booked_count = session.booked_count;
  view.places_left = std::max(0, session.capacity - session.booked_count);
  view.waiting_list_length =
      transaction.bookings().count(session.partnership_id, session.id, BookingState::waiting);
  view.booking_closes_on = TRY(booking_closes_on(*working_days, session));
  view.cancellation_closes_on = TRY(cancellation_closes_on(*working_days, session));
  // The partnership's settings, read once for the policy and who may book (Rule TRN-7).
  const SettingValues settings =
      TRY(settings_with_defaults(transaction.settings().all(session.partnership_id)));
  view.cancellation_policy = TRY(cancellation_policy_of(settings, *working_days, session));
  view.booking_open = TRY(booking_open(*working_days, session, now));
  view.status = session.status;
  view.timing = now < session_starts_at(session) ? SessionTiming::not_started
                : now < session_ends_at(session) ? SessionTiming::running
                                                 : SessionTiming::over;
  view.cancellation_reason = session.cancellation_reason;
  view.trainer_user_id = session.trainer_user_id;
  if (auto trainer = transaction.accounts().find(session.trainer_user_id))
    view.trainer_name = trainer->user.name;
  view.booking_cutoff_working_days = session.booking_cutoff_working_days;
  view.cancellation_cutoff_working_days = session.cancellation_cutoff_working_days;
  view.closed_to_you =
      TRY(booking_closed_to(transaction, caller, session.partnership_id, settings));
  const bool manager = manages(caller, session.partnership_id);
  if (caller.actor) {
    auto booking = transaction.bookings().find_active(session.partnership_id, course.id,
                                                      caller.actor->user_id);
    if (booking && booking->session_id == session.id) {
      view.your_booking = TRY(booking_view(transaction, calendars, *booking, session, course, now));
    } else if (booking) {
      auto other =
          transaction.training_sessions().find(session.partnership_id, booking->session_id);
      if (!other) return Error::of(ErrorCode::internal, "A booking's session is missing");
      view.your_place_on_course =
          TRY(booking_view(transaction, calendars, *booking, *other, course, now));
    }
  }
  const bool booked_here = view.your_booking && view.your_booking->state == BookingState::booked;
  if (session.format == SessionFormat::virtual_session && (manager || booked_here)) {
    view.joining_link = session.joining_link;
  }
  return view;
}

training_emails::SessionMessage message_for(const Account& holder, const TrainingSession& session,
                                            const Course& course) {
  training_emails::SessionMessage message;
  message.to = holder.user.email;
  message.name = holder.user.name;
  message.course_title = course.title;
  message.course_id = course.id;
  message.session = session;
  return message;
}

Result<EmailAttachment> invitation_for(AppContext& context, Transaction& transaction,
                                       const Booking& booking, const TrainingSession& session,
                                       const Course& course, const Account& holder,
                                       documents::InvitationMethod method, Instant now) {
  // A cancel follows the request it withdraws, so it carries the higher sequence.
  int sequence = 0;
  switch (method) {
    case documents::InvitationMethod::request:
      break;
    case documents::InvitationMethod::cancel:
      sequence = 1;
      break;
  }
  documents::CalendarInvitationDetails details{
      .method = method,
      .uid = booking.calendar_uid,
      .sequence = sequence,
      .stamped_at = now,
      .date = session.date,
      .starts_at = {session.start_time.hour, session.start_time.minute},
      .ends_at = {session.end_time.hour, session.end_time.minute},
      .summary = course.title,
      .description = course.summary + "\n\nCourse page: " + context.settings.public_url +
                     "/courses/" + std::to_string(course.id),
  };
  switch (session.format) {
    case SessionFormat::virtual_session:
      if (method == documents::InvitationMethod::request)
        details.joining_url = session.joining_link;
      break;
    case SessionFormat::in_person:
      details.location = session.venue;
      break;
  }
  auto trainer = transaction.accounts().find(session.trainer_user_id);
  details.organizer =
      trainer ? documents::CalendarPerson{trainer->user.name, trainer->user.email}
              : documents::CalendarPerson{context.settings.service_name, holder.user.email};
  details.attendee = {holder.user.name, holder.user.email};
  const std::string ics = TRY(documents::calendar_invitation(details));
  return EmailAttachment{"session.ics", documents::calendar_content_type(details.method), ics};
}

Result<int> promote_waiting(AppContext& context, Transaction& transaction, const Caller& caller,
                            Id partnership_id, Id session_id, Instant now) {
  // Rule TRN-3: earliest waiting person first, never after the booking cut-off.
  const WorkingDayCalendar working_days = TRY(partnership_calendar(transaction, partnership_id));
  int promoted = 0;
  while (true) {
    auto session = transaction.training_sessions().find(partnership_id, session_id);
    if (!session || !TRY(booking_open(working_days, *session, now))) break;
    if (session->booked_count >= session->capacity) break;
    auto waiting = transaction.bookings().list_for_session(partnership_id, session_id,
                                                           {BookingState::waiting});
    if (waiting.empty()) break;
    const Booking& next = waiting.front().booking;
    if (!transaction.training_sessions().take_place(partnership_id, session_id)) break;
    if (!transaction.bookings().move(partnership_id, next.id, BookingState::waiting,
                                     BookingState::booked, std::nullopt, "A place became free",
                                     now)) {
      return Error::of(ErrorCode::internal, "A waiting place changed during promotion");
    }
    auto course = transaction.courses().find(partnership_id, next.course_id);
    const Account holder = TRY(person(transaction, next.user_id));
    training_emails::SessionMessage message = message_for(holder, *session, *course);
    message.invitation = TRY(invitation_for(context, transaction, next, *session, *course, holder,
                                            documents::InvitationMethod::request, now));
    message.cancellation_policy = TRY(cancellation_policy_of(
        TRY(settings_with_defaults(transaction.settings().all(partnership_id))), working_days,
        *session));
    transaction.outbox().enqueue(training_emails::promoted(context.settings, message), now);
    record_audit(transaction, caller, now,
                 {audit_action::promote, audit_entity::booking, std::to_string(next.id),
                  audit_outcome::success, holder.user.email + " booked from the waiting list",
                  partnership_id});
    ++promoted;
  }
  return promoted;
}

std::string new_code(std::size_t length) {
  std::string code;
  while (code.size() < length) {
    for (unsigned char byte : security::random_bytes(16)) {
      // Rejection sampling keeps every character equally likely.
      const std::size_t alphabet = certificate_code_alphabet.size();
      if (byte >= 256 - 256 % alphabet) continue;
      code += certificate_code_alphabet[byte % alphabet];
      if (code.size() == length) break;
    }
  }
  return code;
}

Result<std::optional<Certificate>> settle_certificate(Transaction& transaction,
                                                      const Caller& caller, const Booking& booking,
                                                      const Course& course, Instant now) {
  // Rule TRN-5, with the attendance code when the partnership needs it (Rule TRN-8).
  const bool evaluated =
      transaction.bookings().find_evaluation(booking.partnership_id, booking.id).has_value();
  const SettingValues settings =
      TRY(settings_with_defaults(transaction.settings().all(booking.partnership_id)));
  const bool proven = !settings.certificates_need_code ||
                      transaction.bookings().signed_in_at(booking.partnership_id, booking.id);
  if (!earns_certificate(booking.state, course.evaluation, evaluated, proven)) {
    auto held = transaction.certificates().find_for_booking(booking.partnership_id, booking.id);
    if (held && !held->withdrawn_at) {
      transaction.certificates().withdraw(booking.partnership_id, booking.id, now);
      record_audit(transaction, caller, now,
                   {audit_action::withdraw, audit_entity::certificate, std::to_string(held->id),
                    audit_outcome::success, "attendance changed", booking.partnership_id});
    }
    return std::optional<Certificate>();
  }
  auto held = transaction.certificates().find_for_booking(booking.partnership_id, booking.id);
  const bool already_valid = held && !held->withdrawn_at;
  for (int attempt = 0; attempt < 5; ++attempt) {
    auto issued = transaction.certificates().issue(booking.partnership_id, booking.id,
                                                   booking.user_id, new_certificate_code(), now);
    if (!issued) continue;  // the code was taken: draw again
    if (!already_valid) {
      record_audit(transaction, caller, now,
                   {audit_action::issue, audit_entity::certificate, std::to_string(issued->id),
                    audit_outcome::success, "for booking " + std::to_string(booking.id),
                    booking.partnership_id});
    }
    return std::optional<Certificate>(*issued);
  }
  return Error::of(ErrorCode::internal, "Could not draw an unused certificate code");
}

std::string new_calendar_uid() { return "booking-" + security::random_token() + "@casereview"; }

}  // namespace casereview::training
