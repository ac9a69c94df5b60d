// Key practice episodes over real HTTP, on SQLite and on PostgreSQL (Rule KPE-1): the API's
// contract (201 the episode, the paged list, 422 naming each bad field — an entry not in this
// case's merged chronology on entry_ids — and 404 for another partnership, another agency and a
// reviewer not appointed); and the pages: entries chosen on the merged chronology carried by a GET
// form to the new-episode form, the episode made and shown with its entries, and linked from the
// review page. Then findings and recommendations on the episodes (Rule RPT-1, Rule RPT-2): the
// API's contract (201, {id, number}, the warning past the setting, 422 on each bad field, 404
// across partnerships and for a reviewer not appointed) and the pages' forms.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include <fstream>

#include "app/clock.hpp"
#include "case_test_support.hpp"
#include "domain/uk_time.hpp"
#include "store/database_url.hpp"
#include "store/sql_storage.hpp"

namespace casereview::web {
namespace {

namespace html = casereview::test::html;
using testing_support::HttpResult;

class KeyPracticeEpisodePagesTest : public CaseServerTest {
 protected:
  // The server's clock is now, like the demonstration cases' dates.
  KeyPracticeEpisodePagesTest() {
    now_ = SystemClock().now();
    std::ofstream(clock_file_) << format_instant(now_) << "\n";
  }

  // A commissioned case with the demonstration reviewer appointed lead reviewer, the police's
  // chronology submitted (two entries) and social care's not; sets case_text, the entries' ids
  // and the social care draft entry's.
  void prepare() {
    manager = api_token("manager@northbrook.example");
    const std::int64_t case_id = commissioned_case(manager);
    ASSERT_GT(case_id, 0);
    case_text = std::to_string(case_id);
    const HttpResult asked = api("POST", "/api/v1/cases/" + case_text + "/chronology-requests",
                                 manager, R"({"agency_ids": [1, 2]})");
    ASSERT_EQ(asked.status, 201) << asked.body;
    Poco::JSON::Parser parser;
    const auto requests = parser.parse(asked.body).extract<Poco::JSON::Array::Ptr>();
    const std::string social_care_request =
        std::to_string(requests->getObject(0)->getValue<std::int64_t>("id"));
    const std::string police_request =
        std::to_string(requests->getObject(1)->getValue<std::int64_t>("id"));
    const std::string police = api_token("contributor@northbrook.example");
    for (const char* body : {R"({"date": "2021-05-12", "source": "Log", "event": "Referral"})",
                             R"({"date": "2021-05-20", "source": "Log", "event": "Home visit"})"}) {
      const HttpResult added =
          api("POST", "/api/v1/chronology-requests/" + police_request + "/entries", police, body);
      ASSERT_EQ(added.status, 201) << added.body;
      entries.push_back(json_of(added)->getValue<std::int64_t>("id"));
    }
    ASSERT_EQ(
        api("POST", "/api/v1/chronology-requests/" + police_request + "/submission", police).status,
        200);
    add_account("csc-contributor@northbrook.example", Role::contributor, "NBP", "CSC");
    const HttpResult draft_entry =
        api("POST", "/api/v1/chronology-requests/" + social_care_request + "/entries",
            api_token("csc-contributor@northbrook.example"),
            R"({"date": "2021-05-14", "source": "Case note", "event": "Visit"})");
    ASSERT_EQ(draft_entry.status, 201) << draft_entry.body;
    draft = json_of(draft_entry)->getValue<std::int64_t>("id");

    reviewer = api_token("reviewer@northbrook.example");
    const std::int64_t reviewer_id =
        json_of(api("GET", "/api/v1/me", reviewer))->getValue<std::int64_t>("id");
    const HttpResult appointed =
        api("POST", "/api/v1/cases/" + case_text + "/review/reviewers", manager,
            R"({"user_id": )" + std::to_string(reviewer_id) + R"(, "role": "lead_reviewer"})");
    ASSERT_EQ(appointed.status, 201) << appointed.body;
  }

