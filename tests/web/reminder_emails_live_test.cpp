// Reminder emails for cases recorded through the API, end to end (case_reminders_live_test.cpp
// covers the demonstration's cases): the real server with its background jobs polling every
// second, its clock a file the test moves from day to day, and its email delivered over SMTP to a
// real local sink. Rule REM-1: the manager hears 3 working days before the National Panel must be
// notified, and again on the first working day it is overdue, not before, and once only.
// Rule REM-2: the agency's contributor hears 2 working days before its summary is due.
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <thread>

#include "case_test_support.hpp"
#include "support/smtp_sink.hpp"

namespace casereview::web {
namespace {

using testing_support::HttpResult;
using testing_support::ReceivedEmail;

class ReminderEmailsLiveTest : public CaseServerTest {
 protected:
  std::vector<std::string> extra_arguments() const override {
    std::vector<std::string> arguments = CaseServerTest::extra_arguments();
    for (const std::string& argument :
         {std::string("--smtp-host"), std::string("127.0.0.1"), std::string("--smtp-port"),
          std::to_string(sink_.port()), std::string("--mail-poll-seconds"), std::string("1"),
          std::string("--jobs-poll-seconds"), std::string("1")}) {
      arguments.push_back(argument);
    }
    return arguments;
  }

  void set_clock(const std::string& instant) { std::ofstream(clock_file_) << instant << "\n"; }

  // The first email to `to` whose subject holds every one of `words`, waiting up to 30 s for it.
  std::optional<ReceivedEmail> email(const std::string& to, const std::vector<std::string>& words) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    do {
      if (auto found = arrived(to, words)) return found;
      std::this_thread::sleep_for(std::chrono::milliseconds(200));
    } while (std::chrono::steady_clock::now() < deadline);
    return std::nullopt;
  }

  // The first email already in the sink to `to` whose subject holds every one of `words`.
  std::optional<ReceivedEmail> arrived(const std::string& to,
                                       const std::vector<std::string>& words) {
    for (const ReceivedEmail& message : sink_.messages()) {
      bool matches = message.to == to;
      for (const std::string& word : words)
        matches = matches && message.subject.find(word) != std::string::npos;
      if (matches) return message;
    }
    return std::nullopt;
  }

  std::string record(const std::string& token) {
    const HttpResult created =
        api("POST", "/api/v1/notifications", token,
            R"({"aware_on": "2026-02-26", "incident_on": "2026-02-25", "incident": "death",
                                       "abuse_or_neglect": "known", "categories": ["neglect"], "looked_after": false,
                                       "care_leaver": false, "police_involved": true,
                                       "children": [{"given_name": "Bo", "family_name": "Remindertest", "date_of_birth": "2018-01-02", "sex": "male"}],
                                       "agency_ids": [2], "outline": "Child A died."})");
    EXPECT_EQ(created.status, 201) << created.body;
    if (created.status != 201) return "";
    auto document = Poco::JSON::Parser().parse(created.body).extract<Poco::JSON::Object::Ptr>();
    ids_[document->getValue<std::string>("reference")] = document->getValue<std::int64_t>("id");
    return document->getValue<std::string>("reference");
  }

  testing_support::SmtpSink sink_;
  std::map<std::string, std::int64_t> ids_;
};

TEST_P(ReminderEmailsLiveTest, RemindersArriveOnTheRightWorkingDay) {
  const std::string token = api_token("manager@northbrook.example");
  // Both aware on Thursday 26 February 2026: notify the Panel by Thursday 5 March.
  const std::string unsent = record(token);
  const std::string sent = record(token);
  ASSERT_FALSE(unsent.empty() || sent.empty());
  const std::string sent_case = "/api/v1/notifications/" + std::to_string(ids_[sent]);
  ASSERT_EQ(api("POST", sent_case + "/sent", token, R"({"sent_on": "2026-03-02"})").status, 200);
  // Asked on Monday 2 March, the police's summary is due Monday 9 March.
  ASSERT_EQ(
      api("POST", "/api/v1/cases/" + std::to_string(ids_[sent]) + "/agency-requests", token, "{}")
          .status,
      201);

  // Rule REM-1: Monday 2 March is 3 working days before 5 March.
  const auto due_soon = email("manager@northbrook.example", {"Due in 3 working days", unsent});
  ASSERT_TRUE(due_soon.has_value()) << sink_.messages().size() << " messages";
  EXPECT_NE(due_soon->body.find("Thursday 5 March 2026"), std::string::npos) << due_soon->body;
  EXPECT_EQ(due_soon->body.find("Remindertest"), std::string::npos)
      << "no child's name in an email";

  // Rule REM-2: Thursday 5 March is 2 working days before 9 March; nothing is overdue yet.
  set_clock("2026-03-05T08:00:00Z");
  const auto agency = email("contributor@northbrook.example", {"Due in 2 working days", sent});
  ASSERT_TRUE(agency.has_value());
  EXPECT_NE(agency->body.find("Monday 9 March 2026"), std::string::npos) << agency->body;
  EXPECT_FALSE(arrived("manager@northbrook.example", {"Overdue", unsent}).has_value());

  // Rule REM-1: Friday 6 March, the first working day after 5 March, the unsent one is overdue;
  // the one sent in time is not.
  set_clock("2026-03-06T08:00:00Z");
  const auto overdue = email("manager@northbrook.example", {"Overdue", unsent});
  ASSERT_TRUE(overdue.has_value());
  EXPECT_NE(overdue->body.find("Thursday 5 March 2026"), std::string::npos) << overdue->body;
  EXPECT_FALSE(arrived("manager@northbrook.example", {"Overdue: Notify the National Panel", sent})
                   .has_value());
  // Each reminder once only, however often the job runs.
  std::this_thread::sleep_for(std::chrono::seconds(3));
  int copies = 0;
  for (const ReceivedEmail& message : sink_.messages()) {
    if (message.to == "manager@northbrook.example" && message.subject == overdue->subject) ++copies;
  }
  EXPECT_EQ(copies, 1);
}

INSTANTIATE_TEST_SUITE_P(Engines, ReminderEmailsLiveTest,
                         ::testing::ValuesIn(testing_support::test_engines()),
                         testing_support::engine_test_name);

}  // namespace
}  // namespace casereview::web
