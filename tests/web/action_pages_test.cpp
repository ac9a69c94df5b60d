// The action plans over real HTTP, on SQLite and on PostgreSQL (issue 13, Rule ACT-1, Rule ACT-2,
// Rule ACT-3, Rule ACT-4): the demonstration's four actions listed by the API with their colours
// and filtered by colour; a lead sees their agency's, a contributor is refused and another
// partnership sees none; an action made by the API answers as its contract says and bad input names
// its fields; a file of evidence goes up as multipart (larger than the server's usual body limit)
// and comes back byte for byte as an attachment, while a file whose name lies is refused; and on
// the pages a lead updates an action and adds evidence while the committee signs another off, each
// form's errors on its own page.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>
#include <gtest/gtest.h>

#include <fstream>
#include <map>

#include "app/clock.hpp"
#include "app/documents/spreadsheet_reader.hpp"
#include "case_test_support.hpp"
#include "domain/uk_time.hpp"
#include "support/fixture_files.hpp"
#include "support/poppler.hpp"

namespace casereview::web {
namespace {

namespace html = casereview::test::html;
using testing_support::HttpResult;

class ActionPagesTest : public CaseServerTest {
 protected:
  // The demonstration's actions are dated from the real today: so is the server's clock.
  ActionPagesTest() {
    now_ = SystemClock().now();
    std::ofstream(clock_file_) << format_instant(now_) << "\n";
  }

  // The demonstration's actions by their RAG rating, as the committee's API lists them.
  std::map<std::string, Poco::JSON::Object::Ptr> actions_by_rag(const std::string& token) {
    const HttpResult listed = api("GET", "/api/v1/actions", token);
    EXPECT_EQ(listed.status, 200) << listed.body;
    std::map<std::string, Poco::JSON::Object::Ptr> by_rag;
    const auto actions = json_of(listed)->getArray("actions");
    for (std::size_t index = 0; index < actions->size(); ++index) {
      const auto action = actions->getObject(static_cast<unsigned>(index));
      by_rag[action->getValue<std::string>("rag")] = action;
    }
    return by_rag;
  }

  // The first link in the page's main whose address is `prefix` followed by an id only
  // ("/cases/" → "/cases/12"); "" when there is none.
  static std::string first_numbered_link(const html::Document& page, const std::string& prefix) {
    for (const auto* link : page.select("main a")) {
      const std::string href = link->attribute("href").value_or("");
      if (href.size() > prefix.size() && href.rfind(prefix, 0) == 0 &&
          href.find_first_not_of("0123456789", prefix.size()) == std::string::npos)
        return href;
    }
    return "";
  }