  std::string episode_json(const std::string& entry_ids) const {
    return R"({"title": "The referral in May", "from": "2021-05-01", "to": "2021-05-31",
               "summary": "The school referred; the visit came eight days later.",
               "questions": ["What made the wait seem reasonable?"],
               "assessment": "good_practice", "entry_ids": )" +
           entry_ids + "}";
  }

  // Sets one of the demonstration partnership's settings straight in the database.
  void set_setting(const std::string& key, const std::string& value) {
    store::SqlStorage storage(store::parse_database_url(database_->url()).value());
    const Status set =
        storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
          auto partnership = transaction.partnerships().find_by_code("NBP");
          if (!partnership) return Error::of(ErrorCode::not_found, "No NBP partnership");
          transaction.settings().set(partnership->id, key, value);
          return ok_status();
        });
    ASSERT_TRUE(set.ok()) << set.error().message;
  }

  std::string manager, reviewer, case_text;
  std::vector<std::int64_t> entries;
  std::int64_t draft = 0;
};

// Rule KPE-1: POST makes the episode (201), GET lists it a page at a time; 422 names each bad
// field; 404 for another partnership, another agency and a reviewer not appointed.
TEST_P(KeyPracticeEpisodePagesTest, TheApiMakesAndListsEpisodes) {
  prepare();
  ASSERT_FALSE(HasFatalFailure());
  const std::string path = "/api/v1/cases/" + case_text + "/key-practice-episodes";
  const std::string both =
      "[" + std::to_string(entries[1]) + ", " + std::to_string(entries[0]) + "]";
  const HttpResult made = api("POST", path, reviewer, episode_json(both));
  ASSERT_EQ(made.status, 201) << made.body;
  const auto episode = json_of(made);
  EXPECT_GT(episode->getValue<std::int64_t>("id"), 0);
  EXPECT_EQ(episode->getValue<std::string>("title"), "The referral in May");
  EXPECT_EQ(episode->getValue<std::string>("from"), "2021-05-01");
  EXPECT_EQ(episode->getValue<std::string>("assessment"), "good_practice");
  EXPECT_EQ(episode->getValue<std::string>("questions"), "- What made the wait seem reasonable?");
  ASSERT_EQ(episode->getArray("entry_ids")->size(), 2u);
  EXPECT_EQ(episode->getArray("entry_ids")->getElement<std::int64_t>(0), entries[0]);

  const HttpResult listed = api("GET", path + "?page=1", api_token("committee@northbrook.example"));
  ASSERT_EQ(listed.status, 200) << listed.body;
  EXPECT_EQ(json_of(listed)->getValue<int>("total"), 1);
  EXPECT_EQ(json_of(listed)->getValue<int>("page_count"), 1);
  EXPECT_EQ(json_of(listed)->getArray("episodes")->size(), 1u);

  const HttpResult bad = api("POST", path, reviewer,
                             R"({"title": "", "from": "2021-05-31", "to": "2021-05-01",
                                 "summary": "", "questions": "", "entry_ids": []})");
  EXPECT_EQ(bad.status, 422) << bad.body;
  EXPECT_EQ(problem_fields(bad),
            (std::vector<std::string>{"title", "to", "summary", "questions", "entry_ids"}));
  const HttpResult not_submitted =
      api("POST", path, reviewer, episode_json("[" + std::to_string(draft) + "]"));
  EXPECT_EQ(not_submitted.status, 422) << not_submitted.body;
  EXPECT_EQ(problem_fields(not_submitted), std::vector<std::string>{"entry_ids"});
  const HttpResult not_a_number = api("POST", path, reviewer, episode_json(R"(["first"])"));
  EXPECT_EQ(not_a_number.status, 422) << not_a_number.body;
  EXPECT_EQ(problem_fields(not_a_number), std::vector<std::string>{"entry_ids"});
  EXPECT_EQ(json_of(api("GET", path, reviewer))->getValue<int>("total"), 1) << "nothing written";

  // Another partnership, another agency, a reviewer not appointed: 404; the committee may read
  // but not make (403 by the route's permission).
  add_account("manager@elsewhere-kpe.example", Role::manager, "ELS");
  EXPECT_EQ(
      api("POST", path, api_token("manager@elsewhere-kpe.example"), episode_json(both)).status,
      404);
  EXPECT_EQ(api("GET", path, api_token("manager@elsewhere-kpe.example")).status, 404);
  add_account("other-reviewer@northbrook.example", Role::reviewer, "NBP");
  const std::string unappointed = api_token("other-reviewer@northbrook.example");
  EXPECT_EQ(api("POST", path, unappointed, episode_json(both)).status, 404);
  EXPECT_EQ(api("GET", path, unappointed).status, 404);
  EXPECT_EQ(api("GET", path, api_token("contributor@northbrook.example")).status, 403);
  EXPECT_EQ(api("POST", path, api_token("committee@northbrook.example"), episode_json(both)).status,
            403);
  EXPECT_EQ(api("GET", "/api/v1/cases/999999/key-practice-episodes", reviewer).status, 404);
}

