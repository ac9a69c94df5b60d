// The case journeys over real HTTP, on SQLite and on PostgreSQL, with the server's clock fixed at
// Monday 2 March 2026: recording a notification through every question page (errors on each,
// adding and removing a child, "Check your answers", the confirmation), the case page and its
// actions, an agency contributor's draft and response, the rapid review record, sign-off and
// submission, the Panel's decision, the dashboard and its CSV, uploading bank holidays, and that
// nobody sees what they should not: a contributor of another agency, a user of another
// partnership, a Panel user asking for names, an inspector.
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "app/security/totp.hpp"
#include "case_test_support.hpp"
#include "web/pages/api_pages.hpp"
#include "web/pages/case_page_parts.hpp"
#include "web/routes.hpp"

namespace casereview::web {
namespace {

namespace html = casereview::test::html;
using testing_support::HttpResult;

constexpr const char* journey = "/notifications/new";

bool contains(const std::vector<std::string>& items, const std::string& item) {
  return std::find(items.begin(), items.end(), item) != items.end();
}

// A whole notification as the API takes it: aware Thursday 26 February 2026, one child.
std::string notification_json(const std::string& agency_ids = "[2]") {
  return R"({"aware_on": "2026-02-26", "incident_on": "2026-02-25", "incident": "serious_harm",
             "abuse_or_neglect": "suspected", "categories": ["physical", "neglect"],
             "looked_after": false, "care_leaver": false, "police_involved": true,
             "children": [{"given_name": "Ada", "family_name": "Testchild", "date_of_birth": "2019-05-04", "sex": "female"}],
             "agency_ids": )" +
         agency_ids + R"(, "outline": "Child A was taken to hospital with injuries."})";
}

class CasePagesTest : public CaseServerTest {
 protected:
  // Posts `answers` with the form of `page` (its own hidden fields: the CSRF token) to the form's
  // action, and returns the answer as it is (a 303 or the page again with its errors).
  HttpResult answer(const SignedInBrowser& browser, const HttpResult& page,
                    const FormFields& answers) {
    const auto document = html::Document::parse(page.body);
    const auto* form = document.select_one("main form");
    EXPECT_NE(form, nullptr) << page.body;
    if (!form) return {};
    const std::string action = form->attribute("action").value_or("");
    return browser.post_exactly(action, with_answers(hidden_fields(document, action), answers));
  }

  // As answer(), which must redirect (303: post/redirect/get); returns the page redirected to,
  // and keeps its address in last_page_.
  HttpResult answered(const SignedInBrowser& browser, const HttpResult& page,
                      const FormFields& answers) {
    const HttpResult posted = answer(browser, page, answers);
    EXPECT_EQ(posted.status, 303) << posted.body;
    last_page_ = posted.header("location");
    EXPECT_EQ(last_page_.rfind(journey, 0), 0u) << last_page_;
    return browser.get(last_page_);
  }

  std::string last_page_;

  // Records a notification through the API as the demonstration manager; returns its id and
  // keeps its reference in reference_.
  std::int64_t notification_by_api(const std::string& token) {
    const HttpResult created = api("POST", "/api/v1/notifications", token, notification_json());
    EXPECT_EQ(created.status, 201) << created.body;
    if (created.status != 201) return 0;
    reference_ = json_of(created)->getValue<std::string>("reference");
    return json_of(created)->getValue<std::int64_t>("id");
  }

  // The row of `rows` whose first cell is the reference of the case recorded last, or nullopt.
  std::optional<std::vector<std::string>> row_of_case(
      const std::vector<std::vector<std::string>>& rows) const {
    for (const auto& cells : rows) {
      if (!cells.empty() && cells[0] == reference_) return cells;
    }
    return std::nullopt;
  }

  std::string reference_;

  // The code `browser`'s authenticator app shows one time step after the server's clock: newer
  // than the one it signed in with, as a step-up needs.
  std::string next_code(const SignedInBrowser& browser) const {
    return security::totp_code(browser.authenticator_secret,
                               now_ + std::chrono::seconds(security::totp_period_seconds))
        .value_or("");
  }

  // Rule SIGN-1: each partner's demonstration signatory signs the case off through the API, with
  // their own token and a current code from their authenticator app.
  void sign_by_every_partner(std::int64_t case_id) {
    for (const char* email :
         {"signatory-la@northbrook.example", "signatory-police@northbrook.example",
          "signatory-icb@northbrook.example"}) {
      const SignedInBrowser signatory = sign_in(email);
      const HttpResult signed_off =
          api("POST", "/api/v1/cases/" + std::to_string(case_id) + "/sign-offs", api_token(email),
              R"({"totp_code": ")" + next_code(signatory) + R"("})");
      ASSERT_EQ(signed_off.status, 201) << email << ": " << signed_off.body;
    }
  }

  // Saves a complete rapid review record of the case by the API, as the manager, its facts
  // established being `facts`.
  HttpResult save_complete_record(const std::string& token, std::int64_t case_id,
                                  const std::string& facts = "Facts.") {
    std::string criteria;
    for (const char* name :
         {"reg11_a", "reg11_b", "reg11_c", "reg11_d", "reg3_a", "reg3_b", "reg3_c"}) {
      criteria += std::string(criteria.empty() ? "" : ",") + "\"" + name +
                  "\": {\"met\": false, \"rationale\": \"Considered.\"}";
    }
    return api(
        "PUT", "/api/v1/cases/" + std::to_string(case_id) + "/rapid-review", token,
        R"({"facts_established": ")" + facts + R"(", "immediate_action": "Safety plan.",
                   "key_practice_episodes": "Episodes.", "what_could_be_improved": "Sharing.",
                   "equality_considerations": "Considered.", "criteria": {)" +
            criteria +
            R"(}, "recommendation": "learning_review", "recommendation_rationale": "Worth learning."})");
  }

  // Takes a case whose notification was sent through the rapid review to the Panel, by the API,
  // as the manager, going without the responses of agencies that have not responded.
  void submit_to_panel(const std::string& token, std::int64_t case_id) {
    complete_and_sign(token, case_id);
    const HttpResult submitted =
        api("POST", "/api/v1/cases/" + std::to_string(case_id) + "/submission", token,
            R"({"submitted_on": "2026-03-02", "reason_for_missing_responses": "To follow."})");
    ASSERT_EQ(submitted.status, 200) << submitted.body;
  }

  // Completes the rapid review record of a case whose notification was sent, by the API as the
  // manager, and has the three partners' signatories sign it (Rule SIGN-1).
  void complete_and_sign(const std::string& token, std::int64_t case_id) {
    const std::string path = "/api/v1/cases/" + std::to_string(case_id);
    const HttpResult saved = save_complete_record(token, case_id);
    ASSERT_EQ(saved.status, 200) << saved.body;
    EXPECT_EQ(json_of(saved)->getArray("gaps")->size(), 0u) << saved.body;
    // Rule RR-4: not to the Panel until all three partners have signed.
    const HttpResult early =
        api("POST", path + "/submission", token, R"({"submitted_on": "2026-03-02"})");
    EXPECT_EQ(early.status, 409) << early.body;
    sign_by_every_partner(case_id);
  }

  // Records by the API, as the holder of `token`, that the case's notification was sent to the
  // National Panel on Monday 2 March 2026, which starts its rapid review.
  void mark_sent(const std::string& token, std::int64_t case_id) {
    const HttpResult sent =
        api("POST", "/api/v1/notifications/" + std::to_string(case_id) + "/sent", token,
            R"({"sent_on": "2026-03-02"})");
    ASSERT_EQ(sent.status, 200) << sent.body;
  }

