// A real SMTP server for tests that send email: aiosmtpd (Debian's python3-aiosmtpd) listening
// on a loopback port, with the handler in tests/support/smtp_sink.py, which parses each message
// with Python's email package and keeps it as a JSON file in a temporary folder. Tests then read
// what a mail client would show — recipients, subject, the plain-text body decoded from
// quoted-printable or base64, attachment names — not the bytes on the wire.
//
// Example:
//   testing_support::SmtpSink sink;                    // on a free port, accepting connections
//   MailSettings mail{.host = "127.0.0.1", .port = sink.port()};
//   ... queue email, run MailSender::send_due() ...
//   auto messages = sink.wait_for(1, std::chrono::seconds(10));
//   EXPECT_EQ(messages.at(0).subject, "Reset your password for …");
//
// A sink can be stopped and a new one started on the same port, to test a mail server that is
// down for a while. Not thread-safe: use one sink from one thread.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <string>
#include <vector>

namespace casereview::testing_support {

struct ReceivedEmail {
  std::vector<std::string> envelope_to;  // RCPT TO addresses
  std::string envelope_from;             // MAIL FROM
  std::string to;                        // the To header, decoded
  std::string from;                      // the From header, decoded
  std::string subject;                   // decoded from RFC 2047 encoded words
  std::string content_type;              // of the whole message, e.g. "multipart/mixed"
  std::string body;  // the text/plain part, transfer encoding and charset decoded,
                     // CRLF line ends as LF
  std::string raw;   // the message exactly as received (DATA, dot-unstuffed)
  std::vector<std::string> attachments;  // file names, in order
  std::vector<std::string> attachment_types;
};

class SmtpSink {
 public:
  // Starts the sink on `port` (0: a free port) and waits (up to 15 s) until it accepts
  // connections. Throws std::runtime_error, with what the sink printed, when it does not come up
  // (for example when python3 -m aiosmtpd is missing).
  explicit SmtpSink(int port = 0);
  // Stops the sink and removes its folder.
  ~SmtpSink();
  SmtpSink(const SmtpSink&) = delete;
  SmtpSink& operator=(const SmtpSink&) = delete;

  int port() const { return port_; }

  // Every message received so far, in the order received.
  std::vector<ReceivedEmail> messages() const;

  // Waits until at least `count` messages have arrived or `timeout` passes; returns messages()
  // either way, so the caller's assertion on the count shows what did arrive.
  std::vector<ReceivedEmail> wait_for(std::size_t count, std::chrono::milliseconds timeout) const;

  // Stops the server (SIGTERM, then waits for it): the port is closed afterwards. Messages
  // received so far stay readable. Safe to call twice.
  void stop();

  // What the sink printed (its standard output and error), for failure messages.
  std::string output() const;

 private:
  int port_ = 0;
  pid_t pid_ = -1;
  std::string folder_;
};

}  // namespace casereview::testing_support
