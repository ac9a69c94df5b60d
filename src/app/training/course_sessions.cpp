#include "app/training/course_sessions.hpp"

#include <algorithm>
#include <charconv>

#include "app/audit.hpp"
#include "app/training/training_support.hpp"
#include "domain/messages.hpp"
#include "domain/text.hpp"
#include "domain/uk_time.hpp"

namespace casereview {

using training::require_training_manager;

namespace {

// Whether the account may be a session's trainer: an active trainer or business manager of the
// partnership.
bool can_train(const std::optional<Account>& account, Id partnership_id) {
  return account && account->user.partnership_id == partnership_id &&
         account->status == AccountStatus::active &&
         (actor_from(account->user).has_role(Role::trainer) ||
          actor_from(account->user).has_role(Role::manager));
}

std::optional<int> whole_number(const std::string& text) {
  int value = 0;
  const char* end = text.data() + text.size();
  auto [rest, error] = std::from_chars(text.data(), end, value);
  if (text.empty() || error != std::errc() || rest != end) return std::nullopt;
  return value;
}

// A session date: a real date, today or later, inside the partnership's working-day calendar.
Result<CivilDate> session_date(const std::string& text, const WorkingDayCalendar& working_days,
                               Instant now) {
  const CivilDate date = TRY(parse_iso_date("date", text));
  if (date < uk_date(now))
    return Error::invalid({{"date", "The date of the session must be today or in the future"}});
  if (!working_days.covers(date)) {
    return Error::invalid(
        {{"date", "The date must be in " + std::to_string(working_days.first_year()) + " to " +
                      std::to_string(working_days.last_year())}});
  }
  return date;
}

// The session form's fields from top to bottom: the error summary lists problems in this order,
// as the GOV.UK error summary pattern asks, whichever check found them.
std::vector<FieldError> in_form_order(std::vector<FieldError> problems) {
  static const std::vector<std::string_view> order = {
      "date",  "start_time", "end_time", "format",         "joining_link",
      "venue", "capacity",   "trainer",  "booking_cutoff", "cancellation_cutoff"};
  auto rank = [](const FieldError& problem) {
    const auto found = std::find(order.begin(), order.end(), problem.field);
    return found - order.begin();
  };
  std::stable_sort(problems.begin(), problems.end(),
                   [&rank](const FieldError& a, const FieldError& b) { return rank(a) < rank(b); });
  return problems;
}

// Reads and checks the form; every bad field is named at once.
Result<TrainingSession> read_session(Transaction& transaction, const Caller& caller,
                                     Id partnership_id, const SessionInput& input, Instant now) {
  std::vector<FieldError> problems;
  auto collect = [&problems](const Error& error) {
    for (const FieldError& field : error.fields) problems.push_back(field);
  };
  const WorkingDayCalendar working_days = TRY(partnership_calendar(transaction, partnership_id));
  TrainingSession session;
  session.partnership_id = partnership_id;
  if (auto date = session_date(input.date, working_days, now))
    session.date = date.value();
  else
    collect(date.error());
  if (auto start = parse_clock_time("start_time", "start time", input.start_time))
    session.start_time = start.value();
  else
    collect(start.error());
  if (auto end = parse_clock_time("end_time", "end time", input.end_time))
    session.end_time = end.value();
  else
    collect(end.error());
  auto format = session_format_from_name(input.format);
  if (!format) problems.push_back({"format", "Select whether the session is online or in person"});
  session.format = format.value_or(SessionFormat::virtual_session);
  session.joining_link = session.format == SessionFormat::virtual_session ? input.joining_link : "";
  session.venue = session.format == SessionFormat::in_person ? input.venue : "";
  auto capacity = whole_number(input.capacity);
  if (!capacity)
    problems.push_back({"capacity", enter("the number of places as a whole number, like 20")});
  session.capacity = capacity.value_or(1);
  auto booking_cutoff = whole_number(input.booking_cutoff);
  if (!booking_cutoff)
    problems.push_back(
        {"booking_cutoff", enter("the booking cut-off as a number of working days")});
  session.booking_cutoff_working_days =
      booking_cutoff.value_or(default_booking_cutoff_working_days);
  auto cancellation_cutoff = whole_number(input.cancellation_cutoff);
  if (!cancellation_cutoff) {
    problems.push_back(
        {"cancellation_cutoff", enter("the cancellation cut-off as a number of working days")});
  }
  session.cancellation_cutoff_working_days =
      cancellation_cutoff.value_or(default_cancellation_cutoff_working_days);
  session.trainer_user_id = input.trainer_user_id.value_or(caller.actor->user_id);
  if (!can_train(transaction.accounts().find(session.trainer_user_id), partnership_id))
    problems.push_back({"trainer", "Select a trainer or business manager of this partnership"});
  if (auto checked = check_session(session); !checked) {
    for (const FieldError& field : checked.error().fields) {
      // A field already named for its form keeps its first message. Until the format is chosen
      // neither the joining link nor the venue is asked for: which one applies is not known yet.
      bool named = !format && (field.field == "joining_link" || field.field == "venue");
      for (const FieldError& seen : problems) named = named || seen.field == field.field;
      if (!named) problems.push_back(field);
    }
  }
  if (!problems.empty()) return Error::invalid(in_form_order(std::move(problems)));
  return session;
}

Result<SessionView> read_view(AppContext& context, const Caller& caller, Id session_id) {
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<SessionView> {
        auto found = TRY(training::visible_session(transaction, caller, session_id));
        PartnershipCalendars calendars(transaction);
        return training::session_view(transaction, calendars, caller, found.session, found.course,
                                      context.clock.now());
      });
}

// The session of the caller's partnership; not_found otherwise.
Result<training::SessionAndCourse> own_session(Transaction& transaction, Id partnership_id,
                                               Id session_id) {
  auto session = transaction.training_sessions().find(partnership_id, session_id);
  auto course =
      session ? transaction.courses().find(partnership_id, session->course_id) : std::nullopt;
  if (!course) return Error::of(ErrorCode::not_found, "No such training session");
  return training::SessionAndCourse{*session, *course};
}

}  // namespace

