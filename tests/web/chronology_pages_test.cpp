// The chronology pages over real HTTP, on SQLite and on PostgreSQL (Rule CHR-1, Rule CHR-2): the
// manager asks the review's agencies from the review page (scope and agencies from the review),
// the police contributor finds the request under "Your requests", adds a row (nothing saved on an
// error), uploads a file all or nothing with every problem listed by row and column, downloads the
// template and submits; another agency's contributor and another partnership's manager get 404.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include <fstream>

#include "app/clock.hpp"
#include "case_test_support.hpp"
#include "domain/civil_date.hpp"

namespace casereview::web {
namespace {

namespace html = casereview::test::html;
using testing_support::HttpResult;

class ChronologyPagesTest : public CaseServerTest {
 protected:
  // The server's clock is now, like the demonstration cases' dates.
  ChronologyPagesTest() {
    now_ = SystemClock().now();
    std::ofstream(clock_file_) << format_instant(now_) << "\n";
  }

  HttpResult upload(const SignedInBrowser& browser, const std::string& target,
                    const std::string& filename, const std::string& content) {
    const std::string boundary = "casereviewtestboundary";
    const std::string body =
        "--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n" +
        browser.csrf_token + "\r\n--" + boundary +
        "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename +
        "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
    return testing_support::http_request(server_->port(), "POST", target,
                                         {{"Cookie", browser.cookie}}, body,
                                         "multipart/form-data; boundary=" + boundary);
  }
};

// Rule CHR-1: asked from the review page for the review's agencies and period; the API refuses a
// scope of its own.
TEST_P(ChronologyPagesTest, TheManagerAsksTheReviewsAgenciesFromTheReviewPage) {
  const std::string token = api_token("manager@northbrook.example");
  const std::int64_t case_id = commissioned_case(token);
  const std::string review_path = "/cases/" + std::to_string(case_id) + "/review";
  const SignedInBrowser manager = sign_in("manager@northbrook.example");
  const auto review = html::Document::parse(manager.get(review_path).body);
  ASSERT_NE(review.select_one("a[href='" + review_path + "/chronologies']"), nullptr);

  const std::string form_path = review_path + "/chronologies";
  const auto form = html::Document::parse(manager.get(form_path).body);
  EXPECT_EQ(form.select("input[name=agency_ids]").size(), 2u) << "the review's agencies only";
  ASSERT_NE(form.select_one("input[name=due_on-day]"), nullptr);
  EXPECT_FALSE(form.select_one("input[name=due_on-day]")->attribute("value").value_or("").empty())
      << "the due date of Rule CHR-1 is offered";
  const HttpResult none = manager.post(form_path, {{"note", "Look at 2021"}});
  EXPECT_EQ(none.status, 422);
  EXPECT_EQ(error_summary(html::Document::parse(none.body)).at(0).first, "#agency_ids");

  const HttpResult asked =
      manager.post(form_path, {{"agency_ids", "2"}, {"note", "From the first referral"}});
  ASSERT_EQ(asked.status, 303) << asked.body;
  const auto listed = html::Document::parse(manager.get(review_path).body);
  const auto rows = table_rows(listed, "Chronology requests");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].at(0), "Northbrook Police");
  EXPECT_EQ(rows[0].at(1), "Requested");

  const HttpResult scoped =
      api("POST", "/api/v1/cases/" + std::to_string(case_id) + "/chronology-requests", token,
          R"({"agency_ids": [1], "scope_from": "2019-01-01"})");
  EXPECT_EQ(scoped.status, 422) << scoped.body;
  EXPECT_EQ(problem_fields(scoped), std::vector<std::string>{"scope_from"});
  const HttpResult by_api =
      api("POST", "/api/v1/cases/" + std::to_string(case_id) + "/chronology-requests", token,
          R"({"agency_ids": [1]})");
  ASSERT_EQ(by_api.status, 201) << by_api.body;
  EXPECT_NE(by_api.body.find("\"scope_from\":\"2020-01-01\""), std::string::npos) << by_api.body;
}

