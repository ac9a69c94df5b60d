#include "app/training/bookings.hpp"

#include <algorithm>

#include "app/audit.hpp"
#include "app/documents/icalendar_invitation.hpp"
#include "app/training/charges.hpp"
#include "app/training/training_support.hpp"
#include "domain/uk_time.hpp"

namespace casereview {

namespace {

// The caller's booking with its session and course, in any partnership; not_found when not theirs.
struct OwnBooking {
  Booking booking;
  TrainingSession session;
  Course course;
};

Result<OwnBooking> own_booking(Transaction& transaction, const Caller& caller, Id booking_id) {
  auto booking = transaction.bookings().find_for_user(caller.actor->user_id, booking_id);
  auto session =
      booking ? transaction.training_sessions().find(booking->partnership_id, booking->session_id)
              : std::nullopt;
  auto course = session ? transaction.courses().find(session->partnership_id, session->course_id)
                        : std::nullopt;
  if (!course) return Error::of(ErrorCode::not_found, "No such booking");
  return OwnBooking{*booking, *session, *course};
}

// Rule TRN-4's refusal, naming the place the person holds on the course: a booked place, or a
// place on a waiting list with its position.
Result<std::string> place_already_held(Transaction& transaction, PartnershipCalendars& calendars,
                                       const Booking& held, const Course& course, Instant now) {
  auto session = transaction.training_sessions().find(held.partnership_id, held.session_id);
  if (!session) return Error::of(ErrorCode::internal, "A booking's session is missing");
  const BookingView view =
      TRY(training::booking_view(transaction, calendars, held, *session, course, now));
  const std::string when = course.title + " on " + weekday_day_month_year(view.session_date);
  if (view.state == BookingState::waiting) {
    return "You are already on the waiting list for " + when + ", at number " +
           std::to_string(view.position.value_or(0)) +
           ". Leave the waiting list before booking another session of the same course.";
  }
  return "You already have a place on " + when +
         ". Cancel it before booking another session of the same course.";
}

}  // namespace

Result<BookingView> book_session(AppContext& context, const Caller& caller, Id session_id) {
  TRY(require_signed_in(caller));
  const Id user_id = caller.actor->user_id;  // always the caller: no one books for someone else
  const Instant now = context.clock.now();
  // A refusal is the transaction's value, not its error: it commits (having written nothing) and
  // the refusal is reported after.
  return TRY(context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<Result<BookingView>> {
        auto partnership_id = transaction.training_sessions().partnership_of(session_id);
        // Step 1: take the session's lock before reading anything that decides the outcome.
        if (!partnership_id || !transaction.training_sessions().lock(*partnership_id, session_id)) {
          return Error::of(ErrorCode::not_found, "No such training session");
        }
        auto found = TRY(training::visible_session(transaction, caller, session_id));
        const TrainingSession& session = found.session;
        const Course& course = found.course;
        // Rule TRN-7: the partnership may keep its courses for its own workforce.
        const SettingValues settings =
            TRY(settings_with_defaults(transaction.settings().all(*partnership_id)));
        if (auto closed =
                TRY(training::booking_closed_to(transaction, caller, *partnership_id, settings))) {
          return Result<BookingView>(Error::of(ErrorCode::forbidden, *closed));
        }
        PartnershipCalendars calendars(transaction);
        const WorkingDayCalendar* working_days = TRY(calendars.of(*partnership_id));
        // Step 2: the session must be open for booking (Rule TRN-1).
        if (session.status == SessionStatus::cancelled) {
          return Result<BookingView>(
              Error::of(ErrorCode::wrong_state, "This session has been cancelled"));
        }
        if (!TRY(booking_open(*working_days, session, now))) {
          return Result<BookingView>(Error::of(
              ErrorCode::wrong_state,
              "Booking for this session closed at the end of " +
                  weekday_day_month_year(TRY(booking_closes_on(*working_days, session)))));
        }
        // Step 3: one place per course and person (Rule TRN-4), saying which place they hold;
        // the unique index settles a race.
        const std::string one_place =
            "You already have a place on " + course.title +
            ". Cancel it before booking another session of the same course.";
        if (auto held = transaction.bookings().find_active(*partnership_id, course.id, user_id)) {
          return Result<BookingView>(
              Error::of(ErrorCode::wrong_state,
                        TRY(place_already_held(transaction, calendars, *held, course, now))));
        }
        Booking booking;
        booking.partnership_id = *partnership_id;
        booking.session_id = session_id;
        booking.course_id = course.id;
        booking.user_id = user_id;
        booking.state = BookingState::requested;
        booking.calendar_uid = training::new_calendar_uid();
        auto added = transaction.bookings().add(booking, user_id, now);
        if (!added) return Result<BookingView>(Error::of(ErrorCode::wrong_state, one_place));
        // Step 4: a free place books it; otherwise the waiting list.
        const bool place = transaction.training_sessions().take_place(*partnership_id, session_id);
        const BookingState state = place ? BookingState::booked : BookingState::waiting;
        if (!transaction.bookings().move(*partnership_id, added->id, BookingState::requested, state,
                                         user_id, "", now)) {
          return Error::of(ErrorCode::internal, "The new booking changed while it was made");
        }
        const Booking stored = *transaction.bookings().find(*partnership_id, added->id);
        const BookingView view =
            TRY(training::booking_view(transaction, calendars, stored, session, course, now));
        // Step 5: tell them.
        const Account holder = TRY(training::person(transaction, user_id));
        training_emails::SessionMessage message = training::message_for(holder, session, course);
        if (place) {
          message.invitation =
              TRY(training::invitation_for(context, transaction, stored, session, course, holder,
                                           documents::InvitationMethod::request, now));
          message.cancellation_policy =
              TRY(training::cancellation_policy_of(settings, *working_days, session));
          transaction.outbox().enqueue(
              training_emails::booking_confirmed(context.settings, message), now);
        } else {
          transaction.outbox().enqueue(
              training_emails::waiting(context.settings, message, view.position.value_or(0)), now);
        }
        record_audit(transaction, caller, now,
                     {audit_action::book, audit_entity::booking, std::to_string(stored.id),
                      audit_outcome::success,
                      booking_state_name(state) + " on session " + std::to_string(session_id),
                      *partnership_id});
        return Result<BookingView>(view);
      }));
}

