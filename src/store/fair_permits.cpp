#include "store/fair_permits.hpp"

#include <algorithm>

namespace casereview::store {

bool FairPermits::acquire(std::chrono::milliseconds wait) {
  std::unique_lock<std::mutex> lock(mutex_);
  if (free_ > 0 && waiters_.empty()) {
    --free_;
    return true;
  }
  Waiter waiter;
  waiters_.push_back(&waiter);
  if (waiter.woken.wait_for(lock, wait, [&] { return waiter.granted; })) return true;
  // Out of time and still queued (release() dequeues whoever it grants to).
  waiters_.erase(std::find(waiters_.begin(), waiters_.end(), &waiter));
  return false;
}

void FairPermits::release() {
  std::lock_guard<std::mutex> lock(mutex_);
  if (waiters_.empty()) {
    ++free_;
    return;
  }
  Waiter* next = waiters_.front();
  waiters_.pop_front();
  next->granted = true;
  // Under the lock: the waiter cannot return (and its Waiter go) before this call is done.
  next->woken.notify_one();
}

std::size_t FairPermits::waiting() {
  std::lock_guard<std::mutex> lock(mutex_);
  return waiters_.size();
}

}  // namespace casereview::store
