// The practitioner learning event (Rule LE-1) and the family's involvement over real HTTP, on
// SQLite and on PostgreSQL, the server's email delivered over SMTP to a real local sink: the
// appointed reviewer schedules an event and invites a practitioner through the API; the invitation
// arrives with its iCalendar attachment and a single-use link, which opens a public page (no
// sign-in) to accept, then says it has been used; a forged link is 404. Attendance is all or
// nothing; another partnership and an unappointed reviewer are told 404; the committee reads but
// cannot change.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <regex>
#include <thread>

#include "app/clock.hpp"
#include "case_test_support.hpp"
#include "domain/uk_time.hpp"
#include "support/smtp_sink.hpp"

namespace casereview::web {
namespace {

namespace html = casereview::test::html;
using testing_support::HttpResult;
using testing_support::ReceivedEmail;

class LearningEventPagesTest : public CaseServerTest {
 protected:
  LearningEventPagesTest() {
    now_ = SystemClock().now();
    set_clock(now_);
  }

  std::vector<std::string> extra_arguments() const override {
    std::vector<std::string> arguments = CaseServerTest::extra_arguments();
    for (const std::string& argument :
         {std::string("--smtp-host"), std::string("127.0.0.1"), std::string("--smtp-port"),
          std::to_string(sink_.port()), std::string("--mail-poll-seconds"), std::string("1")}) {
      arguments.push_back(argument);
    }
    return arguments;
  }

  void set_clock(Instant instant) { std::ofstream(clock_file_) << format_instant(instant) << "\n"; }

  // A case commissioned by the manager with the demonstration reviewer appointed lead reviewer.
  std::int64_t case_with_reviewer() {
    const std::string manager = api_token("manager@northbrook.example");
    const std::int64_t case_id = commissioned_case(manager);
    const std::int64_t reviewer_id =
        json_of(api("GET", "/api/v1/me", api_token("reviewer@northbrook.example")))
            ->getValue<std::int64_t>("id");
    const HttpResult appointed =
        api("POST", "/api/v1/cases/" + std::to_string(case_id) + "/review/reviewers", manager,
            R"({"user_id": )" + std::to_string(reviewer_id) + R"(, "role": "lead_reviewer"})");
    EXPECT_EQ(appointed.status, 201) << appointed.body;
    return case_id;
  }

  // The event's JSON: 30 days from now, 10:00 to 12:00 UK time, online.
  std::string event_json() const {
    event_date_ = uk_date(now_).add_days(30).to_iso_string();
    return R"({"starts_at": ")" + event_date_ + R"(T10:00", "ends_at": ")" + event_date_ +
           R"(T12:00", "delivery": "virtual", "joining_link": "https://meet.example/le"})";
  }

  // The first email to `to`, waiting up to 30 s for it.
  std::optional<ReceivedEmail> email_to(const std::string& to) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    do {
      for (const ReceivedEmail& message : sink_.messages())
        if (message.to == to) return message;
      std::this_thread::sleep_for(std::chrono::milliseconds(200));
    } while (std::chrono::steady_clock::now() < deadline);
    return std::nullopt;
  }

  testing_support::SmtpSink sink_;
  mutable std::string event_date_;
};

