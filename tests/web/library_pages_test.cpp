// The learning library and publication over real HTTP, on SQLite and on PostgreSQL (issue 14,
// Rule LIB-1, Rule PUB-1, Rule PUB-2, Rule PUB-3): anyone, without signing in, searches the
// demonstration's three published reviews (stemmed, highlighted, filtered, an unknown filter
// named), reads one with its content note, themes and report, and downloads its PDF; the API gives
// the same; an entry not yet published is not found. The manager runs the anonymisation check on
// the local CSPR waiting at it and finds the child's name planted in its learning, masked; the
// publish step names what is missing; another partnership finds no such case.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <gtest/gtest.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <fstream>
#include <regex>

#include "app/clock.hpp"
#include "case_test_support.hpp"
#include "domain/uk_time.hpp"
#include "store/database_url.hpp"
#include "store/sql_storage.hpp"
#include "support/poppler.hpp"

namespace casereview::web {
namespace {

namespace html = casereview::test::html;
using testing_support::HttpResult;

class LibraryPagesTest : public CaseServerTest {
 protected:
  // The demonstration's library is dated from the real today: so is the server's clock.
  LibraryPagesTest() {
    now_ = SystemClock().now();
    std::ofstream(clock_file_) << format_instant(now_) << "\n";
  }

  // The local CSPR the demonstration reviewer is appointed to: the case whose publication waits.
  std::string practice_case_path() {
    const SignedInBrowser reviewer = sign_in("reviewer@northbrook.example");
    for (const auto* link :
         html::Document::parse(reviewer.get("/my-reviews").body).select("main a")) {
      const std::string href = link->attribute("href").value_or("");
      if (href.rfind("/cases/", 0) == 0 && href.size() > 7 &&
          href.find("/review") != std::string::npos)
        return href.substr(0, href.find("/review"));
    }
    ADD_FAILURE() << "the reviewer has no review";
    return "";
  }

  static std::vector<std::string> result_titles(const html::Document& page) {
    std::vector<std::string> titles;
    for (const auto* heading : page.select("main .library-result h3"))
      titles.push_back(heading->normalised_text());
    return titles;
  }
};

// Rule LIB-1: public, stemmed ("neglected" finds "neglect"), every word marked, filters combining,
// an unknown one named; every page of a search keeps it.
TEST_P(LibraryPagesTest, AnyoneSearchesThePublishedReviewsWithoutSigningIn) {
  const HttpResult all = get("/learning");
  ASSERT_EQ(all.status, 200) << all.body;
  const auto everything = html::Document::parse(all.body);
  EXPECT_EQ(heading_text(everything), "Learning from reviews");
  EXPECT_EQ(result_titles(everything).size(), 3u) << "the draft entry is not public";

  const auto neglect = html::Document::parse(get("/learning?q=neglected").body);
  const auto titles = result_titles(neglect);
  ASSERT_FALSE(titles.empty());
  EXPECT_EQ(titles.front(), "Child L: neglect seen over years") << "the title weighs most";
  const auto marks = neglect.select("main mark");
  ASSERT_FALSE(marks.empty());
  EXPECT_EQ(marks.front()->normalised_text().rfind("neglect", 0) == 0 ||
                marks.front()->normalised_text().rfind("Neglect", 0) == 0,
            true)
      << marks.front()->normalised_text();

  EXPECT_EQ(result_titles(
                html::Document::parse(get("/learning?q=sleep&theme=men-in-the-childs-life").body)),
            std::vector<std::string>{"Child J: a baby's death and safer sleep advice"});
  EXPECT_TRUE(
      result_titles(html::Document::parse(get("/learning?q=sleep&kind=learning_review").body))
          .empty());

  const HttpResult bad = get("/learning?theme=nonsense&year=soon");
  EXPECT_EQ(bad.status, 422);
  const auto errors = error_summary(html::Document::parse(bad.body));
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].first, "#theme");
  EXPECT_EQ(errors[1].first, "#year");
}

