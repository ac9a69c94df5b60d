// The 7-minute briefing (Rule LIB-2) and withdrawing a published report (Rule PUB-4) on both
// engines: the partnership's template, the briefing's seven sections checked before publication
// and as they are saved after it (Rule PUB-3), the public briefing and its one-page PDF, the teams
// that used it, and the report withdrawn — early only with a reason, the entry kept, its text gone
// from the search.
#include <gtest/gtest.h>

#include "app/library/briefing.hpp"
#include "app/library/learning_library.hpp"
#include "app/publication_fixture.hpp"
#include "support/poppler.hpp"

namespace casereview {
namespace {

class BriefingUseCases : public PublicationTest {
 protected:
  static std::vector<BriefingSection> sections(const std::string& first_text =
                                                   "A child was "
                                                   "harmed.") {
    std::vector<BriefingSection> written;
    for (const BriefingHeading& heading : default_briefing_template())
      written.push_back({heading.heading, "What the team should know about " + heading.heading});
    written[0].text = first_text;
    return written;
  }
};

// Rule LIB-2: the bundled template until the partnership changes it; a new briefing starts with
// its headings; seven, each with text, or the fields are named and nothing changes.
TEST_P(BriefingUseCases, TheTemplateGivesTheHeadingsAndABriefingHasSevenSections) {
  auto bundled = view_briefing_template(context(), as(manager));
  ASSERT_TRUE(bundled.ok()) << bundled.error().message;
  ASSERT_EQ(bundled.value().size(), 7u);
  EXPECT_EQ(bundled.value()[0].heading, "What happened");

  std::vector<BriefingHeading> ours = bundled.value();
  ours[1].heading = "  Why this matters here  ";
  ours[6].heading = "";
  auto refused = save_briefing_template(context(), as(manager), ours);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(fields_of(refused.error()), std::vector<std::string>{"heading_7"});
  EXPECT_EQ(view_briefing_template(context(), as(manager)).value()[1].heading, "Why it matters")
      << "a refused template changes nothing";
  ours[6].heading = "Where to find out more";
  ASSERT_TRUE(save_briefing_template(context(), as(manager), ours).ok());
  EXPECT_EQ(view_briefing_template(context(), as(manager)).value()[1].heading,
            "Why this matters here");
  EXPECT_EQ(view_briefing_template(context(), as(south_manager)).value()[1].heading,
            "Why it matters")
      << "another partnership keeps its own";
  ours.pop_back();
  EXPECT_EQ(fields_of(save_briefing_template(context(), as(manager), ours).error()),
            std::vector<std::string>{"headings"});

  EXPECT_EQ(save_briefing(context(), as(manager), case_id, sections()).error().code,
            ErrorCode::wrong_state)
      << "the library entry comes first";
  ASSERT_TRUE(decide("publish").ok());
  write_entry("Agencies held pieces of the picture.");
  auto form = view_briefing_form(context(), as(manager), case_id);
  ASSERT_TRUE(form.ok());
  EXPECT_FALSE(form.value().written);
  ASSERT_EQ(form.value().sections.size(), 7u);
  EXPECT_EQ(form.value().sections[1].heading, "Why this matters here");
  EXPECT_EQ(form.value().sections[1].text, "");

  std::vector<BriefingSection> bad = sections();
  bad[2].text = "";
  bad[4].text = std::string(limits::briefing_text + 1, 'x');
  auto invalid = save_briefing(context(), as(manager), case_id, bad);
  ASSERT_FALSE(invalid.ok());
  EXPECT_EQ(fields_of(invalid.error()), (std::vector<std::string>{"section_3", "section_5"}));
  EXPECT_FALSE(view_briefing_form(context(), as(manager), case_id).value().written);
  ASSERT_TRUE(save_briefing(context(), as(manager), case_id, sections()).ok());
  EXPECT_TRUE(view_briefing_form(context(), as(manager), case_id).value().written);
  EXPECT_EQ(save_briefing(context(), as(reviewer), case_id, sections()).error().code,
            ErrorCode::forbidden);
  EXPECT_EQ(save_briefing(context(), as(south_manager), case_id, sections()).error().code,
            ErrorCode::not_found);
}

// Rule LIB-2, Rule PUB-3: the briefing is checked with everything else before publication, and a
// change after publication is refused while it names the child — it would be public at once.
TEST_P(BriefingUseCases, TheBriefingIsCheckedBeforeAndAfterPublication) {
  ASSERT_TRUE(decide("publish").ok());
  mark_final("## Summary\n\nThe review of Child A.");
  write_entry("Agencies held pieces of the picture.");
  ASSERT_TRUE(
      save_briefing(context(), as(manager), case_id, sections("Amelia was seen at school.")).ok());
  send_all_copies(20);
  auto check = run_anonymisation_check(context(), as(manager), case_id);
  ASSERT_TRUE(check.ok());
  ASSERT_EQ(check.value().findings.size(), 1u);
  EXPECT_EQ(check.value().findings[0].part, "Briefing, section 1");
  EXPECT_EQ(check.value().findings[0].excerpt.find("Amelia"), std::string::npos);

  ASSERT_TRUE(save_briefing(context(), as(manager), case_id, sections()).ok());
  ASSERT_TRUE(run_anonymisation_check(context(), as(manager), case_id).value().clear);
  auto published = publish_review(context(), as(manager), case_id);
  ASSERT_TRUE(published.ok()) << published.error().message;
  const Id entry_id = published.value().library_id;

  auto changed =
      save_briefing(context(), as(manager), case_id, sections("The school saw AMELIA's bruises."));
  ASSERT_FALSE(changed.ok());
  EXPECT_EQ(fields_of(changed.error()), std::vector<std::string>{"section_1"});
  EXPECT_EQ(changed.error().fields[0].message.find("AMELIA"), std::string::npos)
      << "the refusal masks the name too: " << changed.error().fields[0].message;
  EXPECT_EQ(read_briefing(context(), entry_id).value().sections[0].text, "A child was harmed.")
      << "a refused change changes nothing";
  auto entry_changed = save_library_entry(context(), as(manager), case_id,
                                          {.title = "Child A", .summary = "Amelia Testchild."});
  ASSERT_FALSE(entry_changed.ok());
  EXPECT_EQ(fields_of(entry_changed.error()), std::vector<std::string>{"summary"});
  ASSERT_TRUE(
      save_briefing(context(), as(manager), case_id, sections("A child of seven was harmed."))
          .ok());
  EXPECT_EQ(read_briefing(context(), entry_id).value().sections[0].text,
            "A child of seven was harmed.");
}

// Rule LIB-2: anyone reads a published briefing and its one-page PDF; anyone signed in, of any
// partnership, records their team's use; the manager pages through the uses.
TEST_P(BriefingUseCases, APublishedBriefingIsReadPrintedAndItsUsesRecorded) {
  ASSERT_TRUE(decide("publish").ok());
  write_entry("Agencies held pieces of the picture.");
  std::vector<BriefingSection> long_text = sections();
  for (BriefingSection& section : long_text) {
    section.text.clear();
    while (section.text.size() + 12 < limits::briefing_text) section.text += "safeguarding ";
  }
  ASSERT_TRUE(save_briefing(context(), as(manager), case_id, long_text).ok());
  const Id unpublished = view_briefing_form(context(), as(manager), case_id).value().entry->id;
  EXPECT_EQ(read_briefing(context(), unpublished).error().code, ErrorCode::not_found)
      << "not public before publication";

  const Id entry_id = [&] {
    mark_final("## Summary\n\nThe review of Child A.");
    send_all_copies(20);
    EXPECT_TRUE(run_anonymisation_check(context(), as(manager), case_id).value().clear);
    return publish_review(context(), as(manager), case_id).value().library_id;
  }();
  auto briefing = read_briefing(context(), entry_id);
  ASSERT_TRUE(briefing.ok()) << briefing.error().message;
  EXPECT_EQ(briefing.value().sections.size(), 7u);
  EXPECT_TRUE(search_library(context(), {}).value().hits.at(0).entry.has_briefing);

  // Seven sections of the longest text still fit one page, every heading in reading order.
  auto pdf = briefing_pdf(context(), entry_id);
  ASSERT_TRUE(pdf.ok()) << pdf.error().message;
  EXPECT_EQ(testing_support::pdf_information(pdf.value()).at("Pages"), "1");
  const std::string text = testing_support::pdf_text(pdf.value());
  std::size_t at = text.find("7-minute briefing: Child A");
  ASSERT_NE(at, std::string::npos) << text;
  for (const BriefingHeading& heading : default_briefing_template()) {
    const std::size_t next = text.find(heading.heading, at);
    ASSERT_NE(next, std::string::npos) << heading.heading << " in " << text;
    at = next;
  }

  const BriefingUseInput used{.team = "Health visiting, north",
                              .agency = "Community health",
                              .used_on = today().to_iso_string(),
                              .people = "12"};
  EXPECT_EQ(record_briefing_use(context(), Caller{}, entry_id, used).error().code,
            ErrorCode::unauthenticated);
  auto bad = record_briefing_use(context(), as(police_contributor), entry_id,
                                 {.team = " ",
                                  .agency = "Police",
                                  .used_on = today().add_days(1).to_iso_string(),
                                  .people = "0"});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(fields_of(bad.error()), (std::vector<std::string>{"team", "used_on", "people"}));
  ASSERT_TRUE(record_briefing_use(context(), as(police_contributor), entry_id, used).ok());
  ASSERT_TRUE(record_briefing_use(context(), as(south_manager), entry_id,
                                  {.team = "Early help",
                                   .agency = "South council",
                                   .used_on = today().to_iso_string(),
                                   .people = "5"})
                  .ok())
      << "the library is national: any partnership's teams use it";
  EXPECT_EQ(read_briefing(context(), entry_id).value().uses, 2);
  auto listed = list_briefing_uses(context(), as(committee), case_id, 1);
  ASSERT_TRUE(listed.ok());
  EXPECT_EQ(listed.value().total, 2);
  ASSERT_EQ(listed.value().uses.size(), 2u);
  EXPECT_EQ(listed.value().uses[0].team, "Early help") << "the latest first";
  EXPECT_EQ(list_briefing_uses(context(), as(south_manager), case_id, 1).error().code,
            ErrorCode::not_found);
}

// Rule PUB-4: within the years the report is kept, withdrawing it needs a reason (and says from
// when none is needed); the entry and briefing stay, the report's text leaves the page and the
// search; once withdrawn it stays so. After the years, no reason is needed.
TEST_P(BriefingUseCases, AWithdrawnReportLeavesTheLibraryButItsEntryStays) {
  const Id entry_id = publish_with_report("## Summary\n\nThe zebracrossing review of Child A.");
  EXPECT_EQ(search_library(context(), {.q = "zebracrossing"}).value().total, 1);
  auto early = withdraw_document(context(), as(manager), case_id, "  ");
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(fields_of(early.error()), std::vector<std::string>{"reason"});
  EXPECT_NE(early.error().fields[0].message.find("less than a year ago"), std::string::npos)
      << early.error().fields[0].message;
  EXPECT_EQ(withdraw_document(context(), as(reviewer), case_id, "x").error().code,
            ErrorCode::forbidden);
  EXPECT_FALSE(read_library_entry(context(), entry_id).value().report.empty())
      << "a refused withdrawal changes nothing";

  clock_.advance(std::chrono::hours(24 * 400));
  auto later = withdraw_document(context(), as(manager), case_id, "");
  ASSERT_FALSE(later.ok());
  EXPECT_NE(later.error().fields[0].message.find("without a reason from"), std::string::npos)
      << later.error().fields[0].message;

  ASSERT_TRUE(
      withdraw_document(context(), as(manager), case_id, "A sibling's criminal trial has begun")
          .ok());
  auto entry = read_library_entry(context(), entry_id);
  ASSERT_TRUE(entry.ok()) << "the entry stays";
  EXPECT_EQ(entry.value().report, "");
  EXPECT_EQ(entry.value().document_withdrawn_on, today());
  EXPECT_EQ(entry.value().withdrawal_reason, "A sibling's criminal trial has begun");
  EXPECT_EQ(search_library(context(), {.q = "zebracrossing"}).value().total, 0)
      << "the report's words leave the search";
  EXPECT_EQ(search_library(context(), {.q = "pieces"}).value().total, 1)
      << "the entry's own words stay";
  EXPECT_EQ(withdraw_document(context(), as(manager), case_id, "again").error().code,
            ErrorCode::wrong_state);
}

TEST_P(BriefingUseCases, AfterTheYearsKeptNoReasonIsNeeded) {
  const Id entry_id = publish_with_report();
  clock_.advance(std::chrono::hours(24 * (5 * 366 + 1)));
  ASSERT_TRUE(withdraw_document(context(), as(committee), case_id, "").ok());
  EXPECT_TRUE(read_library_entry(context(), entry_id).value().document_withdrawn_on.has_value());
}

TEST_P(BriefingUseCases, OnlyAPublishedReportCanBeWithdrawn) {
  ASSERT_TRUE(decide("improvements_only", "The family asked").ok());
  EXPECT_EQ(withdraw_document(context(), as(manager), case_id, "why").error().code,
            ErrorCode::wrong_state);
  write_entry("Agencies held pieces of the picture.");
  send_all_copies(20);
  ASSERT_TRUE(run_anonymisation_check(context(), as(manager), case_id).ok());
  ASSERT_TRUE(publish_review(context(), as(manager), case_id).ok());
  auto nothing = withdraw_document(context(), as(manager), case_id, "why");
  ASSERT_FALSE(nothing.ok());
  EXPECT_EQ(nothing.error().message,
            "No report was published with this entry: there is nothing to withdraw");
}

INSTANTIATE_TEST_SUITE_P(Engines, BriefingUseCases,
                         ::testing::ValuesIn(testing_support::test_engines()));

}  // namespace
}  // namespace casereview
