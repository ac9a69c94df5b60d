// The review over real HTTP, on SQLite and on PostgreSQL, with the server's clock at the time the
// tests run, as the demonstration cases' dates are: commissioning the demonstration partnership's
// learning review through the API (Rule REV-1), its due date from the decision (Rule REV-2),
// pausing and resuming it, refusals field by field and out of order, and nobody else seeing it:
// another partnership's manager, an agency contributor, the Panel.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <gtest/gtest.h>

#include <fstream>

#include "app/clock.hpp"
#include "case_test_support.hpp"
#include "domain/review_timescale.hpp"
#include "domain/uk_time.hpp"

namespace casereview::web {
namespace {

namespace html = casereview::test::html;
using testing_support::HttpResult;

class ReviewPagesTest : public CaseServerTest {
 protected:
  // The server's clock is now, like the demonstration cases' dates (their decision is 30 working
  // days before the server first starts).
  ReviewPagesTest() {
    now_ = SystemClock().now();
    std::ofstream(clock_file_) << format_instant(now_) << "\n";
  }

  // The decision date of the case, from the API.
  CivilDate decided_on(const std::string& token, std::int64_t case_id) {
    const auto document = json_of(api("GET", "/api/v1/cases/" + std::to_string(case_id), token));
    return parse_iso_date("decided_on",
                          document->getObject("decision")->getValue<std::string>("decided_on"))
        .value();
  }

  // The dashboard's row of the case's review, of the "Reviews" table (the demonstration has a
  // review of its own); fails the test when there is none.
  std::vector<std::string> dashboard_review(const SignedInBrowser& browser, std::int64_t case_id) {
    const std::string reference = json_of(api("GET", "/api/v1/cases/" + std::to_string(case_id),
                                              api_token("manager@northbrook.example")))
                                      ->getValue<std::string>("reference");
    for (const auto& row :
         table_rows(html::Document::parse(browser.get("/dashboard").body), "Reviews"))
      if (!row.empty() && row.at(0) == reference) return row;
    ADD_FAILURE() << "no review of " << reference << " on the dashboard";
    return std::vector<std::string>(8);
  }

  static std::string commission_json(const std::string& agency_ids) {
    return R"({"methodology": "SCIE Learning Together", "scope_from": "2025-01-01",
               "scope_to": "2026-01-20", "agency_ids": )" +
           agency_ids + R"(, "rationale": "Two agencies knew the family.",
               "terms_of_reference": "## Key lines of enquiry\n\n- Safer sleep advice"})";
  }
};

