// The demonstration "Case reviews" course: its Markdown body and its details file are compiled
// into the program, the body renders as well-formed GOV.UK markup under the course page's own h1,
// and it teaches what issue 4 asks for, among them the four outcomes of a rapid review.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "app/embedded_files.hpp"
#include "support/html_dom.hpp"
#include "web/markdown.hpp"

namespace casereview::web {
namespace {

using test::html::Document;
using test::html::Node;

const std::string& embedded(const std::string& name) {
  static const std::string missing;
  const auto& files = embedded_files();
  const auto found = files.find(name);
  EXPECT_NE(found, files.end()) << name << " is not embedded";
  return found == files.end() ? missing : found->second;
}

// The body as the course page shows it, below the page's own h1.
Document course_page() {
  return Document::parse(
      render_markdown(embedded("data/course-case-reviews.md"), {.heading_offset = 1}).str());
}

TEST(CaseReviewsCourse, TheBodyIsEmbeddedAndRendersAsWellFormedGovukMarkupBelowThePageHeading) {
  const std::string& body = embedded("data/course-case-reviews.md");
  ASSERT_FALSE(body.empty());
  const Document page = Document::parse(render_markdown(body, {.heading_offset = 1}).str());
  EXPECT_TRUE(page.errors().empty()) << page.errors().front();
  EXPECT_TRUE(page.select("h1").empty());
  EXPECT_GE(page.select("h2.govuk-heading-m").size(), 6u);
  EXPECT_GE(page.select("p.govuk-body").size(), 10u);
  EXPECT_EQ(page.select("table.govuk-table").size(), 1u);
  EXPECT_EQ(page.select("div.govuk-inset-text").size(), 1u);
  EXPECT_TRUE(page.select("script").empty());
}

TEST(CaseReviewsCourse, TheBodyListsTheFourOutcomesOfARapidReview) {
  const Document page = course_page();
  const Node* outcomes_list = nullptr;
  const std::vector<const Node*> top = page.root().child_elements();
  for (std::size_t index = 0; index + 2 < top.size(); ++index) {
    if (top[index]->normalised_text() == "The four outcomes of a rapid review") {
      EXPECT_EQ(top[index]->name(), "h3");
      outcomes_list = top[index + 2];  // after the heading and its introduction
    }
  }
  ASSERT_NE(outcomes_list, nullptr);
  EXPECT_EQ(outcomes_list->name(), "ol");
  std::vector<std::string> names;
  for (const Node* item : outcomes_list->select("li > strong"))
    names.push_back(item->normalised_text());
  EXPECT_EQ(names, (std::vector<std::string>{"No review", "Learning review",
                                             "Local child safeguarding practice review",
                                             "Refer for a national review"}));
}

TEST(CaseReviewsCourse, TheBodyGivesTheThresholdTheTimescalesAndTheThreeKindsOfReview) {
  const Document page = course_page();
  const std::string text = page.root().normalised_text();
  for (const char* expected :
       {"abuse or neglect of a child is known or suspected",
        "the child has died or has been seriously harmed", "within 5 working days",
        "Within 15 working days", "Professionals' meeting", "Chronologies", "Key practice episodes",
        "Action plan", "Publication"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected;
  }
  std::vector<std::string> kinds;
  for (const Node* row : page.select("table > tbody > tr")) {
    kinds.push_back(row->child_elements().front()->normalised_text());
  }
  EXPECT_EQ(kinds, (std::vector<std::string>{"Learning review", "Local CSPR", "National review"}));
}

TEST(CaseReviewsCourse, TheDetailsFileGivesTitleSummaryObjectivesWellbeingNoteAndReading) {
  Poco::JSON::Parser parser;
  const Poco::JSON::Object::Ptr course =
      parser.parse(embedded("data/course-case-reviews.json")).extract<Poco::JSON::Object::Ptr>();
  EXPECT_EQ(course->getValue<std::string>("title"), "Case reviews");
  EXPECT_FALSE(course->getValue<std::string>("summary").empty());
  EXPECT_FALSE(course->getValue<std::string>("audience").empty());
  EXPECT_FALSE(course->getValue<std::string>("wellbeing_note").empty());
  EXPECT_GE(course->getArray("learning_objectives")->size(), 5u);
  const Poco::JSON::Array::Ptr reading = course->getArray("pre_reading");
  ASSERT_GE(reading->size(), 1u);
  EXPECT_EQ(reading->getObject(0)->getValue<std::string>("title"),
            "Working Together to Safeguard Children 2023");
  for (std::size_t index = 0; index < reading->size(); ++index) {
    EXPECT_FALSE(reading->getObject(index)->getValue<std::string>("title").empty());
    EXPECT_FALSE(reading->getObject(index)->has("url"))
        << "the reading list names documents; it invents no addresses";
  }
  EXPECT_EQ(course->getValue<std::string>("body"), "data/course-case-reviews.md");
  EXPECT_FALSE(embedded(course->getValue<std::string>("body")).empty());
}

}  // namespace
}  // namespace casereview::web