  std::string multipart_body(const std::string& boundary, const std::string& csrf,
                             const std::string& kind, const std::string& file_name,
                             const std::string& content) const {
    std::string body;
    if (!csrf.empty())
      body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n" +
              csrf + "\r\n";
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind +
            "\r\n--" + boundary +
            "\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nThe audit's report\r\n--" +
            boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" +
            file_name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content +
            "\r\n--" + boundary + "--\r\n";
    return body;
  }
};

// Rule ACT-3, Rule NTK-2: every colour once in the demonstration, the filter in the database
// agreeing; a lead's list is their agency's; others are refused or see nothing.
TEST_P(ActionPagesTest, TheApiListsActionsWithTheirColoursToThoseWhoMaySeeThem) {
  const std::string committee = api_token("committee@northbrook.example");
  auto by_rag = actions_by_rag(committee);
  ASSERT_EQ(by_rag.size(), 4u) << "blue, red, amber and green";
  EXPECT_EQ(by_rag["blue"]->getValue<std::string>("status"), "closed");
  EXPECT_EQ(by_rag["red"]->getValue<std::string>("status"), "not_started");
  EXPECT_EQ(by_rag["amber"]->getValue<std::string>("status"), "awaiting_sign_off");
  EXPECT_EQ(by_rag["green"]->getObject("owner")->getValue<std::string>("name"),
            by_rag["red"]->getObject("owner")->getValue<std::string>("name"));
  for (const char* rag : {"blue", "red", "amber", "green"}) {
    const HttpResult filtered = api("GET", std::string("/api/v1/actions?rag=") + rag, committee);
    ASSERT_EQ(filtered.status, 200) << filtered.body;
    ASSERT_EQ(json_of(filtered)->getValue<int>("total"), 1) << rag;
    EXPECT_EQ(json_of(filtered)->getArray("actions")->getObject(0)->getValue<std::string>("rag"),
              rag);
  }
  const HttpResult overdue = api("GET", "/api/v1/actions?overdue=true", committee);
  EXPECT_EQ(json_of(overdue)->getValue<int>("total"), 1) << overdue.body;
  const HttpResult bad = api("GET", "/api/v1/actions?rag=purple&case_id=x", committee);
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(problem_fields(bad), (std::vector<std::string>{"case_id", "rag"}));

  EXPECT_EQ(json_of(api("GET", "/api/v1/actions", api_token("lead@northbrook.example")))
                ->getValue<int>("total"),
            4)
      << "the hospital's lead owns them all";
  EXPECT_EQ(api("GET", "/api/v1/actions", api_token("contributor@northbrook.example")).status, 403);
  add_account("committee@south.example", Role::committee, "SOUTH");
  const std::string south = api_token("committee@south.example");
  EXPECT_EQ(json_of(api("GET", "/api/v1/actions", south))->getValue<int>("total"), 0);
  const std::string red_id = std::to_string(by_rag["red"]->getValue<std::int64_t>("id"));
  EXPECT_EQ(api("GET", "/api/v1/actions/" + red_id, south).status, 404);
  EXPECT_EQ(api("POST", "/api/v1/actions/" + red_id + "/sign-off",
                api_token("lead@northbrook.example"), R"({"decision": "accept"})")
                .status,
            403)
      << "a lead never signs off";
}

// Rule ACT-1: the contract of POST /api/v1/recommendations/{id}/actions.
TEST_P(ActionPagesTest, AnActionMadeByTheApiAnswersAsItsContractSays) {
  const std::string manager = api_token("manager@northbrook.example");
  const auto any = actions_by_rag(manager)["green"];
  const std::string path = "/api/v1/recommendations/" +
                           std::to_string(any->getValue<std::int64_t>("recommendation_id")) +
                           "/actions";
  const std::string due = uk_date(now_).add_days(3).to_iso_string();
  const HttpResult made =
      api("POST", path, manager,
          R"({"text": "Share the escalation route at the nurses' forum", "agency_id": )" +
              std::to_string(any->getValue<std::int64_t>("agency_id")) +
              R"(, "kind": "process", "success_measure": "Minutes show it", "start_on": ")" +
              uk_date(now_).to_iso_string() + R"(", "due_on": ")" + due + R"("})");
  ASSERT_EQ(made.status, 201) << made.body;
  const auto action = json_of(made);
  EXPECT_GT(action->getValue<std::int64_t>("id"), 0);
  EXPECT_EQ(action->getValue<std::string>("status"), "not_started");
  EXPECT_EQ(action->getValue<std::string>("rag"), "amber") << "due within 10 working days";
  EXPECT_EQ(action->getValue<std::string>("due_on"), due);

  const HttpResult empty = api("POST", path, manager, "{}");
  EXPECT_EQ(empty.status, 422);
  EXPECT_EQ(problem_fields(empty), (std::vector<std::string>{"text", "kind", "success_measure",
                                                             "start_on", "due_on", "agency_ids"}));
  EXPECT_EQ(problem_fields(api("POST", path, manager, R"({"agency_id": "four"})")),
            std::vector<std::string>{"agency_id"});
  EXPECT_EQ(problem_fields(api("POST", path, manager,
                               R"({"text": "Brief the wards", "kind": "process", "agency_id": )" +
                                   std::to_string(any->getValue<std::int64_t>("agency_id")) +
                                   R"(, "success_measure": "Briefed", "start_on": ")" +
                                   uk_date(now_).to_iso_string() + R"(", "due_on": ")" + due +
                                   R"(", "course_ids": [1]})")),
            std::vector<std::string>{"course_ids"})
      << "courses belong to training actions";
  EXPECT_EQ(api("POST", path, api_token("lead@northbrook.example"), "{}").status, 403);
  EXPECT_EQ(json_of(api("GET", "/api/v1/actions", manager))->getValue<int>("total"), 5);
}

