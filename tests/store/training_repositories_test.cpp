// The training repositories on both engines (app/ports/training.hpp): what goes in comes out;
// the database itself refuses a second place on a course (Rule TRN-4) and a booked count above the
// capacity; and every partnership-scoped read returns nothing of another partnership's.
#include <gtest/gtest.h>

#include "storage_fixture.hpp"

namespace casereview::store {
namespace {

class TrainingRepositoriesTest : public StorageTest {
 protected:
  const Instant now = parse_instant("2026-03-02T09:00:00Z").value();

  Id add_partnership(const std::string& code) {
    Id id = 0;
    in_transaction([&](Transaction& transaction) {
      id = transaction.partnerships().add(code, code + " partnership").value().id;
    });
    return id;
  }

  Id add_person(const std::string& email, std::optional<Id> partnership,
                const std::string& role = "learner") {
    Id id = 0;
    in_transaction([&](Transaction& transaction) {
      Account account;
      account.user.email = email;
      account.user.name = "Person " + email;
      account.user.partnership_id = partnership;
      account.user.roles = {*role_from_name(role)};
      account.status = AccountStatus::active;
      account.organisation = "Northbrook Primary School";
      account.job_role = "Teacher";
      auto created = transaction.accounts().create(account, now);
      ASSERT_TRUE(created.ok()) << created.error().message;
      id = created.value().user.id;
    });
    return id;
  }

  Course add_course(Id partnership, const std::string& title,
                    CourseStatus status = CourseStatus::published) {
    Course course;
    course.partnership_id = partnership;
    course.title = title;
    course.summary = "About " + title;
    course.body_markdown = "# " + title;
    course.status = status;
    course.linked_review_ids = {7, 3};
    Course created;
    in_transaction(
        [&](Transaction& transaction) { created = transaction.courses().create(course, now); });
    return created;
  }

  TrainingSession add_session(const Course& course, Id trainer, int capacity) {
    TrainingSession session;
    session.partnership_id = course.partnership_id;
    session.course_id = course.id;
    session.date = *CivilDate::from_ymd(2026, 3, 20);
    session.start_time = {9, 30};
    session.end_time = {12, 0};
    session.joining_link = "https://meet.example/x";
    session.capacity = capacity;
    session.trainer_user_id = trainer;
    TrainingSession created;
    in_transaction([&](Transaction& transaction) {
      created = transaction.training_sessions().create(session, now);
    });
    return created;
  }

