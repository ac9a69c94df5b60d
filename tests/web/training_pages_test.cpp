// The training pages and the training API over real HTTP, on SQLite and on PostgreSQL, with the
// server's clock held in a file the test moves: courses and their sessions read by the public, a
// practitioner booking a place for themselves (and never for anyone else), the waiting list and
// its promotion, the joining link shown only to people with a booked place, trainer-only pages
// refused to learners, the register and its CSV, the evaluation, the certificate (only after
// attendance) and its public verification, and the .ics download. Courses and sessions are made
// in-process by the use cases, as a trainer would make them; everything else goes over HTTP.
// Pages are asserted on their parsed HTML.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>

#include "app/accounts.hpp"
#include "app/clock.hpp"
#include "app/demonstration.hpp"
#include "app/security/totp.hpp"
#include "app/sessions.hpp"
#include "app/training/attendance.hpp"
#include "app/training/course_sessions.hpp"
#include "app/training/courses.hpp"
#include "live_server_fixture.hpp"
#include "store/database_url.hpp"
#include "store/sql_storage.hpp"
#include "support/browser_client.hpp"
#include "support/html_dom.hpp"

namespace casereview::web {
namespace {

namespace html = casereview::test::html;
using testing_support::HeaderList;
using testing_support::HttpResult;
using FormFields = std::vector<std::pair<std::string, std::string>>;

const std::string learner_email = "learner@northbrook.example";
const std::string trainer_email = "trainer@northbrook.example";
const std::string joining_link = "https://meet.example/northbrook-case-reviews";

using Browser = testing_support::BrowserClient;

std::string text_of(const html::Document& document, const std::string& selector) {
  const auto* node = document.select_one(selector);
  return node ? node->normalised_text() : "(no " + selector + ")";
}

std::string path_of(const std::string& location) { return location.substr(0, location.find('?')); }

// The first link in <main> whose href starts with `prefix` (and ends with `suffix`), or nullptr.
const html::Node* main_link(const html::Document& document, const std::string& prefix,
                            const std::string& suffix = "") {
  for (const auto* link : document.select("main a[href]")) {
    const std::string href = link->attribute("href").value_or("");
    if (href.rfind(prefix, 0) == 0 && href.size() >= suffix.size() &&
        href.compare(href.size() - suffix.size(), suffix.size(), suffix) == 0) {
      return link;
    }
  }
  return nullptr;
}

// The row of a table in <main> whose first cell reads `first_cell` (a course on "My training",
// where the demonstration learner has bookings and a certificate of their own), or nullptr.
const html::Node* row_for(const html::Document& document, const std::string& first_cell) {
  for (const auto* row : document.select("main table tbody tr")) {
    const auto* cell = row->select_one("td");
    if (cell && cell->normalised_text() == first_cell) return row;
  }
  return nullptr;
}

// The first link in `row` whose href ends with `suffix`, as its href; "" when there is none.
std::string row_link(const html::Node* row, const std::string& prefix,
                     const std::string& suffix = "") {
  if (!row) return "";
  for (const auto* link : row->select("a[href]")) {
    const std::string href = link->attribute("href").value_or("");
    if (href.rfind(prefix, 0) == 0 && href.size() >= suffix.size() &&
        href.compare(href.size() - suffix.size(), suffix.size(), suffix) == 0) {
      return href;
    }
  }
  return "";
}

Poco::Dynamic::Var parse_json(const std::string& text) { return Poco::JSON::Parser().parse(text); }

class TrainingTest : public LiveServerTest {
 protected:
  TrainingTest() {
    clock_file_ = (std::filesystem::temp_directory_path() /
                   ("casereview-training-clock-" + std::to_string(::getpid()) + "-" +
                    std::to_string(counter_++)))
                      .string();
    set_clock("2026-03-02T09:00:00Z");  // a Monday
  }
  ~TrainingTest() override {
    std::error_code ignored;
    std::filesystem::remove(clock_file_, ignored);
  }
  void TearDown() override {
    context_.reset();
    storage_.reset();  // before the database goes: PostgreSQL will not drop a database in use
    LiveServerTest::TearDown();
  }
  std::vector<std::string> extra_arguments() const override {
    return {"--clock-file", clock_file_};
  }

  void set_clock(const std::string& instant) {
    now_ = parse_instant(instant).value();
    std::ofstream(clock_file_) << instant << "\n";
  }

  Storage& storage() {
    if (!storage_)
      storage_ =
          std::make_unique<store::SqlStorage>(store::parse_database_url(database_->url()).value());
    return *storage_;
  }
  AppContext& context() {
    if (!context_) {
      clock_ = std::make_unique<FileClock>(clock_file_);
      context_ = std::make_unique<AppContext>(AppContext{storage(), *clock_, {}});
    }
    return *context_;
  }

  Account account(const std::string& email) {
    std::optional<Account> found;
    (void)storage().transact(TransactionMode::read, [&](Transaction& transaction) -> Status {
      found = transaction.accounts().find_by_email(email);
      return ok_status();
    });
    if (!found) throw std::runtime_error("no account " + email);
    return *found;
  }
  Caller caller_for(const std::string& email) {
    return Caller{actor_from(account(email).user), "127.0.0.1", "test"};
  }

  // Sets one of the demonstration partnership's settings straight in the database.
  void set_setting(const std::string& key, const std::string& value) {
    const Status set =
        storage().transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
          auto partnership =
              transaction.partnerships().find_by_code(demonstration_partnership_code);
          if (!partnership) return Error::of(ErrorCode::not_found, "No demonstration partnership");
          transaction.settings().set(partnership->id, key, value);
          return ok_status();
        });
    ASSERT_TRUE(set.ok()) << set.error().message;
  }

  // A published course made by the demonstration trainer.
  Id published_course(const std::string& title,
                      EvaluationRequirement evaluation = EvaluationRequirement::optional) {
    CourseInput input;
    input.title = title;
    input.summary = "What a case review is and what follows it.";
    input.audience = "Everyone who works with children in Northbrook.";
    input.learning_objectives =
        "* the four outcomes of a rapid review\n* the three kinds of review\n";
    input.wellbeing_note =
        "Some of the material is distressing. Take a break whenever you need one.";
    input.pre_reading = "Read the partnership's guide to reviews.";
    input.body =
        "## What a review is\n\nA review looks at how agencies worked "
        "together.\n\n<script>alert(1)</script>\n";
    input.evaluation = evaluation;
    auto created = create_course(context(), caller_for(trainer_email), input);
    if (!created) throw std::runtime_error("create_course: " + created.error().message);
    auto published = set_course_status(context(), caller_for(trainer_email), created.value().id,
                                       CourseStatus::published);
    if (!published) throw std::runtime_error("set_course_status: " + published.error().message);
    return created.value().id;
  }

  // A session on Monday 16 March 2026, 09:30 to 12:00 (booking and cancellation close at the end of
  // Thursday 12 March).
  Id session_of(Id course_id, int capacity, SessionFormat format = SessionFormat::virtual_session) {
    SessionInput input;
    input.date = "2026-03-16";
    input.start_time = "09:30";
    input.end_time = "12:00";
    input.format = format == SessionFormat::virtual_session ? "virtual" : "in_person";
    if (format == SessionFormat::virtual_session) input.joining_link = joining_link;
    if (format == SessionFormat::in_person) input.venue = "Northbrook Civic Centre, Room 2";
    input.capacity = std::to_string(capacity);
    auto created = create_session(context(), caller_for(trainer_email), course_id, input);
    if (!created) throw std::runtime_error("create_session: " + created.error().message);
    return created.value().id;
  }

  // A new practitioner with a password, signed in to nothing yet.
  std::string new_learner(const std::string& name) {
    std::string email;
    for (char c : name) {
      if (std::isalnum(static_cast<unsigned char>(c)))
        email += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (c == ' ') email += '.';
    }
    email += "@clinic.example";
    auto added = add_user(context(), Caller{}, {email, name, {"learner"}, ""},
                          demonstration_partnership_code, std::string(demonstration_password));
    if (!added) throw std::runtime_error("add_user: " + added.error().message);
    return email;
  }