// Rule LIB-1, Rule PUB-4: the entry's page, the API's entry with its report, the PDF.
TEST_P(LibraryPagesTest, AnEntryIsAPageAnApiDocumentAndAPdf) {
  const HttpResult found = get("/api/v1/library?q=safer%20sleep");
  ASSERT_EQ(found.status, 200) << found.body;
  ASSERT_EQ(json_of(found)->getValue<int>("total"), 1);
  const auto result = json_of(found)->getArray("results")->getObject(0);
  EXPECT_NE(result->getValue<std::string>("snippet").find("[["), std::string::npos);
  const std::string url = result->getValue<std::string>("url");
  const std::string id = std::to_string(result->getValue<std::int64_t>("id"));

  const HttpResult entry = get("/api/v1/library/" + id);
  ASSERT_EQ(entry.status, 200);
  EXPECT_NE(json_of(entry)->getValue<std::string>("report").find("# Introduction"),
            std::string::npos);
  EXPECT_EQ(json_of(entry)->getArray("themes")->getElement<std::string>(0),
            "sudden-unexpected-death-in-infancy-and-safer-sleep")
      << "themes in the library's order";

  const auto page = html::Document::parse(get(url).body);
  EXPECT_EQ(heading_text(page), "Child J: a baby's death and safer sleep advice");
  const std::string text = page.select_one("main")->normalised_text();
  EXPECT_NE(text.find("Content note"), std::string::npos);
  EXPECT_LT(text.find("Content note"), text.find("What the review learned"))
      << "the content note comes before the detail";
  EXPECT_NE(page.select_one("main a[href='/learning?theme=information-sharing']"), nullptr);

  const HttpResult pdf = get(url + "/pdf");
  ASSERT_EQ(pdf.status, 200);
  EXPECT_NE(testing_support::pdf_text(pdf.body).find("safer sleep advice"), std::string::npos);

  EXPECT_EQ(get("/api/v1/library/4").status, 404) << "the local CSPR's draft entry";
  EXPECT_EQ(get("/learning/4").status, 404);
}

// Rule PUB-3: the check finds the child's given name planted in the draft entry and never shows
// it; Rule PUB-2: publishing is refused naming the advance copies; need to know.
TEST_P(LibraryPagesTest, TheManagerChecksTheDraftAndIsToldWhatIsMissing) {
  const std::string case_path = practice_case_path();
  ASSERT_FALSE(case_path.empty());
  const std::string api_case = "/api/v1" + case_path;
  const std::string manager = api_token("manager@northbrook.example");
  const HttpResult checked = api("POST", api_case + "/publication/check", manager);
  ASSERT_EQ(checked.status, 200) << checked.body;
  EXPECT_FALSE(json_of(checked)->getValue<bool>("clear"));
  const auto findings = json_of(checked)->getArray("findings");
  ASSERT_EQ(findings->size(), 1u) << checked.body;
  EXPECT_EQ(findings->getObject(0)->getValue<std::string>("kind"), "name");
  EXPECT_EQ(findings->getObject(0)->getValue<std::string>("location"), "Learning, line 1");
  EXPECT_EQ(checked.body.find("Hal"), std::string::npos) << "the name is never shown";

  const SignedInBrowser browser = sign_in("manager@northbrook.example");
  const auto page = html::Document::parse(browser.get(case_path + "/publication").body);
  const std::string text = page.select_one("main")->normalised_text();
  EXPECT_NE(text.find("[name]'s bruise"), std::string::npos) << text;
  EXPECT_EQ(text.find("Hal"), std::string::npos);
  const HttpResult refused = browser.post(case_path + "/publication/publish", {});
  EXPECT_EQ(refused.status, 409);
  EXPECT_NE(html::Document::parse(refused.body)
                .select_one("main")
                ->normalised_text()
                .find("Send the final report to the National Panel"),
            std::string::npos);

  const HttpResult bad_copy = api("POST", api_case + "/publication/advance-copies", manager,
                                  R"({"recipient": "the press", "sent_on": "yesterday"})");
  EXPECT_EQ(bad_copy.status, 422);
  EXPECT_EQ(problem_fields(bad_copy), (std::vector<std::string>{"recipient", "sent_on"}));
  EXPECT_EQ(api("POST", api_case + "/publication/publish", manager).status, 409);
  EXPECT_EQ(
      api("POST", api_case + "/publication/check", api_token("contributor@northbrook.example"))
          .status,
      403);
  add_account("manager@south.example", Role::manager, "SOUTH");
  EXPECT_EQ(api("POST", api_case + "/publication/check", api_token("manager@south.example")).status,
            404);
}