// Rule LE-1, by the API: schedule, invite (the email really delivered, with its calendar
// invitation and link), answer from the public page once, and the register all or nothing.
TEST_P(LearningEventPagesTest, TheReviewerSchedulesInvitesAndThePractitionerAcceptsOnce) {
  const std::int64_t case_id = case_with_reviewer();
  ASSERT_GT(case_id, 0);
  const std::string reviewer = api_token("reviewer@northbrook.example");
  const std::string events_api = "/api/v1/cases/" + std::to_string(case_id) + "/learning-events";

  const HttpResult empty = api("POST", events_api, reviewer, "{}");
  EXPECT_EQ(empty.status, 422) << empty.body;
  EXPECT_EQ(problem_fields(empty), (std::vector<std::string>{"starts_at", "ends_at", "delivery"}));
  const HttpResult created = api("POST", events_api, reviewer, event_json());
  ASSERT_EQ(created.status, 201) << created.body;
  const auto event = json_of(created);
  const std::int64_t event_id = event->getValue<std::int64_t>("id");
  EXPECT_EQ(event->getValue<std::string>("status"), "scheduled");
  const HttpResult listed = api("GET", events_api, api_token("committee@northbrook.example"));
  ASSERT_EQ(listed.status, 200) << listed.body;
  EXPECT_EQ(Poco::JSON::Parser().parse(listed.body).extract<Poco::JSON::Array::Ptr>()->size(), 1u);

  const std::string invitations =
      "/api/v1/learning-events/" + std::to_string(event_id) + "/invitations";
  const std::string sam =
      R"({"name": "Sam Jones", "email": "sam.jones@police.example", "agency_id": 2,
          "role": "Response officer"})";
  const HttpResult invited = api("POST", invitations, reviewer, sam);
  ASSERT_EQ(invited.status, 201) << invited.body;
  const std::int64_t invitation_id = json_of(invited)->getValue<std::int64_t>("id");
  const HttpResult twice = api("POST", invitations, reviewer, sam);
  EXPECT_EQ(twice.status, 422) << twice.body;
  EXPECT_EQ(problem_fields(twice), std::vector<std::string>{"email"});

  const auto email = email_to("sam.jones@police.example");
  ASSERT_TRUE(email.has_value()) << sink_.messages().size() << " messages";
  ASSERT_EQ(email->attachments.size(), 1u);
  EXPECT_EQ(email->attachments[0], "learning-event.ics");
  EXPECT_NE(email->attachment_types[0].find("text/calendar"), std::string::npos);
  EXPECT_NE(email->raw.find("text/calendar; method=REQUEST"), std::string::npos);
  std::smatch link;
  ASSERT_TRUE(std::regex_search(
      email->body, link, std::regex(R"((/learning-event-invitation\?token=[A-Za-z0-9_-]+))")))
      << email->body;
  const std::string path = link[1];

  // The practitioner, with no account, answers once.
  testing_support::BrowserClient practitioner(server_->port());
  const HttpResult page = practitioner.get(path);
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_EQ(heading_text(html::Document::parse(page.body)), "Will you attend?");
  const std::string token = path.substr(path.find('=') + 1);
  const HttpResult unanswered =
      practitioner.submit(page, "/learning-event-invitation", {{"token", token}});
  EXPECT_EQ(unanswered.status, 422);
  const HttpResult accepted = practitioner.submit(page, "/learning-event-invitation",
                                                  {{"token", token}, {"answer", "accept"}});
  EXPECT_EQ(accepted.status, 200) << accepted.body;
  const HttpResult again = practitioner.submit(page, "/learning-event-invitation",
                                               {{"token", token}, {"answer", "decline"}});
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(heading_text(html::Document::parse(practitioner.get(path).body)),
            "You have already answered");
  EXPECT_EQ(practitioner.get("/learning-event-invitation?token=forged").status, 404);
  const auto after =
      json_of(api("GET", "/api/v1/learning-events/" + std::to_string(event_id), reviewer));
  EXPECT_EQ(after->getArray("invitations")->getObject(0)->getValue<std::string>("response"),
            "accepted");

  // Rule LE-1: attendance, all or nothing, once the event has started.
  const std::string attendance =
      "/api/v1/learning-events/" + std::to_string(event_id) + "/attendance";
  set_clock(uk_start_of_day(parse_iso_date("date", event_date_).value()) + std::chrono::hours(11));
  const HttpResult unknown =
      api("POST", attendance, reviewer,
          R"([{"invitation_id": )" + std::to_string(invitation_id) +
              R"(, "attended": true}, {"invitation_id": 999999, "attended": false}])");
  EXPECT_EQ(unknown.status, 422) << unknown.body;
  EXPECT_EQ(problem_fields(unknown), std::vector<std::string>{"attendance[1].invitation_id"});
  const HttpResult recorded =
      api("POST", attendance, reviewer,
          R"([{"invitation_id": )" + std::to_string(invitation_id) + R"(, "attended": true}])");
  ASSERT_EQ(recorded.status, 200) << recorded.body;
  EXPECT_TRUE(json_of(recorded)->getArray("invitations")->getObject(0)->getValue<bool>("attended"));
  // The link has expired now the event has started.
  EXPECT_EQ(practitioner.get(path).status, 200) << "answered already: it says so";
}