  // The id of the demonstration partnership's agency with `code`, from the API.
  std::int64_t agency_id(const std::string& token, const std::string& code) {
    const HttpResult agencies = api("GET", "/api/v1/agencies", token);
    auto list = Poco::JSON::Parser().parse(agencies.body).extract<Poco::JSON::Array::Ptr>();
    for (std::size_t index = 0; index < list->size(); ++index) {
      auto agency = list->getObject(static_cast<unsigned>(index));
      if (agency->getValue<std::string>("code") == code)
        return agency->getValue<std::int64_t>("id");
    }
    ADD_FAILURE() << "no agency " << code;
    return 0;
  }
};

TEST_P(CasePagesTest, ANotifierRecordsANotificationThroughEveryQuestionPage) {
  const SignedInBrowser notifier = sign_in("notifier@northbrook.example");
  // The journey starts at its first question, a page of its own.
  const HttpResult started = notifier.get(journey);
  ASSERT_EQ(started.status, 303);
  ASSERT_EQ(started.header("location"), std::string(journey) + "/aware-on");
  HttpResult page = notifier.get(started.header("location"));
  ASSERT_EQ(page.status, 200);
  EXPECT_EQ(heading_text(html::Document::parse(page.body)),
            "When did the local authority become aware of the incident?");
  // The answers are kept on the server: no page carries them in hidden fields.
  auto hidden_answer_fields = [](const HttpResult& shown) {
    std::vector<std::string> names;
    const auto document = html::Document::parse(shown.body);
    for (const auto* input : document.select("main input[type=hidden]")) {
      const std::string name = input->attribute("name").value_or("");
      if (name != "csrf_token") names.push_back(name);
    }
    return names;
  };
  // Each question page has a GOV.UK Back link to the question before it.
  auto back_of = [](const HttpResult& shown) {
    const auto document = html::Document::parse(shown.body);
    const auto* back = document.select_one("a.govuk-back-link");
    return back ? back->attribute("href").value_or("") : std::string("(none)");
  };

  // Each page refuses to go on without its answer, with the use case's words at the field.
  HttpResult refused =
      answer(notifier, page, {{"aware_on-day", ""}, {"aware_on-month", ""}, {"aware_on-year", ""}});
  EXPECT_EQ(refused.status, 422);
  auto errors = error_summary(html::Document::parse(refused.body));
  ASSERT_EQ(errors.size(), 1u) << refused.body;
  EXPECT_EQ(errors[0].first, "#aware_on-day");
  EXPECT_FALSE(errors[0].second.empty());
  EXPECT_NE(html::Document::parse(refused.body).select_one("#aware_on-error"), nullptr);

  page = answered(notifier, page,
                  {{"aware_on-day", "26"}, {"aware_on-month", "2"}, {"aware_on-year", "2026"}});
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_EQ(last_page_, std::string(journey) + "/incident-on");
  EXPECT_EQ(heading_text(html::Document::parse(page.body)), "When did the incident happen?");
  EXPECT_EQ(back_of(page), std::string(journey) + "/aware-on");
  EXPECT_TRUE(hidden_answer_fields(page).empty());
  // Back to the first question (a GET, as the browser's Back button would): the answer is kept.
  const auto first_again =
      html::Document::parse(notifier.get(journey + std::string("/aware-on")).body);
  EXPECT_EQ(first_again.select_one("input[name=aware_on-day]")->attribute("value").value_or(""),
            "26");
  refused =
      answer(notifier, page,
             {{"incident_on-day", "27"}, {"incident_on-month", "2"}, {"incident_on-year", "2026"}});
  EXPECT_EQ(refused.status, 422);
  EXPECT_EQ(error_summary(html::Document::parse(refused.body)).at(0).first, "#incident_on-day");
  page = answered(
      notifier, page,
      {{"incident_on-day", "25"}, {"incident_on-month", "2"}, {"incident_on-year", "2026"}});
  EXPECT_EQ(heading_text(html::Document::parse(page.body)), "What happened to the child?");
  EXPECT_EQ(answer(notifier, page, {}).status, 422);
  page = answered(notifier, page, {{"incident", "death"}});
  EXPECT_EQ(heading_text(html::Document::parse(page.body)),
            "Looked after children and care leavers");
  refused = answer(notifier, page, {});
  EXPECT_EQ(refused.status, 422);
  EXPECT_EQ(error_summary(html::Document::parse(refused.body)).size(), 2u);
  page = answered(notifier, page, {{"looked_after", "no"}, {"care_leaver", "no"}});
  EXPECT_EQ(heading_text(html::Document::parse(page.body)),
            "Is abuse or neglect known or suspected?");
  // Rule SIN-6: not suspected is only for a looked-after child's or care leaver's death.
  refused = answer(notifier, page, {{"abuse_or_neglect", "not_suspected"}});
  EXPECT_EQ(refused.status, 422);
  EXPECT_EQ(error_summary(html::Document::parse(refused.body)).at(0).first, "#abuse_or_neglect");
  page = answered(notifier, page, {{"abuse_or_neglect", "known"}, {"categories", "neglect"}});
  ASSERT_EQ(heading_text(html::Document::parse(page.body)), "The children");

  // Children: one to four, added and removed without JavaScript; "Add another child" sits in a
  // button group with "Continue".
  auto children_page = html::Document::parse(page.body);
  EXPECT_NE(children_page.select_one(".govuk-button-group button[name=add_child]"), nullptr);
  page = answered(notifier, page, {{"children[0].given_name", "Ada"}, {"add_child", "yes"}});
  EXPECT_EQ(last_page_, std::string(journey) + "/children");
  children_page = html::Document::parse(page.body);
  EXPECT_EQ(children_page.select("main fieldset legend.govuk-fieldset__legend--m").size(), 2u);
  EXPECT_EQ(children_page.select_one("input[name='children[0].given_name']")
                ->attribute("value")
                .value_or(""),
            "Ada");
  page = answered(notifier, page, {{"remove_child", "1"}});
  EXPECT_EQ(html::Document::parse(page.body).select("button[name=remove_child]").size(), 0u);
  refused = answer(notifier, page, {{"children[0].given_name", "Ada"}});
  EXPECT_EQ(refused.status, 422);
  auto links = error_summary(html::Document::parse(refused.body));
  EXPECT_TRUE(std::any_of(links.begin(), links.end(), [](const auto& link) {
    return link.first == "#children-0-family_name";
  }));
  EXPECT_TRUE(std::any_of(links.begin(), links.end(), [](const auto& link) {
    return link.first == "#children-0-date_of_birth-day";
  }));
  EXPECT_NE(html::Document::parse(refused.body).select_one("#children-0-family_name"), nullptr);
  page = answered(notifier, page,
                  {{"children[0].given_name", "Ada"},
                   {"children[0].family_name", "Testchild"},
                   {"children[0].date_of_birth-day", "4"},
                   {"children[0].date_of_birth-month", "5"},
                   {"children[0].date_of_birth-year", "2019"},
                   {"children[0].sex", "female"}});
  ASSERT_EQ(heading_text(html::Document::parse(page.body)),
            "Which agencies were involved with the child or family?");
  EXPECT_EQ(back_of(page), std::string(journey) + "/children");
  // Nothing of the child travels in the page.
  EXPECT_EQ(page.body.find("Testchild"), std::string::npos);
  EXPECT_EQ(answer(notifier, page, {}).status, 422);
  const auto agency_boxes = html::Document::parse(page.body).select("input[name=agency_ids]");
  ASSERT_GE(agency_boxes.size(), 2u);
  page =
      answered(notifier, page, {{"agency_ids", agency_boxes[1]->attribute("value").value_or("")}});
  EXPECT_EQ(heading_text(html::Document::parse(page.body)), "Are the police involved?");
  page = answered(notifier, page, {{"police_involved", "yes"}});
  EXPECT_EQ(heading_text(html::Document::parse(page.body)), "Case outline");
  EXPECT_EQ(answer(notifier, page, {{"outline", ""}}).status, 422);
  page = answered(notifier, page, {{"outline", "Child A was found injured at home."}});
  EXPECT_EQ(last_page_, std::string(journey) + "/check-answers");

  // Check your answers, and changing one: "Change" is a link, back to "Check your answers".
  auto check = html::Document::parse(page.body);
  ASSERT_EQ(heading_text(check), "Check your answers before recording the notification");
  EXPECT_EQ(summary_value(check, "Date the local authority became aware"), "26 February 2026");
  EXPECT_EQ(summary_value(check, "What happened"), "Death");
  EXPECT_EQ(summary_value(check, "Child A"), "Ada Testchild Born 4 May 2019 Female");
  EXPECT_EQ(summary_value(check, "Police involved"), "Yes");
  const auto* change = check.select_one("a[href='/notifications/new/police?checking=yes']");
  ASSERT_NE(change, nullptr) << page.body;
  page = notifier.get(change->attribute("href").value_or(""));
  EXPECT_EQ(heading_text(html::Document::parse(page.body)), "Are the police involved?");
  EXPECT_EQ(back_of(page), std::string(journey) + "/check-answers");
  page = answered(notifier, page, {{"police_involved", "no"}});
  EXPECT_EQ(last_page_, std::string(journey) + "/check-answers");
  check = html::Document::parse(page.body);
  ASSERT_EQ(summary_value(check, "Police involved"), "No");
  // Rule SIN-1: notify by the 5th working day after Thursday 26 February 2026.
  EXPECT_NE(
      check.select_one("main")->normalised_text().find("Notify the National Panel by 5 March 2026"),
      std::string::npos);

  const HttpResult recorded = answer(notifier, page, {{"action", "record"}});
  ASSERT_EQ(recorded.status, 303) << recorded.body;
  const std::string location = recorded.header("location");
  ASSERT_EQ(location.rfind("/notifications/", 0), 0u);
  const auto confirmation = html::Document::parse(notifier.get(location).body);
  const auto* panel = confirmation.select_one(".govuk-panel");
  ASSERT_NE(panel, nullptr);
  EXPECT_EQ(panel->select_one(".govuk-panel__title")->normalised_text(), "Notification recorded");
  const std::string reference = panel->select_one("strong")->normalised_text();
  EXPECT_EQ(reference.rfind("NBP-2026-", 0), 0u) << reference;
  // The draft went with the recording: the questions start empty again.
  const auto fresh = html::Document::parse(notifier.get(journey + std::string("/aware-on")).body);
  EXPECT_EQ(fresh.select_one("input[name=aware_on-day]")->attribute("value").value_or(""), "");

  // The case page names no child until asked, and then does.
  const std::string case_path =
      confirmation.select_one("main a.govuk-button")->attribute("href").value_or("");
  const auto case_page = html::Document::parse(notifier.get(case_path).body);
  EXPECT_EQ(heading_text(case_page), reference);
  EXPECT_EQ(summary_value(case_page, "Child A"), "Name hidden");
  EXPECT_EQ(case_page.select_one("main")->normalised_text().find("Testchild"), std::string::npos);
  const auto named = html::Document::parse(notifier.get(case_path + "?names=shown").body);
  EXPECT_EQ(summary_value(named, "Child A"), "Ada Testchild Born 4 May 2019 Female");
}

// Issue 10, item 7: "Check your answers" shows what will be recorded, not what was ticked.
TEST_P(CasePagesTest, CheckYourAnswersShowsNoKindsOfAbuseWhenItIsNotSuspected) {
  const SignedInBrowser notifier = sign_in("notifier@northbrook.example");
  HttpResult page = notifier.get(journey + std::string("/aware-on"));
  const std::vector<FormFields> pages = {
      {{"aware_on-day", "26"}, {"aware_on-month", "2"}, {"aware_on-year", "2026"}},
      {{"incident_on-day", "25"}, {"incident_on-month", "2"}, {"incident_on-year", "2026"}},
      {{"incident", "death"}},
      {{"looked_after", "yes"}, {"care_leaver", "no"}},
      // Rule SIN-6: a looked-after child's death is notified even when abuse is not suspected;
      // the kinds ticked before choosing "Not suspected" are not recorded.
      {{"abuse_or_neglect", "not_suspected"}, {"categories", "neglect"}},
      {{"children[0].given_name", "Ada"},
       {"children[0].family_name", "Testchild"},
       {"children[0].date_of_birth-day", "4"},
       {"children[0].date_of_birth-month", "5"},
       {"children[0].date_of_birth-year", "2019"},
       {"children[0].sex", "female"}},
  };
  for (const FormFields& answers : pages) page = answered(notifier, page, answers);
  const auto agency_boxes = html::Document::parse(page.body).select("input[name=agency_ids]");
  ASSERT_FALSE(agency_boxes.empty()) << page.body;
  page =
      answered(notifier, page, {{"agency_ids", agency_boxes[0]->attribute("value").value_or("")}});
  page = answered(notifier, page, {{"police_involved", "no"}});
  page = answered(notifier, page, {{"outline", "Child A died in foster care."}});
  const auto check = html::Document::parse(page.body);
  ASSERT_EQ(heading_text(check), "Check your answers before recording the notification");
  EXPECT_EQ(summary_value(check, "Abuse or neglect"), "Not suspected");
  EXPECT_EQ(check.select_one("main")->normalised_text().find("Neglect"), std::string::npos)
      << page.body;
}

// Issue 10, item 11: after signing in people land on their work, not on the account page.
TEST_P(CasePagesTest, AfterSignInEachPersonLandsOnTheirWork) {
  const std::vector<std::pair<std::string, std::string>> landings = {
      {"manager@northbrook.example", "/dashboard"},
      {"committee@northbrook.example", "/dashboard"},
      {"notifier@northbrook.example", "/dashboard"},
      {"contributor@northbrook.example", "/agency-requests"},
      {"panel@national-panel.example", "/panel"},
      {"inspector@inspectorate.example", "/notifications"},
      {"trainer@northbrook.example", "/courses"},
      {"learner@northbrook.example", "/my-training"},
      {"admin@northbrook.example", "/account"}};
  for (const auto& [email, work] : landings) {
    const SignedInBrowser person = sign_in(email);
    // Signing in with no page asked for goes to GET /sign-in, which sends a signed-in person on.
    const HttpResult landed = person.get("/sign-in");
    EXPECT_EQ(landed.status, 303) << email;
    EXPECT_EQ(landed.header("location"), work) << email;
    EXPECT_EQ(person.get(work).status, 200) << email << " " << work;
    // A page asked for (`return-to`) still wins.
    EXPECT_EQ(person.get("/sign-in?return-to=%2Faccount").header("location"), "/account") << email;
  }
}

// Issue 10, item 12: a refusal does not send a national user to a partnership's administrator.
TEST_P(CasePagesTest, ARefusalDoesNotSendANationalUserToAPartnershipsAdministrator) {
  for (const char* email : {"panel@national-panel.example", "inspector@inspectorate.example"}) {
    const HttpResult refused = sign_in(email).get("/dashboard");
    EXPECT_EQ(refused.status, 403) << email;
    const auto page = html::Document::parse(refused.body);
    const std::string text = page.select_one("main")->normalised_text();
    EXPECT_EQ(text.find("partnership"), std::string::npos) << email << ": " << text;
    EXPECT_NE(text.find("administrator"), std::string::npos) << email << ": " << text;
  }
  const HttpResult refused = sign_in("learner@northbrook.example").get("/dashboard");
  EXPECT_EQ(refused.status, 403);
  EXPECT_NE(refused.body.find("partnership’s administrator"), std::string::npos);
}

TEST_P(CasePagesTest, TheCasePageRecordsTheNotificationSentAndAsksForAReasonWhenLate) {
  const std::int64_t case_id = notification_by_api(api_token("manager@northbrook.example"));
  const SignedInBrowser manager = sign_in("manager@northbrook.example");
  const std::string path = "/cases/" + std::to_string(case_id);
  HttpResult refused = manager.post(path + "/sent", {});
  EXPECT_EQ(refused.status, 422);
  EXPECT_EQ(error_summary(html::Document::parse(refused.body)).at(0).first, "#sent_on-day");
  // A date in the future (today is 2 March 2026) is refused.
  refused = manager.post(path + "/sent",
                         {{"sent_on-day", "3"}, {"sent_on-month", "3"}, {"sent_on-year", "2026"}});
  EXPECT_EQ(refused.status, 422);
  const HttpResult sent = manager.post(
      path + "/sent", {{"sent_on-day", "2"}, {"sent_on-month", "3"}, {"sent_on-year", "2026"}});
  ASSERT_EQ(sent.status, 303) << sent.body;
  const auto page = html::Document::parse(manager.get(sent.header("location")).body);
  EXPECT_EQ(summary_value(page, "Sent to the Panel"), "2 March 2026");
  EXPECT_EQ(summary_value(page, "Rapid review due"), "23 March 2026");
  const auto deadlines = table_rows(page, "Deadlines");
  EXPECT_FALSE(deadlines.empty());
  EXPECT_FALSE(table_rows(page, "Timeline").empty());
  // Rule SIN-3: sent after notify-by needs the reason, asked for at its own field.
  std::string earlier = notification_json();
  earlier.replace(earlier.find("2026-02-26"), 10, "2026-02-16");
  earlier.replace(earlier.find("2026-02-25"), 10, "2026-02-15");
  const HttpResult late_case =
      api("POST", "/api/v1/notifications", api_token("manager@northbrook.example"), earlier);
  ASSERT_EQ(late_case.status, 201) << late_case.body;
  const std::string late_path =
      "/cases/" + std::to_string(json_of(late_case)->getValue<std::int64_t>("id"));
  const HttpResult no_reason =
      manager.post(late_path + "/sent",
                   {{"sent_on-day", "2"}, {"sent_on-month", "3"}, {"sent_on-year", "2026"}});
  EXPECT_EQ(no_reason.status, 422);
  const auto no_reason_page = html::Document::parse(no_reason.body);
  EXPECT_EQ(error_summary(no_reason_page).at(0).first, "#sent_on-late_reason");
  EXPECT_NE(no_reason_page.select_one("#sent_on-late_reason-error"), nullptr);
  EXPECT_EQ(no_reason_page.select("#told_on-late_reason").size(), 1u);
  const HttpResult with_reason =
      manager.post(late_path + "/sent", {{"sent_on-day", "2"},
                                         {"sent_on-month", "3"},
                                         {"sent_on-year", "2026"},
                                         {"late_reason", "Staff absence."}});
  EXPECT_EQ(with_reason.status, 303) << with_reason.body;
  EXPECT_EQ(summary_value(html::Document::parse(manager.get(late_path).body),
                          "Reason the notification was late"),
            "Staff absence.");

  // A second time is a step out of order: 409, shown on the case page.
  const HttpResult again = manager.post(
      path + "/sent", {{"sent_on-day", "2"}, {"sent_on-month", "3"}, {"sent_on-year", "2026"}});
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(error_summary(html::Document::parse(again.body)).size(), 1u);
}

TEST_P(CasePagesTest, TheApiRecordsANotificationAndRefusesBadInputFieldByFieldAndStepsOutOfOrder) {
  const std::string token = api_token("manager@northbrook.example");
  const HttpResult agencies = api("GET", "/api/v1/agencies", token);
  ASSERT_EQ(agencies.status, 200);
  EXPECT_NE(agencies.body.find("\"code\":\"POLICE\""), std::string::npos) << agencies.body;

  const HttpResult created = api("POST", "/api/v1/notifications", token, notification_json());
  ASSERT_EQ(created.status, 201) << created.body;
  auto document = json_of(created);
  EXPECT_EQ(document->getValue<std::string>("notify_by"), "2026-03-05");
  EXPECT_EQ(document->getValue<std::string>("stage"), "notification");
  EXPECT_EQ(document->getArray("children")->getObject(0)->getValue<std::string>("pseudonym"),
            "Child A");
  EXPECT_EQ(document->getValue<std::string>("reference").rfind("NBP-2026-", 0), 0u);
  const std::int64_t id = document->getValue<std::int64_t>("id");

  const HttpResult invalid = api("POST", "/api/v1/notifications", token, "{}");
  EXPECT_EQ(invalid.status, 422);
  EXPECT_EQ(invalid.header("content-type"), "application/problem+json");
  const auto fields = problem_fields(invalid);
  for (const char* field :
       {"aware_on", "incident_on", "incident", "abuse_or_neglect", "looked_after", "care_leaver",
        "police_involved", "children", "agency_ids", "outline"}) {
    EXPECT_TRUE(contains(fields, field)) << field << " in " << invalid.body;
  }
  EXPECT_EQ(api("POST", "/api/v1/notifications", token, "not json").status, 422);

  const std::string sent_path = "/api/v1/notifications/" + std::to_string(id) + "/sent";
  EXPECT_EQ(problem_fields(api("POST", sent_path, token, R"({"sent_on": "yesterday"})")),
            std::vector<std::string>{"sent_on"});
  const HttpResult sent = api("POST", sent_path, token, R"({"sent_on": "2026-03-02"})");
  ASSERT_EQ(sent.status, 200) << sent.body;
  EXPECT_EQ(json_of(sent)->getValue<std::string>("rapid_review_due"), "2026-03-23");
  EXPECT_FALSE(json_of(sent)->getValue<bool>("late"));
  EXPECT_EQ(api("POST", sent_path, token, R"({"sent_on": "2026-03-02"})").status, 409);

  const HttpResult list = api("GET", "/api/v1/cases", token);
  ASSERT_EQ(list.status, 200);
  EXPECT_NE(list.body.find(document->getValue<std::string>("reference")), std::string::npos);
  EXPECT_EQ(api("GET", "/api/v1/cases?status=nonsense", token).status, 422);
  const HttpResult one = api("GET", "/api/v1/cases/" + std::to_string(id), token);
  ASSERT_EQ(one.status, 200);
  EXPECT_GE(json_of(one)->getArray("timeline")->size(), 2u) << one.body;
  EXPECT_EQ(json_of(one)->getValue<std::string>("stage"), "rapid_review");
  EXPECT_EQ(one.body.find("Testchild"), std::string::npos) << "names only when asked for";
  EXPECT_NE(api("GET", "/api/v1/cases/" + std::to_string(id) + "?names=shown", token)
                .body.find("Testchild"),
            std::string::npos);
  EXPECT_EQ(api("GET", "/api/v1/cases/999999", token).status, 404);
}

TEST_P(CasePagesTest, ARapidReviewRunsFromAgencyResponsesToThePanelsDecision) {
  const std::string manager_token = api_token("manager@northbrook.example");
  const std::int64_t case_id = notification_by_api(manager_token);
  const std::string case_api = "/api/v1/cases/" + std::to_string(case_id);
  ASSERT_NO_FATAL_FAILURE(mark_sent(manager_token, case_id));

  // The manager asks the police (agency 2) for their summary from the case page.
  const SignedInBrowser manager = sign_in("manager@northbrook.example");
  const HttpResult requested =
      manager.post("/cases/" + std::to_string(case_id) + "/agency-requests", {});
  ASSERT_EQ(requested.status, 303) << requested.body;
  const auto case_page = html::Document::parse(manager.get(requested.header("location")).body);
  const auto requests = table_rows(case_page, "Agency responses");
  ASSERT_EQ(requests.size(), 1u);
  EXPECT_EQ(requests[0][0], "Northbrook Police");
  EXPECT_EQ(requests[0][3], "Not started");

  // The police contributor sees the request, with the child's name while it is open (Rule NTK-1),
  // saves a draft and submits.
  const SignedInBrowser contributor = sign_in("contributor@northbrook.example");
  const auto list = html::Document::parse(contributor.get("/agency-requests").body);
  std::string request_path;
  for (const auto* link : list.select("main table a")) {
    if (link->normalised_text() == reference_) request_path = link->attribute("href").value_or("");
  }
  ASSERT_FALSE(request_path.empty()) << "the request is listed";
  const auto request_page = html::Document::parse(contributor.get(request_path).body);
  const auto children = table_rows(request_page, "The children");
  ASSERT_EQ(children.size(), 1u);
  EXPECT_EQ(children[0], (std::vector<std::string>{"Child A", "Ada Testchild", "4 May 2019", ""}));
  EXPECT_EQ(contributor.post(request_path, {{"summary", "Draft so far."}, {"action", "save-draft"}})
                .status,
            303);
  EXPECT_EQ(html::Document::parse(contributor.get(request_path).body)
                .select_one("textarea[name=summary]")
                ->normalised_text(),
            "Draft so far.");
  const HttpResult empty = contributor.post(request_path, {{"summary", ""}, {"action", "submit"}});
  EXPECT_EQ(empty.status, 422);
  EXPECT_EQ(error_summary(html::Document::parse(empty.body)).at(0).first, "#summary");
  EXPECT_EQ(contributor
                .post(request_path, {{"summary", "Officers attended twice."}, {"action", "submit"}})
                .status,
            303);
  EXPECT_EQ(contributor.post(request_path, {{"summary", "Again."}, {"action", "submit"}}).status,
            409);
  EXPECT_EQ(contributor.get(request_path).body.find("Testchild"), std::string::npos);

  // A rapid review section saved from its page, then the rest by the API, signed and submitted.
  const std::string section = "/cases/" + std::to_string(case_id) + "/rapid-review/facts";
  EXPECT_EQ(manager.get(section).status, 200);
  // Issue 10: the section asks "Have you completed this section?" (the task list pattern); saved
  // with "No" it is in progress, with "Yes" completed; unanswered, the question is the error.
  const auto section_form = html::Document::parse(manager.get(section).body);
  EXPECT_NE(section_form.select_one("[data-module=govuk-character-count][data-maxlength=20000] "
                                    "textarea#facts_established"),
            nullptr)
      << "a character count of the limit the use case checks";
  const HttpResult unanswered = manager.post(section, {{"facts_established", "The facts."}});
  EXPECT_EQ(unanswered.status, 422);
  EXPECT_EQ(error_summary(html::Document::parse(unanswered.body)).at(0).first, "#completed");
  const HttpResult later =
      manager.post(section, {{"facts_established", "The facts."}, {"completed", "no"}});
  ASSERT_EQ(later.status, 303) << later.body;
  EXPECT_EQ(html::Document::parse(manager.get(later.header("location")).body)
                .select_one("#rapid-review-1-status")
                ->normalised_text(),
            "In progress");
  const HttpResult saved =
      manager.post(section, {{"facts_established", "The facts."}, {"completed", "yes"}});
  ASSERT_EQ(saved.status, 303) << saved.body;
  const auto overview = html::Document::parse(manager.get(saved.header("location")).body);
  EXPECT_EQ(overview.select_one("#rapid-review-1-status")->normalised_text(), "Completed");
  EXPECT_EQ(overview.select_one("#rapid-review-2-status")->normalised_text(), "Not yet started");
  const HttpResult unsigned_submission = manager.post(
      "/cases/" + std::to_string(case_id) + "/rapid-review/submission",
      {{"submitted_on-day", "2"}, {"submitted_on-month", "3"}, {"submitted_on-year", "2026"}});
  EXPECT_EQ(unsigned_submission.status, 409);
  EXPECT_EQ(error_summary(html::Document::parse(unsigned_submission.body)).size(), 1u);
  submit_to_panel(manager_token, case_id);

  // The Panel decides from its queue.
  const SignedInBrowser panel = sign_in("panel@national-panel.example");
  const auto queue = html::Document::parse(panel.get("/panel").body);
  const auto queued = row_of_case(table_rows(queue));
  ASSERT_TRUE(queued.has_value());
  EXPECT_EQ(queued->at(2), "Child A");
  const std::string decision_path = "/cases/" + std::to_string(case_id) + "/decision";
  const HttpResult decision_page = panel.get(decision_path);
  ASSERT_EQ(decision_page.status, 200);
  EXPECT_EQ(decision_page.body.find("Testchild"), std::string::npos);
  // Rule DEC-1: the partnership's recommendation and its reasons are shown beside the question.
  const auto decision_document = html::Document::parse(decision_page.body);
  EXPECT_EQ(summary_value(decision_document, "Partnership's recommendation"),
            "Learning review (below the CSPR threshold)");
  EXPECT_EQ(summary_value(decision_document, "Reasons for the recommendation"), "Worth learning.");
  EXPECT_EQ(
      summary_value(html::Document::parse(manager.get("/cases/" + std::to_string(case_id)).body),
                    "Partnership's recommendation"),
      "Learning review (below the CSPR threshold)");
  const HttpResult incomplete =
      panel.post(decision_path, {{"panel_view", "agrees"}, {"outcome", "national_review"}});
  EXPECT_EQ(incomplete.status, 422);
  // Rule DEC-1: "agrees" with an outcome other than the recommended one contradicts itself: 422
  // naming the outcome, on the page and in the API.
  const HttpResult contradiction = panel.post(decision_path, {{"panel_view", "agrees"},
                                                              {"outcome", "national_review"},
                                                              {"reason", "Of national interest."},
                                                              {"decided_on-day", "2"},
                                                              {"decided_on-month", "3"},
                                                              {"decided_on-year", "2026"},
                                                              {"theme_id", ""},
                                                              {"new_theme", "A theme"}});
  EXPECT_EQ(contradiction.status, 422);
  const auto contradiction_errors = error_summary(html::Document::parse(contradiction.body));
  ASSERT_EQ(contradiction_errors.size(), 1u) << contradiction.body;
  EXPECT_EQ(contradiction_errors[0].first, "#outcome");
  const HttpResult api_contradiction =
      api("POST", case_api + "/decision", manager_token,
          R"({"panel_view": "disagrees", "outcome": "learning_review", "reason": "Why.",
              "decided_on": "2026-03-02"})");
  EXPECT_EQ(api_contradiction.status, 422) << api_contradiction.body;
  EXPECT_EQ(problem_fields(api_contradiction), std::vector<std::string>{"outcome"});
  const HttpResult decided = panel.post(decision_path, {{"panel_view", "disagrees"},
                                                        {"outcome", "national_review"},
                                                        {"reason", "Of national interest."},
                                                        {"decided_on-day", "2"},
                                                        {"decided_on-month", "3"},
                                                        {"decided_on-year", "2026"},
                                                        {"theme_id", ""},
                                                        {"new_theme", "It was hard to escape"}});
  ASSERT_EQ(decided.status, 303) << decided.body;
  EXPECT_EQ(decided.header("location"), "/panel?done=decided");
  EXPECT_FALSE(
      row_of_case(table_rows(html::Document::parse(panel.get("/panel").body))).has_value());
  const auto decided_case = json_of(api("GET", case_api, manager_token));
  EXPECT_EQ(decided_case->getValue<std::string>("stage"), "review_to_be_commissioned");
}