  std::unique_ptr<Browser> signed_in(const std::string& email) {
    auto browser = std::make_unique<Browser>(server_->port());
    HttpResult form = browser->get("/sign-in");
    HttpResult answer =
        browser->submit(form, "/sign-in", {{"email", email}, {"password", demonstration_password}});
    EXPECT_EQ(answer.status, 303) << email;
    if (path_of(answer.header("location")) == "/sign-in/two-factor") {
      HttpResult question = browser->get("/sign-in/two-factor");
      auto confirmed =
          browser->submit(question, "/sign-in/two-factor",
                          {{"code", security::totp_code(secrets_.at(email), now_).value_or("")}});
      EXPECT_EQ(confirmed.status, 303) << confirmed.body;
    }
    if (path_of(answer.header("location")) == "/sign-in/set-up-authenticator") {
      HttpResult set_up = browser->get("/sign-in/set-up-authenticator");
      auto page = html::Document::parse(set_up.body);
      const auto* key = page.select_one(".cr-secret");
      if (!key) throw std::runtime_error("no authenticator key for " + email);
      std::string secret = key->normalised_text();
      secret.erase(std::remove(secret.begin(), secret.end(), ' '), secret.end());
      secrets_[email] = secret;
      auto confirmed = browser->submit(set_up, "/sign-in/set-up-authenticator",
                                       {{"code", security::totp_code(secret, now_).value_or("")}});
      EXPECT_EQ(confirmed.status, 200) << confirmed.body;
    }
    return browser;
  }

  std::string api_token_for(const std::string& email) {
    const Account owner = account(email);
    auto created = create_api_token(context(), caller_for(email), owner.user.id, "Training test");
    if (!created) throw std::runtime_error("create_api_token: " + created.error().message);
    return created.value().token;
  }
  HttpResult api(const std::string& method, const std::string& target, const std::string& token,
                 const std::string& body = "") {
    return testing_support::http_request(server_->port(), method, target,
                                         {{"Authorization", "Bearer " + token}}, body,
                                         body.empty() ? "" : "application/json");
  }

  // Books through the page, as the person would: reads the "Book a place" page, confirms.
  HttpResult book(Browser& browser, Id session_id) {
    const std::string path = "/training-sessions/" + std::to_string(session_id) + "/book";
    return browser.submit(browser.get(path), path, {});
  }

  std::string clock_file_;
  Instant now_{};
  std::map<std::string, std::string>
      secrets_;  // authenticator keys of the staff signed in, by email
  std::unique_ptr<store::SqlStorage> storage_;
  std::unique_ptr<Clock> clock_;
  std::unique_ptr<AppContext> context_;
  static inline int counter_ = 0;
};

using TrainingPagesTest = TrainingTest;
using TrainingApiTest = TrainingTest;

// ---------------------------------------------------------------------------------------------
// Courses

TEST_P(TrainingPagesTest, ThePublicReadsAPublishedCourseWithItsSessionsAndIsAskedToSignInToBook) {
  const Id course_id = published_course("Case reviews for practitioners");
  session_of(course_id, 12);

  HttpResult list = get("/courses");
  ASSERT_EQ(list.status, 200);
  auto list_page = html::Document::parse(list.body);
  EXPECT_EQ(text_of(list_page, "main h1"), "Training");
  bool listed = false;
  for (const auto* link : list_page.select("main h2 a")) {
    listed |= link->attribute("href") == "/courses/" + std::to_string(course_id);
  }
  EXPECT_TRUE(listed) << list.body;

  HttpResult answer = get("/courses/" + std::to_string(course_id));
  ASSERT_EQ(answer.status, 200);
  auto page = html::Document::parse(answer.body);
  EXPECT_TRUE(page.errors().empty()) << page.errors().front();
  EXPECT_EQ(text_of(page, "main h1"), "Case reviews for practitioners");
  EXPECT_EQ(page.select("main ul.govuk-list--bullet li").size(), 2u) << "the learning objectives";
  EXPECT_EQ(text_of(page, "#wellbeing-note"),
            "Some of the material is distressing. Take a break whenever you need one.");
  EXPECT_EQ(text_of(page, ".cr-course-body h3"), "What a review is")
      << "Markdown headings sit below the page's h1";
  EXPECT_TRUE(page.select("main script").empty())
      << "raw HTML in the Markdown is never passed through";

  const auto rows = page.select("main table tbody tr");
  ASSERT_EQ(rows.size(), 1u);
  auto cells = rows[0]->select("td");
  ASSERT_GE(cells.size(), 5u);
  EXPECT_EQ(cells[0]->normalised_text(), "Monday 16 March 2026");
  EXPECT_EQ(cells[1]->normalised_text(), "9:30am to midday");
  EXPECT_EQ(cells[2]->normalised_text(), "Online");
  EXPECT_EQ(cells[3]->normalised_text(), "12 places left");
  EXPECT_EQ(cells[4]->normalised_text(), "12 March 2026");
  EXPECT_EQ(main_link(page, "/training-sessions/", "/book"), nullptr) << "the public cannot book";
  EXPECT_NE(main_link(page, "/sign-in?return-to="), nullptr);
  EXPECT_EQ(answer.body.find(joining_link), std::string::npos)
      << "the joining link is for booked people only";
}

TEST_P(TrainingPagesTest, ADraftCourseIsNotFoundExceptByTrainers) {
  CourseInput input;
  input.title = "Unfinished course";
  input.summary = "Not ready yet.";
  auto draft = create_course(context(), caller_for(trainer_email), input);
  ASSERT_TRUE(draft.ok()) << draft.error().message;
  const std::string path = "/courses/" + std::to_string(draft.value().id);

  EXPECT_EQ(get(path).status, 404);
  auto learner = signed_in(learner_email);
  EXPECT_EQ(learner->get(path).status, 404);
  auto trainer = signed_in(trainer_email);
  HttpResult seen = trainer->get(path);
  ASSERT_EQ(seen.status, 200);
  auto page = html::Document::parse(seen.body);
  EXPECT_EQ(text_of(page, "main h1"), "Unfinished course");
  EXPECT_NE(page.select_one("main form[action=" + path + "/status] input[value=published]"),
            nullptr);
}

TEST_P(TrainingPagesTest, ATrainerWritesACourseAndTheFormNamesEachProblem) {
  auto trainer = signed_in(trainer_email);
  HttpResult form = trainer->get("/courses/new");
  ASSERT_EQ(form.status, 200);
  HttpResult empty = trainer->submit(form, "/courses/new",
                                     {{"title", ""}, {"summary", ""}, {"evaluation", "optional"}});
  EXPECT_EQ(empty.status, 422);
  auto page = html::Document::parse(empty.body);
  std::vector<std::string> links;
  for (const auto* link : page.select(".govuk-error-summary__list a"))
    links.push_back(link->attribute("href").value_or(""));
  EXPECT_EQ(links, (std::vector<std::string>{"#title", "#summary"}));

  HttpResult saved = trainer->submit(form, "/courses/new",
                                     {{"title", "Neglect: what reviews found"},
                                      {"summary", "Recognising neglect."},
                                      {"body", "Some **Markdown**."},
                                      {"evaluation", "required"}});
  ASSERT_EQ(saved.status, 303) << saved.body;
  HttpResult course = trainer->get(saved.header("location"));
  auto course_page = html::Document::parse(course.body);
  EXPECT_EQ(text_of(course_page, "main h1"), "Neglect: what reviews found");
  EXPECT_EQ(text_of(course_page, ".cr-course-body strong"), "Markdown");
}

// ---------------------------------------------------------------------------------------------
// Booking

