// The report over real HTTP, on SQLite and on PostgreSQL (Rule RPT-1): the appointed reviewer saves
// a Markdown version and uploads a DOCX through the API, reads them back (the DOCX byte for byte
// with ?format=original), a file that is not what it says is 422 with nothing saved; the report's
// page lists the versions and a version's page shows its text; the manager reads, other
// partnerships and unappointed reviewers get 404.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <gtest/gtest.h>

#include <fstream>

#include "app/clock.hpp"
#include "case_test_support.hpp"
#include "domain/uk_time.hpp"
#include "support/fixture_files.hpp"

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

  HttpResult upload(const std::string& target, const std::string& token, const std::string& type,
                    const std::string& bytes) {
    return testing_support::http_request(
        server_->port(), "POST", target,
        {{"Authorization", "Bearer " + token},
         {"Content-Disposition", "attachment; filename=\"report-v1.docx\""}},
        bytes, type);
  }
};

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

INSTANTIATE_TEST_SUITE_P(Engines, ReportPagesTest,
                         ::testing::ValuesIn(testing_support::test_engines()));

}  // namespace
}  // namespace casereview::web
