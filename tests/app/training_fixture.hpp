// The fixture of the training use-case suites: the use-case fixture (real storage of the engine
// under test, a hand-moved clock starting Monday 2 March 2026, 9am) with a trainer of the NORTH
// partnership, a published course and helpers to schedule sessions and add learners.
#pragma once

#include "app/training/attendance.hpp"
#include "app/training/bookings.hpp"
#include "app/training/certificates.hpp"
#include "app/training/course_sessions.hpp"
#include "app/training/courses.hpp"
#include "app/training/reminders.hpp"
#include "use_case_fixture.hpp"

namespace casereview {

class TrainingUseCaseTest : public UseCaseTest {
 protected:
  void SetUp() override {
    UseCaseTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    trainer_ = add_account("trainer@north.example", {"trainer"});
    course_ = published_course(trainer_, "Case reviews");
  }

  // A course of the trainer's partnership, published.
  Course published_course(const Account& trainer, const std::string& title) {
    CourseInput input;
    input.title = title;
    input.summary = "What a safeguarding practice review is and what follows it.";
    input.body = "# Case reviews\n\nA review asks what happened and why.";
    auto course = create_course(context(), as(trainer), input);
    EXPECT_TRUE(course.ok()) << course.error().message;
    if (!course.ok()) return Course{};
    auto published =
        set_course_status(context(), as(trainer), course.value().id, CourseStatus::published);
    EXPECT_TRUE(published.ok());
    return published.ok() ? published.value() : Course{};
  }

  // A virtual session of the course; by default on Monday 9 March 2026, whose booking closes at
  // the end of Thursday 5 March (Rule TRN-1).
  SessionView add_session(int capacity, const std::string& date = "2026-03-09",
                          const std::string& booking_cutoff = "2",
                          const std::string& cancellation_cutoff = "2") {
    return add_session_of(trainer_, course_.id, capacity, date, booking_cutoff,
                          cancellation_cutoff);
  }

  // The same, by another trainer on another course (of another partnership, say).
  SessionView add_session_of(const Account& trainer, Id course_id, int capacity,
                             const std::string& date = "2026-03-09",
                             const std::string& booking_cutoff = "2",
                             const std::string& cancellation_cutoff = "2") {
    SessionInput input;
    input.date = date;
    input.start_time = "09:30";
    input.end_time = "12:00";
    input.format = "virtual";
    input.joining_link = "https://meet.example/case-reviews";
    input.capacity = std::to_string(capacity);
    input.booking_cutoff = booking_cutoff;
    input.cancellation_cutoff = cancellation_cutoff;
    auto created = create_session(context(), as(trainer), course_id, input);
    EXPECT_TRUE(created.ok()) << created.error().message
                              << (created.ok() || created.error().fields.empty()
                                      ? ""
                                      : created.error().fields[0].message);
    return created.ok() ? created.value() : SessionView{};
  }

  Account add_learner(const std::string& name) {
    return add_account(name + "@agency.example", {"learner"});
  }

  SessionView session(Id session_id, const Caller& caller) {
    auto viewed = view_session(context(), caller, session_id);
    EXPECT_TRUE(viewed.ok());
    return viewed.ok() ? viewed.value() : SessionView{};
  }

  BookingView book(const Account& learner, Id session_id) {
    auto booked = book_session(context(), as(learner), session_id);
    EXPECT_TRUE(booked.ok()) << learner.user.email << ": " << booked.error().message;
    return booked.ok() ? booked.value() : BookingView{};
  }

  // The outbox's emails to `to` whose subject starts with `subject`.
  std::vector<Email> emails_to(const std::string& to, const std::string& subject) {
    std::vector<Email> found;
    for (const QueuedEmail& queued : outbox_to(to)) {
      if (queued.email.subject.rfind(subject, 0) == 0) found.push_back(queued.email);
    }
    return found;
  }

  // Moves the clock to this UK-winter instant ("2026-03-09T10:00:00Z").
  void at(const std::string& instant) { clock_.set(parse_instant(instant).value()); }

  Account trainer_;
  Course course_;
};

}  // namespace casereview
