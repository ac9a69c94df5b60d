// The report over real HTTP, on SQLite and on PostgreSQL (Rule RPT-1, Rule RPT-3): the appointed
// reviewer saves a Markdown version and uploads a DOCX through the API, reads them back (the DOCX
// byte for byte with ?format=original), a file that is not what it says is 422 with nothing saved;
// the report's page lists the versions and a version's page shows its text; the manager reads,
// other partnerships and unappointed reviewers get 404. A version goes to agencies for factual
// accuracy and comes back with comments and replies; the committee marks one final and the
// partners sign it off; the final report reads as a page and a PDF.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <gtest/gtest.h>

#include <fstream>

#include "app/clock.hpp"
#include "app/security/totp.hpp"
#include "case_test_support.hpp"
#include "domain/uk_time.hpp"
#include "support/fixture_files.hpp"
#include "support/poppler.hpp"

namespace casereview::web {
namespace {

namespace html = casereview::test::html;
using testing_support::HttpResult;

constexpr const char* docx_type =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

class ReportPagesTest : public CaseServerTest {
 protected:
  ReportPagesTest() {
    now_ = SystemClock().now();
    std::ofstream(clock_file_) << format_instant(now_) << "\n";
  }

  // The demonstration case waiting for its review, commissioned, with the demonstration reviewer
  // appointed its lead reviewer; returns its id.
  std::int64_t case_with_reviewer(const std::string& manager, const std::string& reviewer) {
    const std::int64_t case_id = commissioned_case(manager);
    const HttpResult me = api("GET", "/api/v1/me", reviewer);
    EXPECT_EQ(me.status, 200) << me.body;
    const HttpResult appointed =
        api("POST", "/api/v1/cases/" + std::to_string(case_id) + "/review/reviewers", manager,
            R"({"user_id": )" + std::to_string(json_of(me)->getValue<std::int64_t>("id")) +
                R"(, "role": "lead_reviewer"})");
    EXPECT_EQ(appointed.status, 201) << appointed.body;
    return case_id;
  }

  // The date `days` after `at`, as the API takes it.
  static std::string day_after(Instant at, int days) {
    return uk_date(at).add_days(days).to_iso_string();
  }

  // The code `browser`'s authenticator app shows one time step after the server's clock: newer
  // than the one it signed in with, as a step-up needs (Rule SIGN-1).
  std::string next_code(const SignedInBrowser& browser) const {
    return security::totp_code(browser.authenticator_secret,
                               now_ + std::chrono::seconds(security::totp_period_seconds))
        .value_or("");
  }