// Rule REV-1 and Rule REV-2, by the API.
TEST_P(ReviewPagesTest, TheApiCommissionsTheReviewAndPausesAndResumesItsClock) {
  const std::string manager = api_token("manager@northbrook.example");
  const std::int64_t case_id = case_to_commission(manager);
  const std::string review_api = "/api/v1/cases/" + std::to_string(case_id) + "/review";
  EXPECT_EQ(api("GET", review_api, manager).status, 404);

  const HttpResult empty = api("POST", review_api, manager, "{}");
  EXPECT_EQ(empty.status, 422) << empty.body;
  EXPECT_EQ(problem_fields(empty),
            (std::vector<std::string>{"methodology", "scope_from", "scope_to", "agency_ids",
                                      "rationale", "terms_of_reference"}));
  const HttpResult bad_ids = api("POST", review_api, manager, commission_json(R"([-4])"));
  EXPECT_EQ(bad_ids.status, 422) << bad_ids.body;
  EXPECT_EQ(problem_fields(bad_ids), std::vector<std::string>{"agency_ids"});

  const std::string committee = api_token("committee@northbrook.example");
  const HttpResult created = api("POST", review_api, committee, commission_json("[1, 2]"));
  ASSERT_EQ(created.status, 201) << created.body;
  const auto review = json_of(created);
  EXPECT_EQ(review->getValue<std::string>("kind"), "learning_review");
  EXPECT_EQ(review->getValue<std::string>("stage"), "commissioned");
  const CivilDate decided = decided_on(manager, case_id);
  const CivilDate due = add_calendar_months(decided, 12).value();
  EXPECT_EQ(review->getValue<std::string>("due_on"), due.to_iso_string());
  EXPECT_TRUE(review->has("id"));
  EXPECT_EQ(api("POST", review_api, manager, commission_json("[1]")).status, 409);

  const HttpResult read = api("GET", review_api, api_token("notifier@northbrook.example"));
  ASSERT_EQ(read.status, 200) << read.body;
  EXPECT_EQ(json_of(read)->getArray("agencies")->size(), 2u);
  EXPECT_EQ(json_of(read)->getValue<std::string>("scope_to"), "2026-01-20");

  const std::string pause_on = R"(", "on": ")" + decided.add_days(10).to_iso_string() + R"("})";
  const std::string resume_on = R"({"on": ")" + decided.add_days(17).to_iso_string() + R"("})";
  const HttpResult no_reason =
      api("POST", review_api + "/pause", manager, R"({"reason": "other)" + pause_on);
  EXPECT_EQ(no_reason.status, 422) << no_reason.body;
  EXPECT_EQ(problem_fields(no_reason), std::vector<std::string>{"reason"});
  const HttpResult paused =
      api("POST", review_api + "/pause", manager, R"({"reason": "inquest)" + pause_on);
  ASSERT_EQ(paused.status, 200) << paused.body;
  EXPECT_EQ(json_of(paused)->getValue<std::string>("status"), "paused");
  EXPECT_EQ(api("POST", review_api + "/pause", manager, R"({"reason": "inquest)" + pause_on).status,
            409);
  const HttpResult resumed = api("POST", review_api + "/resume", committee, resume_on);
  ASSERT_EQ(resumed.status, 200) << resumed.body;
  EXPECT_EQ(json_of(resumed)->getValue<int>("days_paused"), 7);
  EXPECT_EQ(json_of(resumed)->getValue<std::string>("due_on"), due.add_days(7).to_iso_string());
  EXPECT_EQ(json_of(resumed)->getArray("pauses")->size(), 1u);
  EXPECT_EQ(api("POST", review_api + "/resume", committee, resume_on).status, 409);
}

TEST_P(ReviewPagesTest, NobodyOutsideThePartnershipOrWithoutTheRightSeesOrChangesTheReview) {
  const std::string manager = api_token("manager@northbrook.example");
  const std::int64_t case_id = case_to_commission(manager);
  const std::string review_api = "/api/v1/cases/" + std::to_string(case_id) + "/review";
  ASSERT_EQ(api("POST", review_api, manager, commission_json("[1]")).status, 201);

  add_account("manager@elsewhere.example", Role::manager, "ELS");
  const std::string elsewhere = api_token("manager@elsewhere.example");
  EXPECT_EQ(api("GET", review_api, elsewhere).status, 404);
  EXPECT_EQ(
      api("POST", review_api + "/pause", elsewhere, R"({"reason": "inquest", "on": "2020-01-01"})")
          .status,
      404);
  const std::string contributor = api_token("contributor@northbrook.example");
  EXPECT_EQ(api("GET", review_api, contributor).status, 404);
  EXPECT_EQ(api("POST", review_api + "/resume", contributor, R"({"on": "2020-01-01"})").status,
            403);
  EXPECT_EQ(api("GET", review_api, api_token("panel@national-panel.example")).status, 404);
  EXPECT_EQ(
      api("POST", review_api, api_token("notifier@northbrook.example"), commission_json("[1]"))
          .status,
      403);
}

