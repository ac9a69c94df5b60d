// The training demonstration data (app/demonstration_training.cpp), loaded as `casereview demo`
// loads it, then read back through the use cases as the demonstration accounts would see it.
#include <gtest/gtest.h>

#include "app/demonstration.hpp"
#include "app/training/bookings.hpp"
#include "app/training/certificates.hpp"
#include "app/training/course_sessions.hpp"
#include "app/training/courses.hpp"
#include "use_case_fixture.hpp"

namespace casereview {
namespace {

class DemonstrationTrainingTest : public UseCaseTest {};

TEST_P(DemonstrationTrainingTest,
       TheCaseReviewsCourseHasSessionsNearlyFullFullAndPastWithACertificate) {
  auto loaded = load_demonstration_data(*storage_, clock_);
  ASSERT_TRUE(loaded.ok()) << loaded.error().message;
  auto courses = list_courses(context(), visitor());
  ASSERT_TRUE(courses.ok());
  ASSERT_EQ(courses.value().size(), 1u);
  EXPECT_EQ(courses.value()[0].title, "Case reviews");
  EXPECT_EQ(courses.value()[0].status, CourseStatus::published);
  EXPECT_EQ(courses.value()[0].upcoming_sessions, 3);
  const Id course_id = courses.value()[0].id;
  auto course = view_course(context(), visitor(), course_id).value().course;
  EXPECT_NE(course.learning_objectives.find("- "), std::string::npos);
  EXPECT_FALSE(course.wellbeing_note.empty());
  EXPECT_FALSE(course.pre_reading.empty());

  auto sessions = list_sessions(context(), visitor(), course_id).value();
  ASSERT_EQ(sessions.size(), 3u) << "the past session is not offered";
  EXPECT_EQ(sessions[0].places_left, 2);
  EXPECT_EQ(sessions[0].format, SessionFormat::virtual_session);
  EXPECT_EQ(sessions[1].places_left, 0);
  EXPECT_EQ(sessions[1].waiting_list_length, 2);
  EXPECT_EQ(sessions[1].format, SessionFormat::in_person);
  EXPECT_EQ(sessions[2].booked_count, 0);
  for (const SessionView& session : sessions) EXPECT_TRUE(session.booking_open);

  auto learner = find_account("learner@northbrook.example");
  ASSERT_TRUE(learner.has_value());
  const MyTraining mine = my_training(context(), as(*learner)).value();
  ASSERT_EQ(mine.certificates.size(), 1u);
  ASSERT_EQ(mine.waiting.size(), 1u);
  EXPECT_EQ(mine.waiting[0].position, 2);
  ASSERT_EQ(mine.past.size(), 1u);
  EXPECT_EQ(mine.past[0].state, BookingState::attended);
  auto verified = verify_certificate(context(), mine.certificates[0].code);
  ASSERT_TRUE(verified.ok());
  EXPECT_EQ(verified.value().course, "Case reviews");
  EXPECT_EQ(verified.value().partnership, "Northbrook Safeguarding Children Partnership");
}

INSTANTIATE_TEST_SUITE_P(Engines, DemonstrationTrainingTest,
                         ::testing::ValuesIn(testing_support::test_engines()),
                         testing_support::engine_test_name);

}  // namespace
}  // namespace casereview