  Booking booking_for(const TrainingSession& session, Id user, BookingState state) {
    Booking booking;
    booking.partnership_id = session.partnership_id;
    booking.session_id = session.id;
    booking.course_id = session.course_id;
    booking.user_id = user;
    booking.state = state;
    booking.calendar_uid = "booking-" + std::to_string(session.id) + "-" + std::to_string(user) +
                           "-" + booking_state_name(state) + "@test";
    return booking;
  }
};

TEST_P(TrainingRepositoriesTest, ACourseAndItsReviewLinksReadBack) {
  const Id north = add_partnership("NORTH");
  const Course created = add_course(north, "Case reviews", CourseStatus::draft);
  in_transaction([&](Transaction& transaction) {
    auto found = transaction.courses().find(north, created.id);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->title, "Case reviews");
    EXPECT_EQ(found->body_markdown, "# Case reviews");
    EXPECT_EQ(found->linked_review_ids, (std::vector<Id>{3, 7}));
    EXPECT_EQ(found->status, CourseStatus::draft);
    EXPECT_FALSE(transaction.courses().find_published(created.id).has_value())
        << "a draft is not public";
    ASSERT_TRUE(transaction.courses().set_status(north, created.id, CourseStatus::published, now));
    EXPECT_TRUE(transaction.courses().find_published(created.id).has_value());
  });
}

TEST_P(TrainingRepositoriesTest, NeverReturnsAnotherPartnershipsRows) {
  const Id north = add_partnership("NORTH");
  const Id south = add_partnership("SOUTH");
  const Id trainer = add_person("trainer@north.example", north, "trainer");
  const Id learner = add_person("learner@example.org", std::nullopt);
  const Course course = add_course(north, "Case reviews");
  const TrainingSession session = add_session(course, trainer, 5);
  in_transaction([&](Transaction& transaction) {
    auto booking = transaction.bookings().add(booking_for(session, learner, BookingState::booked),
                                              learner, now);
    ASSERT_TRUE(booking.has_value());
    ASSERT_TRUE(transaction.certificates()
                    .issue(north, booking->id, learner, "ACDEFGHJKMNP", now)
                    .has_value());
    EXPECT_FALSE(transaction.courses().find(south, course.id).has_value());
    EXPECT_TRUE(transaction.courses().list(south).empty());
    EXPECT_FALSE(transaction.courses().update(
        [&] {
          Course other = course;
          other.partnership_id = south;
          return other;
        }(),
        now));
    EXPECT_FALSE(transaction.courses().set_status(south, course.id, CourseStatus::draft, now));
    EXPECT_FALSE(transaction.training_sessions().find(south, session.id).has_value());
    EXPECT_TRUE(transaction.training_sessions().list_for_course(south, course.id).empty());
    EXPECT_FALSE(transaction.training_sessions().lock(south, session.id));
    EXPECT_FALSE(transaction.training_sessions().take_place(south, session.id));
    EXPECT_FALSE(transaction.training_sessions().set_capacity(south, session.id, 9));
    EXPECT_FALSE(transaction.training_sessions().cancel(south, session.id, "no", now));
    EXPECT_FALSE(transaction.bookings().find(south, booking->id).has_value());
    EXPECT_FALSE(transaction.bookings().find_active(south, course.id, learner).has_value());
    EXPECT_TRUE(
        transaction.bookings().list_for_session(south, session.id, {BookingState::booked}).empty());
    EXPECT_EQ(transaction.bookings().count(south, session.id, BookingState::booked), 0);
    EXPECT_TRUE(transaction.bookings().history(south, booking->id).empty());
    EXPECT_FALSE(transaction.bookings().move(south, booking->id, BookingState::booked,
                                             BookingState::attended, trainer, "", now));
    EXPECT_FALSE(transaction.certificates().find_for_booking(south, booking->id).has_value());
    EXPECT_FALSE(
        transaction.bookings().add_evaluation(south, Evaluation{booking->id, 4, "x", "", now}));
    EXPECT_FALSE(transaction.training_sessions().find(south, session.id).has_value());
    // The same reads in the right partnership find them.
    EXPECT_TRUE(transaction.bookings().find(north, booking->id).has_value());
    EXPECT_EQ(transaction.bookings().history(north, booking->id).size(), 1u);
  });
}

// The rest of the partnership-scoped methods (DESIGN.md "Data": a test for each): waiting
// positions, evaluations, released places, certificates and sent reminders of one partnership are
// neither read nor changed through another partnership's id.
TEST_P(TrainingRepositoriesTest, EvaluationsCertificatesAndRemindersStayInTheirPartnership) {
  const Id north = add_partnership("NORTH");
  const Id south = add_partnership("SOUTH");
  const Id trainer = add_person("trainer@north.example", north, "trainer");
  const Id ann = add_person("ann@example.org", std::nullopt);
  const Id bob = add_person("bob@example.org", std::nullopt);
  const TrainingSession session = add_session(add_course(north, "Case reviews"), trainer, 2);
  in_transaction([&](Transaction& transaction) {
    auto attended =
        transaction.bookings().add(booking_for(session, ann, BookingState::attended), trainer, now);
    auto waiting =
        transaction.bookings().add(booking_for(session, bob, BookingState::waiting), bob, now);
    ASSERT_TRUE(attended.has_value());
    ASSERT_TRUE(waiting.has_value());
    EXPECT_EQ(
        transaction.bookings().waiting_position(south, session.id, *waiting->waiting_sequence), 0);

    ASSERT_TRUE(transaction.bookings().add_evaluation(
        north, Evaluation{attended->id, 5, "Ask more", "Thanks", now}));
    EXPECT_FALSE(transaction.bookings().find_evaluation(south, attended->id).has_value());
    EXPECT_TRUE(transaction.bookings().list_evaluations(south, session.id).empty());

    ASSERT_TRUE(transaction.training_sessions().take_place(north, session.id));
    transaction.training_sessions().release_place(south, session.id);
    EXPECT_EQ(transaction.training_sessions().find(north, session.id)->booked_count, 1);

    EXPECT_FALSE(
        transaction.certificates().issue(south, attended->id, ann, "ACDEFGHJKMNP", now).has_value())
        << "no certificate for another partnership's booking";
    EXPECT_FALSE(transaction.certificates().find_by_code("ACDEFGHJKMNP").has_value());
    ASSERT_TRUE(transaction.certificates()
                    .issue(north, attended->id, ann, "QRTUVWXY3467", now)
                    .has_value());
    transaction.certificates().withdraw(south, attended->id, now);
    EXPECT_FALSE(transaction.certificates().find_for_booking(north, attended->id)->withdrawn_at)
        << "another partnership cannot withdraw it";

    EXPECT_FALSE(transaction.training_reminders().record_sent(south, attended->id, 2, now))
        << "another partnership cannot mark its reminder sent";
    EXPECT_TRUE(transaction.training_reminders().record_sent(north, attended->id, 2, now));
  });
}

// Rule TRN-4, in the database: one booking or waiting place per course and person at a time.
TEST_P(TrainingRepositoriesTest, RefusesASecondPlaceOnTheSameCourseUntilTheFirstIsCancelled) {
  const Id north = add_partnership("NORTH");
  const Id trainer = add_person("trainer@north.example", north, "trainer");
  const Id learner = add_person("learner@example.org", std::nullopt);
  const Course course = add_course(north, "Case reviews");
  const TrainingSession first = add_session(course, trainer, 5);
  const TrainingSession second = add_session(course, trainer, 5);
  in_transaction([&](Transaction& transaction) {
    auto booked =
        transaction.bookings().add(booking_for(first, learner, BookingState::booked), learner, now);
    ASSERT_TRUE(booked.has_value());
    EXPECT_FALSE(transaction.bookings()
                     .add(booking_for(second, learner, BookingState::waiting), learner, now)
                     .has_value());
    EXPECT_FALSE(transaction.bookings()
                     .add(booking_for(first, learner, BookingState::requested), learner, now)
                     .has_value());
    ASSERT_TRUE(transaction.bookings().move(north, booked->id, BookingState::booked,
                                            BookingState::cancelled_by_person, learner, "", now));
    EXPECT_TRUE(transaction.bookings()
                    .add(booking_for(second, learner, BookingState::booked), learner, now)
                    .has_value());
  });
}

TEST_P(TrainingRepositoriesTest, TakesNoPlaceBeyondTheCapacity) {
  const Id north = add_partnership("NORTH");
  const Id trainer = add_person("trainer@north.example", north, "trainer");
  const TrainingSession session = add_session(add_course(north, "Case reviews"), trainer, 2);
  in_transaction([&](Transaction& transaction) {
    EXPECT_TRUE(transaction.training_sessions().lock(north, session.id));
    EXPECT_TRUE(transaction.training_sessions().take_place(north, session.id));
    EXPECT_TRUE(transaction.training_sessions().take_place(north, session.id));
    EXPECT_FALSE(transaction.training_sessions().take_place(north, session.id));
    EXPECT_FALSE(transaction.training_sessions().set_capacity(north, session.id, 1))
        << "two places are taken";
    EXPECT_TRUE(transaction.training_sessions().set_capacity(north, session.id, 3));
    EXPECT_TRUE(transaction.training_sessions().take_place(north, session.id));
    transaction.training_sessions().release_place(north, session.id);
    EXPECT_EQ(transaction.training_sessions().find(north, session.id)->booked_count, 2);
    EXPECT_EQ(transaction.training_sessions().find(north, session.id)->capacity, 3);
  });
}

TEST_P(TrainingRepositoriesTest, WaitingPlacesQueueInTheOrderTheyJoinedAndKeepTheirHistory) {
  const Id north = add_partnership("NORTH");
  const Id trainer = add_person("trainer@north.example", north, "trainer");
  const Id ann = add_person("ann@example.org", std::nullopt);
  const Id bob = add_person("bob@example.org", std::nullopt);
  const Id cat = add_person("cat@example.org", std::nullopt);
  const TrainingSession session = add_session(add_course(north, "Case reviews"), trainer, 1);
  in_transaction([&](Transaction& transaction) {
    auto a = transaction.bookings().add(booking_for(session, ann, BookingState::waiting), ann, now);
    auto b =
        transaction.bookings().add(booking_for(session, bob, BookingState::requested), bob, now);
    ASSERT_TRUE(transaction.bookings().move(north, b->id, BookingState::requested,
                                            BookingState::waiting, bob, "", now));
    auto c = transaction.bookings().add(booking_for(session, cat, BookingState::waiting), cat, now);
    auto waiting =
        transaction.bookings().list_for_session(north, session.id, {BookingState::waiting});
    ASSERT_EQ(waiting.size(), 3u);
    EXPECT_EQ(waiting[0].booking.user_id, ann);
    EXPECT_EQ(waiting[1].booking.user_id, bob);
    EXPECT_EQ(waiting[2].booking.user_id, cat);
    EXPECT_EQ(waiting[0].organisation, "Northbrook Primary School");
    EXPECT_EQ(transaction.bookings().waiting_position(north, session.id, *c->waiting_sequence), 3);
    ASSERT_TRUE(transaction.bookings().move(north, a->id, BookingState::waiting,
                                            BookingState::booked, std::nullopt, "promoted", now));
    EXPECT_EQ(transaction.bookings().waiting_position(north, session.id, *c->waiting_sequence), 2);
    EXPECT_FALSE(transaction.bookings().move(north, a->id, BookingState::waiting,
                                             BookingState::booked, std::nullopt, "", now))
        << "a move from a state it has left changes nothing";
    auto history = transaction.bookings().history(north, b->id);
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(history[0].state, BookingState::requested);
    EXPECT_EQ(history[1].state, BookingState::waiting);
    EXPECT_EQ(history[1].by_name, "Person bob@example.org");
    auto promoted = transaction.bookings().history(north, a->id);
    EXPECT_EQ(promoted.back().note, "promoted");
    EXPECT_FALSE(promoted.back().by_user_id.has_value());
  });
}

TEST_P(TrainingRepositoriesTest, ACertificateKeepsItsCodeWhenWithdrawnAndRestored) {
  const Id north = add_partnership("NORTH");
  const Id trainer = add_person("trainer@north.example", north, "trainer");
  const Id ann = add_person("ann@example.org", std::nullopt);
  const Id bob = add_person("bob@example.org", std::nullopt);
  const TrainingSession session = add_session(add_course(north, "Case reviews"), trainer, 2);
  in_transaction([&](Transaction& transaction) {
    auto a =
        transaction.bookings().add(booking_for(session, ann, BookingState::attended), trainer, now);
    auto b =
        transaction.bookings().add(booking_for(session, bob, BookingState::attended), trainer, now);
    auto issued = transaction.certificates().issue(north, a->id, ann, "ACDEFGHJKMNP", now);
    ASSERT_TRUE(issued.has_value());
    EXPECT_FALSE(
        transaction.certificates().issue(north, b->id, bob, "ACDEFGHJKMNP", now).has_value())
        << "codes are unique";
    EXPECT_EQ(transaction.certificates().find_by_code("ACDEFGHJKMNP")->user_id, ann);
    transaction.certificates().withdraw(north, a->id, now);
    EXPECT_FALSE(transaction.certificates().find_by_code("ACDEFGHJKMNP").has_value());
    EXPECT_TRUE(transaction.certificates().list_for_user(ann).empty());
    auto restored = transaction.certificates().issue(north, a->id, ann, "QRTUVWXY3467", now);
    ASSERT_TRUE(restored.has_value());
    EXPECT_EQ(restored->code, "ACDEFGHJKMNP");
    EXPECT_EQ(transaction.certificates().list_for_user(ann).size(), 1u);
  });
}

TEST_P(TrainingRepositoriesTest, EvaluationsAndRemindersAreRecordedOnce) {
  const Id north = add_partnership("NORTH");
  const Id trainer = add_person("trainer@north.example", north, "trainer");
  const Id ann = add_person("ann@example.org", std::nullopt);
  const TrainingSession session = add_session(add_course(north, "Case reviews"), trainer, 2);
  in_transaction([&](Transaction& transaction) {
    auto a =
        transaction.bookings().add(booking_for(session, ann, BookingState::attended), trainer, now);
    EXPECT_TRUE(transaction.bookings().add_evaluation(
        north, Evaluation{a->id, 5, "Ask more", "Thanks", now}));
    EXPECT_FALSE(
        transaction.bookings().add_evaluation(north, Evaluation{a->id, 1, "Again", "", now}));
    EXPECT_EQ(transaction.bookings().find_evaluation(north, a->id)->usefulness, 5);
    EXPECT_EQ(transaction.bookings().list_evaluations(north, session.id).size(), 1u);
    EXPECT_TRUE(transaction.bookings()
                    .list_for_session(north, session.id, {BookingState::attended})[0]
                    .evaluation_completed);
    // Rule TRN-6: each of the two reminders once.
    EXPECT_TRUE(transaction.training_reminders().record_sent(north, a->id, 1, now));
    EXPECT_FALSE(transaction.training_reminders().record_sent(north, a->id, 1, now));
    EXPECT_TRUE(transaction.training_reminders().record_sent(north, a->id, 2, now));
    EXPECT_FALSE(transaction.training_reminders().record_sent(north, a->id, 2, now));
  });
}

INSTANTIATE_TEST_SUITE_P(Engines, TrainingRepositoriesTest,
                         ::testing::ValuesIn(testing_support::test_engines()),
                         testing_support::engine_test_name);

}  // namespace
}  // namespace casereview::store
