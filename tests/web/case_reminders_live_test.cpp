// Reminders end to end (Rule REM-1): the real server, on the demonstration cases, with its clock
// read from a file the test moves (--clock-file), its reminder job polling every second and its
// mail going to a real SMTP sink. The demonstration's "just notified" case (its third, aware on
// the day `demo` ran) must be reminded about on the 3rd working day before its deadline, and not
// on the working day before that.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <thread>

#include "app/bank_holidays.hpp"
#include "app/clock.hpp"
#include "domain/uk_time.hpp"
#include "live_server_fixture.hpp"
#include "store/sql_storage.hpp"
#include "support/smtp_sink.hpp"

namespace casereview::web {
namespace {

class CaseRemindersLive : public LiveServerTest {
 protected:
  CaseRemindersLive() {
    static int counter = 0;
    clock_file_ = (std::filesystem::temp_directory_path() /
                   ("casereview-reminder-clock-" + std::to_string(getpid()) + "-" +
                    std::to_string(counter++)))
                      .string();
    // demo dates its cases from the real today; the server starts on the next working day.
    demo_day_ = uk_date(SystemClock().now());
    set_day(working_days_after(1));
  }
  ~CaseRemindersLive() override {
    std::error_code ignored;
    std::filesystem::remove(clock_file_, ignored);
  }

  std::vector<std::string> extra_arguments() const override {
    return {"--clock-file",        clock_file_,
            "--smtp-host",         "127.0.0.1",
            "--smtp-port",         std::to_string(sink_.port()),
            "--jobs-poll-seconds", "1",
            "--mail-poll-seconds", "1"};
  }

  CivilDate working_days_after(int count) const {
    return default_calendar().value().add_working_days(demo_day_, count).value();
  }

  void set_day(CivilDate day) {
    const std::string temporary = clock_file_ + ".new";
    {
      std::ofstream file(temporary, std::ios::trunc);
      file << format_instant(uk_start_of_day(day) + std::chrono::hours(9)) << "\n";
    }
    std::filesystem::rename(temporary, clock_file_);
  }

  // The outbox's subjects once one contains `expected` (or after 30 s, whatever is there).
  std::vector<std::string> outbox_once_it_has(const std::string& expected) {
    store::SqlStorage storage(store::parse_database_url(database_->url()).value());
    std::vector<std::string> subjects;
    for (int attempt = 0; attempt < 300; ++attempt) {
      subjects.clear();
      Status read =
          storage.transact(TransactionMode::read, [&](Transaction& transaction) -> Status {
            for (const QueuedEmail& queued : transaction.outbox().recent(1000))
              subjects.push_back(queued.email.subject);
            return ok_status();
          });
      EXPECT_TRUE(read.ok());
      for (const std::string& subject : subjects) {
        if (subject.find(expected) != std::string::npos) return subjects;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return subjects;
  }

  static bool any_contains(const std::vector<std::string>& subjects, const std::string& part) {
    for (const std::string& subject : subjects) {
      if (subject.find(part) != std::string::npos) return true;
    }
    return false;
  }

  testing_support::SmtpSink sink_;
  std::string clock_file_;
  CivilDate demo_day_ = no_date();
};

TEST_P(CaseRemindersLive, TheManagerIsRemindedOnTheThirdWorkingDayBeforeTheDeadlineAndNotBefore) {
  const std::string year = std::to_string(demo_day_.year());
  const std::string just_notified = "NBP-" + year + "-003 (Child A)";
  // The first round has run once the overdue demonstration case (its first) has its reminder;
  // the same round, in the same transaction, left the just-notified case alone (4 working days
  // left).
  auto first_round =
      outbox_once_it_has("Overdue: Notify the National Panel for NBP-" + year + "-001");
  ASSERT_TRUE(any_contains(first_round, "NBP-" + year + "-001")) << "no reminder round ran";
  EXPECT_FALSE(any_contains(first_round, just_notified));

  set_day(
      working_days_after(2));  // 3 working days before notify_by (5 working days after awareness)
  const std::string expected =
      "Due in 3 working days: Notify the National Panel for " + just_notified;
  auto later = outbox_once_it_has(expected);
  ASSERT_TRUE(any_contains(later, expected));

  // The mail sender delivers what the job queued; read the sink until that message is there.
  bool delivered = false;
  std::size_t count = 1;
  while (!delivered) {
    auto received = sink_.wait_for(count, std::chrono::seconds(15));
    for (const testing_support::ReceivedEmail& email : received) {
      if (email.subject != expected) continue;
      delivered = true;
      EXPECT_EQ(email.to, "manager@northbrook.example");
      EXPECT_NE(email.body.find("/cases/"), std::string::npos) << email.body;
      EXPECT_EQ(email.body.find("Sample"), std::string::npos) << "a child's name in an email";
    }
    if (received.size() < count) break;  // nothing more arrived
    count = received.size() + 1;
  }
  EXPECT_TRUE(delivered) << "the reminder never reached the mail server";
}

INSTANTIATE_TEST_SUITE_P(Engines, CaseRemindersLive,
                         ::testing::ValuesIn(testing_support::test_engines()));

}  // namespace
}  // namespace casereview::web