Status cancel_booking(AppContext& context, const Caller& caller, Id booking_id) {
  TRY(require_signed_in(caller));
  const Instant now = context.clock.now();
  return context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
    auto first = transaction.bookings().find_for_user(caller.actor->user_id, booking_id);
    if (!first) return Error::of(ErrorCode::not_found, "No such booking");
    const WorkingDayCalendar working_days =
        TRY(partnership_calendar(transaction, first->partnership_id));
    transaction.training_sessions().lock(first->partnership_id, first->session_id);
    const OwnBooking own = TRY(own_booking(transaction, caller, booking_id));
    const Booking& booking = own.booking;
    if (!holds_place(booking.state)) {
      return Error::of(ErrorCode::wrong_state,
                       "This booking has already been cancelled or the session is over");
    }
    // Rule TRN-2: until the session starts; a booked place cancelled after the cut-off is late.
    if (!cancellation_open(own.session, now)) {
      return Error::of(ErrorCode::wrong_state,
                       "The session has started, so it can no longer be cancelled. Contact the "
                       "trainer.");
    }
    const bool late = booking.state == BookingState::booked &&
                      !TRY(cancellation_on_time(working_days, own.session, now));
    transaction.bookings().move(booking.partnership_id, booking.id, booking.state,
                                BookingState::cancelled_by_person, caller.actor->user_id,
                                late ? "Late cancellation" : "", now);
    const Account holder = TRY(training::person(transaction, booking.user_id));
    training_emails::SessionMessage message =
        training::message_for(holder, own.session, own.course);
    if (late) {
      // Rule TRN-9: recorded with the partnership's charge at this moment.
      const TrainingCharge charge = charge_of(
          booking.partnership_id, booking.id, ChargeReason::late_cancellation, own.session,
          TRY(training::charge_rates_of(transaction, booking.partnership_id)), now);
      transaction.training_charges().record(charge);
      message.late_cancellation =
          "You cancelled after the cut-off (the end of " +
          weekday_day_month_year(TRY(cancellation_closes_on(working_days, own.session))) +
          "), so this is recorded as a late cancellation" +
          (charge.amount_pence > 0
               ? ". Your organisation will be charged " + money_text(charge.amount_pence) + "."
               : ".");
    }
    if (booking.state == BookingState::booked) {
      transaction.training_sessions().release_place(booking.partnership_id, booking.session_id);
      message.invitation =
          TRY(training::invitation_for(context, transaction, booking, own.session, own.course,
                                       holder, documents::InvitationMethod::cancel, now));
    }
    transaction.outbox().enqueue(training_emails::booking_cancelled(context.settings, message),
                                 now);
    record_audit(
        transaction, caller, now,
        {audit_action::cancel, audit_entity::booking, std::to_string(booking.id),
         audit_outcome::success, booking_state_name(booking.state) + (late ? ", late" : ""),
         booking.partnership_id});
    // Rule TRN-3: the freed place goes to the earliest waiting person while booking is open.
    TRY(training::promote_waiting(context, transaction, caller, booking.partnership_id,
                                  booking.session_id, now));
    return ok_status();
  });
}