Result<int> new_session_cancellation_cutoff(AppContext& context, const Caller& caller) {
  const Id partnership_id = TRY(training::require_training_manager(caller));
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<int> {
        const SettingValues settings =
            TRY(settings_with_defaults(transaction.settings().all(partnership_id)));
        return settings.time_scales.at("cancellation_cutoff_working_days");
      });
}

Result<SessionView> create_session(AppContext& context, const Caller& caller, Id course_id,
                                   const SessionInput& input) {
  const Id partnership_id = TRY(require_training_manager(caller));
  const Instant now = context.clock.now();
  const Id session_id = TRY(
      context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Result<Id> {
        if (!transaction.courses().find(partnership_id, course_id))
          return Error::of(ErrorCode::not_found, "No such course");
        TrainingSession session =
            TRY(read_session(transaction, caller, partnership_id, input, now));
        session.course_id = course_id;
        session = transaction.training_sessions().create(session, now);
        record_audit(
            transaction, caller, now,
            {audit_action::create, audit_entity::training_session, std::to_string(session.id),
             audit_outcome::success,
             "course " + std::to_string(course_id) + " on " + session.date.to_iso_string()});
        return session.id;
      }));
  return read_view(context, caller, session_id);
}

Result<SessionView> change_capacity(AppContext& context, const Caller& caller, Id session_id,
                                    const std::string& capacity) {
  const Id partnership_id = TRY(require_training_manager(caller));
  auto places = whole_number(capacity);
  if (!places || *places < 1 || *places > largest_capacity) {
    return Error::invalid({{"capacity", "The number of places must be between 1 and " +
                                            std::to_string(largest_capacity)}});
  }
  const Instant now = context.clock.now();
  TRY(context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
    if (!transaction.training_sessions().lock(partnership_id, session_id)) {
      return Error::of(ErrorCode::not_found, "No such training session");
    }
    auto found = TRY(own_session(transaction, partnership_id, session_id));
    if (found.session.status == SessionStatus::cancelled) {
      return Error::of(ErrorCode::wrong_state, "This session has been cancelled");
    }
    if (!transaction.training_sessions().set_capacity(partnership_id, session_id, *places)) {
      return Error::invalid(
          {{"capacity", "The number of places cannot be less than the " +
                            std::to_string(found.session.booked_count) + " places booked"}});
    }
    record_audit(transaction, caller, now,
                 {audit_action::change_capacity, audit_entity::training_session,
                  std::to_string(session_id), audit_outcome::success,
                  std::to_string(found.session.capacity) + " to " + std::to_string(*places)});
    // Rule TRN-3: new places go to the waiting list first.
    TRY(training::promote_waiting(context, transaction, caller, partnership_id, session_id, now));
    return ok_status();
  }));
  return read_view(context, caller, session_id);
}

Result<SessionView> change_trainer(AppContext& context, const Caller& caller, Id session_id,
                                   const std::string& email) {
  const Id partnership_id = TRY(require_training_manager(caller));
  const std::string wanted = trimmed(email);
  if (wanted.empty())
    return Error::invalid({{"email", enter("the email address of the new trainer")}});
  const Instant now = context.clock.now();
  TRY(context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
    auto found = TRY(own_session(transaction, partnership_id, session_id));
    if (found.session.status == SessionStatus::cancelled)
      return Error::of(ErrorCode::wrong_state, "This session has been cancelled");
    if (now > session_ends_at(found.session))
      return Error::of(ErrorCode::wrong_state, "This session is over: its trainer stays as it was");
    const std::optional<Account> trainer = transaction.accounts().find_by_email(wanted);
    if (!can_train(trainer, partnership_id)) {
      return Error::invalid(
          {{"email",
            "Enter the email address of a trainer or business manager of this partnership"}});
    }
    if (trainer->user.id == found.session.trainer_user_id) return ok_status();
    transaction.training_sessions().set_trainer(partnership_id, session_id, trainer->user.id);
    record_audit(transaction, caller, now,
                 {audit_action::change_trainer, audit_entity::training_session,
                  std::to_string(session_id), audit_outcome::success,
                  "user " + std::to_string(found.session.trainer_user_id) + " to user " +
                      std::to_string(trainer->user.id)});
    return ok_status();
  }));
  return read_view(context, caller, session_id);
}

