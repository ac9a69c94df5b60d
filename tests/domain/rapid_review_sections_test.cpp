// The rapid review record's sections (domain/rapid_review_sections.hpp): a section counts as
// completed only when the manager says so and nothing in it is missing (issue 10: saving anything
// used to make a section look completed).
#include "domain/rapid_review_sections.hpp"

#include <gtest/gtest.h>

namespace casereview {
namespace {

RapidReviewRecord with_facts(const std::string& facts) {
  RapidReviewRecord record;
  record.facts_established = facts;
  return record;
}

TEST(RapidReviewSections, EachSectionHasANameThatReadsBack) {
  for (RapidReviewSection section : all_rapid_review_sections) {
    EXPECT_EQ(rapid_review_section_from_name(rapid_review_section_name(section)), section);
    EXPECT_FALSE(rapid_review_section_fields(section).empty());
  }
  EXPECT_EQ(rapid_review_section_from_name("summary"), std::nullopt);
  EXPECT_EQ(rapid_review_section_fields(RapidReviewSection::criteria).size(), 14u);
}

TEST(RapidReviewSections, ASavedSectionIsInProgressUntilTheManagerSaysItIsCompleted) {
  const RapidReviewSection facts = RapidReviewSection::facts;
  EXPECT_EQ(rapid_review_section_status(RapidReviewRecord{}, {}, facts),
            SectionStatus::not_started);
  EXPECT_EQ(rapid_review_section_status(with_facts("Known."), {}, facts),
            SectionStatus::in_progress);
  EXPECT_EQ(rapid_review_section_status(with_facts("Known."), {facts}, facts),
            SectionStatus::completed);
  // Marked completed, then emptied (through the API): no longer completed.
  EXPECT_EQ(rapid_review_section_status(with_facts(" "), {facts}, facts),
            SectionStatus::in_progress);
}

TEST(RapidReviewSections, YesNeedsEveryQuestionOfTheSectionAnswered) {
  const RapidReviewSection recommendation = RapidReviewSection::recommendation;
  RapidReviewRecord record;
  record.recommendation = ReviewOutcome::learning_review;
  auto refused = mark_section(record, {}, recommendation, "yes");
  ASSERT_FALSE(refused.ok());
  ASSERT_EQ(refused.error().fields.size(), 1u);
  EXPECT_EQ(refused.error().fields[0].field, "recommendation_rationale");
  EXPECT_EQ(refused.error().fields[0].message, "Enter the rationale for the recommendation");

  record.recommendation_rationale = "Learning about information sharing.";
  auto marked = mark_section(record, {}, recommendation, "yes");
  ASSERT_TRUE(marked.ok());
  EXPECT_EQ(marked.value(), std::set<RapidReviewSection>{recommendation});
  auto unmarked = mark_section(record, marked.value(), recommendation, "no");
  ASSERT_TRUE(unmarked.ok());
  EXPECT_TRUE(unmarked.value().empty());
}

TEST(RapidReviewSections, NoAnswerIsAnErrorOnTheQuestion) {
  for (const char* answer : {"", "maybe", "Yes"}) {
    auto refused = mark_section(with_facts("Known."), {}, RapidReviewSection::facts, answer);
    ASSERT_FALSE(refused.ok()) << answer;
    EXPECT_EQ(refused.error().fields.at(0).field, "completed");
    EXPECT_EQ(refused.error().fields.at(0).message,
              "Select whether you have completed this section");
  }
}

TEST(RapidReviewSections, ARecordSavedBeforeMarksReadsItsWholeSectionsAsCompleted) {
  const auto whole = sections_without_gaps(with_facts("Known."));
  EXPECT_EQ(whole, std::set<RapidReviewSection>{RapidReviewSection::facts});
}

}  // namespace
}  // namespace casereview