// Submission names the agencies that have not responded and needs a reason to go without them:
// 409 naming them in the API; on the page, the list and a textarea, and 409 with the error summary
// without a reason; the reason is on the case's timeline.
TEST_P(CasePagesTest, SubmissionListsTheAgenciesThatHaveNotRespondedAndNeedsAReason) {
  const std::string token = api_token("manager@northbrook.example");
  const std::int64_t case_id = notification_by_api(token);
  const std::string case_api = "/api/v1/cases/" + std::to_string(case_id);
  ASSERT_NO_FATAL_FAILURE(mark_sent(token, case_id));
  complete_and_sign(token, case_id);
  const HttpResult refused =
      api("POST", case_api + "/submission", token, R"({"submitted_on": "2026-03-02"})");
  EXPECT_EQ(refused.status, 409) << refused.body;
  EXPECT_NE(refused.body.find("Northbrook Police"), std::string::npos) << refused.body;
  EXPECT_EQ(problem_fields(refused), std::vector<std::string>{"reason_for_missing_responses"});

  const SignedInBrowser manager = sign_in("manager@northbrook.example");
  const std::string overview_path = "/cases/" + std::to_string(case_id) + "/rapid-review";
  const auto overview = html::Document::parse(manager.get(overview_path).body);
  const auto* missing = overview.select_one("main ul.govuk-list--bullet");
  ASSERT_NE(missing, nullptr);
  EXPECT_EQ(missing->normalised_text(), "Northbrook Police");
  EXPECT_NE(overview.select_one("textarea[name=reason_for_missing_responses]"), nullptr);
  const FormFields date = {
      {"submitted_on-day", "2"}, {"submitted_on-month", "3"}, {"submitted_on-year", "2026"}};
  const HttpResult without_reason = manager.post(overview_path + "/submission", date);
  EXPECT_EQ(without_reason.status, 409);
  const auto errors = error_summary(html::Document::parse(without_reason.body));
  ASSERT_EQ(errors.size(), 1u) << without_reason.body;
  EXPECT_EQ(errors[0].first, "#reason_for_missing_responses");
  EXPECT_NE(errors[0].second.find("Northbrook Police"), std::string::npos) << errors[0].second;
  FormFields with_reason = date;
  with_reason.push_back({"reason_for_missing_responses", "The police response is delayed."});
  const HttpResult submitted = manager.post(overview_path + "/submission", with_reason);
  ASSERT_EQ(submitted.status, 303) << submitted.body;
  const auto case_page = html::Document::parse(manager.get(submitted.header("location")).body);
  const auto timeline = table_rows(case_page, "Timeline");
  ASSERT_FALSE(timeline.empty());
  EXPECT_NE(timeline.back().at(1).find("The police response is delayed."), std::string::npos)
      << timeline.back().at(1);
}

