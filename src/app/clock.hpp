// Where use cases get the current time. The server uses the system clock; tests use a clock they
// move by hand, and HTTP tests start the server with --clock-file so that they can move the
// running server's clock (session time-outs, deadlines, reminders).
#pragma once

#include <memory>
#include <string>

#include "domain/instant.hpp"

namespace casereview {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual Instant now() const = 0;
};

class SystemClock final : public Clock {
 public:
  Instant now() const override;
};

// A clock read from a file holding one instant ("2026-11-26T09:30:00Z"), re-read on every call.
// For tests only: falls back to the system clock while the file is missing or unreadable.
class FileClock final : public Clock {
 public:
  explicit FileClock(std::string path) : path_(std::move(path)) {}
  Instant now() const override;

 private:
  std::string path_;
};

// A clock for in-process tests.
class ManualClock final : public Clock {
 public:
  explicit ManualClock(Instant start) : now_(start) {}
  Instant now() const override { return now_; }
  void advance(std::chrono::seconds by) { now_ += by; }
  void set(Instant to) { now_ = to; }

 private:
  Instant now_;
};

}  // namespace casereview
