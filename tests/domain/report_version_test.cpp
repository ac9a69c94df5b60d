// The report's versions and template (domain/report_version.hpp, Rule RPT-1).
#include "domain/report_version.hpp"

#include <gtest/gtest.h>

namespace casereview {
namespace {

// Rule RPT-1: the template's sections are the partnership's setting, else the six defaults.
TEST(ReportVersion, TheTemplateIsThePartnershipsSettingOrTheSixDefaultSections) {
  EXPECT_EQ(report_section_titles({}),
            (std::vector<std::string>{"Summary", "The child and family", "The review", "Findings",
                                      "Recommendations", "Appendices"}));
  EXPECT_EQ(report_section_titles({{report_sections_key, " Summary \n\nLearning\nSummary\n"}}),
            (std::vector<std::string>{"Summary", "Learning"}));
  EXPECT_EQ(check_report_section_titles("Summary\r\n Learning ").value(), "Summary\nLearning");
  EXPECT_EQ(check_report_section_titles(" \n ").error().fields.front().field, report_sections_key);
  EXPECT_EQ(check_report_section_titles(std::string(101, 'x')).error().fields.front().message,
            "Each section's title must be 100 characters or fewer");
}

// Rule RPT-1: a version written in the program is Markdown, one "## Title" a section; reading it
// back fills the template's sections again, whatever sat between.
TEST(ReportVersion, SectionsRoundTripThroughTheirMarkdown) {
  const std::vector<std::string> titles = {"Summary", "Findings", "Appendices"};
  const std::string markdown =
      report_markdown({{"Summary", "Child A lived with her mother.\n\n### Background\nMore."},
                       {"Findings", "  "},
                       {"Appendices", "Terms of reference"}});
  EXPECT_EQ(markdown,
            "## Summary\n\nChild A lived with her mother.\n\n### Background\nMore.\n\n"
            "## Appendices\n\nTerms of reference\n");
  const std::vector<ReportSection> sections = report_sections_from_markdown(markdown, titles);
  ASSERT_EQ(sections.size(), 3U);
  EXPECT_EQ(sections[0].text, "Child A lived with her mother.\n\n### Background\nMore.");
  EXPECT_EQ(sections[1].text, "");
  EXPECT_EQ(sections[2].text, "Terms of reference");
}

TEST(ReportVersion, TextUnderAHeadingTheTemplateLacksStaysWithItsHeading) {
  const auto sections = report_sections_from_markdown(
      "Opening words\n## summary\nOne\n## Extra\nTwo", {"Summary", "Findings"});
  EXPECT_EQ(sections[0].text, "Opening words\nOne\n## Extra\nTwo");
  EXPECT_EQ(sections[1].text, "");
}

TEST(ReportVersion, AVersionWrittenHereMustHaveText) {
  EXPECT_TRUE(check_report_markdown("## Summary\n\nText").ok());
  const Error blank = check_report_markdown(" \n").error();
  EXPECT_EQ(blank.code, ErrorCode::invalid_input);
  EXPECT_EQ(blank.fields.front().field, "markdown");
  EXPECT_EQ(blank.fields.front().message, "Enter the report's text");
  EXPECT_EQ(check_report_markdown(std::string(report_markdown_limit + 1, 'x'))
                .error()
                .fields.front()
                .field,
            "markdown");
}

TEST(ReportVersion, UploadsAreKnownByTheirMediaType) {
  EXPECT_EQ(uploaded_report_format("application/pdf"), ReportFormat::pdf);
  EXPECT_EQ(uploaded_report_format(
                "Application/vnd.openxmlformats-officedocument.wordprocessingml.document; q=1"),
            ReportFormat::docx);
  EXPECT_EQ(uploaded_report_format("text/markdown"), std::nullopt);
  EXPECT_EQ(uploaded_report_format("application/octet-stream"), std::nullopt);
  for (ReportFormat format : all_report_formats)
    EXPECT_EQ(report_format_from_name(report_format_name(format)), format);
}

}  // namespace
}  // namespace casereview