// A file of evidence up as multipart and back as an attachment, byte for byte; its type is its
// content's; a name that lies is 422 with nothing stored; the route takes a body over the server's
// usual 1 MiB, which other routes still refuse.
TEST_P(ActionPagesTest, EvidenceFilesGoUpAsMultipartAndComeBackAsAttachments) {
  const std::string lead = api_token("lead@northbrook.example");
  const std::string green_id =
      std::to_string(actions_by_rag(lead)["green"]->getValue<std::int64_t>("id"));
  const std::string pdf =
      testing_support::app_fixture("report-v1.pdf") + std::string(3 << 20, '\n');  // 3 MiB more
  const std::string boundary = "casereviewactionboundary";
  const auto upload = [&](const std::string& file_name, const std::string& content) {
    return testing_support::http_request(server_->port(), "POST",
                                         "/api/v1/actions/" + green_id + "/evidence",
                                         {{"Authorization", "Bearer " + lead}},
                                         multipart_body(boundary, "", "impact", file_name, content),
                                         "multipart/form-data; boundary=" + boundary);
  };
  const HttpResult added = upload("audit.pdf", pdf);
  ASSERT_EQ(added.status, 201) << added.body;
  const auto file = json_of(added)->getObject("file");
  EXPECT_EQ(file->getValue<std::string>("content_type"), "application/pdf");
  EXPECT_EQ(file->getValue<std::int64_t>("size"), static_cast<std::int64_t>(pdf.size()));
  const HttpResult back = testing_support::http_get(
      server_->port(), file->getValue<std::string>("href"), {{"Authorization", "Bearer " + lead}});
  ASSERT_EQ(back.status, 200);
  EXPECT_EQ(back.body, pdf);
  EXPECT_EQ(back.headers.at("content-type"), "application/pdf");
  EXPECT_EQ(back.headers.at("content-disposition").rfind("attachment; ", 0), 0u);
  EXPECT_EQ(back.headers.at("x-content-type-options"), "nosniff");

  const HttpResult lying = upload("audit.xlsx", pdf);
  EXPECT_EQ(lying.status, 422);
  EXPECT_EQ(problem_fields(lying), std::vector<std::string>{"file"});
  const HttpResult shown = api("GET", "/api/v1/actions/" + green_id, lead);
  EXPECT_EQ(json_of(shown)->getArray("evidence")->size(), 1u);
  // Elsewhere the usual limit holds: announced, 2 MiB is refused from the headers alone (the
  // client sends only the start, as the server closes without reading the rest).
  Poco::Net::StreamSocket socket(
      Poco::Net::SocketAddress("127.0.0.1", static_cast<Poco::UInt16>(server_->port())));
  socket.setReceiveTimeout(Poco::Timespan(10, 0));
  const std::string request = "POST /api/v1/actions/" + green_id +
                              "/updates HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " +
                              lead +
                              "\r\nContent-Type: application/json\r\nContent-Length: 2097152\r\n"
                              "\r\n" +
                              std::string(1024, ' ');
  socket.sendBytes(request.data(), static_cast<int>(request.size()));
  char answer[64] = {};
  ASSERT_GT(socket.receiveBytes(answer, sizeof answer - 1), 12);
  EXPECT_EQ(std::string(answer, 12), "HTTP/1.1 413");
}

