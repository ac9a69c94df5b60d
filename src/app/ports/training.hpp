// Storage interfaces for training: courses, sessions, bookings with their history, evaluations,
// certificates and sent reminders. Partnership data: every method that reads or writes a
// partnership's rows takes its id and never touches another partnership's rows. The exceptions are
// deliberate and named so: published courses are public (find_published, list_published), a
// session's partnership is looked up to scope the rest of a request (partnership_of), the reminder
// job walks every partnership's coming sessions (list_scheduled_from), a person's own bookings and
// certificates are read by user across partnerships (find_for_user, list_for_user), and a
// certificate is found by its code for public verification (find_by_code).
//
// Races are settled in the database (issue 4: capacity never exceeded, no one booked twice):
//   - lock_session() is the first statement of a booking's write transaction: a conditional UPDATE
//     of the session row, which takes its row lock on PostgreSQL (SQLite's BEGIN IMMEDIATE already
//     serialises writers), so counting places and inserting a booking cannot interleave;
//   - add_booking() inserts with ON CONFLICT DO NOTHING against a unique partial index on
//     (course, person) over the states that hold a place (Rule TRN-4), returning nullopt on
//     conflict;
//   - booked_count is kept in the session row by a conditional UPDATE … WHERE booked_count <
//     capacity (take_place), so even a caller that forgot the lock cannot overfill it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/training_booking.hpp"
#include "domain/training_course.hpp"
#include "domain/training_session.hpp"

namespace casereview {

class CourseRepository {
 public:
  virtual ~CourseRepository() = default;
  virtual Course create(const Course& course, Instant now) = 0;
  // Replaces text, settings and links (not status); false when no such course in the partnership.
  virtual bool update(const Course& course, Instant now) = 0;
  virtual bool set_status(Id partnership_id, Id course_id, CourseStatus status, Instant now) = 0;
  virtual std::optional<Course> find(Id partnership_id, Id course_id) = 0;
  // A published course of any partnership (public); nullopt for drafts and unknown ids.
  virtual std::optional<Course> find_published(Id course_id) = 0;
  virtual std::vector<Course> list(Id partnership_id) = 0;
  // Published courses of every partnership (public), by title.
  virtual std::vector<Course> list_published() = 0;
};

class TrainingSessionRepository {
 public:
  virtual ~TrainingSessionRepository() = default;
  virtual TrainingSession create(const TrainingSession& session, Instant now) = 0;
  virtual std::optional<TrainingSession> find(Id partnership_id, Id session_id) = 0;
  // The partnership of a session, to scope the rest of a request (sessions of published courses
  // are public); nullopt when unknown.
  virtual std::optional<Id> partnership_of(Id session_id) = 0;
  virtual std::vector<TrainingSession> list_for_course(Id partnership_id, Id course_id) = 0;
  // Scheduled sessions on or after `from` of every partnership (the reminder job).
  virtual std::vector<TrainingSession> list_scheduled_from(CivilDate from) = 0;
  // Takes the session row's write lock for the rest of the transaction. false when no such session.
  virtual bool lock(Id partnership_id, Id session_id) = 0;
  // booked_count + 1 when below capacity; false when full.
  virtual bool take_place(Id partnership_id, Id session_id) = 0;
  // booked_count - 1 (never below 0).
  virtual void release_place(Id partnership_id, Id session_id) = 0;
  // false when the new capacity is below booked_count.
  virtual bool set_capacity(Id partnership_id, Id session_id, int capacity) = 0;
  virtual bool set_trainer(Id partnership_id, Id session_id, Id trainer_user_id) = 0;
  // false when already cancelled.
  virtual bool cancel(Id partnership_id, Id session_id, const std::string& reason, Instant now) = 0;
};

struct BookingRecord {
  Booking booking;
  std::string user_name;
  std::string user_email;
  std::string organisation;
  std::string job_role;
  bool evaluation_completed = false;
  std::optional<Instant> signed_in_at;  // Rule TRN-8: when they entered the attendance code
};

class BookingRepository {
 public:
  virtual ~BookingRepository() = default;
  // Inserts the booking in `booking.state` (requested, booked or waiting) with its first history
  // entry; a waiting booking gets the next waiting_sequence. nullopt (nothing written) when the
  // person already holds a place on the course (Rule TRN-4, the unique partial index).
  virtual std::optional<Booking> add(const Booking& booking, std::optional<Id> by_user_id,
                                     Instant now) = 0;
  // Moves the booking from `from` to `to` and adds a history entry; false (nothing written) when it
  // is not in `from` any more. Entering waiting sets waiting_sequence if unset.
  virtual bool move(Id partnership_id, Id booking_id, BookingState from, BookingState to,
                    std::optional<Id> by_user_id, const std::string& note, Instant now) = 0;
  virtual std::optional<Booking> find(Id partnership_id, Id booking_id) = 0;
  // The person's booking (any partnership); nullopt when it is not theirs.
  virtual std::optional<Booking> find_for_user(Id user_id, Id booking_id) = 0;
  // The person's booking holding a place on the course, if any.
  virtual std::optional<Booking> find_active(Id partnership_id, Id course_id, Id user_id) = 0;
  // Every booking of the session in the given states, with the person's details; waiting ones in
  // waiting_sequence order, others by name.
  virtual std::vector<BookingRecord> list_for_session(Id partnership_id, Id session_id,
                                                      const std::vector<BookingState>& states) = 0;
  virtual int count(Id partnership_id, Id session_id, BookingState state) = 0;
  // 1-based position of a waiting booking (how many waiting on the session have a sequence <= it).
  virtual int waiting_position(Id partnership_id, Id session_id, std::int64_t waiting_sequence) = 0;
  // Every booking of the person, any partnership.
  virtual std::vector<Booking> list_for_user(Id user_id) = 0;
  virtual std::vector<BookingHistoryEntry> history(Id partnership_id, Id booking_id) = 0;
  // false when the booking has one already.
  virtual bool add_evaluation(Id partnership_id, const Evaluation& evaluation) = 0;
  virtual std::optional<Evaluation> find_evaluation(Id partnership_id, Id booking_id) = 0;
  virtual std::vector<Evaluation> list_evaluations(Id partnership_id, Id session_id) = 0;