// Rule KPE-1: entries ticked on the merged chronology go, by a GET form, to the new-episode form;
// an error keeps what was typed; the episode is made, shows its entries in order and is linked
// from the review page.
TEST_P(KeyPracticeEpisodePagesTest, TheReviewerMakesAnEpisodeFromTheMergedChronology) {
  prepare();
  ASSERT_FALSE(HasFatalFailure());
  const SignedInBrowser browser = sign_in("reviewer@northbrook.example");
  const HttpResult merged = browser.get("/cases/" + case_text + "/chronology");
  ASSERT_EQ(merged.status, 200) << merged.body;
  const auto merged_page = html::Document::parse(merged.body);
  const std::string new_path = "/cases/" + case_text + "/key-practice-episodes/new";
  const auto* form = merged_page.select_one("form#episode-entries");
  ASSERT_NE(form, nullptr) << "the GET form of the chosen entries";
  EXPECT_EQ(form->attribute("action"), new_path);
  EXPECT_EQ(form->attribute("method"), "get");
  const auto boxes = merged_page.select("input[name='entry'][form='episode-entries']");
  EXPECT_EQ(boxes.size(), 2u);
  ASSERT_NE(merged_page.select_one("button[form='episode-entries']"), nullptr);

  const HttpResult chosen = browser.get(new_path + "?entry=" + std::to_string(entries[0]) +
                                        "&entry=" + std::to_string(entries[1]));
  ASSERT_EQ(chosen.status, 200) << chosen.body;
  const auto new_page = html::Document::parse(chosen.body);
  EXPECT_EQ(new_page.select("input[name='entry_ids'][checked]").size(), 2u);
  const std::string create_path = "/cases/" + case_text + "/key-practice-episodes";
  FormFields fields = hidden_fields(new_page, create_path);
  fields.push_back({"entry_ids", std::to_string(entries[1])});
  fields.push_back({"title", "The visit"});
  const HttpResult refused = browser.post(create_path, fields);
  EXPECT_EQ(refused.status, 422);
  const auto refused_page = html::Document::parse(refused.body);
  const auto problems = error_summary(refused_page);
  ASSERT_EQ(problems.size(), 4u);
  EXPECT_EQ(problems[0].first, "#from-day");
  EXPECT_NE(refused.body.find("value=\"The visit\""), std::string::npos) << "kept";
  EXPECT_EQ(refused_page.select("input[name='entry_ids']").size(), 2u) << "both still offered";

  fields = with_answers(fields, {{"from-day", "12"},
                                 {"from-month", "5"},
                                 {"from-year", "2021"},
                                 {"to-day", "20"},
                                 {"to-month", "5"},
                                 {"to-year", "2021"},
                                 {"summary", "The visit came eight days after the referral."},
                                 {"questions", "- What helped?"},
                                 {"assessment", "both"}});
  fields.push_back({"entry_ids", std::to_string(entries[0])});
  const HttpResult made = browser.post(create_path, fields);
  ASSERT_EQ(made.status, 303) << made.body;
  const std::string location = made.header("location");
  const HttpResult shown = browser.get(location);
  ASSERT_EQ(shown.status, 200) << shown.body;
  const auto episode_page = html::Document::parse(shown.body);
  EXPECT_EQ(heading_text(episode_page), "The visit");
  EXPECT_EQ(summary_value(episode_page, "Assessment"), "Good practice and concerns");
  EXPECT_EQ(summary_value(episode_page, "Period"), "12 May 2021 to 20 May 2021");
  const auto rows = table_rows(episode_page, "Entries in date order");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_NE(rows[0][3].find("Referral"), std::string::npos) << "in date order";
  EXPECT_NE(rows[1][3].find("Home visit"), std::string::npos);

  // Rule KPE-1: changed from its page, its entries offered again.
  const std::string episode = location.substr(0, location.find('?'));
  const HttpResult change_form = browser.get(episode + "/change");
  ASSERT_EQ(change_form.status, 200) << change_form.body;
  const auto change_page = html::Document::parse(change_form.body);
  EXPECT_EQ(change_page.select("input[name='entry_ids'][checked]").size(), 2u);
  FormFields changed = hidden_fields(change_page, episode + "/change");
  changed = with_answers(changed, {{"title", "The visit"},
                                   {"from-day", "12"},
                                   {"from-month", "5"},
                                   {"from-year", "2021"},
                                   {"to-day", "20"},
                                   {"to-month", "5"},
                                   {"to-year", "2021"},
                                   {"summary", "The visit came eight days after the referral."},
                                   {"questions", "- What helped?"},
                                   {"assessment", "concerns"},
                                   {"entry_ids", std::to_string(entries[1])}});
  const HttpResult saved = browser.post(episode + "/change", changed);
  ASSERT_EQ(saved.status, 303) << saved.body;
  const auto saved_page = html::Document::parse(browser.get(saved.header("location")).body);
  EXPECT_EQ(summary_value(saved_page, "Assessment"), "Concerns");
  EXPECT_EQ(table_rows(saved_page, "Entries in date order").size(), 1u);

  const HttpResult review = browser.get("/cases/" + case_text + "/review");
  ASSERT_EQ(review.status, 200);
  const auto review_page = html::Document::parse(review.body);
  EXPECT_NE(review_page.select_one(("a[href='" + episode + "']").c_str()), nullptr)
      << "linked from the review page";

  // Rule NTK-2: the committee reads the episode; another partnership's manager finds nothing.
  EXPECT_EQ(sign_in("committee@northbrook.example").get(episode).status, 200);
  add_account("manager@south.example", Role::manager, "SOUTH");
  EXPECT_EQ(sign_in("manager@south.example").get(episode).status, 404);
}