// Rule REV-1 and Rule REV-2 on the pages: the case page's task, the form's errors, the review page
// with its status in words, and pausing and resuming it from its forms.
TEST_P(ReviewPagesTest, TheManagerCommissionsTheReviewFromTheCasePageAndPausesItOnItsPage) {
  const std::string manager_token = api_token("manager@northbrook.example");
  const std::int64_t case_id = case_to_commission(manager_token);
  const std::string case_path = "/cases/" + std::to_string(case_id);
  const SignedInBrowser manager = sign_in("manager@northbrook.example");
  const auto case_page = html::Document::parse(manager.get(case_path).body);
  const auto* task = case_page.select_one("a[href='" + case_path + "/review/commission']");
  ASSERT_NE(task, nullptr) << "the case page offers the task";
  EXPECT_EQ(task->normalised_text(), "Commission the review");

  const std::string form_path = case_path + "/review/commission";
  const HttpResult form = manager.get(form_path);
  ASSERT_EQ(form.status, 200);
  const auto form_page = html::Document::parse(form.body);
  EXPECT_EQ(form_page.select("input[name=agency_ids][checked]").size(), 2u)
      << "the case's agencies are in scope unless changed";
  EXPECT_NE(form_page.select_one("textarea[name=terms_of_reference]"), nullptr);
  const HttpResult empty = manager.post(form_path, {{"methodology", ""}});
  EXPECT_EQ(empty.status, 422);
  const auto errors = error_summary(html::Document::parse(empty.body));
  ASSERT_FALSE(errors.empty());
  EXPECT_EQ(errors[0].first, "#methodology");

  const HttpResult done = manager.post(form_path, {{"methodology", "other"},
                                                   {"methodology_other", "Appreciative inquiry"},
                                                   {"scope_from-day", "1"},
                                                   {"scope_from-month", "1"},
                                                   {"scope_from-year", "2025"},
                                                   {"scope_to-day", "20"},
                                                   {"scope_to-month", "1"},
                                                   {"scope_to-year", "2026"},
                                                   {"agency_ids", "1"},
                                                   {"rationale", "Proportionate."},
                                                   {"terms_of_reference", "## Lines\n\n- One"}});
  ASSERT_EQ(done.status, 303) << done.body;
  const std::string review_path = case_path + "/review";
  EXPECT_EQ(done.header("location"), review_path + "?done=commissioned");
  const auto review_page = html::Document::parse(manager.get(review_path).body);
  EXPECT_EQ(summary_value(review_page, "Methodology"), "Appreciative inquiry");
  EXPECT_EQ(summary_value(review_page, "Status"), "On track");
  EXPECT_EQ(summary_value(review_page, "Stage"), "Commissioned");
  // The terms of reference's Markdown: its "##" heading sits below the page's h2 sections.
  ASSERT_NE(review_page.select_one("main h4"), nullptr) << "the terms of reference's heading";
  EXPECT_EQ(review_page.select_one("main h4")->normalised_text(), "Lines");
  EXPECT_EQ(summary_value(html::Document::parse(manager.get(case_path).body), "Status"),
            "On track");
  EXPECT_EQ(manager.get(form_path).body.find("name=\"methodology\""), std::string::npos);
  // Rule REV-1: the case's own stage moves on, on the page and in the API's lists by stage (beside
  // the demonstration's CSPR, commissioned already).
  EXPECT_NE(html::Document::parse(manager.get(case_path).body)
                .select_one("main")
                ->normalised_text()
                .find("Review in progress"),
            std::string::npos);
  EXPECT_EQ(json_of(api("GET", "/api/v1/cases?stage=review_in_progress", manager_token))
                ->getArray("cases")
                ->size(),
            2u);
  // Rule REV-2: the dashboard lists the review with its status in words.
  const auto review_row = dashboard_review(manager, case_id);
  EXPECT_EQ(review_row.at(2), "Commissioned");
  EXPECT_EQ(review_row.at(5), "On track");

  const std::string paused_on = decided_on(manager_token, case_id).add_days(3).to_iso_string();
  const std::string day = paused_on.substr(8, 2), month = paused_on.substr(5, 2),
                    year = paused_on.substr(0, 4);
  const HttpResult no_reason = manager.post(
      review_path + "/pause", {{"on-day", day}, {"on-month", month}, {"on-year", year}});
  EXPECT_EQ(no_reason.status, 422);
  const HttpResult paused = manager.post(
      review_path + "/pause",
      {{"reason", "criminal_trial"}, {"on-day", day}, {"on-month", month}, {"on-year", year}});
  ASSERT_EQ(paused.status, 303) << paused.body;
  const auto paused_page = html::Document::parse(manager.get(review_path).body);
  EXPECT_EQ(summary_value(paused_page, "Status"), "Paused");
  EXPECT_NE(paused_page.select_one("form[action='" + review_path + "/resume']"), nullptr);
  EXPECT_EQ(table_rows(paused_page, "Pauses, oldest first").at(0).at(0), "Criminal trial");
  const HttpResult resumed = manager.post(
      review_path + "/resume", {{"on-day", day}, {"on-month", month}, {"on-year", year}});
  ASSERT_EQ(resumed.status, 303) << resumed.body;
  EXPECT_EQ(summary_value(html::Document::parse(manager.get(review_path).body), "Status"),
            "On track");
  const SignedInBrowser contributor = sign_in("contributor@northbrook.example");
  EXPECT_EQ(contributor.get(review_path).status, 404);
}