TEST_P(TrainingPagesTest, ALearnerBooksAPlaceForThemselvesAndFindsItInMyTraining) {
  const Id course_id = published_course("Booking for yourself");
  const Id session_id = session_of(course_id, 10);
  auto learner = signed_in(learner_email);

  const std::string path = "/training-sessions/" + std::to_string(session_id) + "/book";
  HttpResult confirm = learner->get(path);
  ASSERT_EQ(confirm.status, 200);
  auto page = html::Document::parse(confirm.body);
  EXPECT_EQ(text_of(page, "main h1"), "Book a place");
  EXPECT_EQ(text_of(page, "main .govuk-inset-text"),
            "You are booking a place for yourself. Places cannot be booked for other people — they "
            "will not be "
            "recorded as attending and will not receive a certificate.");
  const auto fields = page.select("main form input");
  ASSERT_EQ(fields.size(), 1u) << "no field names a person";
  EXPECT_EQ(fields[0]->attribute("name"), "csrf_token");
  EXPECT_TRUE(page.select("main form select").empty());
  EXPECT_TRUE(page.select("main form textarea").empty());
  EXPECT_EQ(confirm.body.find(joining_link), std::string::npos);

  HttpResult booked = learner->submit(confirm, path, {});
  ASSERT_EQ(booked.status, 303) << booked.body;
  EXPECT_TRUE(
      std::regex_match(booked.header("location"), std::regex("/bookings/[0-9]+\\?done=booked")))
      << booked.header("location");
  HttpResult result = learner->get(booked.header("location"));
  auto result_page = html::Document::parse(result.body);
  EXPECT_EQ(text_of(result_page, "main .govuk-panel__title"), "Place booked");
  const auto* joining = result_page.select_one("main a.cr-joining-link");
  ASSERT_NE(joining, nullptr) << "a booked person sees the joining link";
  EXPECT_EQ(joining->attribute("href"), joining_link);

  HttpResult mine = learner->get("/my-training");
  ASSERT_EQ(mine.status, 200);
  auto mine_page = html::Document::parse(mine.body);
  EXPECT_EQ(text_of(mine_page, "main h1"), "My training");
  const std::string calendar =
      row_link(row_for(mine_page, "Booking for yourself"), "/bookings/", "/calendar");
  ASSERT_FALSE(calendar.empty()) << mine.body;
  HttpResult ics = learner->get(calendar);
  ASSERT_EQ(ics.status, 200);
  EXPECT_EQ(ics.header("content-type").rfind("text/calendar", 0), 0u) << ics.header("content-type");
  EXPECT_EQ(ics.header("content-disposition").rfind("attachment; filename=\"", 0), 0u);
  EXPECT_EQ(ics.body.rfind("BEGIN:VCALENDAR\r\n", 0), 0u) << ics.body;
  EXPECT_NE(ics.body.find("BEGIN:VEVENT"), std::string::npos);
  EXPECT_NE(ics.body.find("DTSTART:20260316T093000Z"), std::string::npos)
      << "09:30 GMT in March" << ics.body;
  EXPECT_NE(ics.body.find("END:VCALENDAR"), std::string::npos);

  HttpResult again = learner->get(path);
  EXPECT_EQ(again.status, 303) << "the book page sends someone with a place to their booking";
  EXPECT_EQ(path_of(again.header("location")), path_of(booked.header("location")));
  HttpResult twice = learner->submit(mine, path, {});
  EXPECT_EQ(twice.status, 409);
  EXPECT_NE(text_of(html::Document::parse(twice.body), ".govuk-error-summary").find("already"),
            std::string::npos)
      << twice.body;
}

// Rule TRN-7: someone from outside the partnership's area is told, before and after pressing
// anything, that its courses are for its own workforce; nothing is booked.
TEST_P(TrainingPagesTest, ACourseKeptForThePartnershipsWorkforceIsRefusedToOutsidersWithTheReason) {
  const Id course_id = published_course("For our own workforce");
  const Id session_id = session_of(course_id, 10);
  ASSERT_TRUE(add_partnership(context(), Caller{}, "ELSE", "Elsewhere Partnership").ok());
  auto added = add_user(context(), Caller{},
                        {"outsider@elsewhere.example", "Outside Practitioner", {"learner"}, ""},
                        "ELSE", std::string(demonstration_password));
  ASSERT_TRUE(added.ok()) << added.error().message;
  auto outsider = signed_in("outsider@elsewhere.example");

  auto course = html::Document::parse(outsider->get("/courses/" + std::to_string(course_id)).body);
  EXPECT_NE(
      text_of(course, "main table").find("Only for people who work in the partnership’s area"),
      std::string::npos);
  const std::string path = "/training-sessions/" + std::to_string(session_id) + "/book";
  HttpResult question = outsider->get(path);
  ASSERT_EQ(question.status, 200);
  auto page = html::Document::parse(question.body);
  EXPECT_NE(text_of(page, "main").find("Only people who work in the area of"), std::string::npos);
  EXPECT_EQ(page.select_one("main form"), nullptr) << "no button that would be refused";

  HttpResult refused = outsider->submit(outsider->get("/my-training"), path, {});
  EXPECT_EQ(refused.status, 403);
  EXPECT_NE(text_of(html::Document::parse(refused.body), ".govuk-error-summary")
                .find("can book its courses"),
            std::string::npos)
      << refused.body;
  EXPECT_EQ(text_of(html::Document::parse(outsider->get("/my-training").body), "main")
                .find("For our own workforce"),
            std::string::npos)
      << "nothing was booked";
}

TEST_P(TrainingPagesTest, AFullSessionOffersTheWaitingListAndACancellationPromotesTheFirstWaiting) {
  const Id course_id = published_course("Waiting lists");
  const Id session_id = session_of(course_id, 1);
  auto first = signed_in(learner_email);
  auto second = signed_in(new_learner("Ada Osei"));
  auto third = signed_in(new_learner("Bea Lind"));

  ASSERT_EQ(path_of(book(*first, session_id).header("location")).rfind("/bookings/", 0), 0u);
  const std::string path = "/training-sessions/" + std::to_string(session_id) + "/book";
  HttpResult full = second->get(path);
  EXPECT_EQ(text_of(html::Document::parse(full.body), "main h1"), "Join the waiting list");
  HttpResult waiting = second->submit(full, path, {});
  ASSERT_EQ(waiting.status, 303);
  EXPECT_NE(waiting.header("location").find("done=waiting"), std::string::npos);
  auto waiting_page = html::Document::parse(second->get(waiting.header("location")).body);
  EXPECT_EQ(text_of(waiting_page, "main .govuk-panel__title"), "You are on the waiting list");
  EXPECT_EQ(text_of(waiting_page, "main .govuk-panel__body strong"), "1");
  EXPECT_EQ(waiting_page.select_one("main a.cr-joining-link"), nullptr) << "waiting is not booked";
  HttpResult third_waiting = book(*third, session_id);
  auto third_page = html::Document::parse(third->get(third_waiting.header("location")).body);
  EXPECT_EQ(text_of(third_page, "main .govuk-panel__body strong"), "2");

  // The first person cancels; the earliest waiting person gets the place.
  auto mine = html::Document::parse(first->get("/my-training").body);
  std::string booking;
  if (const auto* row = row_for(mine, "Waiting lists")) {
    for (const auto* link : row->select("a[href]")) {
      const std::string href = link->attribute("href").value_or("");
      if (std::regex_match(href, std::regex("/bookings/[0-9]+"))) booking = href;
    }
  }
  ASSERT_FALSE(booking.empty());
  HttpResult question = first->get(booking + "/cancel");
  EXPECT_EQ(text_of(html::Document::parse(question.body), "main h1"),
            "Are you sure you want to cancel your booking?");
  HttpResult cancelled = first->submit(question, booking + "/cancel", {});
  ASSERT_EQ(cancelled.status, 303) << cancelled.body;

  auto promoted = html::Document::parse(second->get(path_of(waiting.header("location"))).body);
  ASSERT_NE(promoted.select_one("main a.cr-joining-link"), nullptr) << "promoted to a booked place";
  auto still_waiting =
      html::Document::parse(third->get(path_of(third_waiting.header("location"))).body);
  EXPECT_EQ(still_waiting.select_one("main a.cr-joining-link"), nullptr);

  // Rule TRN-4: on another session of the course, the person waiting is told they are waiting
  // (and where in the list), with a link to it, not that they "already have a place".
  const std::string other =
      "/training-sessions/" + std::to_string(session_of(course_id, 5)) + "/book";
  auto offered = html::Document::parse(third->get(other).body);
  EXPECT_NE(
      text_of(offered, "main").find("You are on the waiting list for this course, at number 1"),
      std::string::npos);
  EXPECT_EQ(offered.select_one("main form"), nullptr);
  EXPECT_NE(offered.select_one("main a[href=" + path_of(third_waiting.header("location")) + "]"),
            nullptr);
  HttpResult refused = third->submit(third->get("/my-training"), other, {});
  EXPECT_EQ(refused.status, 409);
  EXPECT_NE(text_of(html::Document::parse(refused.body), ".govuk-error-summary")
                .find("You are already on the waiting list for Waiting lists on Monday 16 March "
                      "2026, at number 1. Leave the waiting list"),
            std::string::npos)
      << refused.body;

  // Leaving the waiting list says so.
  const std::string third_booking = path_of(third_waiting.header("location"));
  HttpResult leave = third->get(third_booking + "/cancel");
  EXPECT_EQ(text_of(html::Document::parse(leave.body), "main h1"),
            "Are you sure you want to leave the waiting list?");
  HttpResult left = third->submit(leave, third_booking + "/cancel", {});
  ASSERT_EQ(left.status, 303) << left.body;
  EXPECT_EQ(text_of(html::Document::parse(third->get(left.header("location")).body),
                    ".govuk-notification-banner--success .govuk-notification-banner__heading"),
            "You have left the waiting list");
}