// Rule ACT-2 on the pages: the lead's "My actions", a form's errors on its own page, an update and
// a file of evidence; the committee returns the amber action with a reason.
TEST_P(ActionPagesTest, ALeadUpdatesOnThePagesAndTheCommitteeDecides) {
  const SignedInBrowser lead = sign_in("lead@northbrook.example");
  const auto mine = html::Document::parse(lead.get("/actions").body);
  EXPECT_EQ(heading_text(mine), "My actions");
  EXPECT_EQ(table_rows(mine, "Actions, soonest due first").size(), 4u);
  EXPECT_NE(mine.select_one("main")->normalised_text().find("green does not mean done"),
            std::string::npos)
      << "the legend";
  const auto by_rag = actions_by_rag(api_token("lead@northbrook.example"));
  const std::string green =
      "/actions/" + std::to_string(by_rag.at("green")->getValue<std::int64_t>("id"));

  const HttpResult blank = lead.post(green + "/updates", {{"text", " "}});
  EXPECT_EQ(blank.status, 422);
  EXPECT_EQ(
      error_summary(html::Document::parse(blank.body)),
      (std::vector<std::pair<std::string, std::string>>{{"#text", "Enter the progress update"}}));
  const HttpResult updated =
      lead.post(green + "/updates", {{"text", "Half the staff trained"}, {"status", ""}});
  ASSERT_EQ(updated.status, 303) << updated.body;
  const auto page = html::Document::parse(lead.get(green + "?done=updated").body);
  EXPECT_NE(page.select_one("main")->normalised_text().find("Half the staff trained"),
            std::string::npos);
  EXPECT_EQ(summary_value(page, "Last update"), day_month_year(uk_date(now_)));

  const std::string boundary = "casereviewpageboundary";
  const HttpResult evidence = testing_support::http_request(
      server_->port(), "POST", green + "/evidence", {{"Cookie", lead.cookie}},
      multipart_body(boundary, lead.csrf_token, "completion", "register.docx",
                     testing_support::app_fixture("report-v1.docx")),
      "multipart/form-data; boundary=" + boundary);
  ASSERT_EQ(evidence.status, 303) << evidence.body;
  const auto with_evidence = html::Document::parse(lead.get(green).body);
  EXPECT_NE(with_evidence.select_one("main")->normalised_text().find("Evidence of completion"),
            std::string::npos);
  const test::html::Node* download = nullptr;
  for (const auto* link : with_evidence.select("main a"))
    if (link->attribute("href").value_or("").rfind("/action-evidence/", 0) == 0) download = link;
  ASSERT_NE(download, nullptr);
  EXPECT_EQ(download->normalised_text().rfind("Download register.docx", 0), 0u);
  EXPECT_NE(with_evidence.select_one("form[action='" + green + "/completion']"), nullptr)
      << "now it may be proposed for sign-off";

  const SignedInBrowser committee = sign_in("committee@northbrook.example");
  const std::string amber =
      "/actions/" + std::to_string(by_rag.at("amber")->getValue<std::int64_t>("id"));
  EXPECT_EQ(lead.get(amber + "/sign-off").status, 403);
  const HttpResult no_reason = committee.post(amber + "/sign-off", {{"decision", "return"}});
  EXPECT_EQ(no_reason.status, 422);
  EXPECT_EQ(error_summary(html::Document::parse(no_reason.body)).at(0).first, "#reason");
  const HttpResult returned = committee.post(
      amber + "/sign-off", {{"decision", "return"}, {"reason", "Show it in the notes"}});
  ASSERT_EQ(returned.status, 303) << returned.body;
  const auto after = html::Document::parse(committee.get(amber).body);
  EXPECT_EQ(summary_value(after, "Status"), "In progress");
  EXPECT_NE(after.select_one("main")->normalised_text().find("Show it in the notes"),
            std::string::npos);
}

