// Key practice episodes (domain/key_practice_episode.hpp, Rule KPE-1): what an episode needs — a
// title, a period whose end is on or after its start, a summary, the questions to explore, at
// least one entry — and its neutral assessment, each problem named on its field.
#include "domain/key_practice_episode.hpp"

#include <gtest/gtest.h>

namespace casereview {
namespace {

KeyPracticeEpisodeText complete() {
  return {.title = "  The referral in May  ",
          .from = "2021-05-01",
          .to = "2021-05-31",
          .summary = "The school referred; the visit came two weeks later.",
          .questions = "- What made the delay seem reasonable at the time?",
          .assessment = "",
          .entry_ids = {12, 3, 12}};
}

std::vector<std::string> fields_of(const Error& error) {
  std::vector<std::string> fields;
  for (const FieldError& field : error.fields) fields.push_back(field.field);
  return fields;
}

// Rule KPE-1: a complete episode, trimmed, its entries in order without repeats, not yet assessed
// unless said.
TEST(KeyPracticeEpisode, AcceptsACompleteEpisode) {
  auto episode = key_practice_episode_from_text(complete());
  ASSERT_TRUE(episode.ok()) << episode.error().message;
  EXPECT_EQ(episode.value().title, "The referral in May");
  EXPECT_EQ(episode.value().from.to_iso_string(), "2021-05-01");
  EXPECT_EQ(episode.value().to.to_iso_string(), "2021-05-31");
  EXPECT_EQ(episode.value().entry_ids, (std::vector<Id>{3, 12}));
  EXPECT_EQ(episode.value().assessment, EpisodeAssessment::not_assessed);
}

// Rule KPE-1: neutral — good practice as well as concerns.
TEST(KeyPracticeEpisode, TakesEachNeutralAssessmentByName) {
  for (EpisodeAssessment assessment : all_episode_assessments) {
    KeyPracticeEpisodeText text = complete();
    text.assessment = std::string(episode_assessment_name(assessment));
    auto episode = key_practice_episode_from_text(text);
    ASSERT_TRUE(episode.ok()) << text.assessment;
    EXPECT_EQ(episode.value().assessment, assessment);
    EXPECT_EQ(episode_assessment_from_name(text.assessment), assessment);
  }
  EXPECT_EQ(episode_assessment_text(EpisodeAssessment::good_practice), "Good practice");
  KeyPracticeEpisodeText text = complete();
  text.assessment = "poor";
  auto refused = key_practice_episode_from_text(text);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(fields_of(refused.error()), std::vector<std::string>{"assessment"});
}

// Rule KPE-1: every missing part is named, each on its field.
TEST(KeyPracticeEpisode, NamesEveryMissingField) {
  auto refused = key_practice_episode_from_text({});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::invalid_input);
  EXPECT_EQ(fields_of(refused.error()),
            (std::vector<std::string>{"title", "from", "to", "summary", "questions", "entry_ids"}));
  EXPECT_EQ(refused.error().fields[0].message, "Enter the title of the episode");
  EXPECT_EQ(refused.error().fields[1].message, "Enter the start of the episode");
  EXPECT_EQ(refused.error().fields[5].message,
            "Select at least one entry of the merged chronology");
}

// Rule KPE-1: a period ends on or after its start, and its dates are real.
TEST(KeyPracticeEpisode, RefusesAPeriodEndingBeforeItStartsOrAnUnrealDate) {
  KeyPracticeEpisodeText backwards = complete();
  backwards.to = "2021-04-30";
  auto refused = key_practice_episode_from_text(backwards);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(fields_of(refused.error()), std::vector<std::string>{"to"});
  EXPECT_EQ(refused.error().fields[0].message,
            "The end of the episode must be on or after its start");
  KeyPracticeEpisodeText same_day = complete();
  same_day.to = same_day.from;
  EXPECT_TRUE(key_practice_episode_from_text(same_day).ok());
  KeyPracticeEpisodeText unreal = complete();
  unreal.from = "2021-02-30";
  auto not_real = key_practice_episode_from_text(unreal);
  ASSERT_FALSE(not_real.ok());
  EXPECT_EQ(not_real.error().fields[0].message, "The start of the episode must be a real date");
}

// Rule KPE-1: the limits, in GOV.UK words.
TEST(KeyPracticeEpisode, RefusesTooLongText) {
  KeyPracticeEpisodeText text = complete();
  text.title = std::string(limits::episode_title + 1, 'a');
  text.summary = std::string(limits::episode_summary + 1, 'a');
  auto refused = key_practice_episode_from_text(text);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(fields_of(refused.error()), (std::vector<std::string>{"title", "summary"}));
  EXPECT_EQ(refused.error().fields[0].message,
            "The title of the episode must be 200 characters or fewer");
}

}  // namespace
}  // namespace casereview