Status cancel_session(AppContext& context, const Caller& caller, Id session_id,
                      const std::string& reason) {
  const Id partnership_id = TRY(require_training_manager(caller));
  if (reason.empty())
    return Error::invalid({{"reason", enter("the reason for cancelling the session")}});
  if (reason.size() > limits::cancellation_reason)
    return Error::invalid({{"reason", too_long("The reason", limits::cancellation_reason)}});
  const Instant now = context.clock.now();
  return context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
    if (!transaction.training_sessions().lock(partnership_id, session_id)) {
      return Error::of(ErrorCode::not_found, "No such training session");
    }
    auto found = TRY(own_session(transaction, partnership_id, session_id));
    if (found.session.status == SessionStatus::cancelled) {
      return Error::of(ErrorCode::wrong_state, "This session has already been cancelled");
    }
    if (session_ends_at(found.session) <= now) {
      return Error::of(ErrorCode::wrong_state, "This session is over, so it cannot be cancelled");
    }
    transaction.training_sessions().cancel(partnership_id, session_id, reason, now);
    for (const BookingRecord& record : transaction.bookings().list_for_session(
             partnership_id, session_id,
             {BookingState::requested, BookingState::booked, BookingState::waiting})) {
      const Booking& booking = record.booking;
      transaction.bookings().move(partnership_id, booking.id, booking.state,
                                  BookingState::cancelled_by_trainer, caller.actor->user_id, reason,
                                  now);
      if (booking.state == BookingState::booked)
        transaction.training_sessions().release_place(partnership_id, session_id);
      const Account holder = TRY(training::person(transaction, booking.user_id));
      training_emails::SessionMessage message =
          training::message_for(holder, found.session, found.course);
      if (booking.state == BookingState::booked) {
        message.invitation =
            TRY(training::invitation_for(context, transaction, booking, found.session, found.course,
                                         holder, documents::InvitationMethod::cancel, now));
      }
      transaction.outbox().enqueue(
          training_emails::session_cancelled(context.settings, message, reason), now);
    }
    record_audit(transaction, caller, now,
                 {audit_action::cancel, audit_entity::training_session, std::to_string(session_id),
                  audit_outcome::success, reason});
    return ok_status();
  });
}

Result<SessionView> copy_session(AppContext& context, const Caller& caller, Id session_id,
                                 const std::string& new_date) {
  const Id partnership_id = TRY(require_training_manager(caller));
  const Instant now = context.clock.now();
  const Id copy_id = TRY(
      context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Result<Id> {
        auto found = TRY(own_session(transaction, partnership_id, session_id));
        TrainingSession copy = found.session;
        const WorkingDayCalendar working_days =
            TRY(partnership_calendar(transaction, partnership_id));
        copy.date = TRY(session_date(new_date, working_days, now));
        copy.status = SessionStatus::scheduled;
        copy.cancellation_reason.clear();
        copy = transaction.training_sessions().create(copy, now);
        record_audit(
            transaction, caller, now,
            {audit_action::copy, audit_entity::training_session, std::to_string(copy.id),
             audit_outcome::success,
             "from session " + std::to_string(session_id) + " to " + copy.date.to_iso_string()});
        return copy.id;
      }));
  return read_view(context, caller, copy_id);
}

Result<std::vector<SessionView>> list_sessions(AppContext& context, const Caller& caller,
                                               Id course_id) {
  const Instant now = context.clock.now();
  const CivilDate today = uk_date(now);
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<std::vector<SessionView>> {
        std::vector<SessionView> views;
        const Course course = TRY(training::visible_course(transaction, caller, course_id));
        const bool manager = training::manages(caller, course.partnership_id);
        PartnershipCalendars calendars(transaction);
        for (const TrainingSession& session :
             transaction.training_sessions().list_for_course(course.partnership_id, course_id)) {
          if (!manager && (session.date < today || session.status == SessionStatus::cancelled))
            continue;
          views.push_back(
              TRY(training::session_view(transaction, calendars, caller, session, course, now)));
        }
        return views;
      });
}

Result<SessionView> view_session(AppContext& context, const Caller& caller, Id session_id) {
  return read_view(context, caller, session_id);
}

}  // namespace casereview