// Rule ACT-1: learning from a rapid review (the demonstration's case closed without a review) is a
// recommendation on its own page, reached from the case; the committee adds one (its errors first),
// and by the API too, and makes actions from it.
TEST_P(ActionPagesTest, TheCommitteeRecordsARapidReviewsLearningAndMakesItsActions) {
  const SignedInBrowser committee = sign_in("committee@northbrook.example");
  const std::string case_path = first_numbered_link(
      html::Document::parse(committee.get("/dashboard?stage=closed").body), "/cases/");
  ASSERT_FALSE(case_path.empty());
  const std::string path = case_path + "/rapid-review-recommendations";
  const auto case_page = html::Document::parse(committee.get(case_path).body);
  EXPECT_NE(case_page.select_one("main a[href='" + path + "']"), nullptr);

  const auto listed = html::Document::parse(committee.get(path).body);
  EXPECT_EQ(heading_text(listed), "Recommendations from the rapid review");
  const std::string listed_text = listed.select_one("main")->normalised_text();
  EXPECT_NE(listed_text.find("Ask how an injury to a child under five happened"), std::string::npos)
      << listed_text;

  const HttpResult blank = committee.post(path, {{"text", ""}});
  EXPECT_EQ(blank.status, 422);
  EXPECT_EQ(error_summary(html::Document::parse(blank.body)).size(), 2u);
  const HttpResult added = committee.post(
      path,
      {{"text", "Check the sleeping place at the first visit"}, {"addressed_to", "partnership"}});
  ASSERT_EQ(added.status, 303) << added.body;
  const auto after = html::Document::parse(committee.get(path + "?done=added-2").body);
  EXPECT_NE(after.select_one("main")->normalised_text().find("Recommendation 2 is added"),
            std::string::npos);
  const test::html::Node* make = nullptr;
  for (const auto* link : after.select("main a"))
    if (link->normalised_text() == "Actions for Recommendation 2") make = link;
  ASSERT_NE(make, nullptr);
  EXPECT_EQ(committee.get(make->attribute("href").value_or("")).status, 200);

  const std::string api_path = "/api/v1" + path;
  const std::string token = api_token("manager@northbrook.example");
  const HttpResult by_api =
      api("POST", api_path, token,
          R"({"text": "Brief health visitors", "addressed_to": {"partnership": true}})");
  ASSERT_EQ(by_api.status, 201) << by_api.body;
  EXPECT_EQ(json_of(by_api)->getValue<int>("number"), 3);
  EXPECT_EQ(json_of(by_api)->getValue<std::string>("source"), "rapid_review");
  EXPECT_EQ(json_of(by_api)->getArray("finding_ids")->size(), 0u);
  EXPECT_EQ(problem_fields(api("POST", api_path, token, "{}")),
            (std::vector<std::string>{"text", "addressed_to"}));
  EXPECT_EQ(json_of(api("GET", api_path, token))->getValue<int>("total"), 3);
  EXPECT_EQ(api("GET", api_path, api_token("lead@northbrook.example")).status, 403);
}

