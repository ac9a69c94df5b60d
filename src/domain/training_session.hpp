// Training sessions: one dated occurrence of a course, virtual (with a joining link, shown only to
// people with a booked place) or in person (at a venue), with a capacity, a trainer and two
// cut-offs counted in working days. The cut-off rules, with their ids (cited in the code and the
// tests that prove them):
//
//   TRN-1  Booking closes at the end (midnight, Europe/London) of the working day that is N working
//          days before the session's date, N being the session's booking cut-off (default 2). The
//          session date is day 0; counting back, the N-th working day before it is the last day
//          on which anyone may book or be promoted from the waiting list. Example: a session on
//          Monday 9 March 2026 with N = 2 closes for booking at the end of Thursday 5 March.
//          With N = 0 booking closes at the end of the session's own day.
//   TRN-2  A person may cancel their own place until the session starts. Cancelling after the end
//          of the working day that is M working days before the session (M, the session's
//          cancellation cut-off; a new session takes its partnership's setting, default 3),
//          counted as Rule TRN-1, is a late cancellation (issue 18), which the partnership may
//          charge for (Rule TRN-9, domain/training_charges.hpp). Leaving a waiting list is never
//          late.
//   TRN-3  When a place frees (a cancellation, a larger capacity), the earliest person on the
//          waiting list (the first to join it) is booked automatically — never after the booking
//          cut-off (Rule TRN-1): after it the waiting list stays as it is.
//   TRN-8  Attendance proven by a code: each session has its own attendance code, made the first
//          time its trainer shows it and then kept. A person with a place on the session (booked,
//          or already marked) enters it from the session's start until 30 minutes after its end,
//          and is recorded as signed in, once, at that moment; the trainer's register shows who
//          signed in and when, and the trainer confirms or corrects it (issue 18).
//   TRN-6  Two reminders, at the partnership's offsets (settings first_reminder_working_days,
//          default 10, and second_reminder_working_days, default 2, fewer than the first): each
//          is due from the start of the working day that many working days before the session
//          (counted as Rule TRN-1), is sent once per booking, and never after the session began.
//          The first goes only to people who booked before its day (the confirmation told the
//          others); when both are due at once only the second is sent (issue 18).
//
// All dates are UK civil dates (domain/uk_time.hpp); working days come from the calendar
// (domain/working_days.hpp, Rule WD-1, Rule WD-2, Rule WD-3), so a date outside its years is an
// error, never a guess.
#pragma once

#include <optional>
#include <string>

#include "domain/civil_date.hpp"
#include "domain/instant.hpp"
#include "domain/partnership.hpp"
#include "domain/result.hpp"
#include "domain/working_days.hpp"