// Rule NTK-2, Rule LE-1: another partnership, an unappointed reviewer, an agency's contributor.
TEST_P(LearningEventPagesTest, NobodyElseSeesOrChangesTheEvents) {
  const std::int64_t case_id = case_with_reviewer();
  ASSERT_GT(case_id, 0);
  const std::string events_api = "/api/v1/cases/" + std::to_string(case_id) + "/learning-events";
  const HttpResult created =
      api("POST", events_api, api_token("manager@northbrook.example"), event_json());
  ASSERT_EQ(created.status, 201) << created.body;
  const std::string event_api =
      "/api/v1/learning-events/" + std::to_string(json_of(created)->getValue<std::int64_t>("id"));

  add_account("manager@elsewhere.example", Role::manager, "ELS");
  add_account("reviewer-two@northbrook.example", Role::reviewer, "NBP");
  const std::string elsewhere = api_token("manager@elsewhere.example");
  const std::string unappointed = api_token("reviewer-two@northbrook.example");
  for (const std::string& token : {elsewhere, unappointed}) {
    EXPECT_EQ(api("GET", events_api, token).status, 404);
    EXPECT_EQ(api("POST", events_api, token, event_json()).status, 404);
    EXPECT_EQ(api("GET", event_api, token).status, 404);
    EXPECT_EQ(api("POST", event_api + "/invitations", token,
                  R"({"name": "A B", "email": "a@b.example", "agency_id": 1, "role": "Nurse"})")
                  .status,
              404);
    EXPECT_EQ(api("POST", "/api/v1/cases/" + std::to_string(case_id) + "/family-involvement", token,
                  R"({"step": "met", "on": "2020-01-01", "note": ""})")
                  .status,
              404);
  }
  const std::string contributor = api_token("contributor@northbrook.example");
  EXPECT_EQ(api("GET", events_api, contributor).status, 404);
  EXPECT_EQ(api("POST", events_api, contributor, event_json()).status, 403);
  EXPECT_EQ(api("POST", events_api, api_token("committee@northbrook.example"), event_json()).status,
            403);
}

// The review page's sections, the event's page and the family's involvement page, as the reviewer
// sees them; the form's errors field by field.
TEST_P(LearningEventPagesTest, TheReviewPageListsTheEventsAndTheFamilysSteps) {
  const std::int64_t case_id = case_with_reviewer();
  ASSERT_GT(case_id, 0);
  const std::string review_path = "/cases/" + std::to_string(case_id) + "/review";
  SignedInBrowser browser = sign_in("reviewer@northbrook.example");
  const HttpResult form = browser.get(review_path + "/learning-events/new");
  ASSERT_EQ(form.status, 200) << form.body;
  const HttpResult refused = browser.post_exactly(
      review_path + "/learning-events",
      hidden_fields(html::Document::parse(form.body), review_path + "/learning-events"));
  EXPECT_EQ(refused.status, 422);
  const auto problems = error_summary(html::Document::parse(refused.body));
  ASSERT_FALSE(problems.empty());
  EXPECT_EQ(problems.front().second, "Enter the date of the event");

  const HttpResult family = browser.get(review_path + "/family-involvement");
  ASSERT_EQ(family.status, 200) << family.body;
  const HttpResult recorded = browser.post_exactly(
      review_path + "/family-involvement",
      with_answers(
          hidden_fields(html::Document::parse(family.body), review_path + "/family-involvement"),
          {{"step", "views_recorded"},
           {"on-day", std::to_string(uk_date(now_).day())},
           {"on-month", std::to_string(uk_date(now_).month())},
           {"on-year", std::to_string(uk_date(now_).year())},
           {"note", "The mother's views, in her words."}}));
  EXPECT_EQ(recorded.status, 303) << recorded.body;
  const auto steps = table_rows(html::Document::parse(browser.get(review_path).body),
                                "The family's involvement, in date order");
  ASSERT_EQ(steps.size(), 1u);
  EXPECT_EQ(steps[0].at(1), "Views recorded");
}

INSTANTIATE_TEST_SUITE_P(Engines, LearningEventPagesTest,
                         ::testing::ValuesIn(testing_support::test_engines()));

}  // namespace
}  // namespace casereview::web