// Rule ACT-1 on the page: the owner may be another strategic lead, chosen from the partnership's
// leads, only for an action for one agency; anything else names owner_user_id and makes nothing.
TEST_P(ActionPagesTest, TheMakeActionsFormOffersTheLeadsAsOwners) {
  const std::string token = api_token("committee@northbrook.example");
  const auto green = actions_by_rag(token).at("green");
  const std::string path = "/recommendations/" +
                           std::to_string(green->getValue<std::int64_t>("recommendation_id")) +
                           "/actions";
  const std::string hospital = std::to_string(green->getValue<std::int64_t>("agency_id"));
  const SignedInBrowser committee = sign_in("committee@northbrook.example");
  const auto form = html::Document::parse(committee.get(path).body);
  std::vector<std::string> offered;
  for (const auto* option : form.select("select[name='owner_user_id'] option"))
    offered.push_back(option->normalised_text());
  ASSERT_EQ(offered.size(), 2u);
  EXPECT_EQ(offered[0], "Each agency's strategic lead");
  EXPECT_NE(offered[1].find("(Northbrook Hospitals NHS Trust)"), std::string::npos) << offered[1];
  std::string lead_id;
  for (const auto* option : form.select("select[name='owner_user_id'] option"))
    lead_id = option->attribute("value").value_or("");

  const int before = json_of(api("GET", "/api/v1/actions", token))->getValue<int>("total");
  const std::vector<std::pair<std::string, std::string>> fields = {
      {"text", "Audit the prompt"}, {"kind", "process"},     {"success_measure", "Audit done"},
      {"start_on-day", "1"},        {"start_on-month", "1"}, {"start_on-year", "2030"},
      {"due_on-day", "1"},          {"due_on-month", "6"},   {"due_on-year", "2030"},
      {"agency_ids", hospital}};
  auto with = [&](std::vector<std::pair<std::string, std::string>> extra) {
    std::vector<std::pair<std::string, std::string>> all = fields;
    all.insert(all.end(), extra.begin(), extra.end());
    return committee.post(path, all);
  };
  for (const auto& wrong : std::vector<std::vector<std::pair<std::string, std::string>>>{
           {{"owner_user_id", "someone"}}, {{"owner_user_id", lead_id}, {"agency_ids", "1"}}}) {
    const HttpResult refused = with(wrong);
    EXPECT_EQ(refused.status, 422) << refused.body;
    const auto summary = error_summary(html::Document::parse(refused.body));
    ASSERT_FALSE(summary.empty());
    EXPECT_EQ(summary.front().first, "#owner_user_id");
  }
  EXPECT_EQ(json_of(api("GET", "/api/v1/actions", token))->getValue<int>("total"), before);
  const HttpResult made = with({{"owner_user_id", lead_id}});
  ASSERT_EQ(made.status, 303) << made.body;
  EXPECT_EQ(json_of(api("GET", "/api/v1/actions", token))->getValue<int>("total"), before + 1);
}

// Issue 13: the course page leads its trainer to the reviews and actions it answers; the trainer
// links the demonstration's open training action (a wrong choice named first) and unlinks it; the
// committee reads the list with links to the actions; a lead may not.
TEST_P(ActionPagesTest, ATrainerLinksACourseToTheTrainingActionItAnswers) {
  const SignedInBrowser trainer = sign_in("trainer@northbrook.example");
  const std::string course_path =
      first_numbered_link(html::Document::parse(trainer.get("/courses").body), "/courses/");
  ASSERT_FALSE(course_path.empty());
  const std::string path = course_path + "/actions";
  const auto course = html::Document::parse(trainer.get(course_path).body);
  EXPECT_NE(course.select_one("main a[href='" + path + "']"), nullptr);

  const auto green = actions_by_rag(api_token("committee@northbrook.example")).at("green");
  const std::string green_id = std::to_string(green->getValue<std::int64_t>("id"));
  const auto empty = html::Document::parse(trainer.get(path).body);
  EXPECT_EQ(heading_text(empty), "The reviews and actions this course answers");
  EXPECT_NE(empty.select_one("select[name='action_id'] option[value='" + green_id + "']"), nullptr);

  const HttpResult wrong = trainer.post(path, {{"action_id", "none"}});
  EXPECT_EQ(wrong.status, 422);
  EXPECT_EQ(error_summary(html::Document::parse(wrong.body)).at(0).first, "#action_id");
  const HttpResult linked = trainer.post(path, {{"action_id", green_id}});
  ASSERT_EQ(linked.status, 303) << linked.body;
  const std::string action_text = green->getValue<std::string>("text");
  const auto listed = html::Document::parse(trainer.get(path + "?done=linked").body);
  EXPECT_NE(listed.select_one("main")->normalised_text().find(action_text), std::string::npos);
  EXPECT_EQ(listed.select_one("main a[href='/actions/" + green_id + "']"), nullptr)
      << "a trainer does not open actions";

  const SignedInBrowser committee = sign_in("committee@northbrook.example");
  const auto read = html::Document::parse(committee.get(path).body);
  EXPECT_NE(read.select_one("main a[href='/actions/" + green_id + "']"), nullptr);
  EXPECT_EQ(read.select_one("select[name='action_id']"), nullptr);
  EXPECT_EQ(sign_in("lead@northbrook.example").get(path).status, 403);

  const HttpResult unlinked = trainer.post(path + "/" + green_id + "/unlink", {});
  ASSERT_EQ(unlinked.status, 303) << unlinked.body;
  EXPECT_EQ(trainer.post(path + "/" + green_id + "/unlink", {}).status, 404);
}

