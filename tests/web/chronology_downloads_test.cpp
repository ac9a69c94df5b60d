// The chronology's downloads over real HTTP, on SQLite and on PostgreSQL (issue 11 "Downloads",
// Rule CHR-2, Rule CHR-3): a contributor's template from the API and from the page's link, and the
// merged chronology as CSV, XLSX and PDF for the manager, each an attachment of the right type
// named after the case, read back with the program's own spreadsheet reader; an unknown format is
// 422, and a case or request the caller may not see is 404.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include <fstream>

#include "app/clock.hpp"
#include "app/documents/chronology_import.hpp"
#include "app/documents/spreadsheet_reader.hpp"
#include "case_test_support.hpp"

namespace casereview::web {
namespace {

namespace html = casereview::test::html;
using testing_support::HttpResult;

constexpr const char* xlsx_type =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

class ChronologyDownloadsTest : public CaseServerTest {
 protected:
  // The server's clock is now, like the demonstration cases' dates.
  ChronologyDownloadsTest() {
    now_ = SystemClock().now();
    std::ofstream(clock_file_) << format_instant(now_) << "\n";
  }
};

// Rule CHR-2 and Rule CHR-3, end to end: ask, fill in from the template, submit, download.
TEST_P(ChronologyDownloadsTest, TheTemplateAndTheMergedChronologyDownloadAsFiles) {
  const std::string manager = api_token("manager@northbrook.example");
  const std::string contributor = api_token("contributor@northbrook.example");
  const std::int64_t case_id = commissioned_case(manager);
  const HttpResult asked =
      api("POST", "/api/v1/cases/" + std::to_string(case_id) + "/chronology-requests", manager,
          R"({"agency_ids": [1, 2]})");
  ASSERT_EQ(asked.status, 201) << asked.body;
  // The request of the contributor's own agency: the one they can read.
  std::string request_api;
  Poco::JSON::Parser parser;
  const auto requests = parser.parse(asked.body).extract<Poco::JSON::Array::Ptr>();
  for (std::size_t index = 0; index < requests->size(); ++index) {
    const std::string candidate =
        "/api/v1/chronology-requests/" +
        std::to_string(requests->getObject(index)->getValue<std::int64_t>("id"));
    if (api("GET", candidate + "/entries", contributor).status == 200) request_api = candidate;
  }
  ASSERT_FALSE(request_api.empty()) << asked.body;
  const std::string request_id = request_api.substr(request_api.rfind('/') + 1);

  // The template, XLSX by default, is the importer's header.
  const HttpResult xlsx_template = api("GET", request_api + "/template", contributor);
  ASSERT_EQ(xlsx_template.status, 200) << xlsx_template.body;
  EXPECT_EQ(xlsx_template.header("content-type"), xlsx_type);
  EXPECT_NE(xlsx_template.header("content-disposition")
                .find("attachment; filename=\"chronology-template-"),
            std::string::npos);
  auto template_rows = read_spreadsheet(xlsx_template.body);
  ASSERT_TRUE(template_rows.ok()) << template_rows.error().message;
  EXPECT_EQ(template_rows.value(), SpreadsheetRows{chronology_template_header()});
  const HttpResult csv_template = api("GET", request_api + "/template?format=csv", contributor);
  ASSERT_EQ(csv_template.status, 200);
  EXPECT_EQ(csv_template.header("content-type"), "text/csv; charset=utf-8");
  EXPECT_EQ(api("GET", request_api + "/template?format=doc", contributor).status, 422);
  // The page's link, signed in with a browser.
  const SignedInBrowser browser = sign_in("contributor@northbrook.example");
  const HttpResult page_template =
      browser.get("/chronology-requests/" + request_id + "/template/xlsx");
  ASSERT_EQ(page_template.status, 200) << page_template.body;
  EXPECT_FALSE(page_template.body.empty());
  EXPECT_EQ(page_template.header("content-type"), xlsx_type);

  // Filled in, imported and submitted.
  const HttpResult imported = testing_support::http_request(
      server_->port(), "POST", request_api + "/import",
      {{"Authorization", "Bearer " + contributor}},
      csv_template.body + "May 2021,,,,Police record,Child A,Welfare check,,,\r\n", "text/csv");
  ASSERT_EQ(imported.status, 200) << imported.body;
  ASSERT_EQ(api("POST", request_api + "/submission", contributor).status, 200);

  const std::string chronology_api = "/api/v1/cases/" + std::to_string(case_id) + "/chronology";
  const HttpResult xlsx = api("GET", chronology_api + "?format=xlsx", manager);
  ASSERT_EQ(xlsx.status, 200) << xlsx.body;
  EXPECT_EQ(xlsx.header("content-type"), xlsx_type);
  EXPECT_NE(xlsx.header("content-disposition").find("attachment; filename=\"chronology-"),
            std::string::npos);
  EXPECT_EQ(xlsx.header("cache-control"), "no-store");
  auto rows = read_spreadsheet(xlsx.body);
  ASSERT_TRUE(rows.ok()) << rows.error().message;
  // The scope's start to May 2021 is a gap row; then the entry, its date as written and in ISO.
  ASSERT_EQ(rows.value().size(), 4u);
  EXPECT_EQ(rows.value()[1][0], "1 January 2020");
  EXPECT_EQ(rows.value()[2][0], "May 2021");
  EXPECT_EQ(rows.value()[2][1], "2021-05");
  EXPECT_EQ(rows.value()[2][9], "Welfare check");
  const HttpResult csv = api("GET", chronology_api + "?format=csv", manager);
  ASSERT_EQ(csv.status, 200);
  EXPECT_NE(csv.body.find("Welfare check"), std::string::npos);
  const HttpResult pdf = api("GET", chronology_api + "?format=pdf", manager);
  ASSERT_EQ(pdf.status, 200) << pdf.body;
  EXPECT_EQ(pdf.header("content-type"), "application/pdf");
  EXPECT_EQ(pdf.body.rfind("%PDF-", 0), 0u);
  EXPECT_NE(pdf.header("content-disposition").find(".pdf\""), std::string::npos);
  EXPECT_EQ(api("GET", chronology_api + "?format=doc", manager).status, 422);

  // The page's links, for the manager signed in; nobody else's.
  const SignedInBrowser manager_browser = sign_in("manager@northbrook.example");
  const std::string merged_path = "/cases/" + std::to_string(case_id) + "/chronology";
  const auto merged_page = html::Document::parse(manager_browser.get(merged_path).body);
  for (const char* format : {"xlsx", "csv", "pdf"})
    EXPECT_NE(merged_page.select_one("a[href='" + merged_path + "/" + format + "']"), nullptr)
        << "the merged chronology page links its " << format << " download";
  const HttpResult page_xlsx = manager_browser.get(merged_path + "/xlsx");
  ASSERT_EQ(page_xlsx.status, 200);
  EXPECT_EQ(page_xlsx.header("content-type"), xlsx_type);
  EXPECT_EQ(
      manager_browser.get("/cases/" + std::to_string(case_id + 1000) + "/chronology/csv").status,
      404);
  EXPECT_EQ(api("GET",
                "/api/v1/chronology-requests/" + std::to_string(std::stoll(request_id) + 1000) +
                    "/template",
                contributor)
                .status,
            404);
}

INSTANTIATE_TEST_SUITE_P(Engines, ChronologyDownloadsTest,
                         ::testing::ValuesIn(testing_support::test_engines()));

}  // namespace
}  // namespace casereview::web