// Rule LIB-2: a published review's 7-minute briefing is a public page, a one-page PDF and an API
// document; a signed-in reader of any partnership records that their team used it (bad input named,
// nothing recorded); without a session the page asks them to sign in.
TEST_P(LibraryPagesTest, ABriefingIsReadPrintedAndItsUseRecorded) {
  const HttpResult found = get("/api/v1/library?q=exploitation");
  ASSERT_EQ(found.status, 200) << found.body;
  const auto result = json_of(found)->getArray("results")->getObject(0);
  const std::string briefing_path = result->getValue<std::string>("briefing_url");
  ASSERT_FALSE(briefing_path.empty()) << found.body;
  const std::string api_path =
      "/api/v1/library/" + std::to_string(result->getValue<std::int64_t>("id")) + "/briefing";

  const auto page = html::Document::parse(get(briefing_path).body);
  EXPECT_EQ(heading_text(page), "7-minute briefing: Child K: exploitation outside the home");
  EXPECT_EQ(page.select("main .briefing__section h2").size(), 7u);
  const std::string text = page.select_one("main")->normalised_text();
  EXPECT_LT(text.find("Content note"), text.find("What happened"));
  EXPECT_NE(text.find("No team has recorded using it yet"), std::string::npos);
  bool asks_to_sign_in = false;
  for (const auto* anchor : page.select("main a"))
    asks_to_sign_in |= anchor->attribute("href").value_or("").rfind("/sign-in?return-to=", 0) == 0;
  EXPECT_TRUE(asks_to_sign_in);

  const HttpResult pdf = get(briefing_path + "/pdf");
  ASSERT_EQ(pdf.status, 200);
  EXPECT_EQ(testing_support::pdf_information(pdf.body).at("Pages"), "1");
  EXPECT_NE(testing_support::pdf_text(pdf.body).find("Questions for your team"), std::string::npos);
  const HttpResult api_briefing = get(api_path);
  ASSERT_EQ(api_briefing.status, 200) << api_briefing.body;
  EXPECT_EQ(json_of(api_briefing)->getArray("sections")->size(), 7u);

  const SignedInBrowser reader = sign_in("contributor@northbrook.example");
  const HttpResult bad = reader.post(briefing_path + "/uses", {{"team", ""},
                                                               {"agency", "Police"},
                                                               {"used_on-day", "1"},
                                                               {"used_on-month", "1"},
                                                               {"used_on-year", "3000"},
                                                               {"people", "many"}});
  EXPECT_EQ(bad.status, 422);
  const auto errors = error_summary(html::Document::parse(bad.body));
  ASSERT_EQ(errors.size(), 3u) << bad.body;
  EXPECT_EQ(errors[0].first, "#team");
  EXPECT_EQ(errors[2].first, "#people");
  const CivilDate today = uk_date(now_);
  const HttpResult used =
      reader.post(briefing_path + "/uses", {{"team", "Neighbourhood policing"},
                                            {"agency", "Police"},
                                            {"used_on-day", std::to_string(today.day())},
                                            {"used_on-month", std::to_string(today.month())},
                                            {"used_on-year", std::to_string(today.year())},
                                            {"people", "9"}});
  EXPECT_EQ(used.status, 303)
      << html::Document::parse(used.body).select_one("main")->normalised_text();
  EXPECT_NE(html::Document::parse(get(briefing_path).body)
                .select_one("main")
                ->normalised_text()
                .find("1 team has recorded using it"),
            std::string::npos);
  // By the API, with a token of another partnership's practitioner: the library is national.
  add_account("learner@south.example", Role::learner, "SOUTH");
  const HttpResult by_api =
      api("POST", api_path + "/uses", api_token("learner@south.example"),
          R"({"team": "Early help", "agency": "South council", "used_on": ")" +
              today.to_iso_string() + R"(", "people": 3})");
  ASSERT_EQ(by_api.status, 201) << by_api.body;
  EXPECT_EQ(json_of(by_api)->getValue<int>("people"), 3);
  EXPECT_EQ(json_of(get(api_path))->getValue<int>("uses"), 2);
}