// Rule REV-3 by the API: a check is recorded (201), listed in the review with the next one's due
// date, and every missing field is named (422).
TEST_P(ReviewPagesTest, TheApiRecordsMonitoringChecks) {
  const std::string manager = api_token("manager@northbrook.example");
  const std::int64_t case_id = case_to_commission(manager);
  const std::string review_api = "/api/v1/cases/" + std::to_string(case_id) + "/review";
  ASSERT_EQ(api("POST", review_api, manager, commission_json("[1]")).status, 201);
  const HttpResult first = api("GET", review_api, manager);
  const auto next = json_of(first)->getObject("next_monitoring_check");
  EXPECT_EQ(next->getValue<std::string>("status"), "not_yet_due");

  const HttpResult empty = api("POST", review_api + "/monitoring-checks", manager, "{}");
  EXPECT_EQ(empty.status, 422) << empty.body;
  EXPECT_EQ(problem_fields(empty),
            (std::vector<std::string>{"checked_on", "outcome", "draft_requested"}));
  const std::string today = uk_date(now_).to_iso_string();
  const HttpResult concerns =
      api("POST", review_api + "/monitoring-checks", manager,
          R"({"checked_on": ")" + today + R"(", "outcome": "concerns", "draft_requested": false})");
  EXPECT_EQ(concerns.status, 422) << concerns.body;
  EXPECT_EQ(problem_fields(concerns), std::vector<std::string>{"note"});

  const std::string committee = api_token("committee@northbrook.example");
  const HttpResult recorded =
      api("POST", review_api + "/monitoring-checks", committee,
          R"({"checked_on": ")" + today +
              R"(", "outcome": "on_track", "note": "Good start", "draft_requested": true})");
  ASSERT_EQ(recorded.status, 201) << recorded.body;
  const auto checks = json_of(recorded)->getArray("monitoring_checks");
  ASSERT_EQ(checks->size(), 1u);
  EXPECT_EQ(checks->getObject(0)->getValue<std::string>("outcome"), "on_track");
  EXPECT_TRUE(checks->getObject(0)->getValue<bool>("draft_requested"));
  EXPECT_EQ(json_of(recorded)->getObject("next_monitoring_check")->getValue<std::string>("due_on"),
            uk_date(now_).add_days(42).to_iso_string());
  EXPECT_EQ(api("GET", review_api, manager).body.find("Good start") != std::string::npos, true);
  EXPECT_EQ(
      api("POST", review_api + "/monitoring-checks", api_token("notifier@northbrook.example"), "{}")
          .status,
      403);
}