// Issue 10: an agency not ticked at notification joins the case from its own page (or the API),
// and can then be asked for a response.
TEST_P(CasePagesTest, TheManagerAddsAnAgencyToACaseAndAsksIt) {
  const std::string token = api_token("manager@northbrook.example");
  const std::int64_t case_id = notification_by_api(token);
  const std::string case_path = "/cases/" + std::to_string(case_id);
  const std::string case_api = "/api/v1/cases/" + std::to_string(case_id);
  const SignedInBrowser manager = sign_in("manager@northbrook.example");
  const auto case_page = html::Document::parse(manager.get(case_path).body);
  const auto* link = case_page.select_one("main a[href='" + case_path + "/agencies']");
  ASSERT_NE(link, nullptr);
  EXPECT_EQ(link->normalised_text(), "Add an agency to the case");

  const HttpResult page = manager.get(case_path + "/agencies");
  ASSERT_EQ(page.status, 200);
  const auto document = html::Document::parse(page.body);
  EXPECT_EQ(heading_text(document), "Add an agency to the case");
  std::vector<std::string> offered;
  for (const auto* label : document.select("main .govuk-radios__label"))
    offered.push_back(label->normalised_text());
  EXPECT_FALSE(contains(offered, "Northbrook Police")) << "on the case already";
  EXPECT_TRUE(contains(offered, "Northbrook Primary School"));

  const HttpResult unchosen = manager.post(case_path + "/agencies", {});
  EXPECT_EQ(unchosen.status, 422);
  EXPECT_EQ(error_summary(html::Document::parse(unchosen.body)).at(0).first, "#agency_id");
  const std::int64_t school = agency_id(token, "SCHOOL");
  const HttpResult added =
      manager.post(case_path + "/agencies", {{"agency_id", std::to_string(school)}});
  ASSERT_EQ(added.status, 303) << added.body;
  const auto after = html::Document::parse(manager.get(added.header("location")).body);
  EXPECT_EQ(summary_value(after, "Agencies involved"),
            "Northbrook Police, Northbrook Primary School");
  EXPECT_NE(after.select_one(".govuk-notification-banner")
                ->normalised_text()
                .find("Agency added to the case"),
            std::string::npos);

  // The API: the same agency again is refused on agency_id; another is added.
  const HttpResult again =
      api("POST", case_api + "/agencies", token, "{\"agency_id\": " + std::to_string(school) + "}");
  EXPECT_EQ(again.status, 422) << again.body;
  EXPECT_EQ(problem_fields(again), std::vector<std::string>{"agency_id"});
  const std::int64_t probation = agency_id(token, "PROBATION");
  const HttpResult by_api = api("POST", case_api + "/agencies", token,
                                "{\"agency_id\": " + std::to_string(probation) + "}");
  ASSERT_EQ(by_api.status, 201) << by_api.body;
  EXPECT_EQ(json_of(by_api)->getArray("agencies")->size(), 3u);

  // Once the rapid review runs, the added agency is asked like the others.
  ASSERT_NO_FATAL_FAILURE(mark_sent(token, case_id));
  const HttpResult asked = api("POST", case_api + "/agency-requests", token,
                               "{\"agency_ids\": [" + std::to_string(school) + "]}");
  ASSERT_EQ(asked.status, 201) << asked.body;
  EXPECT_NE(asked.body.find("Northbrook Primary School"), std::string::npos) << asked.body;
}

