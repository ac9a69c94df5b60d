// The connection pool under more demand than it has connections: transactions wait for a free
// connection instead of failing, and give up with `unavailable` only after the configured wait.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <latch>
#include <thread>
#include <vector>

#include "store/storage_fixture.hpp"

namespace casereview::store {
namespace {

class ConnectionPoolTest : public StorageTest {
 protected:
  // A second storage on the same database with only `connections` connections.
  std::unique_ptr<SqlStorage> small_pool(int connections, int wait_seconds) {
    return std::make_unique<SqlStorage>(parse_database_url(database_->url()).value(),
                                        PoolSettings{1, connections, 60, wait_seconds});
  }
};

TEST_P(ConnectionPoolTest, TwelveTransactionsOnTwoConnectionsAllCommit) {
  auto storage = small_pool(2, 30);
  constexpr int crowd = 12;
  std::atomic<int> committed = 0;
  std::latch start(crowd);
  std::vector<std::thread> threads;
  for (int index = 0; index < crowd; ++index) {
    threads.emplace_back([&] {
      start.arrive_and_wait();
      Status status =
          storage->transact(TransactionMode::read, [](Transaction& transaction) -> Status {
            transaction.partnerships().list();
            // Hold the connection long enough that the others must wait for it.
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            return ok_status();
          });
      if (status.ok()) ++committed;
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(committed.load(), crowd);
}

TEST_P(ConnectionPoolTest, ATransactionThatCannotGetAConnectionInTimeIsUnavailable) {
  auto storage = small_pool(1, 1);
  std::latch holding(1);
  std::latch release(1);
  std::thread holder([&] {
    const Status held = storage->transact(TransactionMode::read, [&](Transaction&) -> Status {
      holding.count_down();
      release.wait();
      return ok_status();
    });
    EXPECT_TRUE(held.ok());
  });
  holding.wait();
  const Status waited =
      storage->transact(TransactionMode::read, [](Transaction&) -> Status { return ok_status(); });
  release.count_down();
  holder.join();
  ASSERT_FALSE(waited.ok());
  EXPECT_EQ(waited.error().code, ErrorCode::unavailable);
}

INSTANTIATE_TEST_SUITE_P(Engines, ConnectionPoolTest,
                         ::testing::ValuesIn(testing_support::test_engines()),
                         testing_support::engine_test_name);

}  // namespace
}  // namespace casereview::store
