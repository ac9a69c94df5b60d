// The 7-minute briefing's rules (Rule LIB-2) and withdrawal's (Rule PUB-4), as pure functions.
#include "domain/briefing.hpp"

#include <gtest/gtest.h>

namespace casereview {
namespace {

CivilDate date(int y, int m, int d) { return CivilDate::from_ymd(y, m, d).value(); }

std::vector<std::string> fields(const Error& error) {
  std::vector<std::string> names;
  for (const FieldError& field : error.fields) names.push_back(field.field);
  return names;
}

// Rule LIB-2: seven headings, each given.
TEST(BriefingTemplate, HasSevenHeadingsEachGiven) {
  const std::vector<BriefingHeading> bundled = default_briefing_template();
  ASSERT_EQ(bundled.size(), limits::briefing_sections);
  for (const BriefingHeading& heading : bundled) {
    EXPECT_FALSE(heading.heading.empty());
    EXPECT_LE(heading.heading.size(), limits::briefing_heading);
    EXPECT_LE(heading.guidance.size(), limits::briefing_guidance);
  }
  EXPECT_TRUE(briefing_template_from(bundled).ok());

  std::vector<BriefingHeading> changed = bundled;
  changed[0].heading = "  The story  ";
  changed[3].heading = " ";
  changed[5].guidance = std::string(limits::briefing_guidance + 1, 'g');
  auto refused = briefing_template_from(changed);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(fields(refused.error()), (std::vector<std::string>{"heading_4", "guidance_6"}));
  changed[3].heading = "What helped";
  changed[5].guidance = "";
  auto kept = briefing_template_from(changed);
  ASSERT_TRUE(kept.ok());
  EXPECT_EQ(kept.value()[0].heading, "The story") << "trimmed";

  changed.push_back({"An eighth", ""});
  auto eight = briefing_template_from(changed);
  ASSERT_FALSE(eight.ok());
  EXPECT_EQ(fields(eight.error()), std::vector<std::string>{"headings"});
  EXPECT_EQ(eight.error().fields[0].message, "A briefing has 7 sections, not 8");
}

// Rule LIB-2: each section has its heading and text, within the limits; the message names the
// heading.
TEST(Briefing, NeedsSevenSectionsWithHeadingAndText) {
  std::vector<BriefingSection> sections(7, BriefingSection{"Heading", "Text"});
  EXPECT_TRUE(briefing_from(sections).ok());
  sections[1] = {"Why it matters", "  "};
  sections[2] = {"", "Text"};
  sections[6].text = std::string(limits::briefing_text + 1, 'x');
  auto refused = briefing_from(sections);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(fields(refused.error()),
            (std::vector<std::string>{"section_2", "heading_3", "section_7"}));
  EXPECT_EQ(refused.error().fields[0].message, "Enter the text under “Why it matters”");
  EXPECT_EQ(fields(briefing_from({}).error()), std::vector<std::string>{"sections"});
}

// Rule LIB-2: a team's use, on a day from publication to today, by at least one person.
TEST(BriefingUse, IsATeamOnADayWithSomePeople) {
  const CivilDate today = date(2027, 3, 10);
  const CivilDate published = date(2027, 1, 4);
  auto use = briefing_use_from(
      {.team = " Early help ", .agency = "Council", .used_on = "2027-03-01", .people = "12"}, today,
      published);
  ASSERT_TRUE(use.ok());
  EXPECT_EQ(use.value().team, "Early help");
  EXPECT_EQ(use.value().used_on, date(2027, 3, 1));
  EXPECT_EQ(use.value().people, 12);

  auto refused = briefing_use_from(
      {.team = "", .agency = "", .used_on = "2027-03-11", .people = "twelve"}, today, published);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(fields(refused.error()),
            (std::vector<std::string>{"team", "agency", "used_on", "people"}));
  auto before = briefing_use_from(
      {.team = "T", .agency = "A", .used_on = "2027-01-03", .people = "1001"}, today, published);
  ASSERT_FALSE(before.ok());
  EXPECT_EQ(fields(before.error()), (std::vector<std::string>{"used_on", "people"}));
  EXPECT_EQ(before.error().fields[0].message,
            "The date must be on or after 4 January 2027, when the briefing was published");
}

TEST(YearsAfter, KeepsTheDayOrFallsBackFromTheTwentyNinthOfFebruary) {
  EXPECT_EQ(years_after(date(2027, 3, 10), 1), date(2028, 3, 10));
  EXPECT_EQ(years_after(date(2028, 2, 29), 1), date(2029, 2, 28));
  EXPECT_EQ(years_after(date(2028, 2, 29), 4), date(2032, 2, 29));
}

// Rule PUB-4: a reason until the years kept have passed; none needed after.
TEST(Withdrawal, NeedsAReasonUntilTheYearsKeptHavePassed) {
  const CivilDate published = date(2027, 5, 1);
  auto early = withdrawal_reason_from("", published, date(2028, 4, 30), 5);
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(fields(early.error()), std::vector<std::string>{"reason"});
  EXPECT_EQ(early.error().fields[0].message,
            "The report was published less than a year ago, on 1 May 2027: enter why it must be "
            "withdrawn early");
  auto within = withdrawal_reason_from(" ", published, date(2028, 5, 1), 5);
  ASSERT_FALSE(within.ok());
  EXPECT_EQ(within.error().fields[0].message,
            "The report can be withdrawn without a reason from 1 May 2032: enter why it must be "
            "withdrawn now");
  EXPECT_EQ(withdrawal_reason_from(" Trial ", published, date(2027, 6, 1), 5).value(), "Trial");
  EXPECT_EQ(withdrawal_reason_from("", published, date(2032, 5, 1), 5).value(), "");
  EXPECT_EQ(fields(withdrawal_reason_from(std::string(limits::withdrawal_reason + 1, 'r'),
                                          published, date(2040, 1, 1), 5)
                       .error()),
            std::vector<std::string>{"reason"});
}

}  // namespace
}  // namespace casereview