// The list's downloads: every matching action as CSV and as XLSX, the same columns and rows, the
// list's filters kept; a lead's are their agency's.
TEST_P(ActionPagesTest, TheListDownloadsAsCsvAndXlsxWithItsFilters) {
  const SignedInBrowser committee = sign_in("committee@northbrook.example");
  const HttpResult csv = committee.get("/actions/csv");
  ASSERT_EQ(csv.status, 200) << csv.body;
  EXPECT_EQ(csv.headers.at("content-type"), "text/csv; charset=utf-8");
  EXPECT_EQ(csv.headers.at("content-disposition").rfind("attachment; ", 0), 0u);
  auto rows = read_spreadsheet(csv.body, SpreadsheetFormat::csv);
  ASSERT_TRUE(rows.ok()) << rows.error().message;
  ASSERT_EQ(rows.value().size(), 5u) << "the header and the demonstration's four";
  EXPECT_EQ(rows.value()[0][2], "Action");
  EXPECT_EQ(rows.value()[0][10], "RAG rating");
  const HttpResult xlsx = committee.get("/actions/xlsx");
  ASSERT_EQ(xlsx.status, 200);
  auto sheet = read_spreadsheet(xlsx.body, SpreadsheetFormat::xlsx);
  ASSERT_TRUE(sheet.ok()) << sheet.error().message;
  EXPECT_EQ(sheet.value(), rows.value());

  auto red = read_spreadsheet(committee.get("/actions/csv?rag=red").body, SpreadsheetFormat::csv);
  ASSERT_EQ(red.value().size(), 2u);
  EXPECT_EQ(red.value()[1][10], "Red");
  EXPECT_EQ(red.value()[1][9], "Not started");
  EXPECT_EQ(committee.get("/actions/csv?rag=purple").status, 422);
  EXPECT_EQ(sign_in("contributor@northbrook.example").get("/actions/csv").status, 403);
}

// The review's action plan to publish: each recommendation and its actions by agency, with no
// person named; for the committee, not for a lead.
TEST_P(ActionPagesTest, TheReviewsActionPlanIsAPdfThatNamesAgenciesNotPeople) {
  const std::string committee = api_token("committee@northbrook.example");
  const auto green = actions_by_rag(committee)["green"];
  const std::string path =
      "/cases/" + std::to_string(green->getValue<std::int64_t>("case_id")) + "/action-plan/pdf";
  const SignedInBrowser member = sign_in("committee@northbrook.example");
  const HttpResult pdf = member.get(path);
  ASSERT_EQ(pdf.status, 200) << pdf.body.substr(0, 300);
  EXPECT_EQ(pdf.headers.at("content-type"), "application/pdf");
  const std::string text = testing_support::collapsed(testing_support::pdf_text(pdf.body));
  EXPECT_NE(text.find("Action plan: " + green->getValue<std::string>("case_reference")),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("Recommendation 1"), std::string::npos);
  EXPECT_NE(text.find("Northbrook Hospitals NHS Trust: Train emergency department staff"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("RAG rating: Red (Past its due date)"), std::string::npos) << text;
  EXPECT_EQ(text.find(green->getObject("owner")->getValue<std::string>("name")), std::string::npos)
      << "no person is named";
  EXPECT_EQ(sign_in("lead@northbrook.example").get(path).status, 403);
}

INSTANTIATE_TEST_SUITE_P(Engines, ActionPagesTest,
                         ::testing::ValuesIn(testing_support::test_engines()));

}  // namespace
}  // namespace casereview::web
