// SQL repositories for training (app/ports/training.hpp): courses, sessions, bookings with their
// history, evaluations, certificates and sent reminders. One SQL text for both engines. The races
// of booking are settled here: lock() is a conditional UPDATE of the session row (PostgreSQL's row
// lock; SQLite's write transaction already holds the database lock), take_place() a conditional
// UPDATE … WHERE booked_count < capacity, and add() an INSERT … ON CONFLICT DO NOTHING against the
// unique partial index bookings_one_place_per_course.
#pragma once

#include <Poco/Data/Session.h>

#include "app/ports.hpp"
#include "store/sql.hpp"

namespace casereview::store {

class SqlCourseRepository final : public CourseRepository {
 public:
  explicit SqlCourseRepository(Poco::Data::Session& session) : session_(session) {}
  Course create(const Course& course, Instant now) override;
  bool update(const Course& course, Instant now) override;
  bool set_status(Id partnership_id, Id course_id, CourseStatus status, Instant now) override;
  std::optional<Course> find(Id partnership_id, Id course_id) override;
  std::optional<Course> find_published(Id course_id) override;
  std::vector<Course> list(Id partnership_id) override;
  std::vector<Course> list_published() override;

 private:
  std::vector<Course> select_where(const std::string& condition,
                                   const std::vector<SqlValue>& parameters);
  void replace_links(const Course& course);
  Poco::Data::Session& session_;
};

class SqlTrainingSessionRepository final : public TrainingSessionRepository {
 public:
  explicit SqlTrainingSessionRepository(Poco::Data::Session& session) : session_(session) {}
  TrainingSession create(const TrainingSession& session, Instant now) override;
  std::optional<TrainingSession> find(Id partnership_id, Id session_id) override;
  std::optional<Id> partnership_of(Id session_id) override;
  std::vector<TrainingSession> list_for_course(Id partnership_id, Id course_id) override;
  std::vector<TrainingSession> list_scheduled_from(CivilDate from) override;
  bool lock(Id partnership_id, Id session_id) override;
  bool take_place(Id partnership_id, Id session_id) override;
  void release_place(Id partnership_id, Id session_id) override;
  bool set_capacity(Id partnership_id, Id session_id, int capacity) override;
  bool set_trainer(Id partnership_id, Id session_id, Id trainer_user_id) override;
  bool cancel(Id partnership_id, Id session_id, const std::string& reason, Instant now) override;

 private:
  std::vector<TrainingSession> select_where(const std::string& condition,
                                            const std::vector<SqlValue>& parameters);
  Poco::Data::Session& session_;
};

class SqlBookingRepository final : public BookingRepository {
 public:
  explicit SqlBookingRepository(Poco::Data::Session& session) : session_(session) {}
  std::optional<Booking> add(const Booking& booking, std::optional<Id> by_user_id,
                             Instant now) override;
  bool move(Id partnership_id, Id booking_id, BookingState from, BookingState to,
            std::optional<Id> by_user_id, const std::string& note, Instant now) override;
  std::optional<Booking> find(Id partnership_id, Id booking_id) override;
  std::optional<Booking> find_for_user(Id user_id, Id booking_id) override;
  std::optional<Booking> find_active(Id partnership_id, Id course_id, Id user_id) override;
  std::vector<BookingRecord> list_for_session(Id partnership_id, Id session_id,
                                              const std::vector<BookingState>& states) override;
  int count(Id partnership_id, Id session_id, BookingState state) override;
  int waiting_position(Id partnership_id, Id session_id, std::int64_t waiting_sequence) override;
  std::vector<Booking> list_for_user(Id user_id) override;
  std::vector<BookingHistoryEntry> history(Id partnership_id, Id booking_id) override;
  bool add_evaluation(Id partnership_id, const Evaluation& evaluation) override;
  std::optional<Evaluation> find_evaluation(Id partnership_id, Id booking_id) override;
  std::vector<Evaluation> list_evaluations(Id partnership_id, Id session_id) override;
  std::optional<std::string> attendance_code(Id partnership_id, Id session_id) override;
  std::string keep_attendance_code(Id partnership_id, Id session_id, const std::string& code,
                                   Id by_user_id, Instant now) override;
  Instant record_sign_in(Id partnership_id, Id booking_id, Instant now) override;
  std::optional<Instant> signed_in_at(Id partnership_id, Id booking_id) override;

 private:
  std::vector<Booking> select_where(const std::string& condition,
                                    const std::vector<SqlValue>& parameters);
  std::int64_t next_waiting_sequence(Id partnership_id, Id session_id);
  void add_history(Id partnership_id, Id booking_id, BookingState state,
                   std::optional<Id> by_user_id, const std::string& note, Instant now);
  Poco::Data::Session& session_;
};

class SqlCertificateRepository final : public CertificateRepository {
 public:
  explicit SqlCertificateRepository(Poco::Data::Session& session) : session_(session) {}
  std::optional<Certificate> issue(Id partnership_id, Id booking_id, Id user_id,
                                   const std::string& code, Instant now) override;
  void withdraw(Id partnership_id, Id booking_id, Instant now) override;
  std::optional<Certificate> find_for_booking(Id partnership_id, Id booking_id) override;
  std::optional<Certificate> find_for_user(Id user_id, Id certificate_id) override;
  std::vector<Certificate> list_for_user(Id user_id) override;
  std::optional<Certificate> find_by_code(const std::string& code) override;

 private:
  std::vector<Certificate> select_where(const std::string& condition,
                                        const std::vector<SqlValue>& parameters);
  Poco::Data::Session& session_;
};

class SqlTrainingReminderRepository final : public TrainingReminderRepository {
 public:
  explicit SqlTrainingReminderRepository(Poco::Data::Session& session) : session_(session) {}
  bool record_sent(Id partnership_id, Id booking_id, int reminder, Instant now) override;

 private:
  Poco::Data::Session& session_;
};

}  // namespace casereview::store
