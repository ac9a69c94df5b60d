// The yearly report over real HTTP, on SQLite and on PostgreSQL (issue 15, Rule YR-1): the
// manager reads the demonstration's year as tables and charts, and the page, its CSV and the API
// give the same figures; the charts are well-formed SVG, hidden from screen readers because their
// words are on the page; the PDF says the same; a bad period is named and changes nothing; the
// Panel reads every partnership's row and nobody else does. (The figures' arithmetic is proven
// against a dataset known by hand in tests/app/yearly_figures_test.cpp.)
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <gtest/gtest.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <regex>

#include "case_test_support.hpp"
#include "support/poppler.hpp"

namespace casereview::web {
namespace {

namespace html = casereview::test::html;
using testing_support::HttpResult;

class YearlyReportPagesTest : public CaseServerTest {
 protected:
  // The row of the table with `caption` whose first cell is `figure`.
  static std::vector<std::string> row_of(const html::Document& page, const std::string& caption,
                                         const std::string& figure) {
    for (const auto& row : table_rows(page, caption))
      if (!row.empty() && row[0] == figure) return row;
    ADD_FAILURE() << "no row " << figure << " in " << caption;
    return {};
  }

  // The CSV's line whose first two cells are `section` and `figure`.
  static std::string csv_line_of(const std::string& csv, const std::string& section,
                                 const std::string& figure) {
    std::istringstream lines(csv);
    std::string line;
    while (std::getline(lines, line))
      if (line.rfind(section + "," + figure + ",", 0) == 0) return line;
    ADD_FAILURE() << "no line " << section << "," << figure;
    return "";
  }
};

// Rule YR-1: by default the last April-to-March year that has ended; any year from the list; the
// same figures on the page, in the CSV and through the API.
TEST_P(YearlyReportPagesTest, TheManagerReadsTheYearAsTablesChartsAndCsv) {
  const SignedInBrowser manager = sign_in("manager@northbrook.example");
  const HttpResult standard = manager.get("/yearly-report");
  ASSERT_EQ(standard.status, 200) << standard.body;
  // The server's clock stands at 2 March 2026: the 2025 to 2026 year has not ended.
  EXPECT_EQ(heading_text(html::Document::parse(standard.body)), "Yearly report 2024 to 2025");

  // Ten years to the end of March 2027 hold the demonstration's records, whatever day it was
  // made on.
  const std::string wide =
      "from-day=1&from-month=4&from-year=2017&to-day=31&to-month=3&to-year=2027";
  const HttpResult year = manager.get("/yearly-report?" + wide);
  ASSERT_EQ(year.status, 200) << year.body;
  const auto page = html::Document::parse(year.body);
  EXPECT_EQ(heading_text(page), "Yearly report 1 April 2017 to 31 March 2027");
  const auto notifications = row_of(page, "Notifications", "Notifications");
  ASSERT_EQ(notifications.size(), 3u);

  const std::string token = api_token("manager@northbrook.example");
  const HttpResult api_answer =
      api("GET", "/api/v1/yearly-report?from=2017-04-01&to=2027-03-31", token);
  ASSERT_EQ(api_answer.status, 200) << api_answer.body;
  const auto document = json_of(api_answer);
  const auto count = document->getObject("notifications")->getValue<std::int64_t>("count");
  EXPECT_GT(count, 0) << "the demonstration's cases were notified in these years";
  EXPECT_EQ(notifications[1], std::to_string(count));
  EXPECT_EQ(document->getObject("period")->getValue<std::string>("from"), "2017-04-01");
  EXPECT_EQ(document->getObject("previous")->getObject("period")->getValue<std::string>("to"),
            "2017-03-31");
  const auto published = document->getObject("reviews")->getValue<std::int64_t>("published");
  EXPECT_EQ(row_of(page, "Reviews", "Published")[1], std::to_string(published));

  const HttpResult csv = manager.get("/yearly-report/csv?" + wide);
  ASSERT_EQ(csv.status, 200);
  EXPECT_EQ(csv.headers.at("content-type"), "text/csv; charset=utf-8");
  EXPECT_NE(csv.headers.at("content-disposition").find("yearly-report-2017-04-01-to-2027-03-31"),
            std::string::npos);
  EXPECT_EQ(csv_line_of(csv.body, "Notifications", "Notifications"),
            "Notifications,Notifications," + notifications[1] + "," + notifications[2] + "\r");
  const HttpResult year_csv = manager.get("/yearly-report/csv?year=2025");
  EXPECT_EQ(year_csv.body.rfind("Section,Figure,2025 to 2026,2024 to 2025\r\n", 0), 0u)
      << year_csv.body;

  // The PDF to put into the published report: its text says the same.
  const HttpResult pdf = manager.get("/yearly-report/pdf?" + wide);
  ASSERT_EQ(pdf.status, 200);
  EXPECT_EQ(pdf.headers.at("content-type"), "application/pdf");
  const std::string text = testing_support::collapsed(testing_support::pdf_text(pdf.body));
  EXPECT_NE(text.find("Yearly report 1 April 2017 to 31 March 2027"), std::string::npos) << text;
  EXPECT_NE(text.find("Where progress was slow"), std::string::npos) << text;
  EXPECT_NE(text.find("Notifications: " + notifications[1] + " ("), std::string::npos) << text;

  // Two charts, each a figure with its caption; every bar a well-formed SVG, hidden from screen
  // readers (the words above it say what it shows).
  EXPECT_EQ(page.select("main figure.cr-chart").size(), 2u);
  EXPECT_EQ(page.select("main figure.cr-chart figcaption").size(), 2u);
  const std::regex svg_element("<svg[^>]*>.*?</svg>");
  int bars = 0;
  for (auto it = std::sregex_iterator(year.body.begin(), year.body.end(), svg_element);
       it != std::sregex_iterator(); ++it) {
    const std::string svg = it->str();
    if (svg.find("cr-chart__svg") == std::string::npos) continue;
    ++bars;
    xmlDocPtr parsed = xmlReadMemory(svg.data(), static_cast<int>(svg.size()), "bar.svg", nullptr,
                                     XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    EXPECT_NE(parsed, nullptr) << svg;
    if (parsed != nullptr) xmlFreeDoc(parsed);
    EXPECT_NE(svg.find("aria-hidden=\"true\""), std::string::npos) << svg;
  }
  EXPECT_GE(bars, 8) << "four timeliness figures, two periods each, and the themes";
}

// A bad period is named on the page (422, the GOV.UK error summary) and in the API's problem.
TEST_P(YearlyReportPagesTest, ABadPeriodIsNamed) {
  const SignedInBrowser manager = sign_in("manager@northbrook.example");
  const HttpResult year = manager.get("/yearly-report?year=1999");
  EXPECT_EQ(year.status, 422);
  EXPECT_EQ(
      error_summary(html::Document::parse(year.body)),
      (std::vector<std::pair<std::string, std::string>>{{"#year", "Choose a year from the list"}}));
  const HttpResult dates = manager.get("/yearly-report?from-day=31&from-month=2&from-year=2026");
  EXPECT_EQ(dates.status, 422);
  EXPECT_EQ(
      error_summary(html::Document::parse(dates.body)),
      (std::vector<std::pair<std::string, std::string>>{
          {"#from-day", "Start date must be a real date"}, {"#to-day", "Enter the end date"}}));
  const HttpResult backwards = manager.get(
      "/yearly-report?from-day=1&from-month=4&from-year=2025&to-day=31&to-month=3&to-year=2025");
  EXPECT_EQ(backwards.status, 422);
  EXPECT_EQ(error_summary(html::Document::parse(backwards.body)),
            (std::vector<std::pair<std::string, std::string>>{
                {"#to-day", "The end of the period must be on or after its start"}}));
  const HttpResult any_dates = manager.get(
      "/yearly-report?from-day=1&from-month=5&from-year=2025&to-day=31&to-month=7&to-year=2025");
  EXPECT_EQ(any_dates.status, 200);
  EXPECT_EQ(heading_text(html::Document::parse(any_dates.body)),
            "Yearly report 1 May 2025 to 31 July 2025");

  const std::string token = api_token("manager@northbrook.example");
  const HttpResult bad = api("GET", "/api/v1/yearly-report?from=2026-02-30&to=2026-03-31", token);
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(problem_fields(bad), (std::vector<std::string>{"from"}));
  const HttpResult half = api("GET", "/api/v1/yearly-report?from=2025-04-01", token);
  EXPECT_EQ(half.status, 422);
  EXPECT_EQ(problem_fields(half), (std::vector<std::string>{"to"}));
}

// Rule YR-1: the Panel's figures of every partnership, a row each, the same as each
// partnership's own; nobody else reads them, and the Panel has no partnership report.
TEST_P(YearlyReportPagesTest, ThePanelReadsEveryPartnershipAndNobodyElseDoes) {
  const SignedInBrowser panel = sign_in("panel@national-panel.example");
  const HttpResult page = panel.get(
      "/yearly-report/national?from-day=1&from-month=4&from-year=2017&to-day=31&to-month=3&to-year="
      "2027");
  ASSERT_EQ(page.status, 200) << page.body;
  const auto rows = table_rows(html::Document::parse(page.body), "Each partnership");
  ASSERT_FALSE(rows.empty());

  const HttpResult national =
      api("GET", "/api/v1/yearly-report/national?from=2017-04-01&to=2027-03-31",
          api_token("panel@national-panel.example"));
  ASSERT_EQ(national.status, 200) << national.body;
  const auto partnerships = json_of(national)->getArray("partnerships");
  ASSERT_EQ(partnerships->size(), rows.size());
  const HttpResult own = api("GET", "/api/v1/yearly-report?from=2017-04-01&to=2027-03-31",
                             api_token("manager@northbrook.example"));
  const auto own_count = json_of(own)->getObject("notifications")->getValue<std::int64_t>("count");
  bool found = false;
  for (std::size_t i = 0; i < partnerships->size(); ++i) {
    const auto row = partnerships->getObject(static_cast<unsigned>(i));
    if (row->getValue<std::string>("partnership") != "Northbrook Safeguarding Children Partnership")
      continue;
    found = true;
    EXPECT_EQ(row->getObject("notifications")->getValue<std::int64_t>("count"), own_count);
    EXPECT_GT(own_count, 0);
    EXPECT_FALSE(row->getObject("actions")->has("by_agency")) << "no agency's detail";
  }
  EXPECT_TRUE(found);

  const HttpResult csv = panel.get("/yearly-report/national/csv?year=2025");
  ASSERT_EQ(csv.status, 200);
  EXPECT_EQ(csv.body.rfind("Partnership,Notifications: Notifications,", 0), 0u) << csv.body;

  EXPECT_EQ(panel.get("/yearly-report").status, 403);
  const SignedInBrowser manager = sign_in("manager@northbrook.example");
  EXPECT_EQ(manager.get("/yearly-report/national").status, 403);
  EXPECT_EQ(api("GET", "/api/v1/yearly-report/national", api_token("committee@northbrook.example"))
                .status,
            403);
}

// Rule YR-1: the publication's forms on the report's page: a day that does not exist is named
// (422, nothing recorded), a real one recorded with the day it must be sent by, then a sending.
TEST_P(YearlyReportPagesTest, TheManagerRecordsThePublicationAndItsSending) {
  const SignedInBrowser manager = sign_in("manager@northbrook.example");
  const auto page = html::Document::parse(manager.get("/yearly-report?year=2024").body);
  const FormFields fields = hidden_fields(page, "/yearly-report/publication");
  const HttpResult bad = manager.post_exactly(
      "/yearly-report/publication", with_answers(fields, {{"published_on-day", "31"},
                                                          {"published_on-month", "2"},
                                                          {"published_on-year", "2025"}}));
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(error_summary(html::Document::parse(bad.body)),
            (std::vector<std::pair<std::string, std::string>>{
                {"#published_on-day", "Enter a real date"}}));
  EXPECT_FALSE(summary_value(html::Document::parse(manager.get("/yearly-report?year=2024").body),
                             "Published"));

  const HttpResult good = manager.post_exactly(
      "/yearly-report/publication", with_answers(fields, {{"published_on-day", "30"},
                                                          {"published_on-month", "9"},
                                                          {"published_on-year", "2025"}}));
  ASSERT_EQ(good.status, 303) << good.body;
  EXPECT_EQ(good.header("location"), "/yearly-report?year=2024#publication");
  const auto after = html::Document::parse(manager.get("/yearly-report?year=2024").body);
  EXPECT_EQ(summary_value(after, "Published"), "30 September 2025");
  EXPECT_EQ(summary_value(after, "Send to the Panel and Foundations by"), "7 October 2025");
  EXPECT_EQ(summary_value(after, "Sent to the Panel"), "Not yet");

  const HttpResult sent = manager.post_exactly(
      "/yearly-report/sent",
      with_answers(hidden_fields(after, "/yearly-report/sent"), {{"recipient", "panel"},
                                                                 {"sent_on-day", "1"},
                                                                 {"sent_on-month", "10"},
                                                                 {"sent_on-year", "2025"}}));
  ASSERT_EQ(sent.status, 303) << sent.body;
  EXPECT_EQ(summary_value(html::Document::parse(manager.get("/yearly-report?year=2024").body),
                          "Sent to the Panel"),
            "1 October 2025");
}

INSTANTIATE_TEST_SUITE_P(Engines, YearlyReportPagesTest,
                         testing::ValuesIn(testing_support::test_engines()),
                         testing_support::engine_test_name);

}  // namespace
}  // namespace casereview::web