// Rule NTK-1 by the API: the asked agency's contributors get the request with the children while it
// is open; another agency's contributor, the manager and anyone after it closes get 404.
TEST_P(CasePagesTest, TheAskedAgencyIdentifiesTheChildrenOnItsOpenRequestOnly) {
  const std::string manager_token = api_token("manager@northbrook.example");
  const std::int64_t case_id = notification_by_api(manager_token);
  const std::string case_api = "/api/v1/cases/" + std::to_string(case_id);
  ASSERT_NO_FATAL_FAILURE(mark_sent(manager_token, case_id));
  ASSERT_EQ(api("POST", case_api + "/agency-requests", manager_token, "{}").status, 201);
  const std::int64_t request_id = json_of(api("GET", case_api + "/agency-requests", manager_token))
                                      ->getArray("agency_requests")
                                      ->getObject(0)
                                      ->getValue<std::int64_t>("id");
  const std::string request_api = case_api + "/agency-requests/" + std::to_string(request_id);
  const std::string police = api_token("contributor@northbrook.example");

  const HttpResult open = api("GET", request_api, police);
  ASSERT_EQ(open.status, 200) << open.body;
  const auto document = json_of(open);
  EXPECT_EQ(document->getValue<std::string>("reference"), reference_);
  EXPECT_EQ(document->getValue<std::string>("state"), "not_started");
  const auto children = document->getArray("children");
  ASSERT_EQ(children->size(), 1u);
  const auto child = children->getObject(0);
  EXPECT_EQ(child->getValue<std::string>("pseudonym"), "Child A");
  EXPECT_EQ(child->getValue<std::string>("given_name"), "Ada");
  EXPECT_EQ(child->getValue<std::string>("family_name"), "Testchild");
  EXPECT_EQ(child->getValue<std::string>("date_of_birth"), "2019-05-04");
  EXPECT_TRUE(child->has("home_local_authority"));
  EXPECT_FALSE(child->has("sex"));

  // The same request under another case's path, another agency's contributor, the manager.
  EXPECT_EQ(api("GET",
                "/api/v1/cases/" + std::to_string(case_id + 1000) + "/agency-requests/" +
                    std::to_string(request_id),
                police)
                .status,
            404);
  add_account("school-contributor@northbrook.example", Role::contributor, "NBP", "SCHOOL");
  const HttpResult school =
      api("GET", request_api, api_token("school-contributor@northbrook.example"));
  EXPECT_EQ(school.status, 404);
  EXPECT_EQ(school.body.find("Testchild"), std::string::npos);
  EXPECT_EQ(api("GET", request_api, manager_token).status, 403);

  // Closed once submitted.
  ASSERT_EQ(api("PUT", request_api + "/response", police,
                R"({"summary": "Officers attended twice.", "submit": true})")
                .status,
            200);
  const HttpResult closed = api("GET", request_api, police);
  EXPECT_EQ(closed.status, 404);
  EXPECT_EQ(closed.body.find("Testchild"), std::string::npos);
}