// Rule LIB-2: the manager writes the local CSPR's briefing under the partnership's template
// (seven sections or the field is named); Rule PUB-4: an unpublished report cannot be withdrawn.
TEST_P(LibraryPagesTest, TheManagerWritesTheBriefingUnderThePartnershipsHeadings) {
  const std::string case_path = practice_case_path();
  ASSERT_FALSE(case_path.empty());
  const std::string manager = api_token("manager@northbrook.example");
  const HttpResult headings = api("GET", "/api/v1/briefing-template", manager);
  ASSERT_EQ(headings.status, 200) << headings.body;
  ASSERT_EQ(json_of(headings)->getArray("headings")->size(), 7u);
  EXPECT_EQ(api("PUT", "/api/v1/briefing-template", manager, R"({"headings": []})").status, 422);

  const SignedInBrowser browser = sign_in("manager@northbrook.example");
  const auto form = html::Document::parse(browser.get(case_path + "/publication/briefing").body);
  std::size_t heading_inputs = 0;
  for (const auto* input : form.select("main input"))
    heading_inputs += input->attribute("name").value_or("").rfind("heading_", 0) == 0;
  EXPECT_EQ(heading_inputs, 7u);
  EXPECT_EQ(form.select_one("input[name=heading_1]")->attribute("value").value_or(""),
            "What happened");

  std::string sections;
  for (int i = 1; i <= 6; ++i)
    sections += std::string(sections.empty() ? "" : ", ") + R"({"heading": "Heading )" +
                std::to_string(i) + R"(", "text": "Text )" + std::to_string(i) + R"("})";
  const std::string api_case = "/api/v1" + case_path;
  const HttpResult six =
      api("PUT", api_case + "/briefing", manager, "{\"sections\": [" + sections + "]}");
  EXPECT_EQ(six.status, 422);
  EXPECT_EQ(problem_fields(six), std::vector<std::string>{"sections"});
  sections += R"(, {"heading": "Heading 7", "text": "Text 7"})";
  const HttpResult seven =
      api("PUT", api_case + "/briefing", manager, "{\"sections\": [" + sections + "]}");
  ASSERT_EQ(seven.status, 200) << seven.body;
  EXPECT_NE(html::Document::parse(browser.get(case_path + "/publication").body)
                .select_one("main")
                ->normalised_text()
                .find("The briefing is written."),
            std::string::npos);
  EXPECT_EQ(api("PUT", api_case + "/briefing", api_token("contributor@northbrook.example"),
                "{\"sections\": [" + sections + "]}")
                .status,
            403);

  const HttpResult withdrawn =
      api("POST", api_case + "/publication/withdrawal", manager, R"({"reason": "why"})");
  EXPECT_EQ(withdrawn.status, 409) << withdrawn.body;
}

// The monthly email: a bad address named; any address answered alike; the link from the email
// (read from the outbox) shows a page and changes nothing until its button; a forged link is 404.
TEST_P(LibraryPagesTest, AReaderAsksForTheMonthlyEmailAndConfirmsItByTheLink) {
  testing_support::BrowserClient reader(server_->port());
  const HttpResult form = reader.get("/learning/emails");
  ASSERT_EQ(form.status, 200) << form.body;
  const HttpResult bad = reader.submit(form, "/learning/emails", {{"email", "nobody"}});
  EXPECT_EQ(bad.status, 422);
  ASSERT_EQ(error_summary(html::Document::parse(bad.body)).size(), 1u);
  EXPECT_EQ(error_summary(html::Document::parse(bad.body))[0].first, "#email");
  const HttpResult asked =
      reader.submit(form, "/learning/emails", {{"email", "Reader@Example.org"}});
  ASSERT_EQ(asked.status, 200) << asked.body;
  EXPECT_EQ(heading_text(html::Document::parse(asked.body)), "Check your email");

  store::SqlStorage storage(store::parse_database_url(database_->url()).value());
  std::string body;
  ASSERT_TRUE(storage
                  .transact(TransactionMode::read,
                            [&](Transaction& transaction) -> Status {
                              for (const QueuedEmail& queued : transaction.outbox().recent(20))
                                if (queued.email.to == "reader@example.org")
                                  body = queued.email.body;
                              return ok_status();
                            })
                  .ok());
  std::smatch link;
  ASSERT_TRUE(std::regex_search(
      body, link, std::regex(R"((/learning/emails/subscription\?token=[A-Za-z0-9_-]+))")))
      << body;
  const std::string path = link[1];
  const std::string token = path.substr(path.find('=') + 1);
  const HttpResult page = reader.get(path);
  ASSERT_EQ(page.status, 200);
  EXPECT_EQ(heading_text(html::Document::parse(page.body)), "Confirm the monthly email");
  EXPECT_EQ(heading_text(html::Document::parse(reader.get(path).body)), "Confirm the monthly email")
      << "opening the link twice changes nothing";
  const HttpResult confirmed =
      reader.submit(page, "/learning/emails/confirmation", {{"token", token}});
  ASSERT_EQ(confirmed.status, 200) << confirmed.body;
  EXPECT_EQ(heading_text(html::Document::parse(confirmed.body)), "The emails will start");
  const HttpResult now_confirmed = reader.get(path);
  EXPECT_EQ(heading_text(html::Document::parse(now_confirmed.body)), "The monthly email");
  const HttpResult stopped =
      reader.submit(now_confirmed, "/learning/emails/cancellation", {{"token", token}});
  EXPECT_EQ(heading_text(html::Document::parse(stopped.body)), "The emails have stopped");
  EXPECT_EQ(reader.get("/learning/emails/subscription?token=forged").status, 404);
  EXPECT_EQ(reader.submit(page, "/learning/emails/cancellation", {{"token", "forged"}}).status,
            404);
}