namespace casereview {

enum class SessionFormat { virtual_session, in_person };
std::string session_format_name(SessionFormat format);  // "virtual", "in_person"
std::optional<SessionFormat> session_format_from_name(const std::string& name);

enum class SessionStatus { scheduled, cancelled };
std::string session_status_name(SessionStatus status);  // "scheduled", "cancelled"
std::optional<SessionStatus> session_status_from_name(const std::string& name);

// A time of day in Europe/London, to the minute.
struct ClockTime {
  int hour = 0;                 // 0 to 23
  int minute = 0;               // 0 to 59
  std::string to_text() const;  // "09:30"
  friend auto operator<=>(const ClockTime&, const ClockTime&) = default;
};

// Reads "9:30", "09:30" or "14:05". Fails with invalid_input naming `field` and saying which time
// (`what`, such as "start time"): "Enter the start time" when empty, "Enter a real start time, like
// 09:30 or 14:00" otherwise — so that two empty times on one form do not say the same thing.
Result<ClockTime> parse_clock_time(const std::string& field, const std::string& what,
                                   const std::string& text);

// The UK instant at which a civil date and time happen (a time that does not exist on the day the
// clocks go forward is read as the hour after; one that happens twice is the first).
Instant uk_instant(CivilDate date, ClockTime time);

inline constexpr int default_booking_cutoff_working_days = 2;
inline constexpr int default_cancellation_cutoff_working_days = 3;  // Rule TRN-2
// Rule TRN-6: the two reminders' offsets, in working days before the session.
struct ReminderOffsets {
  int first = 10;
  int second = 2;
};
inline constexpr int largest_capacity = 1000;
inline constexpr int largest_cutoff_working_days = 20;

struct TrainingSession {
  Id id = 0;
  Id partnership_id = 0;
  Id course_id = 0;
  CivilDate date = *CivilDate::from_ymd(2026, 1, 1);
  ClockTime start_time;
  ClockTime end_time;
  SessionFormat format = SessionFormat::virtual_session;
  std::string joining_link;  // virtual: https URL shown only to booked people
  std::string venue;         // in person: the address
  int capacity = 0;
  Id trainer_user_id = 0;
  int booking_cutoff_working_days = default_booking_cutoff_working_days;
  int cancellation_cutoff_working_days = default_cancellation_cutoff_working_days;
  SessionStatus status = SessionStatus::scheduled;
  std::string cancellation_reason;  // when cancelled
  int booked_count = 0;             // kept by storage in the same transaction as the bookings
  Instant created_at{};
};

// Checks a session as entered: end after start; capacity 1..largest_capacity; cut-offs
// 0..largest_cutoff_working_days; a virtual session has an https:// joining link, an in-person one
// a venue. invalid_input with one entry per bad field ("end_time", "capacity", "joining_link",
// "venue", "booking_cutoff", "cancellation_cutoff").
Status check_session(const TrainingSession& session);

// The working day `working_days` working days before `date` (date is day 0, whatever kind of day
// it is; 0 gives the last working day on or before `date`). Fails as the calendar does when a date
// falls outside it (Rule WD-3).
Result<CivilDate> working_days_before(const WorkingDayCalendar& calendar, CivilDate date,
                                      int working_days);

// Rule TRN-1: the last UK date on which the session can be booked.
Result<CivilDate> booking_closes_on(const WorkingDayCalendar& calendar,
                                    const TrainingSession& session);
// Rule TRN-2: the last UK date on which a person can cancel their own place without it being late.
Result<CivilDate> cancellation_closes_on(const WorkingDayCalendar& calendar,
                                         const TrainingSession& session);
// Rule TRN-6: the UK date from which a reminder `working_days` before the session is due.
Result<CivilDate> reminder_due_on(const WorkingDayCalendar& calendar,
                                  const TrainingSession& session, int working_days);

// Rule TRN-6 at `now` for a booking made at `booked_at`: which reminder to send — 2, 1, or none
// (0) — before knowing which were sent: the later one once it is due, else the first once it is
// due and the booking was made before its day; none once the session has started.
Result<int> reminder_due(const WorkingDayCalendar& calendar, const TrainingSession& session,
                         const ReminderOffsets& offsets, Instant booked_at, Instant now);

// Rule TRN-1 at `now`: true while the session is scheduled and today (UK) is on or before
// booking_closes_on.
Result<bool> booking_open(const WorkingDayCalendar& calendar, const TrainingSession& session,
                          Instant now);
// Rule TRN-2 at `now`: whether a person can still cancel their own place at all (the session is
// scheduled and has not started), and whether doing so now is on time (also today (UK) is on or
// before cancellation_closes_on).
bool cancellation_open(const TrainingSession& session, Instant now);
Result<bool> cancellation_on_time(const WorkingDayCalendar& calendar,
                                  const TrainingSession& session, Instant now);

// When the session starts and ends, as instants.
Instant session_starts_at(const TrainingSession& session);
Instant session_ends_at(const TrainingSession& session);

// Rule TRN-8: how long after the end the attendance code still works, and the last moment it does.
inline constexpr std::chrono::minutes attendance_code_grace{30};
Instant attendance_code_valid_until(const TrainingSession& session);
// Rule TRN-8 at `now`: the session is scheduled and now is from its start to
// attendance_code_valid_until, both included.
bool attendance_code_open(const TrainingSession& session, Instant now);

}  // namespace casereview