// Rule TRN-2 and Rule TRN-9: after the cut-off a place can still be cancelled, and the page says
// first that it will be late and what it costs; once the session has started it cannot.
TEST_P(TrainingPagesTest, AfterTheCutOffCancellingIsLateAndSaidSoUntilTheSessionStarts) {
  set_setting("charge_half_day_pounds", "35");
  const Id session_id = session_of(published_course("Case reviews"), 5);
  auto learner = signed_in(learner_email);
  HttpResult book_question =
      learner->get("/training-sessions/" + std::to_string(session_id) + "/book");
  EXPECT_NE(book_question.body.find("If you cannot attend, cancel by the end of Thursday 12 "
                                    "March 2026. Cancelling after that, or not attending, costs "
                                    "your organisation £35.00 for this half-day session."),
            std::string::npos);
  const std::string booking = path_of(book(*learner, session_id).header("location"));
  const std::string other = new_learner("Eve Stone");
  auto second = signed_in(other);
  const std::string second_booking = path_of(book(*second, session_id).header("location"));

  set_clock("2026-03-13T09:00:00Z");   // Friday: the cut-off was the end of Thursday 12 March
  learner = signed_in(learner_email);  // the old session has timed out
  HttpResult question = learner->get(booking + "/cancel");
  ASSERT_EQ(question.status, 200);
  auto page = html::Document::parse(question.body);
  EXPECT_EQ(text_of(page, "main .govuk-warning-text .govuk-warning-text__text"),
            "Warning The cancellation cut-off has passed, so this will be recorded as a late "
            "cancellation. Your organisation will be charged £35.00.");
  HttpResult cancelled = learner->submit(question, booking + "/cancel", {});
  ASSERT_EQ(cancelled.status, 303) << cancelled.body;

  set_clock("2026-03-16T09:30:00Z");  // the session starts
  second = signed_in(other);
  HttpResult too_late = second->get(second_booking + "/cancel");
  auto late_page = html::Document::parse(too_late.body);
  EXPECT_NE(text_of(late_page, "main .govuk-warning-text").find("The session has started"),
            std::string::npos);
  EXPECT_EQ(late_page.select_one("main form button"), nullptr);
  HttpResult refused = second->submit(second->get("/my-training"), second_booking + "/cancel", {});
  EXPECT_EQ(refused.status, 409);
  EXPECT_NE(html::Document::parse(refused.body).select_one(".govuk-error-summary"), nullptr);
}

// Rule TRN-9: the charges report as a page, a CSV and JSON, for the partnership's trainers only.
TEST_P(TrainingPagesTest, TheChargesReportSumsLateCancellationsAndNoShowsForTrainers) {
  set_setting("charge_half_day_pounds", "35");
  const Id session_id = session_of(published_course("Case reviews"), 5);
  const std::string late_email = new_learner("Fay Lowe");
  const std::string absent_email = new_learner("Gus Hart");
  auto late = signed_in(late_email);
  const std::string late_booking = path_of(book(*late, session_id).header("location"));
  auto absent = signed_in(absent_email);
  const std::string absent_booking = path_of(book(*absent, session_id).header("location"));
  set_clock("2026-03-13T09:00:00Z");
  late = signed_in(late_email);
  ASSERT_EQ(late->submit(late->get(late_booking + "/cancel"), late_booking + "/cancel", {}).status,
            303);
  set_clock("2026-03-16T13:00:00Z");
  const Id absent_id = std::stoll(absent_booking.substr(absent_booking.rfind('/') + 1));
  ASSERT_TRUE(mark_attendance(context(), caller_for(trainer_email), session_id,
                              {{absent_id, "did_not_attend"}})
                  .ok());

  // This month by default, as the trainer's page.
  auto trainer = signed_in(trainer_email);
  HttpResult shown = trainer->get("/training-charges");
  ASSERT_EQ(shown.status, 200) << shown.body;
  auto page = html::Document::parse(shown.body);
  EXPECT_EQ(text_of(page, "main h1"), "Charges for late cancellations and no-shows");
  EXPECT_EQ(text_of(page, "main .govuk-caption-l"), "1 March 2026 to 31 March 2026");
  const auto* fay = row_for(page, "No agency given");
  ASSERT_NE(fay, nullptr);
  std::vector<std::string> cells;
  for (const auto* cell : fay->select("td")) cells.push_back(cell->normalised_text());
  EXPECT_EQ(cells, (std::vector<std::string>{"No agency given", "1", "1", "£70.00"}));
  EXPECT_NE(shown.body.find("Did not attend"), std::string::npos);
  const auto* csv_link = main_link(page, "/training-charges/csv?");
  ASSERT_NE(csv_link, nullptr);
  HttpResult csv = trainer->get(csv_link->attribute("href").value_or(""));
  ASSERT_EQ(csv.status, 200);
  EXPECT_NE(csv.body.find("\r\n,Fay Lowe,fay.lowe@clinic.example,Case reviews,2026-03-16,Half "
                          "day,Late cancellation,£35.00,"),
            std::string::npos)
      << csv.body;
  EXPECT_NE(csv.body.find(",Gus Hart,gus.hart@clinic.example,Case reviews,2026-03-16,Half "
                          "day,Did not attend,£35.00,"),
            std::string::npos)
      << csv.body;

  // A wrong date is named, and changes nothing.
  HttpResult wrong = trainer->get(
      "/training-charges?from-day=30&from-month=2&from-year=2026&to-day=31&to-month=3&to-year="
      "2026");
  EXPECT_EQ(wrong.status, 422);
  EXPECT_EQ(text_of(html::Document::parse(wrong.body), ".govuk-error-summary__list a"),
            "Start date must be a real date");

  // The API, with the same figures; trainers only.
  const std::string token = api_token_for(trainer_email);
  HttpResult answer = api("GET", "/api/v1/charges?from=2026-03-01&to=2026-03-31", token);
  ASSERT_EQ(answer.status, 200) << answer.body;
  auto document = parse_json(answer.body).extract<Poco::JSON::Object::Ptr>();
  EXPECT_EQ(document->getValue<long long>("total_pence"), 7000);
  EXPECT_EQ(document->getValue<int>("total"), 2);
  auto charges = document->getArray("charges");
  ASSERT_EQ(charges->size(), 2u);
  std::set<std::string> reasons;
  for (std::size_t i = 0; i < charges->size(); ++i)
    reasons.insert(charges->getObject(static_cast<unsigned>(i))->getValue<std::string>("reason"));
  EXPECT_EQ(reasons, (std::set<std::string>{"late_cancellation", "no_show"}));
  HttpResult bad = api("GET", "/api/v1/charges?from=2026-03-01", token);
  EXPECT_EQ(bad.status, 422);
  EXPECT_NE(bad.body.find("\"to\""), std::string::npos) << bad.body;
  EXPECT_EQ(
      api("GET", "/api/v1/charges?from=2026-03-01&to=2026-03-31", api_token_for(learner_email))
          .status,
      403);
  EXPECT_EQ(signed_in(learner_email)->get("/training-charges").status, 403);
}

TEST_P(TrainingPagesTest, TrainerPagesAreRefusedToLearnersAndAnotherPersonsBookingIsNotFound) {
  const Id session_id = session_of(published_course("Case reviews"), 5);
  auto learner = signed_in(learner_email);
  auto other = signed_in(new_learner("Cal Reyes"));
  const std::string booking = path_of(book(*other, session_id).header("location"));
  const std::string session = "/training-sessions/" + std::to_string(session_id);
  for (const std::string& path :
       {session, session + "/register", session + "/register/csv", session + "/cancel",
        std::string("/courses/new"), std::string("/training-sessions")}) {
    EXPECT_EQ(learner->get(path).status, 403) << path;
  }
  EXPECT_EQ(learner->get(booking).status, 404);
  EXPECT_EQ(learner->get(booking + "/calendar").status, 404);
  EXPECT_EQ(learner->submit(learner->get("/my-training"), booking + "/cancel", {}).status, 404);
}

