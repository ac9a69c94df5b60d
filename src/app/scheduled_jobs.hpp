// Background jobs run every few seconds by one thread, like the mail sender (app/mail_sender.hpp):
// case reminders (app/cases/case_reminders.hpp) and whatever later issues register. Jobs must be
// idempotent and safe with several servers at once, because every server runs them: each job keeps
// its own record (e.g. a unique key per reminder) so that running it twice does nothing twice.
//
// Example:
//   ScheduledJobs jobs(context, 60);
//   jobs.add("case reminders", queue_case_reminders);
//   jobs.start();          // a thread runs every job each 60 seconds, the first time 60 s after
//   start
//   ...
//   jobs.run_due();        // or, in tests, run them now in this thread
//
// Thread-safe: add() before start(); start() runs one thread; stop() ends it after the current
// round; run_due() may be called from any thread.
#pragma once

#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "app/context.hpp"

namespace casereview {

class ScheduledJobs {
 public:
  // A job does what is due at context.clock.now() and returns how many things it did (for logs and
  // tests), or an error, which is logged; the other jobs run all the same.
  using Job = std::function<Result<int>(AppContext&)>;

  ScheduledJobs(AppContext& context, int poll_seconds);
  ~ScheduledJobs();
  void add(std::string name, Job job);
  void start();
  void stop();
  // Runs every job once, in the calling thread; returns the sum of what they did.
  int run_due();

 private:
  struct Named {
    std::string name;
    Job job;
  };
  AppContext& context_;
  int poll_seconds_;
  std::vector<Named> jobs_;
  std::thread thread_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
};

}  // namespace casereview
