// Sessions of a course: a trainer or manager schedules them, changes capacity (a larger capacity
// books people from the waiting list at once, Rule TRN-3), cancels them with a reason (everyone
// booked or waiting is emailed the reason and an iCalendar CANCEL) and copies one to a new date.
// Anyone may list a published course's sessions with the places left, the waiting list's length and
// the day booking closes (Rule TRN-1); the joining link of a virtual session is given only to
// people with a booked place and to the partnership's trainers and managers.
//
// Every change is audited (entity "training-session"). Permission: manage_training for changes.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/context.hpp"
#include "app/training/bookings.hpp"
#include "domain/training_session.hpp"

namespace casereview {

// What the session form and the API send, as typed.
struct SessionInput {
  std::string date;        // YYYY-MM-DD
  std::string start_time;  // "09:30"
  std::string end_time;    // "12:00"
  std::string format;      // "virtual" or "in_person"
  std::string joining_link;
  std::string venue;
  std::string capacity;                   // whole number 1 to 1000
  std::string booking_cutoff = "2";       // working days, 0 to 20
  std::string cancellation_cutoff = "2";  // working days, 0 to 20
  std::optional<Id>
      trainer_user_id;  // default: the caller; must be a trainer or manager of the partnership
};

// Where a session is in time at the moment it is read: the register can be marked once it has
// started; it can be cancelled until it is over.
enum class SessionTiming { not_started, running, over };

// A session as lists, pages and the API show it, for one caller.
struct SessionView {
  Id id = 0;
  Id course_id = 0;
  std::string course_title;
  CivilDate date = *CivilDate::from_ymd(2026, 1, 1);
  ClockTime start_time;
  ClockTime end_time;
  SessionFormat format = SessionFormat::virtual_session;
  std::string venue;
  std::string joining_link;  // empty unless the caller has a booked place or manages training
  int capacity = 0;
  int booked_count = 0;
  int places_left = 0;  // capacity - booked, never below 0
  int waiting_list_length = 0;
  CivilDate booking_closes_on = *CivilDate::from_ymd(2026, 1, 1);       // Rule TRN-1
  CivilDate cancellation_closes_on = *CivilDate::from_ymd(2026, 1, 1);  // Rule TRN-2
  std::string cancellation_policy;  // Rule TRN-9: shown before booking
  bool booking_open = false;        // scheduled, not past, today on or before booking_closes_on
  SessionStatus status = SessionStatus::scheduled;
  SessionTiming timing = SessionTiming::not_started;
  std::string cancellation_reason;
  Id trainer_user_id = 0;
  std::string trainer_name;
  int booking_cutoff_working_days = default_booking_cutoff_working_days;
  int cancellation_cutoff_working_days = default_cancellation_cutoff_working_days;
  std::optional<BookingView> your_booking;  // the caller's booking or waiting place on it, if any
  // The caller's booking or waiting place on another session of the same course (Rule TRN-4).
  std::optional<BookingView> your_place_on_course;
  // Rule TRN-7: why the caller may not book it (the partnership keeps its courses for its own
  // workforce), when they may not.
  std::optional<std::string> closed_to_you;
};

// Rule TRN-2: the cancellation cut-off a new session of the caller's partnership starts with (its
// setting cancellation_cutoff_working_days). Permission manage_training.
Result<int> new_session_cancellation_cutoff(AppContext& context, const Caller& caller);

// Schedules a session of a course of the caller's partnership. invalid_input naming each bad field
// ("date" — must be a working-calendar date today or later —, "start_time", "end_time", "format",
// "joining_link", "venue", "capacity", "booking_cutoff", "cancellation_cutoff", "trainer");
// not_found for another partnership's course.
Result<SessionView> create_session(AppContext& context, const Caller& caller, Id course_id,
                                   const SessionInput& input);

// Sets a new capacity. It cannot go below the places already booked (invalid_input on "capacity":
// "The capacity cannot be less than the 7 places booked"). A larger capacity books the earliest
// waiting people into the new places and emails them (Rule TRN-3) while booking is open.
// wrong_state for a cancelled session.
Result<SessionView> change_capacity(AppContext& context, const Caller& caller, Id session_id,
                                    const std::string& capacity);

// Cancels the session: every booking and waiting place moves to cancelled_by_trainer, and each
// person is emailed the reason with an iCalendar CANCEL (booked people) — in one transaction.
// invalid_input on "reason" when empty; wrong_state when already cancelled or already over.
Status cancel_session(AppContext& context, const Caller& caller, Id session_id,
                      const std::string& reason);

// Gives the session another trainer (issue 18): the account with `email`, which must be an active
// trainer or business manager of the partnership (invalid_input on "email": "Enter the email
// address of the new trainer" when blank, "Enter the email address of a trainer or business manager
// of this partnership" otherwise). wrong_state for a cancelled session or one that is over;
// not_found for another partnership's session. Audited; choosing the trainer it has changes
// nothing.
Result<SessionView> change_trainer(AppContext& context, const Caller& caller, Id session_id,
                                   const std::string& email);

// A new session with the same times, format, place, capacity, trainer and cut-offs on `new_date`
// (YYYY-MM-DD, today or later: invalid_input on "date"). No bookings are copied.
Result<SessionView> copy_session(AppContext& context, const Caller& caller, Id session_id,
                                 const std::string& new_date);

// The sessions of a course from today on, soonest first (for trainers and managers of its
// partnership, past and cancelled ones too, newest last). not_found as view_course.
Result<std::vector<SessionView>> list_sessions(AppContext& context, const Caller& caller,
                                               Id course_id);

// One session. not_found when its course is a draft the caller may not see.
Result<SessionView> view_session(AppContext& context, const Caller& caller, Id session_id);

}  // namespace casereview
