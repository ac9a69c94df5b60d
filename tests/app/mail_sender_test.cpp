// The mail sender (app/mail_sender.hpp) against a real SMTP server (tests/support/smtp_sink.hpp)
// on both engines: queued email arrives with the right recipient, subject, body and attachments,
// decoded as a mail client would; while the mail server is down nothing is lost, each message is
// retried after retry_delay(attempts) and then arrives exactly once; and two senders working the
// same outbox at once never send one message twice.
#include "app/mail_sender.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <sstream>
#include <thread>

#include "store/sql.hpp"
#include "support/smtp_sink.hpp"
#include "use_case_fixture.hpp"

namespace casereview {
namespace {

using namespace std::chrono_literals;
using testing_support::ReceivedEmail;
using testing_support::SmtpSink;

class MailSenderTest : public UseCaseTest {
 protected:
  static MailSettings mail_to(int port) {
    MailSettings settings;
    settings.host = "127.0.0.1";
    settings.port = port;
    settings.from = "casereview@north.example";
    settings.poll_seconds = 1;
    return settings;
  }

  Id enqueue(const Email& email) {
    Id id = 0;
    Status written =
        storage_->transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
          id = transaction.outbox().enqueue(email, clock_.now());
          return ok_status();
        });
    EXPECT_TRUE(written.ok());
    return id;
  }

  // When the outbox will next try `id`, read straight from the table (the port does not expose it).
  Instant next_attempt_at(Id id) {
    Poco::Data::Session session = storage_->session();
    auto rows = store::query(session, "SELECT next_attempt_at FROM outbox WHERE id = $1", {id});
    EXPECT_EQ(rows.size(), 1u);
    return rows.empty() ? Instant{} : parse_instant(rows.front().text(0)).value_or(Instant{});
  }

  std::map<Id, QueuedEmail> outbox_by_id() {
    std::map<Id, QueuedEmail> by_id;
    for (const QueuedEmail& queued : outbox()) by_id[queued.id] = queued;
    return by_id;
  }

  // Text as a reader sees it: the line break that ends the last line is the message's, not the
  // text's, so trailing line breaks are not compared.
  static std::string text(std::string body) {
    while (!body.empty() && (body.back() == '\n' || body.back() == '\r')) body.pop_back();
    return body;
  }