Result<MyTraining> my_training(AppContext& context, const Caller& caller) {
  TRY(require_signed_in(caller));
  const Instant now = context.clock.now();
  MyTraining mine = TRY(context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<MyTraining> {
        MyTraining mine;
        PartnershipCalendars calendars(transaction);
        for (const Booking& listed : transaction.bookings().list_for_user(caller.actor->user_id)) {
          const OwnBooking own = TRY(own_booking(transaction, caller, listed.id));
          BookingView view = TRY(training::booking_view(transaction, calendars, own.booking,
                                                        own.session, own.course, now));
          const bool upcoming =
              own.session.status == SessionStatus::scheduled && session_ends_at(own.session) > now;
          if (own.booking.state == BookingState::booked && upcoming) {
            mine.booked.push_back(std::move(view));
          } else if (own.booking.state == BookingState::waiting && upcoming) {
            mine.waiting.push_back(std::move(view));
          } else if (own.booking.state != BookingState::requested) {
            mine.past.push_back(std::move(view));
          }
        }
        for (const Certificate& certificate :
             transaction.certificates().list_for_user(caller.actor->user_id)) {
          const OwnBooking own = TRY(own_booking(transaction, caller, certificate.booking_id));
          mine.certificates.push_back({certificate.id, certificate.booking_id,
                                       group_certificate_code(certificate.code), own.course.title,
                                       own.session.date, certificate.issued_at});
        }
        return mine;
      }));
  auto soonest = [](const BookingView& left, const BookingView& right) {
    return std::tie(left.session_date, left.start_time, left.id) <
           std::tie(right.session_date, right.start_time, right.id);
  };
  std::sort(mine.booked.begin(), mine.booked.end(), soonest);
  std::sort(mine.waiting.begin(), mine.waiting.end(), soonest);
  std::sort(
      mine.past.begin(), mine.past.end(),
      [&](const BookingView& left, const BookingView& right) { return soonest(right, left); });
  return mine;
}

Result<BookingView> view_booking(AppContext& context, const Caller& caller, Id booking_id) {
  TRY(require_signed_in(caller));
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<BookingView> {
        const OwnBooking own = TRY(own_booking(transaction, caller, booking_id));
        PartnershipCalendars calendars(transaction);
        return training::booking_view(transaction, calendars, own.booking, own.session, own.course,
                                      context.clock.now());
      });
}

Result<std::vector<BookingHistoryEntry>> booking_history(AppContext& context, const Caller& caller,
                                                         Id booking_id) {
  TRY(require_signed_in(caller));
  return context.storage.transact(
      TransactionMode::read,
      [&](Transaction& transaction) -> Result<std::vector<BookingHistoryEntry>> {
        std::optional<Booking> booking =
            transaction.bookings().find_for_user(caller.actor->user_id, booking_id);
        if (!booking && caller.actor->partnership_id &&
            training::manages(caller, *caller.actor->partnership_id)) {
          booking = transaction.bookings().find(*caller.actor->partnership_id, booking_id);
        }
        if (!booking) return Error::of(ErrorCode::not_found, "No such booking");
        return transaction.bookings().history(booking->partnership_id, booking->id);
      });
}

Result<DownloadFile> booking_calendar(AppContext& context, const Caller& caller, Id booking_id) {
  TRY(require_signed_in(caller));
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<DownloadFile> {
        const OwnBooking own = TRY(own_booking(transaction, caller, booking_id));
        if (own.booking.state != BookingState::booked) {
          return Error::of(ErrorCode::wrong_state,
                           "Only a booked place can be added to a calendar");
        }
        const Account holder = TRY(training::person(transaction, own.booking.user_id));
        EmailAttachment invitation = TRY(training::invitation_for(
            context, transaction, own.booking, own.session, own.course, holder,
            documents::InvitationMethod::request, context.clock.now()));
        return DownloadFile{"training-" + own.session.date.to_iso_string() + ".ics",
                            invitation.content_type, std::move(invitation.content)};
      });
}

}  // namespace casereview