TEST_P(TrainingPagesTest, ATrainerAddsPlacesCopiesASessionAndCancelsItWithAReason) {
  const Id course_id = published_course("Case reviews");
  auto trainer = signed_in(trainer_email);

  // Scheduling: the form names each problem; a good session lands on its own page.
  const std::string new_session = "/courses/" + std::to_string(course_id) + "/sessions/new";
  HttpResult form = trainer->get(new_session);
  ASSERT_EQ(form.status, 200);
  auto form_page = html::Document::parse(form.body);
  EXPECT_EQ(form_page.select_one("input#booking_cutoff")->attribute("value"), "2");
  // Rule TRN-2: a new session starts with the partnership's cancellation cut-off (default 3).
  EXPECT_EQ(form_page.select_one("input#cancellation_cutoff")->attribute("value"), "3");
  HttpResult wrong = trainer->submit(form, new_session,
                                     {{"date-day", "16"},
                                      {"date-month", "3"},
                                      {"date-year", "2026"},
                                      {"start_time", "09:30"},
                                      {"end_time", "09:00"},
                                      {"format", "in_person"},
                                      {"venue", ""},
                                      {"capacity", "0"},
                                      {"booking_cutoff", "2"},
                                      {"cancellation_cutoff", "2"}});
  EXPECT_EQ(wrong.status, 422);
  auto wrong_page = html::Document::parse(wrong.body);
  EXPECT_NE(wrong_page.select_one("#end_time-error"), nullptr);
  EXPECT_NE(wrong_page.select_one("#venue-error"), nullptr);
  EXPECT_NE(wrong_page.select_one("#capacity-error"), nullptr);
  EXPECT_EQ(wrong_page.select_one("input#date-day")->attribute("value"), "16")
      << "what was typed is kept";
  HttpResult created = trainer->submit(form, new_session,
                                       {{"date-day", "16"},
                                        {"date-month", "3"},
                                        {"date-year", "2026"},
                                        {"start_time", "09:30"},
                                        {"end_time", "12:00"},
                                        {"format", "in_person"},
                                        {"venue", "Northbrook Civic Centre"},
                                        {"capacity", "1"},
                                        {"booking_cutoff", "2"},
                                        {"cancellation_cutoff", "2"}});
  ASSERT_EQ(created.status, 303) << created.body;
  const std::string session = path_of(created.header("location"));
  EXPECT_TRUE(std::regex_match(session, std::regex("/training-sessions/[0-9]+"))) << session;
  const Id session_id = std::stoll(session.substr(session.rfind('/') + 1));

  // One booked, one waiting; two more places books the waiting person at once.
  auto first = signed_in(learner_email);
  auto second = signed_in(new_learner("Eve Tran"));
  book(*first, session_id);
  const std::string waiting = path_of(book(*second, session_id).header("location"));
  auto overview = html::Document::parse(trainer->get(session).body);
  ASSERT_EQ(overview.select("main table").size(), 2u) << "booked and waiting lists";
  EXPECT_EQ(overview.select("main table")[1]->select("tbody tr").size(), 1u);

  HttpResult capacity = trainer->get(session + "/capacity");
  ASSERT_EQ(capacity.status, 200);
  EXPECT_EQ(trainer->submit(capacity, session + "/capacity", {{"capacity", "0"}}).status, 422);
  HttpResult enlarged = trainer->submit(capacity, session + "/capacity", {{"capacity", "3"}});
  ASSERT_EQ(enlarged.status, 303) << enlarged.body;
  auto promoted = html::Document::parse(second->get(waiting).body);
  EXPECT_EQ(text_of(promoted, "main .govuk-summary-list .govuk-tag"), "Booked");

  // Copy to a new date: a new session with nobody booked.
  HttpResult copy = trainer->get(session + "/copy");
  HttpResult copied = trainer->submit(
      copy, session + "/copy", {{"date-day", "23"}, {"date-month", "3"}, {"date-year", "2026"}});
  ASSERT_EQ(copied.status, 303) << copied.body;
  EXPECT_NE(path_of(copied.header("location")), session);
  auto copy_page = html::Document::parse(trainer->get(copied.header("location")).body);
  EXPECT_EQ(text_of(copy_page, "main h1"), "Monday 23 March 2026");

  // Cancelling asks first and needs a reason; then every place is cancelled.
  HttpResult question = trainer->get(session + "/cancel");
  EXPECT_EQ(text_of(html::Document::parse(question.body), "main h1"),
            "Are you sure you want to cancel this session?");
  HttpResult no_reason = trainer->submit(question, session + "/cancel", {{"reason", ""}});
  EXPECT_EQ(no_reason.status, 422);
  EXPECT_NE(html::Document::parse(no_reason.body).select_one("#reason-error"), nullptr);
  HttpResult cancelled =
      trainer->submit(question, session + "/cancel", {{"reason", "The trainer is unwell."}});
  ASSERT_EQ(cancelled.status, 303) << cancelled.body;
  auto after = html::Document::parse(second->get(waiting).body);
  EXPECT_EQ(text_of(after, "main .govuk-summary-list .govuk-tag").find("Booked"), std::string::npos)
      << text_of(after, "main .govuk-summary-list .govuk-tag");
}

TEST_P(TrainingPagesTest, TheRegisterCsvCannotBeRunAsAFormulaBySpreadsheets) {
  const Id session_id = session_of(published_course("Case reviews"), 5);
  auto learner = signed_in(new_learner("=HYPERLINK(evil)"));
  ASSERT_EQ(book(*learner, session_id).status, 303);
  auto trainer = signed_in(trainer_email);
  HttpResult csv =
      trainer->get("/training-sessions/" + std::to_string(session_id) + "/register/csv");
  ASSERT_EQ(csv.status, 200);
  EXPECT_NE(csv.body.find("'=HYPERLINK(evil)"), std::string::npos) << csv.body;
  EXPECT_EQ(csv.body.find(",="), std::string::npos) << "no cell begins with =";
  EXPECT_EQ(csv.body.find("\n="), std::string::npos) << "no line begins with =";
  EXPECT_EQ(csv.body.find(",\"="), std::string::npos) << "not even a quoted one";
}

// ---------------------------------------------------------------------------------------------
// Attendance, evaluation, certificates