// Rule REV-4 by the API: /me gives the caller's id; a reviewer reads and replaces their own
// affiliations (422 per item field); an appointment by id (a learning review: the affiliation is a
// warning only); Rule NTK-2: the appointed reviewer reads the review and the merged chronology,
// an unappointed reviewer and another partnership do not.
TEST_P(ReviewPagesTest, TheApiDeclaresAffiliationsAndAppointsAReviewerWhoThenSeesTheCase) {
  const std::string manager = api_token("manager@northbrook.example");
  const std::int64_t case_id = case_to_commission(manager);
  const std::string review_api = "/api/v1/cases/" + std::to_string(case_id) + "/review";
  const std::string chronology_api = "/api/v1/cases/" + std::to_string(case_id) + "/chronology";
  ASSERT_EQ(api("POST", review_api, manager, commission_json("[1]")).status, 201);

  const std::string reviewer = api_token("reviewer@northbrook.example");
  const HttpResult me = api("GET", "/api/v1/me", reviewer);
  ASSERT_EQ(me.status, 200) << me.body;
  const std::int64_t reviewer_id = json_of(me)->getValue<std::int64_t>("id");
  EXPECT_GT(reviewer_id, 0);

  EXPECT_EQ(api("GET", "/api/v1/account/affiliations", manager).status, 403);
  // The demonstration reviewer declared one affiliation, with another partnership.
  const HttpResult demonstration = api("GET", "/api/v1/account/affiliations", reviewer);
  ASSERT_EQ(demonstration.status, 200) << demonstration.body;
  const auto before = json_of(demonstration)->getArray("affiliations");
  ASSERT_EQ(before->size(), 1u);
  EXPECT_TRUE(before->getObject(0)->isNull("agency_id"));
  const HttpResult refused = api("PUT", "/api/v1/account/affiliations", reviewer,
                                 R"({"affiliations": [{"organisation": "A", "from": "2020-01-01"},
                                    {"organisation": "B", "from": "2020-01-01"},
                                    {"organisation": "C", "from": "2020-13-01"}]})");
  EXPECT_EQ(refused.status, 422) << refused.body;
  EXPECT_EQ(problem_fields(refused), std::vector<std::string>{"affiliations[2].from"});
  const HttpResult saved = api("PUT", "/api/v1/account/affiliations", reviewer,
                               R"({"affiliations": [{"agency_id": 1, "from": "2022-01-01"}]})");
  ASSERT_EQ(saved.status, 200) << saved.body;
  const auto declared = json_of(saved)->getArray("affiliations");
  ASSERT_EQ(declared->size(), 1u);
  EXPECT_EQ(declared->getObject(0)->getValue<std::int64_t>("agency_id"), 1);
  EXPECT_TRUE(declared->getObject(0)->isNull("to"));

  EXPECT_EQ(api("GET", review_api, reviewer).status, 404);
  EXPECT_EQ(api("GET", chronology_api, reviewer).status, 404);
  const HttpResult no_role = api("POST", review_api + "/reviewers", manager,
                                 R"({"user_id": )" + std::to_string(reviewer_id) + "}");
  EXPECT_EQ(no_role.status, 422) << no_role.body;
  EXPECT_EQ(problem_fields(no_role), std::vector<std::string>{"role"});
  const HttpResult appointed =
      api("POST", review_api + "/reviewers", manager,
          R"({"user_id": )" + std::to_string(reviewer_id) + R"(, "role": "lead_reviewer"})");
  ASSERT_EQ(appointed.status, 201) << appointed.body;
  const auto reviewers = json_of(appointed)->getArray("reviewers");
  ASSERT_EQ(reviewers->size(), 1u);
  EXPECT_EQ(reviewers->getObject(0)->getValue<std::string>("independence"), "warning");
  EXPECT_EQ(api("POST", review_api + "/reviewers", manager,
                R"({"user_id": )" + std::to_string(reviewer_id) + R"(, "role": "lead_reviewer"})")
                .status,
            409);

  EXPECT_EQ(api("GET", review_api, reviewer).status, 200);
  EXPECT_EQ(api("GET", chronology_api, reviewer).status, 200);
  add_account("other-reviewer@northbrook.example", Role::reviewer, "NBP");
  const std::string unappointed = api_token("other-reviewer@northbrook.example");
  EXPECT_EQ(api("GET", review_api, unappointed).status, 404);
  EXPECT_EQ(api("GET", chronology_api, unappointed).status, 404);
  add_account("reviewer@elsewhere.example", Role::reviewer, "ELS");
  EXPECT_EQ(api("GET", review_api, api_token("reviewer@elsewhere.example")).status, 404);
}

