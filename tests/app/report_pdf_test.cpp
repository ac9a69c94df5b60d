// The final report's PDF (app/documents/report_pdf.hpp, Rule RPT-3), read as a person's PDF reader
// would with poppler: the title, a contents list giving each numbered section's page, the sections
// in order with their numbered findings and recommendations, the text flowing over as many A4
// pages as it needs with "Page N of M" on each; tagged, with its title set. Markdown comes through
// as plain words: headings, list items and paragraphs kept, emphasis marks dropped.
#include "app/documents/report_pdf.hpp"

#include <gtest/gtest.h>

#include "support/poppler.hpp"

namespace casereview::documents {
namespace {

using testing_support::pdf_information;
using testing_support::pdf_text;

ReportPdf long_report() {
  std::string text = "## Summary\n\nThe review **looked** at `three` agencies.\n\n";
  for (int paragraph = 1; paragraph <= 60; ++paragraph)
    text += "Paragraph " + std::to_string(paragraph) +
            " of the review's account: what happened, what made sense at the time, and what "
            "helped or hindered the practitioners involved with the family.\n\n";
  return {.title = "Final report: NBP-2026-007",
          .lines = {"Northbrook Safeguarding Children Partnership", "Version 3"},
          .sections = {{"The report", markdown_blocks(text)},
                       {"Findings",
                        {{ReportBlockKind::heading, "Finding 1: Escalation"},
                         {ReportBlockKind::paragraph, "Concerns were raised three times."}}},
                       {"Recommendations",
                        {{ReportBlockKind::heading, "Recommendation 1"},
                         {ReportBlockKind::paragraph, "Agree an escalation route."},
                         {ReportBlockKind::heading, "Recommendation 2"},
                         {ReportBlockKind::paragraph, "Audit the route in a year."}}}}};
}

// Rule RPT-3: contents, numbered sections, findings and recommendations, in order, over pages.
TEST(ReportPdf, HasContentsNumberedSectionsAndPageNumbersInReadingOrder) {
  Result<std::string> pdf = report_pdf(long_report());
  ASSERT_TRUE(pdf.ok()) << pdf.error().message;
  const std::map<std::string, std::string> information = pdf_information(pdf.value());
  EXPECT_EQ(information.at("Title"), "Final report: NBP-2026-007");
  EXPECT_EQ(information.at("Tagged"), "yes");
  const int pages = std::stoi(information.at("Pages"));
  EXPECT_GE(pages, 3);
  const std::string text = pdf_text(pdf.value());
  std::size_t at = 0;
  for (const std::string expected :
       {"Final report: NBP-2026-007", "Northbrook Safeguarding Children Partnership", "Contents",
        "1. The report 1", "2. Findings", "3. Recommendations", "1. The report", "Summary",
        "The review looked at three agencies.", "Paragraph 60 of the review's account",
        "2. Findings", "Finding 1: Escalation", "3. Recommendations", "Recommendation 1",
        "Recommendation 2", "Audit the route in a year."}) {
    const std::size_t found = text.find(expected, at);
    ASSERT_NE(found, std::string::npos) << "\"" << expected << "\" after position " << at;
    at = found + expected.size();
  }
  EXPECT_NE(text.find("Page " + std::to_string(pages) + " of " + std::to_string(pages)),
            std::string::npos);
  // The contents give the page each section starts on: the findings are past the long report.
  const std::size_t entry = text.find("2. Findings ");
  ASSERT_NE(entry, std::string::npos);
  EXPECT_GT(std::stoi(text.substr(entry + 12, 3)), 1);
}

TEST(ReportPdf, MarkdownComesThroughAsHeadingsListItemsAndParagraphs) {
  const std::vector<ReportBlock> blocks =
      markdown_blocks("# The child\n\nShe lived\nwith her **mother**.\n\n- One\n* Two\n2. Three\n");
  ASSERT_EQ(blocks.size(), 5u);
  EXPECT_EQ(blocks[0].kind, ReportBlockKind::heading);
  EXPECT_EQ(blocks[0].text, "The child");
  EXPECT_EQ(blocks[1].kind, ReportBlockKind::paragraph);
  EXPECT_EQ(blocks[1].text, "She lived with her mother.");
  EXPECT_EQ(blocks[2].kind, ReportBlockKind::list_item);
  EXPECT_EQ(blocks[2].text, "One");
  EXPECT_EQ(blocks[3].text, "Two");
  EXPECT_EQ(blocks[4].text, "2. Three");
}

}  // namespace
}  // namespace casereview::documents