TEST_P(TrainingPagesTest, TheRegisterIssuesACertificateOnlyAfterAttendanceAndAnyoneCanVerifyIt) {
  const Id session_id = session_of(published_course("Case reviews <for> \"everyone\""), 5);
  auto learner = signed_in(learner_email);
  const std::string booking = path_of(book(*learner, session_id).header("location"));
  auto trainer = signed_in(trainer_email);
  const std::string session = "/training-sessions/" + std::to_string(session_id);

  // The trainer's page shows who is booked, and the joining link.
  HttpResult session_page = trainer->get(session);
  ASSERT_EQ(session_page.status, 200);
  auto overview = html::Document::parse(session_page.body);
  EXPECT_NE(session_page.body.find(joining_link), std::string::npos);
  ASSERT_EQ(overview.select("main table tbody tr").size(), 1u);

  EXPECT_EQ(row_link(row_for(html::Document::parse(learner->get("/my-training").body),
                             "Case reviews <for> \"everyone\""),
                     "/certificates/"),
            "");

  // Before the session starts the register is neither offered nor shown (issue 10, item 12),
  // and marking it is refused; cancelling is offered.
  EXPECT_EQ(overview.select_one("main a[href='" + session + "/register']"), nullptr);
  EXPECT_NE(overview.select_one("main a[href='" + session + "/cancel']"), nullptr);
  HttpResult register_form = trainer->get(session + "/register");
  ASSERT_EQ(register_form.status, 200);
  EXPECT_TRUE(
      html::Document::parse(register_form.body).select("main form input[type=radio]").empty());
  const std::string field =
      "attendance-" + path_of(booking).substr(path_of(booking).rfind('/') + 1);
  EXPECT_EQ(trainer->submit(register_form, session + "/register", {{field, "attended"}}).status,
            409);

  set_clock("2026-03-16T13:00:00Z");  // after the session; everyone signs in again
  trainer = signed_in(trainer_email);
  learner = signed_in(learner_email);
  // A session that is over offers the register but no longer "Cancel session".
  const auto past = html::Document::parse(trainer->get(session).body);
  EXPECT_NE(past.select_one("main a[href='" + session + "/register']"), nullptr);
  EXPECT_EQ(past.select_one("main a[href='" + session + "/cancel']"), nullptr);
  register_form = trainer->get(session + "/register");
  const auto radios =
      html::Document::parse(register_form.body).select("main form input[type=radio]");
  ASSERT_EQ(radios.size(), 3u);
  EXPECT_EQ(radios[0]->attribute("name").value_or(""), field);
  HttpResult saved = trainer->submit(register_form, session + "/register", {{field, "attended"}});
  ASSERT_EQ(saved.status, 303) << saved.body;

  HttpResult csv = trainer->get(session + "/register/csv");
  ASSERT_EQ(csv.status, 200);
  EXPECT_EQ(csv.header("content-type").rfind("text/csv", 0), 0u) << csv.header("content-type");
  EXPECT_EQ(csv.header("content-disposition").rfind("attachment", 0), 0u);
  EXPECT_NE(csv.body.find("Demonstration Practitioner"), std::string::npos) << csv.body;
  EXPECT_NE(csv.body.find("\r\n"), std::string::npos);

  // The learner gives feedback and downloads the certificate.
  HttpResult evaluation = learner->get(booking + "/evaluation");
  ASSERT_EQ(evaluation.status, 200);
  HttpResult incomplete =
      learner->submit(evaluation, booking + "/evaluation", {{"usefulness", ""}});
  EXPECT_EQ(incomplete.status, 422);
  EXPECT_NE(html::Document::parse(incomplete.body).select_one("#usefulness-error"), nullptr);
  HttpResult sent = learner->submit(
      evaluation, booking + "/evaluation",
      {{"usefulness", "5"}, {"what_will_you_do_differently", "Share chronologies sooner."}});
  ASSERT_EQ(sent.status, 303) << sent.body;

  auto mine = html::Document::parse(learner->get("/my-training").body);
  const html::Node* certificate_row = nullptr;
  for (const auto* row : mine.select("main table tbody tr")) {
    const auto* cell = row->select_one("td");
    if (cell && cell->normalised_text() == "Case reviews <for> \"everyone\"" &&
        row->select_one(".cr-certificate-code")) {
      certificate_row = row;
    }
  }
  ASSERT_NE(certificate_row, nullptr) << "a certificate for the course attended";
  const std::string download = row_link(certificate_row, "/certificates/");
  HttpResult pdf = learner->get(download);
  ASSERT_EQ(pdf.status, 200);
  EXPECT_EQ(pdf.header("content-type"), "application/pdf");
  EXPECT_EQ(pdf.header("content-disposition").rfind("attachment", 0), 0u);
  EXPECT_EQ(pdf.body.rfind("%PDF-", 0), 0u);
  const std::string code = certificate_row->select_one(".cr-certificate-code")->normalised_text();
  EXPECT_TRUE(std::regex_match(code, std::regex("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}"))) << code;

  // Anyone can verify it, signed in or not; the holder alone may download it.
  EXPECT_EQ(trainer->get(download).status, 404);
  HttpResult verified = get("/certificates/verify?code=" + code);
  ASSERT_EQ(verified.status, 200);
  auto verified_page = html::Document::parse(verified.body);
  EXPECT_EQ(text_of(verified_page, "main .govuk-panel__title"), "This certificate is valid");
  std::map<std::string, std::string> rows;
  for (const auto* row : verified_page.select("main .govuk-summary-list__row")) {
    rows[row->select_one(".govuk-summary-list__key")->normalised_text()] =
        row->select_one(".govuk-summary-list__value")->normalised_text();
  }
  EXPECT_EQ(rows["Name"], "Demonstration Practitioner");
  EXPECT_EQ(rows["Course"], "Case reviews <for> \"everyone\"");
  EXPECT_EQ(rows["Date"], "16 March 2026");

  HttpResult made_up = get("/certificates/verify?code=AAAA-CCCC-DDDD");
  EXPECT_EQ(made_up.status, 404);
  auto made_up_page = html::Document::parse(made_up.body);
  EXPECT_EQ(text_of(made_up_page, "main h1"), "We could not find a certificate with that code");
  EXPECT_TRUE(made_up_page.select("main .govuk-summary-list").empty());
  HttpResult blank = get("/certificates/verify?code=");
  EXPECT_EQ(blank.status, 422);
  EXPECT_EQ(get("/certificates/verify").status, 200);
}

// Rule TRN-8 on the pages: the register's button makes the code and shows it; the learner's
// booking page asks for it while the session runs; the register then shows when they signed in
// and has "Attended" chosen for them.
TEST_P(TrainingPagesTest, ALearnerSignsInWithTheCodeTheRegisterShows) {
  const Id session_id = session_of(published_course("Signing in on the pages"), 5);
  auto learner = signed_in(learner_email);
  const std::string booking = path_of(book(*learner, session_id).header("location"));
  auto trainer = signed_in(trainer_email);
  const std::string register_path =
      "/training-sessions/" + std::to_string(session_id) + "/register";

  HttpResult before = trainer->get(register_path);
  ASSERT_EQ(before.status, 200);
  EXPECT_TRUE(html::Document::parse(before.body).select("#attendance-code").empty());
  HttpResult made = trainer->submit(
      before, register_path.substr(0, register_path.rfind('/')) + "/attendance-code", {});
  ASSERT_EQ(made.status, 303);
  const auto with_code = html::Document::parse(trainer->get(register_path).body);
  const auto* shown = with_code.select_one("#attendance-code");
  ASSERT_NE(shown, nullptr);
  const std::string code = shown->normalised_text();
  EXPECT_EQ(code.size(), 6u);

  // Before the start the booking page has no form for it.
  EXPECT_TRUE(html::Document::parse(learner->get(booking).body).select("input[name=code]").empty());
  set_clock("2026-03-16T09:45:00Z");
  learner = signed_in(learner_email);
  trainer = signed_in(trainer_email);
  HttpResult page = learner->get(booking);
  ASSERT_FALSE(html::Document::parse(page.body).select("input[name=code]").empty());
  HttpResult wrong = learner->submit(page, booking + "/sign-in", {{"code", "K7"}});
  EXPECT_EQ(wrong.status, 422);
  auto wrong_page = html::Document::parse(wrong.body);
  EXPECT_EQ(text_of(wrong_page, ".govuk-error-summary a"),
            "Enter the code as your trainer shows it, like K7MQ4R");
  EXPECT_NE(wrong_page.select_one(".govuk-error-summary a[href='#code']"), nullptr);
  HttpResult right = learner->submit(page, booking + "/sign-in", {{"code", code}});
  ASSERT_EQ(right.status, 303);
  const auto signed_in_page = html::Document::parse(learner->get(right.header("location")).body);
  EXPECT_EQ(text_of(signed_in_page, ".govuk-notification-banner__heading"),
            "You are signed in to the session");
  EXPECT_TRUE(signed_in_page.select("input[name=code]").empty());

  const auto marked = html::Document::parse(trainer->get(register_path).body);
  EXPECT_NE(text_of(marked, "main").find("Signed in with the code at 16 March 2026 at 9:45am"),
            std::string::npos);
  bool attended_chosen = false;
  for (const auto* radio : marked.select("main input[type=radio]"))
    attended_chosen |= radio->attribute("value") == "attended" && radio->has_attribute("checked");
  EXPECT_TRUE(attended_chosen);
}

// Issue 18, trainers: the feedback given on the day, without names, and a booking's history,
// for the trainer (and for the holder: their own booking only).
TEST_P(TrainingPagesTest, TheTrainerReadsTheFeedbackWithoutNamesAndEachBookingsHistory) {
  const Id session_id = session_of(published_course("Feedback and history"), 5);
  auto learner = signed_in(learner_email);
  const std::string booking = path_of(book(*learner, session_id).header("location"));
  const Id booking_id = std::stoll(booking.substr(booking.rfind('/') + 1));
  set_clock("2026-03-16T13:00:00Z");
  ASSERT_TRUE(
      mark_attendance(context(), caller_for(trainer_email), session_id, {{booking_id, "attended"}})
          .ok());
  ASSERT_TRUE(submit_evaluation(context(), caller_for(learner_email), booking_id,
                                {"4", "Ask for the chronology <sooner>", ""})
                  .ok());
  auto trainer = signed_in(trainer_email);
  learner = signed_in(learner_email);
  const std::string session = "/training-sessions/" + std::to_string(session_id);

  const auto register_page = html::Document::parse(trainer->get(session + "/register").body);
  EXPECT_NE(register_page.select_one("main a[href='" + session + "/evaluations']"), nullptr);
  HttpResult feedback = trainer->get(session + "/evaluations");
  ASSERT_EQ(feedback.status, 200);
  const auto feedback_page = html::Document::parse(feedback.body);
  const std::string feedback_text = text_of(feedback_page, "main");
  EXPECT_NE(feedback_text.find("1 person gave feedback"), std::string::npos);
  EXPECT_NE(feedback_text.find("4.0 out of 5"), std::string::npos);
  EXPECT_NE(feedback_text.find("Ask for the chronology <sooner>"), std::string::npos);
  EXPECT_EQ(feedback_text.find("Demonstration Practitioner"), std::string::npos)
      << "the feedback never names who gave it";
  EXPECT_EQ(learner->get(session + "/evaluations").status, 403);

  const std::string history = booking + "/history";
  bool history_linked = false;
  for (const auto* link : register_page.select("main a"))
    history_linked |= link->attribute("href").value_or("").rfind(history, 0) == 0;
  EXPECT_TRUE(history_linked);
  HttpResult trainer_view = trainer->get(history);
  ASSERT_EQ(trainer_view.status, 200);
  std::vector<std::string> states;
  const auto history_page = html::Document::parse(trainer_view.body);
  for (const auto* row : history_page.select("main tbody tr"))
    states.push_back(row->select("td").at(1)->normalised_text());
  EXPECT_EQ(states, (std::vector<std::string>{"Requested", "Booked", "Attended"}));
  EXPECT_EQ(learner->get(history).status, 200);
  auto stranger = signed_in(new_learner("Someone Else"));
  EXPECT_EQ(stranger->get(history).status, 404);
}