// Rule RPT-1, Rule RPT-2: findings on the case's episodes, recommendations numbered and linked,
// the warning past the partnership's setting; refusals on each field and across partnerships.
TEST_P(KeyPracticeEpisodePagesTest, TheApiWritesFindingsAndNumberedRecommendations) {
  prepare();
  ASSERT_FALSE(HasFatalFailure());
  const HttpResult episode = api("POST", "/api/v1/cases/" + case_text + "/key-practice-episodes",
                                 reviewer, episode_json("[" + std::to_string(entries[0]) + "]"));
  ASSERT_EQ(episode.status, 201) << episode.body;
  const std::string episode_id = std::to_string(json_of(episode)->getValue<std::int64_t>("id"));
  const std::string findings = "/api/v1/cases/" + case_text + "/findings";
  const HttpResult finding =
      api("POST", findings, reviewer,
          R"({"title": "Escalation", "kind": "process", "text": "Raised *three* times.",
              "episode_ids": [)" +
              episode_id + R"(], "agency_ids": [2]})");
  ASSERT_EQ(finding.status, 201) << finding.body;
  EXPECT_EQ(json_of(finding)->getValue<std::string>("kind"), "process");
  const std::string finding_id = std::to_string(json_of(finding)->getValue<std::int64_t>("id"));
  const HttpResult bad_finding =
      api("POST", findings, reviewer,
          R"({"title": "", "kind": "blame", "text": "x", "episode_ids": [999999],
              "agency_ids": []})");
  EXPECT_EQ(bad_finding.status, 422) << bad_finding.body;
  EXPECT_EQ(problem_fields(bad_finding), (std::vector<std::string>{"title", "kind"}));
  const HttpResult stray_episode =
      api("POST", findings, reviewer,
          R"({"title": "T", "kind": "policy", "text": "x", "episode_ids": [999999]})");
  EXPECT_EQ(stray_episode.status, 422) << stray_episode.body;
  EXPECT_EQ(problem_fields(stray_episode), std::vector<std::string>{"episode_ids"});
  const HttpResult listed = api("GET", findings, manager);
  ASSERT_EQ(listed.status, 200) << listed.body;
  EXPECT_EQ(json_of(listed)->getValue<int>("total"), 1) << "nothing more written";

  // Rule RPT-2: {id, number}; the warning once past the setting (one, here).
  const std::string recommendations = "/api/v1/cases/" + case_text + "/recommendations";
  const std::string recommendation =
      R"({"text": "Agree an escalation route.", "finding_ids": [)" + finding_id +
      R"(], "addressed_to": {"partnership": true, "agency_ids": [2]}})";
  const HttpResult first = api("POST", recommendations, reviewer, recommendation);
  ASSERT_EQ(first.status, 201) << first.body;
  EXPECT_EQ(json_of(first)->getValue<int>("number"), 1);
  EXPECT_GT(json_of(first)->getValue<std::int64_t>("id"), 0);
  EXPECT_FALSE(json_of(first)->has("warning"));
  set_setting("recommendations_before_warning", "1");
  const HttpResult second = api("POST", recommendations, reviewer, recommendation);
  ASSERT_EQ(second.status, 201) << second.body;
  EXPECT_EQ(json_of(second)->getValue<int>("number"), 2);
  EXPECT_TRUE(json_of(second)->has("warning"));
  const HttpResult numbered =
      api("GET", recommendations, api_token("committee@northbrook.example"));
  ASSERT_EQ(numbered.status, 200) << numbered.body;
  EXPECT_EQ(json_of(numbered)->getArray("recommendations")->size(), 2u);
  EXPECT_TRUE(json_of(numbered)->has("warning"));
  const HttpResult nobody =
      api("POST", recommendations, reviewer,
          R"({"text": "x", "finding_ids": [)" + finding_id + R"(], "addressed_to": {}})");
  EXPECT_EQ(nobody.status, 422) << nobody.body;
  EXPECT_EQ(problem_fields(nobody), std::vector<std::string>{"addressed_to"});

  add_account("manager@elsewhere-findings.example", Role::manager, "ELS");
  EXPECT_EQ(api("GET", findings, api_token("manager@elsewhere-findings.example")).status, 404);
  add_account("other-reviewer@northbrook.example", Role::reviewer, "NBP");
  const std::string unappointed = api_token("other-reviewer@northbrook.example");
  EXPECT_EQ(api("POST", recommendations, unappointed, recommendation).status, 404);
  EXPECT_EQ(api("POST", findings, manager, R"({"title": "T"})").status, 403);
}

