// Sends the outbox over SMTP in the background. Each round claims the messages that are due (a
// conditional update, so several servers never send one message twice), sends them, and marks
// each sent or schedules a retry with back-off: 1, 2, 4 … minutes, at most an hour apart, never
// giving up. A mail server that is down delays mail and loses none.
//
// Thread-safe: start() runs one sender thread; stop() ends it after the current round.
#pragma once

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

#include "app/context.hpp"

namespace casereview {

enum class SmtpSecurity { none, starttls, tls };

struct MailSettings {
  std::string host;  // empty: mail stays queued in the outbox and is not sent
  int port = 25;
  SmtpSecurity security = SmtpSecurity::none;
  std::string username;
  std::string password;
  std::string from = "casereview@localhost";
  int poll_seconds = 5;
};

// Sends one message; throws on failure (the message says why, for the outbox's last_error).
void send_email(const MailSettings& settings, const Email& email);

// The retry delay after `attempts` failed attempts.
std::chrono::seconds retry_delay(int attempts);

class MailSender {
 public:
  MailSender(AppContext& context, MailSettings settings);
  ~MailSender();
  void start();
  void stop();
  // Sends what is due now, in the calling thread; returns how many were sent. Used by the thread
  // and by tests.
  int send_due();
  // Wakes the thread so that a message just queued goes at once.
  void wake();

 private:
  AppContext& context_;
  MailSettings settings_;
  std::thread thread_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  bool woken_ = false;
};

}  // namespace casereview
