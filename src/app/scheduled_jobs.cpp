#include "app/scheduled_jobs.hpp"

#include <iostream>

namespace casereview {

ScheduledJobs::ScheduledJobs(AppContext& context, int poll_seconds)
    : context_(context), poll_seconds_(poll_seconds) {}

ScheduledJobs::~ScheduledJobs() { stop(); }

void ScheduledJobs::add(std::string name, Job job) {
  jobs_.push_back(Named{std::move(name), std::move(job)});
}

void ScheduledJobs::start() {
  if (thread_.joinable()) return;
  thread_ = std::thread([this] {
    // The first round comes one interval after start, not at once: a server (or a test) that
    // starts on existing data has its pages up before any reminder goes out.
    std::unique_lock lock(mutex_);
    while (
        !wake_.wait_for(lock, std::chrono::seconds(poll_seconds_), [this] { return stopping_; })) {
      lock.unlock();
      run_due();
      lock.lock();
    }
  });
}

void ScheduledJobs::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

int ScheduledJobs::run_due() {
  int done = 0;
  for (const Named& named : jobs_) {
    try {
      Result<int> outcome = named.job(context_);
      if (outcome) {
        done += outcome.value();
      } else {
        std::cerr << "casereview: job \"" << named.name << "\" failed: " << outcome.error().message
                  << "\n";
      }
    } catch (const std::exception& failure) {
      std::cerr << "casereview: job \"" << named.name << "\" failed: " << failure.what() << "\n";
    }
  }
  return done;
}

}  // namespace casereview
