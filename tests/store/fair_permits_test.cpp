// Database connections and SQLite's turn to write are lent in the order they were asked for
// (src/store/fair_permits.hpp): waiters are served oldest first, a thread that gives a permit back
// cannot take it again ahead of a waiter, a waiter out of time leaves the queue, and however many
// threads ask, no more than the permits' number ever hold one.
#include "store/fair_permits.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>
#include <vector>

namespace casereview::store {
namespace {

using std::chrono::milliseconds;

// Waits until `count` threads are queued on `permits` (or fails after 10 s).
void await_waiting(FairPermits& permits, std::size_t count) {
  for (int tries = 0; permits.waiting() < count && tries < 10000; ++tries)
    std::this_thread::sleep_for(milliseconds(1));
  ASSERT_EQ(permits.waiting(), count);
}

TEST(FairPermitsTest, WaitersAreServedInTheOrderTheyAsked) {
  FairPermits permits(1);
  ASSERT_TRUE(permits.acquire(milliseconds(0)));
  std::mutex order_mutex;
  std::vector<int> order;
  std::vector<std::thread> threads;
  for (int index = 0; index < 6; ++index) {
    threads.emplace_back([&, index] {
      if (!permits.acquire(milliseconds(10000))) return;
      {
        std::lock_guard<std::mutex> lock(order_mutex);
        order.push_back(index);
      }
      permits.release();
    });
    await_waiting(permits, static_cast<std::size_t>(index) + 1);
  }
  permits.release();
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(order, (std::vector<int>{0, 1, 2, 3, 4, 5}));
}

TEST(FairPermitsTest, APermitGivenBackGoesToTheWaiterNotToTheThreadThatGaveItBack) {
  FairPermits permits(1);
  ASSERT_TRUE(permits.acquire(milliseconds(0)));
  std::atomic<bool> waiter_served = false;
  std::atomic<bool> may_give_back = false;
  std::thread waiter([&] {
    if (!permits.acquire(milliseconds(10000))) return;
    waiter_served = true;
    while (!may_give_back) std::this_thread::sleep_for(milliseconds(1));
    permits.release();
  });
  await_waiting(permits, 1);
  permits.release();
  // Asked again at once: the permit is the waiter's already, whether or not it has woken yet.
  const bool taken_again = permits.acquire(milliseconds(0));
  may_give_back = true;
  waiter.join();
  EXPECT_FALSE(taken_again);
  EXPECT_TRUE(waiter_served);
  EXPECT_TRUE(permits.acquire(milliseconds(0)));  // given back by the waiter
}

TEST(FairPermitsTest, AWaiterOutOfTimeIsRefusedAndLeavesTheQueue) {
  FairPermits permits(2);
  ASSERT_TRUE(permits.acquire(milliseconds(0)));
  ASSERT_TRUE(permits.acquire(milliseconds(0)));
  const auto started = std::chrono::steady_clock::now();
  EXPECT_FALSE(permits.acquire(milliseconds(50)));
  EXPECT_GE(std::chrono::steady_clock::now() - started, milliseconds(50));
  EXPECT_EQ(permits.waiting(), 0u);
  permits.release();
  EXPECT_TRUE(permits.acquire(milliseconds(0)));
}

TEST(FairPermitsTest, SixteenThreadsNeverHoldMoreThanThePermitsNumber) {
  FairPermits permits(3);
  std::atomic<int> holding = 0;
  std::atomic<int> most = 0;
  std::atomic<int> refused = 0;
  std::vector<std::thread> threads;
  for (int index = 0; index < 16; ++index) {
    threads.emplace_back([&] {
      for (int round = 0; round < 500; ++round) {
        HeldPermit permit(permits, milliseconds(10000));
        if (!permit.held()) {
          ++refused;
          continue;
        }
        const int now = ++holding;
        int seen = most.load();
        while (now > seen && !most.compare_exchange_weak(seen, now)) {
        }
        --holding;
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(refused, 0);
  EXPECT_LE(most, 3);
  EXPECT_GE(most, 1);
  EXPECT_EQ(permits.waiting(), 0u);
  // All three are free again.
  for (int index = 0; index < 3; ++index) EXPECT_TRUE(permits.acquire(milliseconds(0)));
  EXPECT_FALSE(permits.acquire(milliseconds(0)));
}

}  // namespace
}  // namespace casereview::store
