// The learning event's notes per episode (domain/learning_event_notes.hpp, Rule LE-1): they name
// no practitioner, only roles; names are found as whole words whatever their case.
#include "domain/learning_event_notes.hpp"

#include <gtest/gtest.h>

namespace casereview {
namespace {

// Rule LE-1.
TEST(LearningEventNotes, NamesAreFoundAsWholeWordsWhateverTheirCase) {
  EXPECT_TRUE(mentions_name("Then SAM  jones rang the school.", "Sam Jones"));
  EXPECT_TRUE(mentions_name("Sam Jones.", "Sam Jones"));
  EXPECT_FALSE(mentions_name("Samantha Jonesy rang.", "Sam Jones"));
  EXPECT_FALSE(mentions_name("The officer rang.", "Sam Jones"));
  EXPECT_FALSE(mentions_name("Anything", ""));
}

// Rule LE-1: the whole name or the family name is refused on its field; roles are welcome.
TEST(LearningEventNotes, NotesUseRolesNotNames) {
  const std::vector<std::string> invited = {"Sam Jones", "Ann Lee"};
  EXPECT_TRUE(check_episode_notes({"The response officer attended twice.",
                                   "The school nurse knew the family.", "Supervision helped."},
                                  invited)
                  .ok());
  auto refused = check_episode_notes(
      {"sam jones attended.", "It made sense to the officer.", "Ms Jones had no supervision."},
      invited);
  ASSERT_FALSE(refused.ok());
  ASSERT_EQ(refused.error().fields.size(), 2u);
  EXPECT_EQ(refused.error().fields[0].field, "what_happened");
  EXPECT_EQ(refused.error().fields[0].message, "Use the practitioner's role, not their name");
  EXPECT_EQ(refused.error().fields[1].field, "helped_or_hindered");
  // A family name of two letters alone is not taken for a name: "Lee" has three, so it is.
  EXPECT_FALSE(check_episode_notes({"Lee said so.", "", ""}, invited).ok());
  EXPECT_TRUE(check_episode_notes({"Ann said so.", "", ""}, {"Ann Li"}).ok());
}

}  // namespace
}  // namespace casereview