// Rule RPT-1, Rule RPT-2: the forms — an error shows the summary and keeps what was typed; the
// finding and the numbered recommendation are shown, and linked from the review page.
TEST_P(KeyPracticeEpisodePagesTest, TheReviewerWritesFindingsAndRecommendationsOnThePages) {
  prepare();
  ASSERT_FALSE(HasFatalFailure());
  const HttpResult episode = api("POST", "/api/v1/cases/" + case_text + "/key-practice-episodes",
                                 reviewer, episode_json("[" + std::to_string(entries[0]) + "]"));
  ASSERT_EQ(episode.status, 201) << episode.body;
  const std::string episode_id = std::to_string(json_of(episode)->getValue<std::int64_t>("id"));
  const SignedInBrowser browser = sign_in("reviewer@northbrook.example");
  const std::string findings = "/cases/" + case_text + "/findings";
  const auto new_finding = html::Document::parse(browser.get(findings + "/new").body);
  EXPECT_EQ(new_finding.select("input[name='episode_ids']").size(), 1u);
  EXPECT_EQ(new_finding.select("input[name='agency_ids']").size(), 2u) << "the agencies in scope";
  FormFields fields = hidden_fields(new_finding, findings);
  fields.push_back({"title", "Escalation"});
  const HttpResult refused = browser.post(findings, fields);
  EXPECT_EQ(refused.status, 422);
  const auto refused_page = html::Document::parse(refused.body);
  const auto problems = error_summary(refused_page);
  ASSERT_EQ(problems.size(), 3u);
  EXPECT_EQ(problems[0].first, "#kind");
  EXPECT_NE(refused.body.find("value=\"Escalation\""), std::string::npos) << "kept";
  fields = with_answers(fields, {{"kind", "systemic"},
                                 {"text", "Concerns were raised **three times**."},
                                 {"episode_ids", episode_id}});
  const HttpResult added = browser.post(findings, fields);
  ASSERT_EQ(added.status, 303) << added.body;
  const auto findings_page = html::Document::parse(browser.get(added.header("location")).body);
  EXPECT_EQ(summary_value(findings_page, "Kind"), "Systemic");
  EXPECT_EQ(summary_value(findings_page, "Agencies concerned"), "The partnership as a whole");
  EXPECT_NE(findings_page.select_one("main strong"), nullptr) << "its Markdown shown";

  const std::string recommendations = "/cases/" + case_text + "/recommendations";
  const auto new_recommendation = html::Document::parse(browser.get(recommendations + "/new").body);
  const auto finding_boxes = new_recommendation.select("input[name='finding_ids']");
  ASSERT_EQ(finding_boxes.size(), 1u);
  FormFields recommendation = hidden_fields(new_recommendation, recommendations);
  recommendation.push_back({"text", "Agree an escalation route."});
  recommendation.push_back({"finding_ids", finding_boxes[0]->attribute("value").value_or("")});
  const HttpResult nobody = browser.post(recommendations, recommendation);
  EXPECT_EQ(nobody.status, 422);
  EXPECT_EQ(error_summary(html::Document::parse(nobody.body)).at(0).first, "#addressed_to");
  recommendation.push_back({"addressed_to", "partnership"});
  const HttpResult made = browser.post(recommendations, recommendation);
  ASSERT_EQ(made.status, 303) << made.body;
  const auto listed = html::Document::parse(browser.get(made.header("location")).body);
  ASSERT_NE(listed.select_one("h2#recommendation-1"), nullptr);
  EXPECT_EQ(summary_value(listed, "For"), "The partnership");
  EXPECT_EQ(summary_value(listed, "Answers the findings"), "Escalation");

  const auto review = html::Document::parse(browser.get("/cases/" + case_text + "/review").body);
  EXPECT_NE(review.select_one(("a[href='" + findings + "']").c_str()), nullptr);
  EXPECT_NE(review.select_one(("a[href='" + recommendations + "']").c_str()), nullptr);
}

