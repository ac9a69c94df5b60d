// kill -9 (issue 17): writers keep writing through the API — chronology entries to one request,
// from many connections at once, notifications, each a case with its child and agencies, and
// bookings on one session, its places and waiting list counted as they go — while the server is
// killed with SIGKILL at random moments five times and started again. Every write that was answered
// 201 is there afterwards exactly once and whole, and the audit chain verifies; while the server is
// down a writer sees only refused connections or 503, never another error. On SQLite and on
// PostgreSQL.
//
// And the database itself going away (PostgreSQL, a cluster of the test's own, stopped at once as
// a crash would stop it): pages, the API and writes are answered 503 — not 401, which would sign
// people out, nor 500 — and service comes back by itself when the database does.
#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <random>
#include <sstream>
#include <thread>

#include "app/clock.hpp"
#include "app/sessions.hpp"
#include "case_test_support.hpp"
#include "store/sql.hpp"
#include "store/sql_storage.hpp"

namespace casereview::web {
namespace {

using testing_support::HttpResult;

constexpr int writer_count = 100;
constexpr int kill_rounds = 5;
// Each booking writer books with a learner of its own each time (a person holds one place on a
// course), so that a booking whose answer was cut off never stands in the way of the next.
constexpr int learners_per_booking_writer = 30;

enum class Writes { entries, notifications, bookings };
Writes writes_of(int writer) { return static_cast<Writes>(writer % 3); }

std::string notification_json(const std::string& family_name) {
  return R"({"aware_on": "2026-02-26", "incident_on": "2026-02-25", "incident": "serious_harm",
             "abuse_or_neglect": "suspected", "categories": ["neglect"], "looked_after": false,
             "care_leaver": false, "police_involved": true,
             "children": [{"given_name": "Ada", "family_name": ")" +
         family_name + R"(", "date_of_birth": "2019-05-04", "sex": "female"}],
             "agency_ids": [1, 2], "outline": "Written while the server was being killed."})";
}

// What the writers were told: the writes answered 201, and every other answer by status.
struct Answers {
  std::mutex mutex;
  std::vector<std::string> entry_events;  // chronology entries' event text
  std::vector<std::int64_t> case_ids;     // notifications' cases
  std::vector<std::int64_t> booking_ids;
  std::map<int, int> other_statuses;
  int refused_connections = 0;
};

class CrashRecoveryTest : public CaseServerTest {
 protected:
  // The scheduled session furthest ahead (bookable on the test clock's day), and one API token
  // for each of `count` new learners of the demonstration partnership, made straight in the
  // database in one transaction (the tokens through the use case).
  std::int64_t bookable_session() {
    store::SqlStorage storage(store::parse_database_url(database_->url()).value());
    Poco::Data::Session session = storage.session();
    return store::query(session,
                        "SELECT id FROM training_sessions WHERE status = 'scheduled' "
                        "ORDER BY session_date DESC, id LIMIT 1")
        .at(0)
        .integer(0);
  }
  std::vector<std::string> learner_tokens(int count) {
    store::SqlStorage storage(store::parse_database_url(database_->url()).value());
    std::vector<Id> user_ids;
    Status added =
        storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
          const auto partnership = transaction.partnerships().find_by_code("NBP");
          for (int learner = 0; learner < count; ++learner) {
            Account account;
            account.user.email = "crash-learner-" + std::to_string(learner) + "@northbrook.example";
            account.user.name = "Learner " + std::to_string(learner);
            account.user.roles = {Role::learner};
            account.user.partnership_id = partnership->id;
            account.status = AccountStatus::active;
            account.password_hash = "not used: these learners book with API tokens";
            user_ids.push_back(TRY(transaction.accounts().create(account, now_)).user.id);
          }
          return ok_status();
        });
    EXPECT_TRUE(added.ok()) << (added.ok() ? "" : added.error().message);
    SystemClock clock;
    AppContext context{storage, clock, AppSettings{}};
    std::vector<std::string> tokens;
    for (Id user_id : user_ids) {
      auto created = create_api_token(context, Caller{}, user_id, "kill -9");
      EXPECT_TRUE(created.ok());
      if (created.ok()) tokens.push_back(created.value().token);
    }
    return tokens;
  }
};