// Issue 18, trainers: another trainer for a session, named by email address.
TEST_P(TrainingPagesTest, ATrainerHandsTheSessionToTheBusinessManager) {
  const Id session_id = session_of(published_course("Handed over"), 5);
  auto trainer = signed_in(trainer_email);
  const std::string path = "/training-sessions/" + std::to_string(session_id) + "/trainer";
  const auto session_page =
      html::Document::parse(trainer->get("/training-sessions/" + std::to_string(session_id)).body);
  EXPECT_NE(session_page.select_one("main a[href='" + path + "']"), nullptr);
  HttpResult form = trainer->get(path);
  ASSERT_EQ(form.status, 200);
  HttpResult wrong = trainer->submit(form, path, {{"email", learner_email}});
  EXPECT_EQ(wrong.status, 422);
  auto wrong_page = html::Document::parse(wrong.body);
  EXPECT_EQ(text_of(wrong_page, ".govuk-error-summary a"),
            "Enter the email address of a trainer or business manager of this partnership");
  EXPECT_EQ(wrong_page.select_one("input#email")->attribute("value"), learner_email);
  HttpResult changed = trainer->submit(form, path, {{"email", "manager@northbrook.example"}});
  ASSERT_EQ(changed.status, 303) << changed.body;
  const auto after = html::Document::parse(trainer->get(changed.header("location")).body);
  EXPECT_EQ(text_of(after, ".govuk-notification-banner__heading"), "Trainer changed");
  EXPECT_EQ(trainer->get(path).status, 200) << "any trainer of the partnership may still change it";
  auto learner = signed_in(learner_email);
  EXPECT_EQ(learner->get(path).status, 403);
}

// ---------------------------------------------------------------------------------------------
// The API

TEST_P(TrainingApiTest, ListsCoursesAndSessionsWithPlacesWaitingAndTheCutOff) {
  const Id course_id = published_course("Case reviews");
  session_of(course_id, 3);
  const std::string token = api_token_for(learner_email);
  EXPECT_EQ(get("/api/v1/courses").status, 401);

  HttpResult courses = api("GET", "/api/v1/courses", token);
  ASSERT_EQ(courses.status, 200);
  auto list = parse_json(courses.body).extract<Poco::JSON::Array::Ptr>();
  bool found = false;
  for (std::size_t i = 0; i < list->size(); ++i) {
    found |= list->getObject(static_cast<unsigned>(i))->getValue<Poco::Int64>("id") == course_id;
  }
  EXPECT_TRUE(found) << courses.body;

  HttpResult sessions =
      api("GET", "/api/v1/courses/" + std::to_string(course_id) + "/sessions", token);
  ASSERT_EQ(sessions.status, 200);
  auto array = parse_json(sessions.body).extract<Poco::JSON::Array::Ptr>();
  ASSERT_EQ(array->size(), 1u);
  auto session = array->getObject(0);
  EXPECT_EQ(session->getValue<int>("places_left"), 3);
  EXPECT_EQ(session->getValue<int>("waiting_list_length"), 0);
  EXPECT_EQ(session->getValue<std::string>("booking_closes_on"), "2026-03-12");
  EXPECT_EQ(session->getValue<std::string>("date"), "2026-03-16");
  EXPECT_FALSE(session->has("joining_link"));
  EXPECT_EQ(api("GET", "/api/v1/courses/999999/sessions", token).status, 404);
}

TEST_P(TrainingApiTest, BooksForTheCallerOnlyAndRefusesABodyNamingAnyone) {
  const Id session_id = session_of(published_course("Case reviews"), 1);
  const std::string token = api_token_for(learner_email);
  const std::string bookings = "/api/v1/sessions/" + std::to_string(session_id) + "/bookings";

  HttpResult for_someone = api("POST", bookings, token, R"({"user_id": 3})");
  EXPECT_EQ(for_someone.status, 422);
  EXPECT_EQ(for_someone.header("content-type"), "application/problem+json");
  EXPECT_NE(for_someone.body.find("yourself only"), std::string::npos) << for_someone.body;
  EXPECT_EQ(api("POST", bookings, token, R"({"email": "someone@else.example"})").status, 422);

  HttpResult booked = api("POST", bookings, token, "{}");
  ASSERT_EQ(booked.status, 201) << booked.body;
  auto result = parse_json(booked.body).extract<Poco::JSON::Object::Ptr>();
  EXPECT_EQ(result->getValue<std::string>("status"), "booked");
  EXPECT_FALSE(result->has("position"));
  const Id booking_id = result->getValue<Poco::Int64>("id");
  // Issue 17 item 8: the Location of a new booking answers GET.
  HttpResult mine = api("GET", booked.header("location"), token);
  ASSERT_EQ(mine.status, 200) << mine.body;
  auto shown = parse_json(mine.body).extract<Poco::JSON::Object::Ptr>();
  EXPECT_EQ(shown->getValue<Poco::Int64>("id"), booking_id);
  EXPECT_EQ(shown->getValue<Poco::Int64>("session_id"), session_id);
  EXPECT_EQ(shown->getValue<std::string>("status"), "booked");
  EXPECT_EQ(shown->getValue<std::string>("course_title"), "Case reviews");

  HttpResult twice = api("POST", bookings, token);
  EXPECT_EQ(twice.status, 409);
  EXPECT_EQ(twice.header("content-type"), "application/problem+json");

  const std::string other = api_token_for(new_learner("Dee Marsh"));
  HttpResult waiting = api("POST", bookings, other);
  ASSERT_EQ(waiting.status, 201);
  auto waiting_result = parse_json(waiting.body).extract<Poco::JSON::Object::Ptr>();
  EXPECT_EQ(waiting_result->getValue<std::string>("status"), "waiting");
  EXPECT_EQ(waiting_result->getValue<int>("position"), 1);

  EXPECT_EQ(api("GET", waiting.header("location"), other).status, 200);
  EXPECT_EQ(api("GET", "/api/v1/bookings/" + std::to_string(booking_id), other).status, 404)
      << "another person's booking";
  EXPECT_EQ(api("DELETE", "/api/v1/bookings/" + std::to_string(booking_id), other).status, 404)
      << "another person's booking";
  EXPECT_EQ(api("DELETE", "/api/v1/bookings/" + std::to_string(booking_id), token).status, 204);
  EXPECT_EQ(api("DELETE", "/api/v1/bookings/" + std::to_string(booking_id), token).status, 409);
}

TEST_P(TrainingApiTest, RefusesBookingAfterTheCutOffWithTheReason) {
  const Id session_id = session_of(published_course("Case reviews"), 4);
  const std::string token = api_token_for(learner_email);
  set_clock("2026-03-13T09:00:00Z");
  HttpResult late =
      api("POST", "/api/v1/sessions/" + std::to_string(session_id) + "/bookings", token);
  EXPECT_EQ(late.status, 409);
  auto problem = parse_json(late.body).extract<Poco::JSON::Object::Ptr>();
  EXPECT_NE(problem->getValue<std::string>("detail").find("12 March 2026"), std::string::npos)
      << late.body;
}