// Rule LE-1: once the learning event has started, the reviewer records notes on each episode from
// the event's page; a practitioner's name is refused on its field and the notes are kept as typed.
TEST_P(KeyPracticeEpisodePagesTest, TheReviewerRecordsNotesOnEachEpisodeAtTheLearningEvent) {
  prepare();
  ASSERT_FALSE(HasFatalFailure());
  const HttpResult episode = api("POST", "/api/v1/cases/" + case_text + "/key-practice-episodes",
                                 reviewer, episode_json("[" + std::to_string(entries[0]) + "]"));
  ASSERT_EQ(episode.status, 201) << episode.body;
  const std::string episode_id = std::to_string(json_of(episode)->getValue<std::int64_t>("id"));
  // An event today that has already started (the server's clock is the test's).
  const std::string day = uk_date(now_).to_iso_string();
  const HttpResult event = api("POST", "/api/v1/cases/" + case_text + "/learning-events", reviewer,
                               R"({"starts_at": ")" + day + R"(T00:00", "ends_at": ")" + day +
                                   R"(T23:59", "delivery": "virtual",
                                   "joining_link": "https://meet.example/le"})");
  ASSERT_EQ(event.status, 201) << event.body;
  const std::string event_path =
      "/learning-events/" + std::to_string(json_of(event)->getValue<std::int64_t>("id"));
  // A practitioner invited to a later event of the case: their name is refused in any event's
  // notes.
  const std::string later = uk_date(now_).add_days(30).to_iso_string();
  const HttpResult later_event =
      api("POST", "/api/v1/cases/" + case_text + "/learning-events", reviewer,
          R"({"starts_at": ")" + later + R"(T10:00", "ends_at": ")" + later +
              R"(T12:00", "delivery": "virtual", "joining_link": "https://meet.example/le"})");
  ASSERT_EQ(later_event.status, 201) << later_event.body;
  const HttpResult invited =
      api("POST",
          "/api/v1/learning-events/" +
              std::to_string(json_of(later_event)->getValue<std::int64_t>("id")) + "/invitations",
          reviewer,
          R"({"name": "Sam Okafor", "email": "sam@police.example", "agency_id": 2,
          "role": "Response officer"})");
  ASSERT_EQ(invited.status, 201) << invited.body;
  const SignedInBrowser browser = sign_in("reviewer@northbrook.example");
  const auto event_page = html::Document::parse(browser.get(event_path).body);
  const std::string notes_path = event_path + "/episodes/" + episode_id + "/notes";
  ASSERT_NE(event_page.select_one(("a[href='" + notes_path + "']").c_str()), nullptr)
      << "each episode offers its notes";
  const auto form = html::Document::parse(browser.get(notes_path).body);
  FormFields fields = hidden_fields(form, notes_path);
  fields.push_back({"what_happened", "The response officer attended twice."});
  fields.push_back({"what_made_sense", "Okafor thought a referral premature."});
  fields.push_back({"helped_or_hindered", "No shared record of earlier visits."});
  const HttpResult refused = browser.post(notes_path, fields);
  EXPECT_EQ(refused.status, 422);
  const auto refused_page = html::Document::parse(refused.body);
  ASSERT_EQ(error_summary(refused_page).size(), 1u);
  EXPECT_EQ(error_summary(refused_page)[0].first, "#what_made_sense");
  EXPECT_NE(refused.body.find("Okafor thought a referral premature."), std::string::npos)
      << "kept as typed";
  fields = with_answers(fields, {{"what_made_sense", "The officer thought a referral premature."}});
  const HttpResult saved = browser.post(notes_path, fields);
  ASSERT_EQ(saved.status, 303) << saved.body;
  const auto shown = html::Document::parse(browser.get(saved.header("location")).body);
  EXPECT_EQ(summary_value(shown, "What made sense at the time"),
            "The officer thought a referral premature.");
}

INSTANTIATE_TEST_SUITE_P(Engines, KeyPracticeEpisodePagesTest,
                         ::testing::ValuesIn(testing_support::test_engines()));

}  // namespace
}  // namespace casereview::web