// Rule SIGN-1 on the pages and the API: a partner's signatory reads the record as it stands, with
// the time it last changed, and signs it off with a current authenticator code; the manager cannot
// sign for partners (403), and a wrong code is refused on the form (422).
TEST_P(CasePagesTest, EachPartnersSignatorySignsTheRecordTheyReadAndTheManagerCannot) {
  const std::string manager_token = api_token("manager@northbrook.example");
  const std::int64_t case_id = notification_by_api(manager_token);
  const std::string case_api = "/api/v1/cases/" + std::to_string(case_id);
  ASSERT_NO_FATAL_FAILURE(mark_sent(manager_token, case_id));
  ASSERT_EQ(save_complete_record(manager_token, case_id, "The facts as agreed.").status, 200);

  // The manager no longer signs for partners, on the page or by the API.
  const SignedInBrowser manager = sign_in("manager@northbrook.example");
  const std::string sign_off_path = "/cases/" + std::to_string(case_id) + "/sign-off";
  EXPECT_EQ(manager.get(sign_off_path).status, 403);
  EXPECT_EQ(manager.post(sign_off_path, {{"totp_code", "123456"}}).status, 403);
  EXPECT_EQ(
      api("POST", case_api + "/sign-offs", manager_token, R"({"totp_code": "123456"})").status,
      403);

  // The police signatory finds the case, reads the record with the time it last changed.
  const SignedInBrowser police = sign_in("signatory-police@northbrook.example");
  const auto list = html::Document::parse(police.get("/sign-offs").body);
  const auto listed = row_of_case(table_rows(list));
  ASSERT_TRUE(listed.has_value());
  EXPECT_EQ(listed->at(3), "Complete");
  EXPECT_EQ(listed->at(4), "Not signed");
  const HttpResult page = police.get(sign_off_path);
  ASSERT_EQ(page.status, 200);
  const auto document = html::Document::parse(page.body);
  EXPECT_EQ(summary_value(document, "Facts established"), "The facts as agreed.");
  EXPECT_NE(document.select_one("main")->normalised_text().find("Last changed 2 March 2026"),
            std::string::npos);
  EXPECT_EQ(page.body.find("Testchild"), std::string::npos);

  // A wrong code is refused on the form; a current one signs, as the signatory.
  const HttpResult wrong = police.post_exactly(
      sign_off_path,
      with_answers(hidden_fields(document, sign_off_path), {{"totp_code", "000000"}}));
  EXPECT_EQ(wrong.status, 422);
  EXPECT_EQ(error_summary(html::Document::parse(wrong.body)).at(0).first, "#totp_code");
  const HttpResult signed_off = police.post_exactly(
      sign_off_path,
      with_answers(hidden_fields(document, sign_off_path), {{"totp_code", next_code(police)}}));
  ASSERT_EQ(signed_off.status, 303) << signed_off.body;
  EXPECT_EQ(signed_off.header("location"), "/sign-offs?done=signed");
  const auto sign_offs = json_of(api("GET", case_api, manager_token))->getArray("sign_offs");
  ASSERT_EQ(sign_offs->size(), 1u);
  EXPECT_EQ(sign_offs->getObject(0)->getValue<std::string>("partner"), "police");
  EXPECT_EQ(sign_offs->getObject(0)->getValue<std::string>("name"),
            "Demonstration Police signatory");

  // By the API, the local authority's signatory needs a code too; a changed record is refused.
  const SignedInBrowser local_authority = sign_in("signatory-la@northbrook.example");
  const std::string la_token = api_token("signatory-la@northbrook.example");
  const HttpResult no_code = api("POST", case_api + "/sign-offs", la_token, "{}");
  EXPECT_EQ(no_code.status, 422);
  EXPECT_EQ(problem_fields(no_code), std::vector<std::string>{"totp_code"});
  const HttpResult stale = api("POST", case_api + "/sign-offs", la_token,
                               R"({"totp_code": ")" + next_code(local_authority) +
                                   R"(", "record_changed_at": "2026-03-01T09:00:00Z"})");
  EXPECT_EQ(stale.status, 409) << stale.body;
  const HttpResult by_api = api("POST", case_api + "/sign-offs", la_token,
                                R"({"totp_code": ")" + next_code(local_authority) + R"("})");
  ASSERT_EQ(by_api.status, 201) << by_api.body;
  EXPECT_EQ(json_of(by_api)->getValue<std::string>("partner"), "local_authority");
}