  // Rule TRN-8: the session's attendance code, or nullopt while its trainer has not shown one.
  virtual std::optional<std::string> attendance_code(Id partnership_id, Id session_id) = 0;
  // Keeps `code` as the session's attendance code unless it has one already (two trainers showing
  // it at once both get the first); returns the code the session has.
  virtual std::string keep_attendance_code(Id partnership_id, Id session_id,
                                           const std::string& code, Id by_user_id, Instant now) = 0;
  // Records that the booking's holder entered the code at `now`, unless they had; returns when
  // they first did.
  virtual Instant record_sign_in(Id partnership_id, Id booking_id, Instant now) = 0;
  virtual std::optional<Instant> signed_in_at(Id partnership_id, Id booking_id) = 0;
};

class CertificateRepository {
 public:
  virtual ~CertificateRepository() = default;
  // Issues the booking's certificate with `code`, or restores a withdrawn one (keeping its code).
  // nullopt if `code` is taken (the caller draws again) or the booking is not the partnership's.
  virtual std::optional<Certificate> issue(Id partnership_id, Id booking_id, Id user_id,
                                           const std::string& code, Instant now) = 0;
  virtual void withdraw(Id partnership_id, Id booking_id, Instant now) = 0;
  virtual std::optional<Certificate> find_for_booking(Id partnership_id, Id booking_id) = 0;
  virtual std::optional<Certificate> find_for_user(Id user_id, Id certificate_id) = 0;
  virtual std::vector<Certificate> list_for_user(Id user_id) = 0;
  // Public verification: a certificate that is not withdrawn.
  virtual std::optional<Certificate> find_by_code(const std::string& code) = 0;
};

class TrainingReminderRepository {
 public:
  virtual ~TrainingReminderRepository() = default;
  // Records the booking's reminder (1 or 2, Rule TRN-6) as sent; false if it had been, or the
  // booking is not the partnership's.
  virtual bool record_sent(Id partnership_id, Id booking_id, int reminder, Instant now) = 0;
};

}  // namespace casereview