TEST_P(CrashRecoveryTest, EveryWriteAnsweredSurvivesFiveKillNines) {
  const std::string manager = api_token("manager@northbrook.example");
  const std::string contributor = api_token("contributor@northbrook.example");
  const std::int64_t case_id = commissioned_case(manager);
  ASSERT_GT(case_id, 0);
  const HttpResult asked =
      api("POST", "/api/v1/cases/" + std::to_string(case_id) + "/chronology-requests", manager,
          R"({"agency_ids": [2]})");
  ASSERT_EQ(asked.status, 201) << asked.body;
  Poco::JSON::Parser parser;
  const std::string entries_path = "/api/v1/chronology-requests/" +
                                   std::to_string(parser.parse(asked.body)
                                                      .extract<Poco::JSON::Array::Ptr>()
                                                      ->getObject(0)
                                                      ->getValue<std::int64_t>("id")) +
                                   "/entries";

  const std::string bookings_path =
      "/api/v1/sessions/" + std::to_string(bookable_session()) + "/bookings";
  const int booking_writers = (writer_count + 2) / 3;
  const std::vector<std::string> learners =
      learner_tokens(booking_writers * learners_per_booking_writer);
  ASSERT_EQ(learners.size(),
            static_cast<std::size_t>(booking_writers * learners_per_booking_writer));

  std::atomic<int> port{server_->port()};
  std::atomic<bool> writing{true};
  Answers answers;
  std::vector<std::thread> writers;
  for (int writer = 0; writer < writer_count; ++writer) {
    writers.emplace_back([&, writer] {
      for (int attempt = 0; writing; ++attempt) {
        const std::string mark = "w" + std::to_string(writer) + "n" + std::to_string(attempt);
        const Writes kind = writes_of(writer);
        if (kind == Writes::bookings && attempt >= learners_per_booking_writer) {
          std::this_thread::sleep_for(std::chrono::milliseconds(50));  // its learners all booked
          continue;
        }
        try {
          HttpResult answer;
          if (kind == Writes::entries) {
            answer = testing_support::http_request(
                port, "POST", entries_path, {{"Authorization", "Bearer " + contributor}},
                R"({"date": "2021-05-12", "source": "Log", "event": ")" + mark + "\"}",
                "application/json");
          } else if (kind == Writes::notifications) {
            answer = testing_support::http_request(
                port, "POST", "/api/v1/notifications", {{"Authorization", "Bearer " + manager}},
                notification_json("Kill" + mark), "application/json");
          } else {
            const std::string& learner = learners[static_cast<std::size_t>(
                (writer / 3) * learners_per_booking_writer + attempt)];
            answer = testing_support::http_request(port, "POST", bookings_path,
                                                   {{"Authorization", "Bearer " + learner}}, "{}",
                                                   "application/json");
          }
          std::lock_guard lock(answers.mutex);
          if (answer.status != 201) {
            ++answers.other_statuses[answer.status];
          } else if (kind == Writes::entries) {
            answers.entry_events.push_back(mark);
          } else if (kind == Writes::notifications) {
            answers.case_ids.push_back(json_of(answer)->getValue<std::int64_t>("id"));
          } else {
            answers.booking_ids.push_back(json_of(answer)->getValue<std::int64_t>("id"));
          }
        } catch (const std::exception&) {
          // Killed mid-request or not listening yet: the write may or may not have happened.
          {
            std::lock_guard lock(answers.mutex);
            ++answers.refused_connections;
          }
          std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
      }
    });
  }
  std::mt19937 random(std::random_device{}());
  std::uniform_int_distribution<int> moment_ms(200, 1200);
  std::vector<std::size_t> answered_before_kill;
  const auto answered = [&answers] {
    std::lock_guard lock(answers.mutex);
    return answers.entry_events.size() + answers.case_ids.size() + answers.booking_ids.size();
  };
  for (int round = 0; round < kill_rounds; ++round) {
    // The writers find the new server again (they wait 20 ms after a refused connection) before
    // the random moment of the next kill is counted from.
    const std::size_t before_restart = round == 0 ? 0 : answered_before_kill.back();
    for (int wait = 0; wait < 500 && answered() == before_restart; ++wait)
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    std::this_thread::sleep_for(std::chrono::milliseconds(moment_ms(random)));
    answered_before_kill.push_back(answered());
    server_->kill_hard();
    server_ = std::make_unique<testing_support::ServerProcess>(database_->url(), extra_arguments());
    port = server_->port();
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  writing = false;
  for (std::thread& writer : writers) writer.join();

  // Writes were answered between every two kills, and no answer was an error but 503.
  for (std::size_t round = 1; round < answered_before_kill.size(); ++round)
    EXPECT_GT(answered_before_kill[round], answered_before_kill[round - 1]) << round;
  for (const auto& [status, count] : answers.other_statuses)
    EXPECT_EQ(status, 503) << count << " answers with status " << status;

  store::SqlStorage storage(store::parse_database_url(database_->url()).value());
  Poco::Data::Session session = storage.session();
  for (const std::string& event : answers.entry_events) {
    EXPECT_EQ(
        store::query(session, "SELECT COUNT(*) FROM chronology_entries WHERE event = $1", {event})
            .at(0)
            .integer(0),
        1)
        << event;
  }
  for (std::int64_t id : answers.case_ids) {
    // Whole: the case, its one child, its two agencies, all or nothing.
    EXPECT_EQ(store::query(session, "SELECT COUNT(*) FROM case_children WHERE case_id = $1", {id})
                  .at(0)
                  .integer(0),
              1)
        << id;
    EXPECT_EQ(store::query(session, "SELECT COUNT(*) FROM case_agencies WHERE case_id = $1", {id})
                  .at(0)
                  .integer(0),
              2)
        << id;
  }
  for (std::int64_t id : answers.booking_ids) {
    EXPECT_EQ(store::query(session,
                           "SELECT COUNT(*) FROM bookings WHERE id = $1 AND state IN ('booked', "
                           "'waiting')",
                           {id})
                  .at(0)
                  .integer(0),
              1)
        << "booking " << id;
  }
  // Nothing half-written among the writes whose answers were lost either: no case without its
  // child, no two entries in one place of the chronology, and each session's count of places
  // taken equal to its bookings that hold a place (booked, or attended or not since), with no place
  // on a waiting list given twice.
  EXPECT_EQ(store::query(session,
                         "SELECT COUNT(*) FROM training_sessions s WHERE booked_count <> (SELECT "
                         "COUNT(*) FROM bookings b WHERE b.session_id = s.id AND b.state IN "
                         "('booked', 'attended', 'partly_attended', 'did_not_attend'))")
                .at(0)
                .integer(0),
            0);
  EXPECT_EQ(store::query(session,
                         "SELECT COUNT(*) FROM (SELECT session_id, waiting_sequence FROM bookings "
                         "WHERE state = 'waiting' GROUP BY session_id, waiting_sequence HAVING "
                         "COUNT(*) > 1) AS twice")
                .at(0)
                .integer(0),
            0);
  EXPECT_EQ(store::query(session,
                         "SELECT COUNT(*) FROM cases c WHERE NOT EXISTS (SELECT 1 FROM "
                         "case_children k WHERE k.case_id = c.id)")
                .at(0)
                .integer(0),
            0);
  EXPECT_EQ(store::query(session,
                         "SELECT COUNT(*) FROM (SELECT request_id, position FROM "
                         "chronology_entries GROUP BY request_id, position HAVING COUNT(*) > 1) "
                         "AS twice")
                .at(0)
                .integer(0),
            0);
  std::string output;
  EXPECT_EQ(
      testing_support::run_casereview({"audit", "verify", "--database", database_->url()}, output),
      0)
      << output;
  // Enough writes to mean something even on a loaded machine (a quiet one answers several hundred).
  EXPECT_GT(answers.entry_events.size(), 20u);
  EXPECT_GT(answers.case_ids.size(), 20u);
  // Bookings all take places on one session, one at a time: fewer get through (about 80 on SQLite
  // and 10 on PostgreSQL on a 2-core machine).
  EXPECT_GT(answers.booking_ids.size(), 5u);
  std::cout << "kill -9 on " << GetParam() << ": " << kill_rounds << " rounds, "
            << answers.entry_events.size() << " entries, " << answers.case_ids.size()
            << " notifications and " << answers.booking_ids.size()
            << " bookings answered 201, all present; " << answers.refused_connections
            << " requests cut off or refused\n";
}

// A PostgreSQL cluster of this test's own (scripts/postgres-test-cluster.sh): stopping the shared
// one would fail the tests running beside it.
class OwnCluster {
 public:
  OwnCluster() : folder_("/tmp/casereview-gone-" + std::to_string(::getpid())) {
    url_ = script("start");
    while (!url_.empty() && (url_.back() == '\n' || url_.back() == '\r')) url_.pop_back();
  }
  ~OwnCluster() { script("stop"); }
  const std::string& url() const { return url_; }
  void pause() { script("pause"); }
  void resume() { script("resume"); }

 private:
  std::string script(const std::string& action) {
    const char* source = std::getenv("CASEREVIEW_SOURCE_DIR");
    const std::string command = "bash " + std::string(source ? source : ".") +
                                "/scripts/postgres-test-cluster.sh " + action + " " + folder_;
    std::string output;
    if (FILE* pipe = ::popen(command.c_str(), "r")) {
      char buffer[256];
      while (std::fgets(buffer, sizeof buffer, pipe)) output += buffer;
      ::pclose(pipe);
    }
    return output;
  }
  std::string folder_;
  std::string url_;
};

TEST(DatabaseGoneAway, RequestsAreAnswered503AndServiceResumesByItself) {
  if (!std::getenv("CASEREVIEW_TEST_POSTGRESQL_URL"))
    GTEST_SKIP() << "CASEREVIEW_TEST_POSTGRESQL_URL is not set; run the tests with make test";
  OwnCluster cluster;
  ASSERT_EQ(cluster.url().rfind("postgresql://", 0), 0u) << cluster.url();
  std::string output;
  ASSERT_EQ(testing_support::run_casereview({"demo", "--database", cluster.url()}, output), 0)
      << output;
  testing_support::ServerProcess server(cluster.url());
  const auto signed_in = testing_support::sign_in_with_authenticator(
      server.port(), "manager@northbrook.example", "casereview demonstration", SystemClock().now());
  ASSERT_EQ(
      testing_support::run_casereview({"token", "create", "--database", cluster.url(), "--user",
                                       "manager@northbrook.example", "--name", "gone away"},
                                      output),
      0)
      << output;
  // The token is the line with no space (PostgreSQL's notices and the command's note have some).
  std::string token;
  std::istringstream lines(output);
  for (std::string line; std::getline(lines, line) && token.empty();)
    if (!line.empty() && line.find(' ') == std::string::npos) token = line;
  const testing_support::HeaderList bearer = {{"Authorization", "Bearer " + token}};
  const auto answers = [&] {
    return std::vector<int>{
        signed_in.get("/dashboard").status,
        testing_support::http_get(server.port(), "/api/v1/me", bearer).status,
        testing_support::http_request(server.port(), "POST", "/api/v1/notifications", bearer,
                                      notification_json("Gone"), "application/json")
            .status,
        testing_support::http_get(server.port(), "/healthz").status};
  };
  ASSERT_EQ(answers(), (std::vector<int>{200, 200, 201, 200}));

  cluster.pause();
  for (int attempt = 0; attempt < 3; ++attempt)
    EXPECT_EQ(answers(), (std::vector<int>{503, 503, 503, 503})) << attempt;
  const testing_support::HttpResult page = signed_in.get("/dashboard");
  EXPECT_NE(page.body.find("govuk-heading-l"), std::string::npos) << page.body;

  cluster.resume();
  std::vector<int> after;
  for (int wait = 0; wait < 300; ++wait) {
    after = answers();
    if (after == std::vector<int>{200, 200, 201, 200}) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  EXPECT_EQ(after, (std::vector<int>{200, 200, 201, 200}));
}

INSTANTIATE_TEST_SUITE_P(Engines, CrashRecoveryTest,
                         ::testing::ValuesIn(testing_support::test_engines()),
                         testing_support::engine_test_name);

}  // namespace
}  // namespace casereview::web