// Rule CHR-2: the contributor's chronology on the page: rows, errors per field with nothing saved,
// an upload all or nothing, the template and submission; nobody else's agency or partnership.
TEST_P(ChronologyPagesTest, TheContributorBuildsUploadsAndSubmitsTheChronology) {
  const std::string token = api_token("manager@northbrook.example");
  const std::int64_t case_id = commissioned_case(token);
  const HttpResult asked =
      api("POST", "/api/v1/cases/" + std::to_string(case_id) + "/chronology-requests", token,
          R"({"agency_ids": [2]})");
  ASSERT_EQ(asked.status, 201) << asked.body;
  Poco::JSON::Parser parser;
  const std::string request_id = std::to_string(parser.parse(asked.body)
                                                    .extract<Poco::JSON::Array::Ptr>()
                                                    ->getObject(0)
                                                    ->getValue<std::int64_t>("id"));
  const std::string path = "/chronology-requests/" + request_id;

  const SignedInBrowser police = sign_in("contributor@northbrook.example");
  const auto mine = html::Document::parse(police.get("/agency-requests").body);
  ASSERT_NE(mine.select_one("a[href='" + path + "']"), nullptr) << "under Your requests";

  const HttpResult wrong =
      police.post(path + "/entries/new", {{"start_date", "31/02/2021"}, {"source", "Case note"}});
  EXPECT_EQ(wrong.status, 422);
  const auto wrong_page = html::Document::parse(wrong.body);
  const auto errors = error_summary(wrong_page);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].first, "#start_date");
  EXPECT_EQ(errors[1].first, "#event");
  EXPECT_EQ(table_rows(html::Document::parse(police.get(path).body)).size(), 0u)
      << "nothing saved on an error";

  const HttpResult added = police.post(
      path + "/entries/new",
      {{"start_date", "?12/05/2021"}, {"source", "Case note"}, {"event", "Home visit"}});
  ASSERT_EQ(added.status, 303) << added.body;
  const auto page = html::Document::parse(police.get(path).body);
  const auto rows = table_rows(page, "Rows, in your agency's order");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].at(0), "12 May 2021 (uncertain)") << "the date as written";

  const HttpResult bad = upload(police, path + "/upload", "chronology.csv",
                                "Start date,Source,Event\r\n12/05/2021,Note,Visit\r\n"
                                "31/02/2021,,Call\r\n");
  EXPECT_EQ(bad.status, 422) << bad.body;
  const auto problems = error_summary(html::Document::parse(bad.body));
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_NE(problems[0].second.find("Row 3, Start date"), std::string::npos) << problems[0].second;
  EXPECT_NE(problems[1].second.find("Row 3, Source"), std::string::npos) << problems[1].second;
  EXPECT_EQ(table_rows(html::Document::parse(police.get(path).body), "Rows, in your agency's order")
                .size(),
            1u)
      << "all or nothing";
  const HttpResult good = upload(police, path + "/upload", "chronology.csv",
                                 "Start date,Source,Event\r\n12/05/2021,Note,Visit\r\n"
                                 "May 2021,Note,Call\r\n");
  ASSERT_EQ(good.status, 303) << good.body;
  EXPECT_EQ(table_rows(html::Document::parse(police.get(path).body), "Rows, in your agency's order")
                .size(),
            2u);
  const HttpResult csv_template = police.get(path + "/template/csv");
  EXPECT_EQ(csv_template.status, 200);
  // After the byte order mark spreadsheet programs look for to read it as UTF-8.
  EXPECT_EQ(csv_template.body.rfind("\xEF\xBB\xBFStart date,", 0), 0u) << csv_template.body;

  // Another agency's contributor and another partnership's manager: not found.
  add_account("school-contributor@northbrook.example", Role::contributor, "NBP", "SCHOOL");
  const SignedInBrowser school = sign_in("school-contributor@northbrook.example");
  EXPECT_EQ(school.get(path).status, 404);
  EXPECT_EQ(school.post(path + "/entries/new", {{"start_date", "2021"}}).status, 404);
  EXPECT_EQ(
      upload(school, path + "/upload", "c.csv", "Start date,Source,Event\r\n2021,a,b\r\n").status,
      404);
  add_account("manager@elsewhere.example", Role::manager, "ELS");
  const SignedInBrowser elsewhere = sign_in("manager@elsewhere.example");
  EXPECT_EQ(elsewhere.get(path).status, 404);
  EXPECT_EQ(elsewhere.get("/cases/" + std::to_string(case_id) + "/review/chronologies").status,
            404);

  const HttpResult submitted = police.post(path + "/submission", {});
  ASSERT_EQ(submitted.status, 303) << submitted.body;
  const auto locked = html::Document::parse(police.get(path).body);
  EXPECT_EQ(locked.select_one("a[href='" + path + "/entries/new']"), nullptr) << "locked";
  EXPECT_EQ(
      police.post(path + "/entries/new", {{"start_date", "2021"}, {"source", "a"}, {"event", "b"}})
          .status,
      409);

  // Rule CHR-1: the manager returns it with a reason, which the contributor sees.
  const HttpResult returned = sign_in("manager@northbrook.example")
                                  .post(path + "/return", {{"reason", "Row 2 needs its day"}});
  ASSERT_EQ(returned.status, 303) << returned.body;
  EXPECT_NE(police.get(path).body.find("Row 2 needs its day"), std::string::npos);
}