  // The header block of a raw message, unfolded, one "name: value" per element.
  static std::vector<std::string> headers_of(const std::string& raw) {
    std::vector<std::string> headers;
    std::istringstream lines(raw.substr(0, raw.find("\r\n\r\n")));
    std::string line;
    while (std::getline(lines, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (!line.empty() && (line[0] == ' ' || line[0] == '\t') && !headers.empty()) {
        headers.back() += line;
      } else {
        headers.push_back(line);
      }
    }
    return headers;
  }

  static bool has_header(const std::string& raw, const std::string& lower_case_name) {
    for (std::string header : headers_of(raw)) {
      std::transform(header.begin(), header.end(), header.begin(),
                     [](unsigned char c) { return std::tolower(c); });
      if (header.rfind(lower_case_name + ":", 0) == 0) return true;
    }
    return false;
  }

  // Subjects received, each with how many times.
  static std::map<std::string, int> subject_counts(const std::vector<ReceivedEmail>& received) {
    std::map<std::string, int> counts;
    for (const ReceivedEmail& message : received) ++counts[message.subject];
    return counts;
  }
};

TEST(RetryDelay, DoublesFromAMinuteAndNeverExceedsAnHour) {
  EXPECT_EQ(retry_delay(1), 60s);
  EXPECT_EQ(retry_delay(2), 120s);
  EXPECT_EQ(retry_delay(3), 240s);
  EXPECT_EQ(retry_delay(6), 1920s);
  EXPECT_EQ(retry_delay(7), 3600s);
  EXPECT_EQ(retry_delay(8), 3600s);
  EXPECT_EQ(retry_delay(1000), 3600s);
}

TEST_P(MailSenderTest, QueuedEmailArrivesWithItsRecipientSubjectAndBody) {
  SmtpSink sink;
  Registration registration{
      "Pat Practitioner", "pat@school.example", "Northbrook Primary School", "Teacher", password,
      password,           another_area_code};
  ASSERT_TRUE(register_learner(context(), visitor(), registration).ok());
  const QueuedEmail verification = outbox().at(0);

  MailSender sender(context(), mail_to(sink.port()));
  EXPECT_EQ(sender.send_due(), 1);
  auto received = sink.wait_for(1, 10s);
  ASSERT_EQ(received.size(), 1u) << sink.output();
  EXPECT_EQ(received[0].envelope_to, (std::vector<std::string>{"pat@school.example"}));
  EXPECT_EQ(received[0].to, "pat@school.example");
  EXPECT_EQ(received[0].envelope_from, "casereview@north.example");
  EXPECT_EQ(received[0].subject, "Confirm your email address for Safeguarding case reviews");
  EXPECT_EQ(text(received[0].body), text(verification.email.body)) << received[0].raw;
  EXPECT_NE(received[0].body.find("https://casereview.test/verify-email?token="),
            std::string::npos);
  EXPECT_TRUE(received[0].attachments.empty());

  auto sent = outbox().at(0);
  EXPECT_TRUE(sent.sent_at.has_value());
  EXPECT_EQ(sent.attempts, 1);
  EXPECT_EQ(sender.send_due(), 0) << "nothing is sent twice";
  EXPECT_EQ(sink.wait_for(2, 500ms).size(), 1u);
}

// Quoted-printable must survive long lines, '=' signs, non-ASCII text and a subject outside ASCII.
TEST_P(MailSenderTest, NonAsciiTextLongLinesAndAttachmentsArriveIntact) {
  SmtpSink sink;
  const std::string long_line(150, 'x');
  const Email plain{
      "jo@north.example",
      "Rapid review – Child A’s case: due 5 March",
      "Dear Jo,\n\nThe review of Child Ä = “pending”.\n" + long_line + "\nLast line ünïcødé £5\n",
      {}};
  const Email with_attachment{
      "al@north.example",
      "Your training session",
      "The invitation is attached.\n",
      {{"session.ics", "text/calendar; method=REQUEST; charset=utf-8",
        "BEGIN:VCALENDAR\r\nSUMMARY:Learning from reviews – Child A\r\nEND:VCALENDAR\r\n"}}};
  enqueue(plain);
  enqueue(with_attachment);
  MailSender sender(context(), mail_to(sink.port()));
  EXPECT_EQ(sender.send_due(), 2);
  auto received = sink.wait_for(2, 10s);
  ASSERT_EQ(received.size(), 2u) << sink.output();
  EXPECT_EQ(received[0].to, "jo@north.example");
  EXPECT_EQ(received[0].subject, plain.subject) << received[0].raw;
  EXPECT_EQ(text(received[0].body), text(plain.body)) << received[0].raw;
  EXPECT_EQ(received[0].content_type, "text/plain");
  EXPECT_EQ(received[1].to, "al@north.example");
  EXPECT_EQ(received[1].subject, "Your training session");
  EXPECT_EQ(received[1].content_type, "multipart/mixed");
  EXPECT_EQ(text(received[1].body), text(with_attachment.body)) << received[1].raw;
  EXPECT_EQ(received[1].attachments, (std::vector<std::string>{"session.ics"})) << received[1].raw;
  EXPECT_EQ(received[1].attachment_types, (std::vector<std::string>{"text/calendar"}));
}

// RFC 5321 section 2.3.8 and RFC 5322 section 2.3: every line on the wire ends with CRLF. Mail
// servers that guard against SMTP smuggling (Postfix 3.9's smtpd_forbid_bare_newline, Exchange
// Online, Gmail) refuse or mangle a message with bare LF line ends, and the plain-text bodies the
// use cases write use "\n".
TEST_P(MailSenderTest, EveryLineOfTheMessageOnTheWireEndsWithCrLf) {
  SmtpSink sink;
  enqueue({"jo@north.example", "Two lines", "First line\nSecond line\n", {}});
  enqueue({"al@north.example",
           "With an attachment",
           "First line\nSecond line\n",
           {{"note.txt", "text/plain; charset=utf-8", "a\nb\n"}}});
  MailSender sender(context(), mail_to(sink.port()));
  EXPECT_EQ(sender.send_due(), 2);
  auto received = sink.wait_for(2, 10s);
  ASSERT_EQ(received.size(), 2u) << sink.output();
  for (const ReceivedEmail& message : received) {
    std::size_t bare = std::string::npos;
    for (std::size_t i = 0; i < message.raw.size() && bare == std::string::npos; ++i) {
      if (message.raw[i] == '\n' && (i == 0 || message.raw[i - 1] != '\r')) bare = i;
    }
    EXPECT_EQ(bare, std::string::npos)
        << message.subject << ": a bare LF at byte " << bare << " of\n"
        << message.raw;
  }
}

// RFC 2045 section 4: a message whose body is quoted-printable must say MIME-Version, or a reader
// may show "=3D" where the link has "=" and the link breaks. RFC 5322 section 3.6.4: every message
// should have a Message-ID; Gmail refuses messages without one.
TEST_P(MailSenderTest, EveryMessageDeclaresItsMimeVersionAndCarriesAMessageId) {
  SmtpSink sink;
  enqueue({"jo@north.example",
           "Plain",
           "Visit https://casereview.test/reset-password?token=abc\n",
           {}});
  enqueue({"al@north.example", "With an attachment", "Body\n", {{"note.txt", "text/plain", "x"}}});
  MailSender sender(context(), mail_to(sink.port()));
  EXPECT_EQ(sender.send_due(), 2);
  auto received = sink.wait_for(2, 10s);
  ASSERT_EQ(received.size(), 2u) << sink.output();
  for (const ReceivedEmail& message : received) {
    EXPECT_TRUE(has_header(message.raw, "mime-version")) << message.subject << ":\n" << message.raw;
    EXPECT_TRUE(has_header(message.raw, "message-id")) << message.subject << ":\n" << message.raw;
    EXPECT_TRUE(has_header(message.raw, "date")) << message.subject;
  }
}

TEST_P(MailSenderTest, WhileTheMailServerIsDownMailStaysQueuedAndIsRetriedLaterExactlyOnce) {
  auto sink = std::make_unique<SmtpSink>();
  const int port = sink->port();
  sink->stop();  // the port is closed now: connections are refused

  std::vector<Id> ids;
  for (int i = 1; i <= 3; ++i) {
    ids.push_back(enqueue({"person" + std::to_string(i) + "@north.example",
                           "Message " + std::to_string(i),
                           "Body " + std::to_string(i) + "\n",
                           {}}));
  }
  MailSender sender(context(), mail_to(port));
  const Instant first_try = clock_.now();
  EXPECT_EQ(sender.send_due(), 0);
  for (Id id : ids) {
    const QueuedEmail queued = outbox_by_id().at(id);
    EXPECT_FALSE(queued.sent_at.has_value());
    EXPECT_EQ(queued.attempts, 1) << "the failed attempt is counted";
    EXPECT_FALSE(queued.last_error.empty()) << "the reason is kept";
    EXPECT_EQ(next_attempt_at(id), first_try + retry_delay(1)) << "retried after a minute";
  }

  clock_.advance(retry_delay(1) - 1s);
  EXPECT_EQ(sender.send_due(), 0);
  for (Id id : ids)
    EXPECT_EQ(outbox_by_id().at(id).attempts, 1) << "not tried again before its time";

  clock_.advance(1s);
  const Instant second_try = clock_.now();
  EXPECT_EQ(sender.send_due(), 0);
  for (Id id : ids) {
    EXPECT_EQ(outbox_by_id().at(id).attempts, 2);
    EXPECT_EQ(next_attempt_at(id), second_try + retry_delay(2)) << "then after two minutes";
  }

  // The mail server comes back on the same port.
  sink = std::make_unique<SmtpSink>(port);
  clock_.advance(retry_delay(2) - 1s);
  EXPECT_EQ(sender.send_due(), 0) << "still waiting for the retry time";
  EXPECT_TRUE(sink->messages().empty());
  clock_.advance(1s);
  EXPECT_EQ(sender.send_due(), 3);
  auto received = sink->wait_for(3, 10s);
  ASSERT_EQ(received.size(), 3u) << sink->output();
  EXPECT_EQ(subject_counts(received),
            (std::map<std::string, int>{{"Message 1", 1}, {"Message 2", 1}, {"Message 3", 1}}));
  for (Id id : ids) {
    const QueuedEmail queued = outbox_by_id().at(id);
    EXPECT_TRUE(queued.sent_at.has_value());
    EXPECT_EQ(queued.attempts, 3);
  }

  clock_.advance(24h);
  EXPECT_EQ(sender.send_due(), 0);
  EXPECT_EQ(sink->wait_for(4, 500ms).size(), 3u) << "none sent twice";
}

TEST_P(MailSenderTest, TwoSendersWorkingOneOutboxAtOnceSendEachMessageExactlyOnce) {
  SmtpSink sink;
  constexpr int messages = 24;
  for (int i = 0; i < messages; ++i)
    enqueue({"person@north.example", "Message " + std::to_string(i), "Body\n", {}});
  MailSender first(context(), mail_to(sink.port()));
  MailSender second(context(), mail_to(sink.port()));
  std::atomic<int> sent{0};
  std::vector<std::thread> threads;
  for (MailSender* sender : {&first, &second, &first, &second}) {
    threads.emplace_back([&, sender] { sent += sender->send_due(); });
  }
  for (std::thread& thread : threads) thread.join();
  // Anything a round left (claims are batched) goes in one more round.
  sent += first.send_due();
  EXPECT_EQ(sent.load(), messages);
  auto received = sink.wait_for(messages + 1, 3s);
  ASSERT_EQ(received.size(), static_cast<std::size_t>(messages)) << sink.output();
  for (const auto& [subject, count] : subject_counts(received)) EXPECT_EQ(count, 1) << subject;
}

TEST_P(MailSenderTest, TheBackgroundThreadSendsMailSoonAfterItIsWoken) {
  SmtpSink sink;
  MailSender sender(context(), mail_to(sink.port()));
  sender.start();
  add_account("admin@north.example", {"admin"});
  ASSERT_TRUE(request_password_reset(context(), visitor(), "admin@north.example").ok());
  sender.wake();
  auto received = sink.wait_for(1, 10s);
  sender.stop();
  ASSERT_EQ(received.size(), 1u) << sink.output();
  EXPECT_EQ(received[0].to, "admin@north.example");
  EXPECT_EQ(received[0].subject, "Reset your password for Safeguarding case reviews");
}

TEST_P(MailSenderTest, WithoutAMailServerSettingNothingIsSentOrTried) {
  enqueue({"jo@north.example", "Kept", "Body\n", {}});
  MailSender sender(context(), MailSettings{});
  sender.start();  // does nothing without a host
  sender.stop();
  const QueuedEmail queued = outbox().at(0);
  EXPECT_FALSE(queued.sent_at.has_value());
  EXPECT_EQ(queued.attempts, 0);
}

INSTANTIATE_TEST_SUITE_P(Engines, MailSenderTest,
                         ::testing::ValuesIn(testing_support::test_engines()),
                         testing_support::engine_test_name);

}  // namespace
}  // namespace casereview
