// The key practice episodes' use cases (app/reviews/key_practice_episodes.hpp, Rule KPE-1) on
// both engines: the appointed reviewer (or the manager) makes an episode from chosen entries of
// the merged chronology and changes it; entries not submitted, or of another case, are refused on
// "entry_ids"; committee members read; another partnership, a reviewer not appointed and a
// contributor are refused.
#include <gtest/gtest.h>

#include "app/review_fixture.hpp"
#include "app/reviews/key_practice_episodes.hpp"

namespace casereview {
namespace {

class KeyPracticeEpisodeUseCases : public ReviewedCaseTest {
 protected:
  KeyPracticeEpisodeInput input(std::vector<Id> entry_ids) const {
    return {.title = "The referral in May",
            .from = "2021-05-01",
            .to = "2021-05-31",
            .summary = "The school referred; the visit came eight days later.",
            .questions = "- What made the wait seem reasonable at the time?",
            .assessment = "good_practice",
            .entry_ids = std::move(entry_ids)};
  }
};

// Rule KPE-1: the appointed reviewer makes an episode from the entries chosen on the merged
// chronology; it is stored, listed and audited.
TEST_P(KeyPracticeEpisodeUseCases, TheAppointedReviewerMakesAnEpisodeFromChosenEntries) {
  auto made = add_key_practice_episode(context(), as(reviewer), case_id, input({second, first}));
  ASSERT_TRUE(made.ok()) << made.error().message;
  EXPECT_GT(made.value().id, 0);
  EXPECT_EQ(made.value().entry_ids, (std::vector<Id>{first, second}));
  EXPECT_EQ(made.value().assessment, EpisodeAssessment::good_practice);
  EXPECT_EQ(made.value().created_by, reviewer.user.id);

  auto found = view_key_practice_episode(context(), as(reviewer), case_id, made.value().id);
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(found.value().episode.title, "The referral in May");
  EXPECT_EQ(found.value().episode.entry_ids, (std::vector<Id>{first, second}));
  EXPECT_EQ(found.value().episode.questions, "- What made the wait seem reasonable at the time?");

  auto listed = list_key_practice_episodes(context(), as(committee), case_id, 1);
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed.value().total, 1);
  EXPECT_EQ(listed.value().episodes[0].id, made.value().id);
  EXPECT_EQ(audit_entries(audit_action::create, audit_outcome::success, reviewer.user.email)
                .back()
                .entity,
            audit_entity::key_practice_episode);

