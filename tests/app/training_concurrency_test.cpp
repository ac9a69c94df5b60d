// Issue 4: "Capacity is never exceeded and no one is booked twice, however many people press
// 'book' at the same moment." Many threads, each with its own connection and transaction as the
// server's request threads would have, book the last places of one session at once, on SQLite and
// on PostgreSQL. The answers come from the database (the session row's lock, the conditional
// place count and the unique index of Rule TRN-4), not from any lock in the program.
#include <gtest/gtest.h>

#include <latch>
#include <map>
#include <set>
#include <thread>

#include "training_fixture.hpp"

namespace casereview {
namespace {

class TrainingConcurrencyTest : public TrainingUseCaseTest {
 protected:
  void SetUp() override {
    TrainingUseCaseTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    // A pool as large as the crowd, so every thread holds its own connection at once.
    crowd_storage_ = std::make_unique<store::SqlStorage>(
        store::parse_database_url(database_->url()).value(), store::PoolSettings{1, 48, 60});
    crowd_context_ =
        std::make_unique<AppContext>(AppContext{*crowd_storage_, clock_, context().settings});
  }

  // Runs `press` on `count` threads released together; returns every result.
  std::vector<Result<BookingView>> all_at_once(
      int count, const std::function<Result<BookingView>(int)>& press) {
    std::vector<std::optional<Result<BookingView>>> results(count);
    std::latch start(count);
    std::vector<std::thread> threads;
    for (int index = 0; index < count; ++index) {
      threads.emplace_back([&, index] {
        start.arrive_and_wait();
        results[index].emplace(press(index));
      });
    }
    for (std::thread& thread : threads) thread.join();
    std::vector<Result<BookingView>> done;
    for (auto& result : results) done.push_back(std::move(*result));
    return done;
  }

  std::unique_ptr<store::SqlStorage> crowd_storage_;
  std::unique_ptr<AppContext> crowd_context_;
};

TEST_P(TrainingConcurrencyTest, FortyPeopleBookingFivePlacesAtOnceFillThemExactlyAndQueueTheRest) {
  constexpr int capacity = 5;
  constexpr int people = 40;
  const SessionView created = add_session(capacity);
  std::vector<Account> learners;
  for (int index = 0; index < people; ++index)
    learners.push_back(add_learner("person" + std::to_string(index)));

  auto results = all_at_once(people, [&](int index) {
    return book_session(*crowd_context_, as(learners[index]), created.id);
  });

  int booked = 0;
  std::set<int> positions;
  std::set<Id> booking_ids;
  for (std::size_t index = 0; index < results.size(); ++index) {
    ASSERT_TRUE(results[index].ok())
        << learners[index].user.email << ": " << results[index].error().message;
    const BookingView& booking = results[index].value();
    booking_ids.insert(booking.id);
    if (booking.status == "booked") {
      ++booked;
    } else {
      ASSERT_EQ(booking.status, "waiting");
      ASSERT_TRUE(booking.position.has_value());
      positions.insert(*booking.position);
    }
  }
  EXPECT_EQ(booked, capacity);
  EXPECT_EQ(booking_ids.size(), static_cast<std::size_t>(people)) << "one booking each";
  std::set<int> expected_positions;
  for (int position = 1; position <= people - capacity; ++position)
    expected_positions.insert(position);
  EXPECT_EQ(positions, expected_positions)
      << "waiting positions are 1 to " << people - capacity << ", each once";

  const SessionView after = session(created.id, as(trainer_));
  EXPECT_EQ(after.booked_count, capacity);
  EXPECT_EQ(after.places_left, 0);
  EXPECT_EQ(after.waiting_list_length, people - capacity);
  auto register_read = session_register(context(), as(trainer_), created.id);
  ASSERT_TRUE(register_read.ok());
  EXPECT_EQ(register_read.value().booked.size(), static_cast<std::size_t>(capacity));
  EXPECT_EQ(register_read.value().waiting.size(), static_cast<std::size_t>(people - capacity));
}

TEST_P(TrainingConcurrencyTest, OnePersonPressingBookTenTimesAtOnceGetsOnePlace) {
  const SessionView first = add_session(5);
  const SessionView second = add_session(5, "2026-03-16");
  const Account ann = add_learner("ann");
  // Half the presses on each of two sessions of the same course (Rule TRN-4 across sessions).
  auto results = all_at_once(10, [&](int index) {
    return book_session(*crowd_context_, as(ann), index % 2 == 0 ? first.id : second.id);
  });
  int succeeded = 0;
  for (const auto& result : results) {
    if (result.ok()) {
      ++succeeded;
      EXPECT_EQ(result.value().status, "booked");
    } else {
      EXPECT_EQ(result.error().code, ErrorCode::wrong_state) << result.error().message;
    }
  }
  EXPECT_EQ(succeeded, 1);
  EXPECT_EQ(
      session(first.id, as(trainer_)).booked_count + session(second.id, as(trainer_)).booked_count,
      1);
  EXPECT_EQ(my_training(context(), as(ann)).value().booked.size(), 1u);
}

INSTANTIATE_TEST_SUITE_P(Engines, TrainingConcurrencyTest,
                         ::testing::ValuesIn(testing_support::test_engines()),
                         testing_support::engine_test_name);

}  // namespace
}  // namespace casereview