// Rule NTK-2 (need to know): a reviewer's "Your reviews" page lists the cases they are appointed
// to, with their role, the review's due date and links to its review page and merged chronology,
// and no other case of the partnership; other roles have no such page.
TEST_P(ReviewPagesTest, AReviewerListsTheReviewsTheyAreAppointedToAndNoOthers) {
  const std::string manager = api_token("manager@northbrook.example");
  const std::int64_t case_id = case_to_commission(manager);
  const std::string review_api = "/api/v1/cases/" + std::to_string(case_id) + "/review";
  const HttpResult commissioned = api("POST", review_api, manager, commission_json("[1]"));
  ASSERT_EQ(commissioned.status, 201) << commissioned.body;
  const CivilDate due =
      parse_iso_date("due_on", json_of(commissioned)->getValue<std::string>("due_on")).value();
  add_account("other-reviewer@northbrook.example", Role::reviewer, "NBP");
  const HttpResult me = api("GET", "/api/v1/me", api_token("other-reviewer@northbrook.example"));
  const std::int64_t other_id = json_of(me)->getValue<std::int64_t>("id");
  ASSERT_EQ(api("POST", review_api + "/reviewers", manager,
                R"({"user_id": )" + std::to_string(other_id) + R"(, "role": "independent_author"})")
                .status,
            201);
  const std::string reference =
      json_of(api("GET", "/api/v1/cases/" + std::to_string(case_id), manager))
          ->getValue<std::string>("reference");

  // The newly appointed reviewer sees this case, as its independent author, and not the
  // demonstration's other review.
  const SignedInBrowser other = sign_in("other-reviewer@northbrook.example");
  const HttpResult listed = other.get("/my-reviews");
  ASSERT_EQ(listed.status, 200) << listed.body;
  const auto page = html::Document::parse(listed.body);
  ASSERT_NE(page.select_one("a.govuk-service-navigation__link[href='/my-reviews']"), nullptr);
  const auto rows = table_rows(page, "1 review");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].at(0), reference);
  EXPECT_EQ(rows[0].at(1), "Independent author");
  EXPECT_EQ(rows[0].at(3), day_month_year(due));
  EXPECT_NE(page.select_one("main a[href='/cases/" + std::to_string(case_id) + "/review']"),
            nullptr);
  EXPECT_NE(page.select_one("main a[href='/cases/" + std::to_string(case_id) + "/chronology']"),
            nullptr);

  // The demonstration reviewer sees the demonstration's CSPR, as its lead reviewer, and not this
  // case of the same partnership.
  const SignedInBrowser reviewer = sign_in("reviewer@northbrook.example");
  const auto theirs =
      table_rows(html::Document::parse(reviewer.get("/my-reviews").body), "1 review");
  ASSERT_EQ(theirs.size(), 1u);
  EXPECT_NE(theirs[0].at(0), reference);
  EXPECT_EQ(theirs[0].at(1), "Lead reviewer");

  // Only reviewers have the page.
  const SignedInBrowser manager_browser = sign_in("manager@northbrook.example");
  EXPECT_EQ(manager_browser.get("/my-reviews").status, 403);
}