// Rule CHR-3 on the page: every submitted entry in order with its agency's code, the flag counts,
// gaps as rows, a page of at most 100 entries, filters as a GET form, and the reviewer's mark on a
// possible duplicate, after which the pair is no longer offered (on the page and in the API).
TEST_P(ChronologyPagesTest, TheMergedChronologyIsPagedFilteredAndMarked) {
  const std::string token = api_token("manager@northbrook.example");
  const std::int64_t case_id = commissioned_case(token);
  const std::string case_text = std::to_string(case_id);
  const HttpResult asked = api("POST", "/api/v1/cases/" + case_text + "/chronology-requests", token,
                               R"({"agency_ids": [1, 2]})");
  ASSERT_EQ(asked.status, 201) << asked.body;
  Poco::JSON::Parser parser;
  const auto requests = parser.parse(asked.body).extract<Poco::JSON::Array::Ptr>();
  const std::string social_care_request =
      std::to_string(requests->getObject(0)->getValue<std::int64_t>("id"));
  const std::string police_request =
      std::to_string(requests->getObject(1)->getValue<std::int64_t>("id"));

  // The police: 150 daily visits from 1 January 2021 and a home visit on 12 May 2021.
  std::string police_csv = "Start date,Source,Event\r\n";
  const CivilDate start = parse_iso_date("start", "2021-01-01").value();
  for (int day = 0; day < 150; ++day) {
    police_csv += start.add_days(day).to_iso_string() + ",Log,Patrol call " +
                  std::to_string(day + 1) + "\r\n";
    if (start.add_days(day).to_iso_string() == "2021-05-12")
      police_csv += "12/05/2021,Log,Home visit mother said tired\r\n";
  }
  const std::string police = api_token("contributor@northbrook.example");
  const HttpResult imported =
      api("POST", "/api/v1/chronology-requests/" + police_request + "/import", police, police_csv);
  ASSERT_EQ(imported.status, 200) << imported.body;
  ASSERT_EQ(
      api("POST", "/api/v1/chronology-requests/" + police_request + "/submission", police).status,
      200);
  add_account("csc-contributor@northbrook.example", Role::contributor, "NBP", "CSC");
  const std::string social_care = api_token("csc-contributor@northbrook.example");
  ASSERT_EQ(
      api("POST", "/api/v1/chronology-requests/" + social_care_request + "/import", social_care,
          "Date,Source,Event\r\n12/05/2021,Case note,Home visit mother said tired\r\n")
          .status,
      200);
  ASSERT_EQ(
      api("POST", "/api/v1/chronology-requests/" + social_care_request + "/submission", social_care)
          .status,
      200);

  const std::string path = "/cases/" + case_text + "/chronology";
  const SignedInBrowser manager = sign_in("manager@northbrook.example");
  const HttpResult first = manager.get(path);
  ASSERT_EQ(first.status, 200) << first.body;
  const auto page = html::Document::parse(first.body);
  EXPECT_EQ(summary_value(page, "Entries"), "152 from 2 agencies");
  EXPECT_EQ(summary_value(page, "Possible duplicate"), "2");
  const auto rows = table_rows(page, "Entries in date order");
  ASSERT_EQ(rows.size(), 101u) << "a gap row, then 100 entries: one page";
  EXPECT_NE(rows[0].at(0).find("Gap: no contact from any agency"), std::string::npos);
  // Rule KPE-1: the first cell is the box that chooses the entry for a key practice episode.
  EXPECT_EQ(rows[1].at(0), "Choose the entry of 1 January 2021 from Northbrook Police");
  EXPECT_EQ(rows[1].at(1), "1 January 2021");
  EXPECT_EQ(rows[1].at(2), "POLICE Northbrook Police") << "the code beside the name";
  ASSERT_NE(page.select_one("a[href='" + path + "?page=2']"), nullptr);
  const auto second = table_rows(html::Document::parse(manager.get(path + "?page=2").body),
                                 "Entries in date order");
  ASSERT_EQ(second.size(), 53u) << "52 entries and the gap after the last";
  EXPECT_NE(second.back().at(0).find("Gap"), std::string::npos);

  const auto csc_only = table_rows(html::Document::parse(manager.get(path + "?agency=1").body),
                                   "Entries in date order");
  ASSERT_EQ(csc_only.size(), 3u) << "the gaps before and after, and the one entry";
  EXPECT_EQ(csc_only[1].at(2), "CSC Northbrook Children's Social Care");
  const HttpResult bad_period = manager.get(path + "?from=31%2F02%2F2021");
  EXPECT_EQ(bad_period.status, 422);
  EXPECT_EQ(error_summary(html::Document::parse(bad_period.body)).at(0).first, "#from");
  const auto may = html::Document::parse(manager.get(path + "?from=May+2021&to=May+2021").body);
  EXPECT_NE(may.select_one("main")->normalised_text().find("of 32."), std::string::npos)
      << "30 days of patrols and the two home visits";

  // Rule CHR-3: flagged only, then marked "same event": no longer offered.
  const HttpResult flagged = manager.get(path + "?flagged=yes");
  const auto flagged_page = html::Document::parse(flagged.body);
  ASSERT_EQ(table_rows(flagged_page, "Entries in date order").size(), 4u)
      << "the two possible duplicates, and the gaps, flags of their own";
  const auto* mark_form = flagged_page.select_one("form[action='" + path + "/duplicates']");
  ASSERT_NE(mark_form, nullptr);
  const FormFields fields = hidden_fields(flagged_page, path + "/duplicates");
  FormFields pair;
  for (const auto& field : fields)
    if (field.first != "csrf_token") pair.push_back(field);
  pair.push_back({"verdict", "same"});
  const HttpResult committee_mark =
      sign_in("committee@northbrook.example").post(path + "/duplicates", pair);
  EXPECT_EQ(committee_mark.status, 403) << "the committee reads, never marks";
  const HttpResult marked =
      manager.post_exactly(path + "/duplicates", with_answers(fields, {{"verdict", "same"}}));
  ASSERT_EQ(marked.status, 303) << marked.body;
  EXPECT_EQ(marked.header("location"), path + "?flagged=yes&done=marked");
  const auto after = html::Document::parse(manager.get(path + "?flagged=yes").body);
  EXPECT_TRUE(table_rows(after, "Entries in date order").empty());
  EXPECT_EQ(summary_value(after, "Possible duplicate"), "0");
  const HttpResult by_api = api("GET", "/api/v1/cases/" + case_text + "/chronology", token);
  ASSERT_EQ(by_api.status, 200);
  const auto document = json_of(by_api);
  EXPECT_EQ(document->getObject("flag_counts")->getValue<int>("possible_duplicate"), 0);
  const auto entries = document->getArray("entries");
  for (std::size_t index = 0; index < entries->size(); ++index)
    EXPECT_EQ(entries->getObject(index)->getArray("possible_duplicate_of")->size(), 0u)
        << "a marked pair is no longer offered";
  EXPECT_NE(by_api.body.find("\"verdict\":\"same\""), std::string::npos);

  // Who else: another partnership's manager finds nothing; a contributor may not.
  add_account("manager@elsewhere.example", Role::manager, "ELS");
  EXPECT_EQ(sign_in("manager@elsewhere.example").get(path).status, 404);
  EXPECT_EQ(sign_in("contributor@northbrook.example").get(path).status, 403);
}

INSTANTIATE_TEST_SUITE_P(Engines, ChronologyPagesTest,
                         ::testing::ValuesIn(testing_support::test_engines()));

}  // namespace
}  // namespace casereview::web