  HttpResult upload(const std::string& target, const std::string& token, const std::string& type,
                    const std::string& bytes) {
    return testing_support::http_request(
        server_->port(), "POST", target,
        {{"Authorization", "Bearer " + token},
         {"Content-Disposition", "attachment; filename=\"report-v1.docx\""}},
        bytes, type);
  }
};

// A report file larger than the server's usual 1 MiB body limit, within the 10 MB a version may
// be, goes up by the API (the route takes bodies that large).
TEST_P(ReportPagesTest, AReportFileOverOneMebibyteIsTaken) {
  const std::string manager = api_token("manager@northbrook.example");
  const std::string reviewer = api_token("reviewer@northbrook.example");
  const std::int64_t case_id = case_with_reviewer(manager, reviewer);
  const std::string pdf =
      testing_support::app_fixture("report-v1.pdf") + std::string(2 << 20, '\n');
  const HttpResult saved = upload("/api/v1/cases/" + std::to_string(case_id) + "/report/versions",
                                  reviewer, "application/pdf", pdf);
  EXPECT_EQ(saved.status, 201) << saved.body.substr(0, 300);
}

// Rule RPT-1, by the API and on the pages.
TEST_P(ReportPagesTest, TheReviewerSavesVersionsThatTheManagerReadsAndNobodyElseSees) {
  const std::string manager = api_token("manager@northbrook.example");
  const std::string reviewer = api_token("reviewer@northbrook.example");
  const std::int64_t case_id = case_with_reviewer(manager, reviewer);
  const std::string versions = "/api/v1/cases/" + std::to_string(case_id) + "/report/versions";

  const HttpResult blank = api("POST", versions, reviewer, R"({"markdown": " "})");
  EXPECT_EQ(blank.status, 422) << blank.body;
  EXPECT_EQ(problem_fields(blank), std::vector<std::string>{"markdown"});
  EXPECT_EQ(api("POST", versions, manager, R"({"markdown": "x"})").status, 403);
  const HttpResult first = api("POST", versions, reviewer,
                               R"({"markdown": "## Summary\n\nChild A lived with her mother."})");
  ASSERT_EQ(first.status, 201) << first.body;
  EXPECT_EQ(json_of(first)->getValue<int>("number"), 1);

  const std::string docx = testing_support::app_fixture("report-v1.docx");
  const HttpResult not_docx = upload(versions, reviewer, docx_type, "PK\x03\x04 broken");
  EXPECT_EQ(not_docx.status, 422) << not_docx.body;
  EXPECT_EQ(problem_fields(not_docx), std::vector<std::string>{"file"});
  const HttpResult second = upload(versions, reviewer, docx_type, docx);
  ASSERT_EQ(second.status, 201) << second.body;
  EXPECT_EQ(json_of(second)->getValue<int>("number"), 2);
  EXPECT_EQ(json_of(second)->getValue<std::string>("file_name"), "report-v1.docx");

  const HttpResult read = api("GET", versions + "/2", manager);
  ASSERT_EQ(read.status, 200) << read.body;
  EXPECT_NE(json_of(read)->getValue<std::string>("text").find("# Findings"), std::string::npos);
  const HttpResult original = api("GET", versions + "/2?format=original", manager);
  ASSERT_EQ(original.status, 200);
  EXPECT_EQ(original.body, docx);
  EXPECT_EQ(api("GET", versions + "/1?format=original", manager).status, 404);
  const HttpResult listed = api("GET", versions, manager);
  ASSERT_EQ(listed.status, 200);
  EXPECT_EQ(json_of(listed)->getValue<int>("total"), 2);

  // The pages: the review page links the report; the report lists both; a version shows its text.
  auto browser = sign_in("reviewer@northbrook.example");
  const html::Document review =
      html::Document::parse(browser.get("/cases/" + std::to_string(case_id) + "/review").body);
  EXPECT_NE(review.select_one("a[href='/cases/" + std::to_string(case_id) + "/report']"), nullptr);
  const HttpResult report_page = browser.get("/cases/" + std::to_string(case_id) + "/report");
  ASSERT_EQ(report_page.status, 200);
  const auto rows = table_rows(html::Document::parse(report_page.body), "Versions, newest first");
  ASSERT_EQ(rows.size(), 2U);
  EXPECT_EQ(rows[0][0], "Version 2");
  EXPECT_EQ(rows[0][3], "Uploaded DOCX");
  const html::Document version = html::Document::parse(
      browser.get("/cases/" + std::to_string(case_id) + "/report/versions/1").body);
  EXPECT_NE(version.select_one("main")->normalised_text().find("Child A lived with her mother."),
            std::string::npos);

  // Another partnership's manager, and a reviewer not appointed, see nothing.
  add_account("manager@south.example", Role::manager, "SOUTH");
  add_account("reviewer2@northbrook.example", Role::reviewer, "NBP");
  EXPECT_EQ(api("GET", versions + "/1", api_token("manager@south.example")).status, 404);
  EXPECT_EQ(api("GET", versions + "/1", api_token("reviewer2@northbrook.example")).status, 404);
  EXPECT_EQ(api("POST", versions, api_token("reviewer2@northbrook.example"), R"({"markdown": "x"})")
                .status,
            404);
}

// Rule RPT-1: two versions compared by the API (unified text and hunks) and on the page, in one
// column and side by side; a version that does not exist is named on "against".
TEST_P(ReportPagesTest, TwoVersionsAreComparedByTheApiAndOnThePage) {
  const std::string manager = api_token("manager@northbrook.example");
  const std::string reviewer = api_token("reviewer@northbrook.example");
  const std::int64_t case_id = case_with_reviewer(manager, reviewer);
  const std::string versions = "/api/v1/cases/" + std::to_string(case_id) + "/report/versions";
  for (const char* markdown : {R"({"markdown": "## Summary\n\nFirst draft."})",
                               R"({"markdown": "## Summary\n\nSecond <draft>."})"})
    ASSERT_EQ(api("POST", versions, reviewer, markdown).status, 201);

  const HttpResult compared = api("GET", versions + "/2/diff?against=1", manager);
  ASSERT_EQ(compared.status, 200) << compared.body;
  EXPECT_EQ(json_of(compared)->getValue<std::string>("unified"),
            "--- Version 1\n+++ Version 2\n@@ -1,3 +1,3 @@\n ## Summary\n \n-First draft.\n"
            "+Second <draft>.\n");
  EXPECT_TRUE(json_of(compared)->getValue<bool>("changed"));
  EXPECT_EQ(json_of(compared)->getArray("hunks")->size(), 1u);
  const HttpResult missing = api("GET", versions + "/2/diff?against=7", manager);
  EXPECT_EQ(missing.status, 422) << missing.body;
  EXPECT_EQ(problem_fields(missing), std::vector<std::string>{"against"});
  EXPECT_EQ(api("GET", versions + "/9/diff?against=1", manager).status, 404);

  const SignedInBrowser browser = sign_in("manager@northbrook.example");
  const std::string page_path =
      "/cases/" + std::to_string(case_id) + "/report/versions/2/diff?against=1";
  const HttpResult unified = browser.get(page_path);
  ASSERT_EQ(unified.status, 200) << unified.body;
  const auto unified_page = html::Document::parse(unified.body);
  EXPECT_EQ(heading_text(unified_page), "Version 2 against version 1");
  const auto rows = table_rows(unified_page, "Change 1 of 1");
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[2][2], "Removed");
  EXPECT_EQ(rows[3][2], "Added");
  EXPECT_EQ(rows[3][3], "Second <draft>.") << "escaped, shown as typed";
  ASSERT_NE(unified_page.select_one("main ins"), nullptr);
  const auto side = html::Document::parse(browser.get(page_path + "&view=side-by-side").body);
  const auto pairs = table_rows(side, "Change 1 of 1");
  ASSERT_EQ(pairs.size(), 3u);
  EXPECT_EQ(pairs[2][1], "First draft.");
  EXPECT_EQ(pairs[2][3], "Second <draft>.");
  const HttpResult refused =
      browser.get("/cases/" + std::to_string(case_id) + "/report/versions/2/diff?against=seven");
  EXPECT_EQ(refused.status, 422);
  EXPECT_EQ(error_summary(html::Document::parse(refused.body)).at(0).first, "#against");
  const auto version = html::Document::parse(
      browser.get("/cases/" + std::to_string(case_id) + "/report/versions/2").body);
  EXPECT_NE(version.select_one("form[method='get'] input[name='against'][value='1']"), nullptr)
      << "the version's page offers the comparison with the one before";
}

// Rule RPT-1, Rule NTK-2: a version sent to the police for factual accuracy; the police
// contributor reads it, comments on the page (a blank comment refused on its field) and sends the
// agency's response; an agency it was not sent to is refused; the reviewer replies to the comment
// on its page, once; the committee's API shows the answer and the reply.
TEST_P(ReportPagesTest, AgenciesCommentOnACirculatedVersionAndTheReviewerReplies) {
  const std::string manager = api_token("manager@northbrook.example");
  const std::string reviewer = api_token("reviewer@northbrook.example");
  const std::int64_t case_id = case_with_reviewer(manager, reviewer);
  const std::string report = "/cases/" + std::to_string(case_id) + "/report";
  ASSERT_EQ(api("POST", "/api/v1" + report + "/versions", reviewer,
                R"({"markdown": "## Summary\n\nThe police visited on 3 May."})")
                .status,
            201);
  const std::string due_on = day_after(now_, 5);
  const HttpResult outside = api("POST", "/api/v1" + report + "/versions/1/circulation", reviewer,
                                 R"({"agency_ids": [5], "due_on": ")" + due_on + R"("})");
  EXPECT_EQ(outside.status, 422) << outside.body;
  EXPECT_EQ(problem_fields(outside), std::vector<std::string>{"agency_ids"});
  const HttpResult sent = api("POST", "/api/v1" + report + "/versions/1/circulation", reviewer,
                              R"({"agency_ids": [2], "due_on": ")" + due_on + R"("})");
  ASSERT_EQ(sent.status, 201) << sent.body;

  // The police contributor: the list, the version, a comment refused then added, the response.
  const SignedInBrowser police = sign_in("contributor@northbrook.example");
  const auto requests = table_rows(html::Document::parse(police.get("/report-checks").body));
  ASSERT_EQ(requests.size(), 2u) << "this one, newest first, and the demonstration's";
  EXPECT_EQ(requests[0][1], "1");
  EXPECT_EQ(requests[0][3], "Waiting");
  const std::string accuracy = report + "/versions/1/accuracy";
  const html::Document check = html::Document::parse(police.get(accuracy).body);
  EXPECT_NE(check.select_one("main")->normalised_text().find("The police visited on 3 May."),
            std::string::npos);
  const HttpResult blank = police.post_exactly(
      accuracy, with_answers(hidden_fields(check, accuracy), {{"section", "Summary"}}));
  EXPECT_EQ(blank.status, 422);
  EXPECT_EQ(error_summary(html::Document::parse(blank.body)).at(0).first, "#text");
  const HttpResult commented = police.post_exactly(
      accuracy, with_answers(hidden_fields(check, accuracy),
                             {{"quote", "3 May"}, {"text", "Our log shows 4 May."}}));
  ASSERT_EQ(commented.status, 303) << commented.body;
  const HttpResult answered =
      police.post_exactly(accuracy + "/response", hidden_fields(check, accuracy + "/response"));
  ASSERT_EQ(answered.status, 303) << answered.body;
  EXPECT_EQ(answered.header("location"), "/report-checks?done=answered");
  const std::string comments = "/api/v1" + report + "/versions/1/comments";
  const std::string police_token = api_token("contributor@northbrook.example");
  EXPECT_EQ(api("POST", comments, police_token, R"({"text": "Late"})").status, 409);
  add_account("csc@northbrook.example", Role::contributor, "NBP", "CSC");
  const std::string csc = api_token("csc@northbrook.example");
  EXPECT_EQ(api("POST", comments, csc, R"({"text": "Not ours"})").status, 409);
  EXPECT_EQ(api("GET", comments, csc).status, 404);

  // The reviewer: the circulation, then the reply on the comment's own page.
  const SignedInBrowser browser = sign_in("reviewer@northbrook.example");
  const html::Document circulation =
      html::Document::parse(browser.get(report + "/versions/1/circulation").body);
  const auto agencies = table_rows(circulation, "Agencies sent this version");
  ASSERT_EQ(agencies.size(), 1u);
  EXPECT_EQ(agencies[0][0], "Northbrook Police");
  EXPECT_EQ(agencies[0][2], "1");
  EXPECT_EQ(agencies[0][3], "Answered");
  const auto reply_link = circulation.select_one("main .govuk-summary-card__actions a");
  ASSERT_NE(reply_link, nullptr);
  const std::string reply_path = reply_link->attribute("href").value_or("");
  const html::Document reply_page = html::Document::parse(browser.get(reply_path).body);
  const HttpResult unexplained = browser.post_exactly(
      reply_path,
      with_answers(hidden_fields(reply_page, reply_path), {{"decision", "not_accepted"}}));
  EXPECT_EQ(unexplained.status, 422);
  EXPECT_EQ(error_summary(html::Document::parse(unexplained.body)).at(0).first, "#text");
  const HttpResult replied = browser.post_exactly(
      reply_path, with_answers(hidden_fields(reply_page, reply_path),
                               {{"decision", "not_accepted"}, {"text", "The log says 3 May."}}));
  ASSERT_EQ(replied.status, 303) << replied.body;

  const HttpResult overview = api("GET", "/api/v1" + report + "/versions/1/circulation",
                                  api_token("committee@northbrook.example"));
  ASSERT_EQ(overview.status, 200) << overview.body;
  const auto comment = json_of(overview)->getArray("comments")->getObject(0);
  EXPECT_EQ(comment->getValue<std::string>("text"), "Our log shows 4 May.");
  EXPECT_EQ(comment->getObject("reply")->getValue<std::string>("decision"), "not_accepted");
  EXPECT_TRUE(json_of(overview)->getArray("circulation")->getObject(0)->getValue<bool>("answered"));
  const std::string comment_id = std::to_string(comment->getValue<std::int64_t>("id"));
  EXPECT_EQ(api("POST", "/api/v1/report-comments/" + comment_id + "/reply", reviewer,
                R"({"decision": "accepted"})")
                .status,
            409);
}

// Rule RPT-3, Rule SIGN-1: the committee marks a version final on the page, with the partnership's
// response; the final report reads as one document (contents, numbered sections) and as a PDF;
// the police's signatory signs it off on the page with a current code (a wrong one refused on its
// field); the other two by the API; a change after sign-off is 409 unless it clears them.
TEST_P(ReportPagesTest, TheCommitteeMarksAVersionFinalAndThePartnersSignItOff) {
  const std::string manager = api_token("manager@northbrook.example");
  const std::string reviewer = api_token("reviewer@northbrook.example");
  const std::int64_t case_id = case_with_reviewer(manager, reviewer);
  const std::string report = "/cases/" + std::to_string(case_id) + "/report";
  const std::string committee_token = api_token("committee@northbrook.example");
  EXPECT_EQ(api("POST", "/api/v1" + report + "/final", committee_token, R"({"version": 1})").status,
            409);
  for (const char* markdown : {R"({"markdown": "## Summary\n\nFirst draft."})",
                               R"({"markdown": "## Summary\n\nThe agreed text."})"})
    ASSERT_EQ(api("POST", "/api/v1" + report + "/versions", reviewer, markdown).status, 201);

  const SignedInBrowser committee = sign_in("committee@northbrook.example");
  const html::Document empty = html::Document::parse(committee.get(report + "/final").body);
  EXPECT_NE(empty.select_one("main")->normalised_text().find("No version has been marked final"),
            std::string::npos);
  const HttpResult marked = committee.post_exactly(
      report + "/final",
      with_answers(hidden_fields(empty, report + "/final"),
                   {{"version", "2"}, {"partnership_response", "The partnership accepts them."}}));
  ASSERT_EQ(marked.status, 303) << marked.body;
  const html::Document final_page = html::Document::parse(committee.get(report + "/final").body);
  const std::string text = final_page.select_one("main")->normalised_text();
  for (const char* part : {"Contents", "The agreed text.", "Findings", "Recommendations",
                           "The partnership accepts them.", "Not signed off yet"})
    EXPECT_NE(text.find(part), std::string::npos) << part;
  EXPECT_NE(final_page.select_one("nav a[href='#partnership-response']"), nullptr);
  const HttpResult pdf = committee.get(report + "/final/pdf");
  ASSERT_EQ(pdf.status, 200);
  EXPECT_EQ(pdf.header("content-type"), "application/pdf");
  const std::string pdf_words = testing_support::pdf_text(pdf.body);
  for (const char* part : {"Final report:", "Contents", "1. The report", "The agreed text.",
                           "4. The partnership's response", "The partnership accepts them."})
    EXPECT_NE(pdf_words.find(part), std::string::npos) << part;

  // The police's signatory on the page: a wrong code, then a current one.
  const SignedInBrowser police = sign_in("signatory-police@northbrook.example");
  const auto to_sign = table_rows(html::Document::parse(police.get("/report-sign-offs").body));
  ASSERT_EQ(to_sign.size(), 1u);
  EXPECT_EQ(to_sign[0][2], "Not signed");
  const std::string sign_path = report + "/sign-off";
  const html::Document sign_page = html::Document::parse(police.get(sign_path).body);
  const HttpResult wrong = police.post_exactly(
      sign_path, with_answers(hidden_fields(sign_page, sign_path), {{"totp_code", "000000"}}));
  EXPECT_EQ(wrong.status, 422);
  EXPECT_EQ(error_summary(html::Document::parse(wrong.body)).at(0).first, "#totp_code");
  const HttpResult signed_off = police.post_exactly(
      sign_path,
      with_answers(hidden_fields(sign_page, sign_path), {{"totp_code", next_code(police)}}));
  ASSERT_EQ(signed_off.status, 303) << signed_off.body;
  for (const char* email :
       {"signatory-la@northbrook.example", "signatory-icb@northbrook.example"}) {
    const SignedInBrowser signatory = sign_in(email);
    const HttpResult by_api = api("POST", "/api/v1" + report + "/sign-offs", api_token(email),
                                  R"({"totp_code": ")" + next_code(signatory) + R"("})");
    ASSERT_EQ(by_api.status, 201) << email << ": " << by_api.body;
  }
  const HttpResult final_json = api("GET", "/api/v1" + report + "/final", reviewer);
  ASSERT_EQ(final_json.status, 200);
  EXPECT_TRUE(json_of(final_json)->getValue<bool>("signed_off"));
  EXPECT_EQ(api("POST", "/api/v1" + report + "/final", committee_token, R"({"version": 1})").status,
            409);
  const HttpResult cleared = api("POST", "/api/v1" + report + "/final", committee_token,
                                 R"({"version": 1, "clear_sign_offs": true})");
  ASSERT_EQ(cleared.status, 200) << cleared.body;
  EXPECT_EQ(json_of(cleared)->getValue<int>("sign_offs_cleared"), 3);
  EXPECT_FALSE(json_of(cleared)->getValue<bool>("signed_off"));
}

INSTANTIATE_TEST_SUITE_P(Engines, ReportPagesTest,
                         ::testing::ValuesIn(testing_support::test_engines()));

}  // namespace
}  // namespace casereview::web