// Rule REV-3 and Rule REV-4 on the pages: the review page's monitoring form and table, the
// dashboard's column, the appointment form, and the reviewer's "add another" affiliations page.
TEST_P(ReviewPagesTest, TheReviewPageRecordsChecksAndAppointsAndTheReviewerDeclaresAffiliations) {
  const std::string manager_token = api_token("manager@northbrook.example");
  const std::int64_t case_id = case_to_commission(manager_token);
  const std::string review_api = "/api/v1/cases/" + std::to_string(case_id) + "/review";
  ASSERT_EQ(api("POST", review_api, manager_token, commission_json("[1]")).status, 201);
  const std::string review_path = "/cases/" + std::to_string(case_id) + "/review";
  const SignedInBrowser manager = sign_in("manager@northbrook.example");
  const auto page = html::Document::parse(manager.get(review_path).body);
  ASSERT_NE(page.select_one("form[action='" + review_path + "/monitoring-checks']"), nullptr);
  ASSERT_NE(page.select_one("form[action='" + review_path + "/reviewers']"), nullptr);

  const HttpResult empty = manager.post(review_path + "/monitoring-checks", {});
  EXPECT_EQ(empty.status, 422);
  const auto errors = error_summary(html::Document::parse(empty.body));
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_EQ(errors[0].first, "#checked_on-day");
  const CivilDate today = uk_date(now_);
  const HttpResult checked = manager.post(review_path + "/monitoring-checks",
                                          {{"checked_on-day", std::to_string(today.day())},
                                           {"checked_on-month", std::to_string(today.month())},
                                           {"checked_on-year", std::to_string(today.year())},
                                           {"outcome", "on_track"},
                                           {"draft_requested", "no"}});
  ASSERT_EQ(checked.status, 303) << checked.body;
  const auto after = html::Document::parse(manager.get(review_path).body);
  const auto checks = table_rows(after, "Monitoring checks, oldest first");
  ASSERT_EQ(checks.size(), 1u);
  EXPECT_EQ(checks[0].at(1), "On track");
  const auto review_row = dashboard_review(manager, case_id);
  EXPECT_NE(review_row.at(6).find("Check not yet due"), std::string::npos) << review_row.at(6);

  // The reviewer declares an affiliation with "add another", without JavaScript.
  const SignedInBrowser reviewer = sign_in("reviewer@northbrook.example");
  const auto account = html::Document::parse(reviewer.get("/account").body);
  ASSERT_NE(account.select_one("#change-affiliations"), nullptr);
  EXPECT_EQ(manager.get("/account/affiliations").status, 404);
  const HttpResult added = reviewer.post("/account/affiliations", {{"count", "0"}, {"add", "1"}});
  ASSERT_EQ(added.status, 200) << added.body;
  EXPECT_NE(
      html::Document::parse(added.body).select_one("input[name='affiliations[0].organisation']"),
      nullptr);
  const HttpResult incomplete = reviewer.post(
      "/account/affiliations", {{"count", "1"}, {"affiliations[0].organisation", "Old employer"}});
  EXPECT_EQ(incomplete.status, 422);
  EXPECT_EQ(error_summary(html::Document::parse(incomplete.body)).at(0).first,
            "#affiliations-0-from-day");
  const HttpResult saved =
      reviewer.post("/account/affiliations", {{"count", "1"},
                                              {"affiliations[0].agency_id", "1"},
                                              {"affiliations[0].from-day", "1"},
                                              {"affiliations[0].from-month", "4"},
                                              {"affiliations[0].from-year", "2021"}});
  ASSERT_EQ(saved.status, 303) << saved.body;
  const auto listed =
      table_rows(html::Document::parse(reviewer.get("/account").body), "Your affiliations");
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0].at(1), "1 April 2021");
  EXPECT_EQ(listed[0].at(2), "Continuing");
  EXPECT_EQ(reviewer.get(review_path).status, 404);

  // The manager appoints them; a learning review shows the affiliation as a warning.
  const auto form = html::Document::parse(manager.get(review_path).body);
  const auto* choice = form.select_one("input[name=user_id]");
  ASSERT_NE(choice, nullptr);
  const HttpResult appointed = manager.post(
      review_path + "/reviewers",
      {{"role", "lead_reviewer"}, {"user_id", choice->attribute("value").value_or("")}});
  ASSERT_EQ(appointed.status, 303) << appointed.body;
  const auto shown = html::Document::parse(manager.get(review_path).body);
  const auto lead = summary_value(shown, "Lead reviewer");
  ASSERT_TRUE(lead.has_value());
  EXPECT_NE(lead->find("Warning: affiliated with an agency in scope"), std::string::npos) << *lead;
  EXPECT_EQ(reviewer.get(review_path).status, 200);
}

INSTANTIATE_TEST_SUITE_P(Engines, ReviewPagesTest,
                         ::testing::ValuesIn(testing_support::test_engines()));

}  // namespace
}  // namespace casereview::web