// The children of `node` named `name` in the Atom namespace.
std::vector<xmlNodePtr> atom_children(xmlNodePtr node, const char* name) {
  std::vector<xmlNodePtr> found;
  for (xmlNodePtr child = node->children; child; child = child->next)
    if (child->type == XML_ELEMENT_NODE && child->ns &&
        xmlStrEqual(child->ns->href, BAD_CAST "http://www.w3.org/2005/Atom") &&
        xmlStrEqual(child->name, BAD_CAST name))
      found.push_back(child);
  return found;
}

std::string text_of(xmlNodePtr node) {
  xmlChar* content = xmlNodeGetContent(node);
  std::string text = content ? reinterpret_cast<const char*>(content) : "";
  xmlFree(content);
  return text;
}

// Rule LIB-1: new entries as an Atom feed (RFC 4287): well-formed XML in the Atom namespace, the
// feed's and each entry's required elements (id, title, updated, an author), newest first; and the
// themes page counts each theme's entries.
TEST_P(LibraryPagesTest, NewEntriesAreAnAtomFeedAndThemesAreCounted) {
  const HttpResult feed = get("/learning/feed");
  ASSERT_EQ(feed.status, 200);
  EXPECT_EQ(feed.header("content-type").rfind("application/atom+xml", 0), 0u);
  xmlDocPtr document = xmlReadMemory(feed.body.data(), static_cast<int>(feed.body.size()), "feed",
                                     nullptr, XML_PARSE_NONET | XML_PARSE_NOERROR);
  ASSERT_NE(document, nullptr) << "not well-formed: " << feed.body;
  xmlNodePtr root = xmlDocGetRootElement(document);
  ASSERT_TRUE(root && xmlStrEqual(root->name, BAD_CAST "feed"));
  ASSERT_TRUE(root->ns && xmlStrEqual(root->ns->href, BAD_CAST "http://www.w3.org/2005/Atom"));
  for (const char* required : {"id", "title", "updated", "author"})
    EXPECT_EQ(atom_children(root, required).size(), 1u) << required;
  const auto entries = atom_children(root, "entry");
  ASSERT_EQ(entries.size(), 3u);
  for (xmlNodePtr entry : entries) {
    for (const char* required : {"id", "title", "updated", "author", "link", "summary"})
      EXPECT_EQ(atom_children(entry, required).size(), 1u) << required;
    EXPECT_EQ(text_of(atom_children(entry, "updated").at(0)).size(), 20u)
        << "an RFC 3339 date-time";
  }
  EXPECT_EQ(text_of(atom_children(entries[0], "title").at(0)), "Child L: neglect seen over years")
      << "newest first";
  EXPECT_EQ(text_of(atom_children(root, "updated").at(0)),
            text_of(atom_children(entries[0], "updated").at(0)));
  xmlFreeDoc(document);

  const auto themes = html::Document::parse(get("/learning/themes").body);
  const std::string text = themes.select_one("main")->normalised_text();
  EXPECT_NE(text.find("Neglect (1 review)"), std::string::npos) << text;
  EXPECT_NE(text.find("Poverty (0 reviews)"), std::string::npos) << text;
  EXPECT_NE(themes.select_one("main a[href='/learning?theme=information-sharing']"), nullptr);
}

INSTANTIATE_TEST_SUITE_P(Engines, LibraryPagesTest,
                         ::testing::ValuesIn(testing_support::test_engines()));

}  // namespace
}  // namespace casereview::web