TEST_P(CasePagesTest, NobodySeesACaseOrANameTheyShouldNot) {
  const std::string manager_token = api_token("manager@northbrook.example");
  const std::int64_t case_id = notification_by_api(manager_token);
  const std::string case_api = "/api/v1/cases/" + std::to_string(case_id);
  ASSERT_NO_FATAL_FAILURE(mark_sent(manager_token, case_id));
  ASSERT_EQ(api("POST", case_api + "/agency-requests", manager_token, "{}").status, 201);
  const auto requests = json_of(api("GET", case_api + "/agency-requests", manager_token))
                            ->getArray("agency_requests");
  ASSERT_EQ(requests->size(), 1u);
  const std::int64_t request_id = requests->getObject(0)->getValue<std::int64_t>("id");

  // A contributor of another agency of the same partnership.
  add_account("school-contributor@northbrook.example", Role::contributor, "NBP", "SCHOOL");
  const SignedInBrowser school = sign_in("school-contributor@northbrook.example");
  EXPECT_EQ(school.get("/agency-requests/" + std::to_string(request_id)).status, 404);
  EXPECT_FALSE(row_of_case(table_rows(html::Document::parse(school.get("/agency-requests").body)))
                   .has_value());
  EXPECT_EQ(school.get("/cases/" + std::to_string(case_id)).status, 403);
  const HttpResult by_api =
      api("GET", case_api, api_token("school-contributor@northbrook.example"));
  EXPECT_TRUE(by_api.status == 403 || by_api.status == 404) << by_api.status;
  EXPECT_EQ(by_api.body.find("Testchild"), std::string::npos);

  // A manager of another partnership.
  add_account("manager@elsewhere.example", Role::manager, "ELS");
  const std::string elsewhere = api_token("manager@elsewhere.example");
  EXPECT_EQ(api("GET", case_api, elsewhere).status, 404);
  EXPECT_EQ(api("POST", "/api/v1/notifications/" + std::to_string(case_id) + "/partners-told",
                elsewhere, R"({"told_on": "2026-03-02"})")
                .status,
            404);
  const HttpResult their_list = api("GET", "/api/v1/cases", elsewhere);
  ASSERT_EQ(their_list.status, 200);
  EXPECT_EQ(json_of(their_list)->getArray("cases")->size(), 0u);
  EXPECT_EQ(sign_in("manager@elsewhere.example").get("/cases/" + std::to_string(case_id)).status,
            404);

  // The Panel sees nothing before submission, and never names.
  const std::string panel = api_token("panel@national-panel.example");
  EXPECT_EQ(api("GET", case_api, panel).status, 404);
  submit_to_panel(manager_token, case_id);
  const HttpResult seen = api("GET", case_api, panel);
  ASSERT_EQ(seen.status, 200);
  EXPECT_EQ(seen.body.find("Testchild"), std::string::npos);
  EXPECT_EQ(api("GET", case_api + "?names=shown", panel).status, 403);

  // An inspector: the notification only, without names, and the read-only list.
  const std::string inspector = api_token("inspector@inspectorate.example");
  const HttpResult inspected = api("GET", case_api, inspector);
  ASSERT_EQ(inspected.status, 200);
  EXPECT_EQ(inspected.body.find("Testchild"), std::string::npos);
  EXPECT_FALSE(json_of(inspected)->has("rapid_review"));
  EXPECT_NE(api("GET", case_api + "?names=shown", inspector).status, 200);
  const SignedInBrowser inspector_browser = sign_in("inspector@inspectorate.example");
  const HttpResult notifications = inspector_browser.get("/notifications");
  ASSERT_EQ(notifications.status, 200);
  EXPECT_TRUE(row_of_case(table_rows(html::Document::parse(notifications.body))).has_value());
  EXPECT_EQ(notifications.body.find("Testchild"), std::string::npos);
}

