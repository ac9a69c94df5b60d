// The review's analysis repository (store/sql_review_analysis_repositories.hpp) on SQLite and
// PostgreSQL: key practice episodes (Rule KPE-1) read back as stored with the entries they draw
// on, listed a page at a time in creation order, changed with their entries replaced; an entry its
// agency removes leaves the episodes it was in; and no method reads or changes another
// partnership's rows.
#include <gtest/gtest.h>

#include "store/chronology_storage_fixture.hpp"

namespace casereview::store {
namespace {

class ReviewAnalysisRepositories : public ChronologyRepositories {
 protected:
  void SetUp() override {
    ChronologyRepositories::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    request = add_request(north, north_case, north_police, north_user);
    in_transaction([&](Transaction& transaction) {
      for (int index = 0; index < 3; ++index)
        entry_ids.push_back(transaction.chronology_entries().add(
            north.id, request.id,
            entry("0" + std::to_string(index + 1) + "/05/2021",
                  "Event " + std::to_string(index + 1), index)));
    });
  }

  KeyPracticeEpisode episode(std::vector<Id> entries, const std::string& title = "Referral") {
    KeyPracticeEpisode made;
    made.partnership_id = north.id;
    made.case_id = north_case;
    made.title = title;
    made.from = date(2021, 5, 1);
    made.to = date(2021, 5, 31);
    made.summary = "The school referred.";
    made.questions = "- Why?";
    made.assessment = EpisodeAssessment::concerns;
    made.entry_ids = std::move(entries);
    made.created_by = north_user.id;
    made.created_at = at("2026-05-01T09:00:00Z");
    made.updated_at = made.created_at;
    return made;
  }

  ChronologyRequest request;
  std::vector<Id> entry_ids;
};

// Rule KPE-1: an episode reads back as stored, with its entries.
TEST_P(ReviewAnalysisRepositories, AnEpisodeReadsBackWithItsEntries) {
  in_transaction([&](Transaction& transaction) {
    const Id id = transaction.review_analysis().add_episode(episode({entry_ids[0], entry_ids[2]}));
    auto found = transaction.review_analysis().find_episode(north.id, north_case, id);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->title, "Referral");
    EXPECT_EQ(found->from, date(2021, 5, 1));
    EXPECT_EQ(found->to, date(2021, 5, 31));
    EXPECT_EQ(found->summary, "The school referred.");
    EXPECT_EQ(found->questions, "- Why?");
    EXPECT_EQ(found->assessment, EpisodeAssessment::concerns);
    EXPECT_EQ(found->entry_ids, (std::vector<Id>{entry_ids[0], entry_ids[2]}));
    EXPECT_EQ(found->created_by, north_user.id);
    EXPECT_EQ(found->created_at, at("2026-05-01T09:00:00Z"));
    EXPECT_FALSE(transaction.review_analysis().find_episode(north.id, south_case, id))
        << "another case";
    EXPECT_EQ(transaction.review_analysis().count_episodes(north.id, north_case), 1);
  });
}

// Rule KPE-1: changed, its entries replaced; an entry its agency removes leaves the episode.
TEST_P(ReviewAnalysisRepositories, AnEpisodeChangesAndLosesARemovedEntry) {
  in_transaction([&](Transaction& transaction) {
    KeyPracticeEpisode made = episode({entry_ids[0], entry_ids[1]});
    made.id = transaction.review_analysis().add_episode(made);
    made.title = "The visit";
    made.assessment = EpisodeAssessment::good_practice;
    made.entry_ids = {entry_ids[1], entry_ids[2]};
    made.updated_at = at("2026-05-02T09:00:00Z");
    ASSERT_TRUE(transaction.review_analysis().update_episode(made));
    auto found = transaction.review_analysis().find_episode(north.id, north_case, made.id);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->title, "The visit");
    EXPECT_EQ(found->assessment, EpisodeAssessment::good_practice);
    EXPECT_EQ(found->entry_ids, (std::vector<Id>{entry_ids[1], entry_ids[2]}));
    EXPECT_EQ(found->updated_at, at("2026-05-02T09:00:00Z"));
    EXPECT_EQ(found->created_at, at("2026-05-01T09:00:00Z"));

    ASSERT_TRUE(transaction.chronology_entries().remove(north.id, request.id, entry_ids[1]));
    EXPECT_EQ(transaction.review_analysis().find_episode(north.id, north_case, made.id)->entry_ids,
              std::vector<Id>{entry_ids[2]});
    EXPECT_EQ(transaction.chronology_entries().remove_all(north.id, request.id), 2);
    EXPECT_TRUE(transaction.review_analysis()
                    .find_episode(north.id, north_case, made.id)
                    ->entry_ids.empty());
  });
}

// Lists are paged in SQL, oldest first, each episode with its entries.
TEST_P(ReviewAnalysisRepositories, EpisodesAreListedAPageAtATime) {
  in_transaction([&](Transaction& transaction) {
    for (int index = 0; index < 5; ++index)
      transaction.review_analysis().add_episode(
          episode({entry_ids[static_cast<std::size_t>(index % 3)]},
                  "Episode " + std::to_string(index + 1)));
    EXPECT_EQ(transaction.review_analysis().count_episodes(north.id, north_case), 5);
    auto page = transaction.review_analysis().list_episodes(north.id, north_case, 2, 2);
    ASSERT_EQ(page.size(), 2u);
    EXPECT_EQ(page[0].title, "Episode 3");
    EXPECT_EQ(page[0].entry_ids, std::vector<Id>{entry_ids[2]});
    EXPECT_EQ(page[1].title, "Episode 4");
    EXPECT_EQ(page[1].entry_ids, std::vector<Id>{entry_ids[0]});
    EXPECT_EQ(transaction.review_analysis().list_episodes(north.id, north_case, 2, 4).size(), 1u);
  });
}

// No method reads or changes another partnership's episodes.
TEST_P(ReviewAnalysisRepositories, AnotherPartnershipReachesNoEpisode) {
  in_transaction([&](Transaction& transaction) {
    KeyPracticeEpisode made = episode({entry_ids[0]});
    made.id = transaction.review_analysis().add_episode(made);
    EXPECT_FALSE(transaction.review_analysis().find_episode(south.id, north_case, made.id));
    EXPECT_TRUE(transaction.review_analysis().list_episodes(south.id, north_case, 20, 0).empty());
    EXPECT_EQ(transaction.review_analysis().count_episodes(south.id, north_case), 0);
    KeyPracticeEpisode foreign = made;
    foreign.partnership_id = south.id;
    foreign.title = "Changed";
    EXPECT_FALSE(transaction.review_analysis().update_episode(foreign));
    EXPECT_EQ(transaction.review_analysis().find_episode(north.id, north_case, made.id)->title,
              "Referral");
  });
}

INSTANTIATE_TEST_SUITE_P(Engines, ReviewAnalysisRepositories,
                         ::testing::ValuesIn(testing_support::test_engines()));

}  // namespace
}  // namespace casereview::store