  // The manager makes one too.
  EXPECT_TRUE(add_key_practice_episode(context(), as(manager), case_id, input({first})).ok());
}

// Rule KPE-1, Rule CHR-3: only submitted entries of this case's merged chronology; nothing is
// written when one is not.
TEST_P(KeyPracticeEpisodeUseCases, RefusesEntriesNotSubmittedOrOfAnotherCase) {
  auto from_draft =
      add_key_practice_episode(context(), as(reviewer), case_id, input({first, draft}));
  ASSERT_FALSE(from_draft.ok());
  EXPECT_EQ(from_draft.error().code, ErrorCode::invalid_input);
  EXPECT_EQ(fields_of(from_draft.error()), std::vector<std::string>{"entry_ids"});
  auto unknown = add_key_practice_episode(context(), as(reviewer), case_id, input({999999}));
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(fields_of(unknown.error()), std::vector<std::string>{"entry_ids"});
  auto none = add_key_practice_episode(context(), as(reviewer), case_id, input({}));
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(fields_of(none.error()), std::vector<std::string>{"entry_ids"});
  EXPECT_EQ(list_key_practice_episodes(context(), as(reviewer), case_id, 1).value().total, 0)
      << "nothing written";

  // Another case of the same partnership: its entries are not this case's. (A minute on, so the
  // signatories' authenticator codes are new.)
  clock_.advance(std::chrono::minutes(1));
  const Id other_case = reviewed_case();
  auto across = add_key_practice_episode(context(), as(manager), other_case, input({first}));
  ASSERT_FALSE(across.ok());
  EXPECT_EQ(fields_of(across.error()), std::vector<std::string>{"entry_ids"});
}

// Rule KPE-1: the episode changes, its entries replaced.
TEST_P(KeyPracticeEpisodeUseCases, TheReviewerChangesAnEpisode) {
  const Id id =
      add_key_practice_episode(context(), as(reviewer), case_id, input({first})).value().id;
  KeyPracticeEpisodeInput changed = input({second});
  changed.assessment = "both";
  changed.title = "The visit";
  auto saved = change_key_practice_episode(context(), as(reviewer), case_id, id, changed);
  ASSERT_TRUE(saved.ok()) << saved.error().message;
  auto found = view_key_practice_episode(context(), as(committee), case_id, id).value().episode;
  EXPECT_EQ(found.title, "The visit");
  EXPECT_EQ(found.assessment, EpisodeAssessment::both);
  EXPECT_EQ(found.entry_ids, std::vector<Id>{second});
  EXPECT_EQ(
      change_key_practice_episode(context(), as(committee), case_id, id, changed).error().code,
      ErrorCode::forbidden);
  EXPECT_EQ(change_key_practice_episode(context(), as(reviewer), case_id, id + 1000, changed)
                .error()
                .code,
            ErrorCode::not_found);
}

// Who: appointed reviewers and the manager make; committee members read; another partnership, a
// reviewer not appointed, a contributor are refused (not_found where the case would leak).
TEST_P(KeyPracticeEpisodeUseCases, RefusesThoseWhoMayNotMakeOrReadEpisodes) {
  const Id id =
      add_key_practice_episode(context(), as(reviewer), case_id, input({first})).value().id;
  EXPECT_EQ(
      add_key_practice_episode(context(), as(committee), case_id, input({first})).error().code,
      ErrorCode::forbidden);
  EXPECT_EQ(
      add_key_practice_episode(context(), as(other_reviewer), case_id, input({first})).error().code,
      ErrorCode::not_found);
  EXPECT_EQ(
      add_key_practice_episode(context(), as(south_manager), case_id, input({first})).error().code,
      ErrorCode::not_found);
  EXPECT_EQ(add_key_practice_episode(context(), as(police_contributor), case_id, input({first}))
                .error()
                .code,
            ErrorCode::forbidden);
  EXPECT_TRUE(view_key_practice_episode(context(), as(committee), case_id, id).ok());
  EXPECT_EQ(view_key_practice_episode(context(), as(other_reviewer), case_id, id).error().code,
            ErrorCode::not_found);
  EXPECT_EQ(view_key_practice_episode(context(), as(south_manager), case_id, id).error().code,
            ErrorCode::not_found);
  EXPECT_EQ(list_key_practice_episodes(context(), as(other_reviewer), case_id, 1).error().code,
            ErrorCode::not_found);
  EXPECT_EQ(list_key_practice_episodes(context(), as(police_contributor), case_id, 1).error().code,
            ErrorCode::forbidden);
}

// Lists are paged in the database, in creation order; a page beyond the last gives the last.
TEST_P(KeyPracticeEpisodeUseCases, ListsEpisodesAPageAtATime) {
  for (int index = 0; index < key_practice_episodes_page_size + 1; ++index) {
    KeyPracticeEpisodeInput each = input({first});
    each.title = "Episode " + std::to_string(index + 1);
    ASSERT_TRUE(add_key_practice_episode(context(), as(reviewer), case_id, each).ok());
  }
  auto first_page = list_key_practice_episodes(context(), as(reviewer), case_id, 1);
  ASSERT_TRUE(first_page.ok());
  EXPECT_EQ(first_page.value().total, key_practice_episodes_page_size + 1);
  EXPECT_EQ(first_page.value().page_count, 2);
  ASSERT_EQ(first_page.value().episodes.size(),
            static_cast<std::size_t>(key_practice_episodes_page_size));
  EXPECT_EQ(first_page.value().episodes[0].title, "Episode 1");
  EXPECT_EQ(first_page.value().episodes[0].entry_ids, std::vector<Id>{first});
  auto beyond = list_key_practice_episodes(context(), as(reviewer), case_id, 9);
  ASSERT_TRUE(beyond.ok());
  EXPECT_EQ(beyond.value().page, 2);
  ASSERT_EQ(beyond.value().episodes.size(), 1u);
  EXPECT_EQ(beyond.value().episodes[0].title,
            "Episode " + std::to_string(key_practice_episodes_page_size + 1));
}

INSTANTIATE_TEST_SUITE_P(Engines, KeyPracticeEpisodeUseCases,
                         ::testing::ValuesIn(testing_support::test_engines()));

}  // namespace
}  // namespace casereview