// The dashboard's "Time left" column (and the case page) say an overdue deadline in words, never
// as a negative number.
TEST(WorkingDaysLeftText, SaysOverdueInWordsNeverANegativeNumber) {
  EXPECT_EQ(cases::working_days_left_text(3), "3 working days left");
  EXPECT_EQ(cases::working_days_left_text(1), "1 working day left");
  EXPECT_EQ(cases::working_days_left_text(0), "Due today");
  EXPECT_EQ(cases::working_days_left_text(-1), "1 working day overdue");
  EXPECT_EQ(cases::working_days_left_text(-2), "2 working days overdue");
  EXPECT_EQ(cases::working_days_left_text(std::nullopt), "");
}

TEST_P(CasePagesTest, TheDashboardListsOpenCasesFiltersThemAndDownloadsThemAsCsv) {
  const std::string token = api_token("manager@northbrook.example");
  const std::int64_t case_id = notification_by_api(token);
  const SignedInBrowser committee = sign_in("committee@northbrook.example");
  const auto dashboard = html::Document::parse(committee.get("/dashboard").body);
  const auto row = row_of_case(table_rows(dashboard));
  ASSERT_TRUE(row.has_value()) << case_id;
  EXPECT_EQ(row->at(1), "Child A");
  EXPECT_EQ(row->at(2), "Notification to send");
  // Notify by Thursday 5 March 2026, 3 working days after Monday 2 March: due soon (yellow).
  EXPECT_EQ(row->at(4), "3 working days left");
  EXPECT_EQ(row->at(5), "Due within 3 working days");
  EXPECT_NE(dashboard.select_one("main table .govuk-tag--yellow"), nullptr);
  EXPECT_NE(dashboard.select_one("form[method=get] select[name=stage]"), nullptr);
  EXPECT_FALSE(row_of_case(table_rows(html::Document::parse(
                               committee.get("/dashboard?status=overdue").body)))
                   .has_value());
  EXPECT_TRUE(row_of_case(table_rows(html::Document::parse(
                              committee.get("/dashboard?status=due_soon&stage=notification").body)))
                  .has_value());

  const HttpResult csv = committee.get("/dashboard/csv?stage=notification");
  ASSERT_EQ(csv.status, 200);
  EXPECT_EQ(csv.header("content-type"), "text/csv; charset=utf-8");
  EXPECT_EQ(csv.header("content-disposition"), "attachment; filename=\"cases.csv\"");
  EXPECT_EQ(
      csv.body.rfind("Reference,Children,Stage,Next deadline,Due,Working days left,Status,", 0), 0u)
      << csv.body;
  EXPECT_NE(csv.body.find("\r\n" + reference_ + ",Child A,Notification to send,"),
            std::string::npos)
      << csv.body;
  EXPECT_EQ(committee.get("/dashboard/csv?stage=closed").body.find(reference_), std::string::npos);
}

TEST_P(CasePagesTest, AnAdministratorUploadsANewerBankHolidaysFileAndAWrongFileIsRefused) {
  const SignedInBrowser admin = sign_in("admin@northbrook.example");
  const auto settings = html::Document::parse(admin.get("/admin/settings").body);
  const auto* upload = settings.select_one("form[enctype='multipart/form-data']");
  ASSERT_NE(upload, nullptr);
  EXPECT_NE(settings.select_one("#bank-holidays"), nullptr);
  auto multipart = [&](const std::string& filename, const std::string& type,
                       const std::string& content) {
    const std::string boundary = "casereviewtestboundary";
    const std::string body =
        "--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n" +
        admin.csrf_token + "\r\n--" + boundary +
        "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename +
        "\"\r\nContent-Type: " + type + "\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
    return testing_support::http_request(server_->port(), "POST", "/admin/settings/bank-holidays",
                                         {{"Cookie", admin.cookie}}, body,
                                         "multipart/form-data; boundary=" + boundary);
  };
  const HttpResult wrong_type = multipart("holidays.pdf", "application/pdf", "%PDF-1.4");
  EXPECT_EQ(wrong_type.status, 422);
  EXPECT_EQ(error_summary(html::Document::parse(wrong_type.body)),
            (std::vector<std::pair<std::string, std::string>>{
                {"#file", "The selected file must be a JSON file"}}));
  // A file over the server's body limit (1 MiB) is answered with the form and its error, not the
  // 413 error page; the client announces the size and sends only the start, as a browser's
  // upload is refused as soon as the server has read its headers.
  {
    Poco::Net::StreamSocket socket(
        Poco::Net::SocketAddress("127.0.0.1", static_cast<Poco::UInt16>(server_->port())));
    socket.setReceiveTimeout(Poco::Timespan(10, 0));
    const std::string request =
        "POST /admin/settings/bank-holidays HTTP/1.1\r\nHost: localhost\r\nCookie: " +
        admin.cookie +
        "\r\nContent-Type: multipart/form-data; boundary=casereviewtestboundary\r\n"
        "Content-Length: 2097152\r\n\r\n--casereviewtestboundary\r\n";
    socket.sendBytes(request.data(), static_cast<int>(request.size()));
    std::string answer;
    char buffer[8192];
    for (int received = 0; (received = socket.receiveBytes(buffer, sizeof buffer)) > 0;)
      answer.append(buffer, static_cast<std::size_t>(received));
    ASSERT_EQ(answer.rfind("HTTP/1.1 413", 0), 0u) << answer.substr(0, 200);
    const auto page = html::Document::parse(answer.substr(answer.find("\r\n\r\n") + 4));
    EXPECT_EQ(error_summary(page),
              (std::vector<std::pair<std::string, std::string>>{
                  {"#file", "The selected file must be smaller than 512 KB"}}));
  }
  const HttpResult not_holidays =
      multipart("holidays.json", "application/json", "{\"scotland\": {}}");
  EXPECT_EQ(not_holidays.status, 422);
  EXPECT_EQ(error_summary(html::Document::parse(not_holidays.body)).at(0).first, "#file");

  std::string events;
  for (int year = 2020; year <= 2040; ++year) {
    events += std::string(events.empty() ? "" : ",") +
              "{\"title\": \"New Year's Day\", \"date\": \"" + std::to_string(year) +
              "-01-01\", \"notes\": \"\", \"bunting\": true}";
  }
  const HttpResult uploaded = multipart(
      "bank-holidays.json", "application/json",
      R"({"england-and-wales": {"division": "england-and-wales", "events": [)" + events + "]}}");
  ASSERT_EQ(uploaded.status, 303) << uploaded.body;
  const auto after = html::Document::parse(admin.get(uploaded.header("location")).body);
  const auto* section = after.select_one("#bank-holidays-years");
  ASSERT_NE(section, nullptr);
  EXPECT_NE(section->normalised_text().find("from 2020 to 2040"), std::string::npos)
      << section->normalised_text();
}

INSTANTIATE_TEST_SUITE_P(Engines, CasePagesTest,
                         ::testing::ValuesIn(testing_support::test_engines()),
                         testing_support::engine_test_name);

}  // namespace
}  // namespace casereview::web