TEST_P(TrainingApiTest, TrainersMarkAttendanceAndAnyoneVerifiesACertificate) {
  const Id session_id = session_of(published_course("Attendance through the API"), 4);
  const std::string learner = api_token_for(learner_email);
  const std::string trainer = api_token_for(trainer_email);
  HttpResult booked =
      api("POST", "/api/v1/sessions/" + std::to_string(session_id) + "/bookings", learner);
  ASSERT_EQ(booked.status, 201);
  const auto booking_id =
      parse_json(booked.body).extract<Poco::JSON::Object::Ptr>()->getValue<Poco::Int64>("id");
  const std::string attendance = "/api/v1/sessions/" + std::to_string(session_id) + "/attendance";
  const std::string marks =
      R"([{"booking_id": )" + std::to_string(booking_id) + R"(, "attendance": "attended"}])";

  set_clock("2026-03-16T13:00:00Z");
  EXPECT_EQ(api("POST", attendance, learner, marks).status, 403);
  EXPECT_EQ(api("POST", attendance, trainer, R"({"booking_id": 1})").status, 422);
  EXPECT_EQ(
      api("POST", attendance, trainer,
          R"([{"booking_id": )" + std::to_string(booking_id) + R"(, "attendance": "asleep"}])")
          .status,
      422);
  ASSERT_EQ(api("POST", attendance, trainer, marks).status, 204);

  // GET /api/v1/my-training: the attended booking among the past ones, and its certificate.
  HttpResult mine_api = api("GET", "/api/v1/my-training", learner);
  ASSERT_EQ(mine_api.status, 200) << mine_api.body;
  auto training = parse_json(mine_api.body).extract<Poco::JSON::Object::Ptr>();
  bool attended_listed = false;
  auto past = training->getArray("past");
  for (std::size_t i = 0; i < past->size(); ++i) {
    auto item = past->getObject(static_cast<unsigned>(i));
    attended_listed |= item->getValue<Poco::Int64>("id") == booking_id &&
                       item->getValue<std::string>("status") == "attended";
  }
  EXPECT_TRUE(attended_listed) << mine_api.body;
  EXPECT_TRUE(training->getArray("bookings")->size() == 0 ||
              training->getArray("bookings")->getObject(0)->has("course_title"));
  auto certificates = training->getArray("certificates");
  bool certificate_listed = false;
  for (std::size_t i = 0; i < certificates->size(); ++i) {
    auto item = certificates->getObject(static_cast<unsigned>(i));
    if (item->getValue<std::string>("course") != "Attendance through the API") continue;
    certificate_listed = true;
    EXPECT_TRUE(std::regex_match(item->getValue<std::string>("code"),
                                 std::regex("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}")));
    EXPECT_EQ(item->getValue<std::string>("date"), "2026-03-16");
    EXPECT_TRUE(item->isNull("renewal_due_on"));
  }
  EXPECT_TRUE(certificate_listed) << mine_api.body;
  EXPECT_EQ(testing_support::http_get(server_->port(), "/api/v1/my-training").status, 401);

  auto browser = signed_in(learner_email);
  std::string code;
  const auto mine = html::Document::parse(browser->get("/my-training").body);
  for (const auto* row : mine.select("main table tbody tr")) {
    const auto* cell = row->select_one("td");
    const auto* shown = row->select_one(".cr-certificate-code");
    if (cell && shown && cell->normalised_text() == "Attendance through the API")
      code = shown->normalised_text();
  }
  HttpResult verified = get("/api/v1/certificates/" + code);
  ASSERT_EQ(verified.status, 200) << code;
  auto document = parse_json(verified.body).extract<Poco::JSON::Object::Ptr>();
  EXPECT_TRUE(document->getValue<bool>("valid"));
  EXPECT_EQ(document->getValue<std::string>("name"), "Demonstration Practitioner");
  EXPECT_EQ(document->getValue<std::string>("course"), "Attendance through the API");
  EXPECT_EQ(document->getValue<std::string>("date"), "2026-03-16");
  HttpResult unknown = get("/api/v1/certificates/AAAA-CCCC-DDDD");
  EXPECT_EQ(unknown.status, 404);
  EXPECT_EQ(unknown.body.find("name"), std::string::npos);
}

// Rule TRN-8 through the API: the trainer's code, and signing in with it in its time only.
TEST_P(TrainingApiTest, TheTrainerShowsTheAttendanceCodeAndAPersonWithAPlaceSignsInWithIt) {
  const Id session_id = session_of(published_course("Signing in through the API"), 4);
  const std::string learner = api_token_for(learner_email);
  const std::string trainer = api_token_for(trainer_email);
  const std::string session = "/api/v1/sessions/" + std::to_string(session_id);
  ASSERT_EQ(api("POST", session + "/bookings", learner).status, 201);

  EXPECT_EQ(api("POST", session + "/attendance-code", learner).status, 403);
  HttpResult shown = api("POST", session + "/attendance-code", trainer);
  ASSERT_EQ(shown.status, 200) << shown.body;
  auto document = parse_json(shown.body).extract<Poco::JSON::Object::Ptr>();
  const std::string code = document->getValue<std::string>("code");
  EXPECT_TRUE(std::regex_match(code, std::regex("[ACDEFGHJKMNPQRTUVWXY34679]{6}"))) << code;
  EXPECT_EQ(document->getValue<std::string>("valid_from"), "2026-03-16T09:30:00Z");
  EXPECT_EQ(document->getValue<std::string>("valid_until"), "2026-03-16T12:30:00Z");

  const std::string body = R"({"code": ")" + code + R"("})";
  HttpResult early = api("POST", session + "/sign-in", learner, body);
  EXPECT_EQ(early.status, 422);
  EXPECT_NE(early.body.find("\"code\""), std::string::npos) << early.body;
  set_clock("2026-03-16T10:15:00Z");
  const std::string wrong = code == "AAAAAA" ? "CCCCCC" : "AAAAAA";
  EXPECT_EQ(api("POST", session + "/sign-in", learner, R"({"code": ")" + wrong + R"("})").status,
            422);
  EXPECT_EQ(api("POST", session + "/sign-in", learner, "not json").status, 422);
  EXPECT_EQ(api("POST", session + "/sign-in", trainer, body).status, 422)
      << "the trainer has no place on the session";
  HttpResult signed_in = api("POST", session + "/sign-in", learner, body);
  ASSERT_EQ(signed_in.status, 200) << signed_in.body;
  EXPECT_EQ(parse_json(signed_in.body)
                .extract<Poco::JSON::Object::Ptr>()
                ->getValue<std::string>("signed_in_at"),
            "2026-03-16T10:15:00Z");
  EXPECT_EQ(api("POST", "/api/v1/sessions/999999/sign-in", learner, body).status, 404);
}

TEST_P(TrainingApiTest, TheOpenApiDocumentDescribesEveryTrainingOperation) {
  auto document = parse_json(get("/api/v1/openapi").body).extract<Poco::JSON::Object::Ptr>();
  auto paths = document->getObject("paths");
  const std::vector<std::pair<std::string, std::string>> operations = {
      {"/courses", "get"},
      {"/courses/{course_id}/sessions", "get"},
      {"/sessions/{session_id}/bookings", "post"},
      {"/bookings/{booking_id}", "get"},
      {"/bookings/{booking_id}", "delete"},
      {"/my-training", "get"},
      {"/sessions/{session_id}/attendance", "post"},
      {"/sessions/{session_id}/attendance-code", "post"},
      {"/sessions/{session_id}/sign-in", "post"},
      {"/charges", "get"},
      {"/certificates/{code}", "get"}};
  for (const auto& [path, method] : operations) {
    ASSERT_TRUE(paths->has(path)) << path;
    EXPECT_TRUE(paths->getObject(path)->has(method)) << method << " " << path;
  }
  auto session =
      document->getObject("components")->getObject("schemas")->getObject("TrainingSession");
  auto required = session->getArray("required");
  for (const char* field : {"places_left", "waiting_list_length", "booking_closes_on"}) {
    bool listed = false;
    for (std::size_t i = 0; i < required->size(); ++i)
      listed |= required->getElement<std::string>(static_cast<unsigned>(i)) == field;
    EXPECT_TRUE(listed) << field;
  }
}

INSTANTIATE_TEST_SUITE_P(Engines, TrainingPagesTest,
                         ::testing::ValuesIn(testing_support::test_engines()),
                         testing_support::engine_test_name);
INSTANTIATE_TEST_SUITE_P(Engines, TrainingApiTest,
                         ::testing::ValuesIn(testing_support::test_engines()),
                         testing_support::engine_test_name);

}  // namespace
}  // namespace casereview::web
