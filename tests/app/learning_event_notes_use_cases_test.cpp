// The learning event's notes per key practice episode (app/reviews/learning_events.hpp
// record_episode_notes, Rule LE-1) on both engines: recorded once the event has started, shown
// with the event, rewritten when changed; a practitioner's name (of anyone invited to the case's
// events) refused on its part, with nothing written; an episode of another case not found; and
// only the manager and the appointed reviewer may record them.
#include <gtest/gtest.h>

#include "app/review_fixture.hpp"
#include "app/reviews/key_practice_episodes.hpp"
#include "app/reviews/learning_events.hpp"

namespace casereview {
namespace {

class LearningEventNotesUseCases : public ReviewedCaseTest {
 protected:
  void SetUp() override {
    ReviewedCaseTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    auto made = add_key_practice_episode(context(), as(reviewer), case_id,
                                         {.title = "The referral in May",
                                          .from = "2021-05-01",
                                          .to = "2021-05-31",
                                          .summary = "The school referred.",
                                          .questions = "- Why the wait?",
                                          .entry_ids = {first}});
    ASSERT_TRUE(made.ok()) << made.error().message;
    episode = made.value().id;
    auto scheduled = schedule_learning_event(context(), as(reviewer), case_id,
                                             {.date = "2026-04-14",
                                              .start_time = "10:00",
                                              .end_time = "12:30",
                                              .delivery = "virtual",
                                              .joining_link = "https://meet.example/learning"});
    ASSERT_TRUE(scheduled.ok()) << scheduled.error().message;
    event = scheduled.value().event.id;
    ASSERT_TRUE(invite_practitioner(context(), as(reviewer), event,
                                    {"Sam Okafor", "sam@police.example", police.id, "Officer"})
                    .ok());
  }

  void after_the_start() { clock_.set(parse_instant("2026-04-14T09:30:00Z").value()); }

  EpisodeNotes notes() const {
    return {.what_happened = " The response officer attended twice. ",
            .what_made_sense = "A referral seemed premature.",
            .helped_or_hindered = "No shared record of earlier visits."};
  }

  Id episode = 0;
  Id event = 0;
};

// Rule LE-1: the notes are recorded per episode, trimmed, and shown with the event; changing them
// rewrites them.
TEST_P(LearningEventNotesUseCases, TheReviewerRecordsNotesPerEpisodeOnceTheEventHasStarted) {
  auto early = record_episode_notes(context(), as(reviewer), event, episode, notes());
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(early.error().code, ErrorCode::wrong_state);
  after_the_start();
  auto recorded = record_episode_notes(context(), as(reviewer), event, episode, notes());
  ASSERT_TRUE(recorded.ok()) << recorded.error().message;
  ASSERT_EQ(recorded.value().episodes.size(), 1u);
  ASSERT_TRUE(recorded.value().episodes[0].notes.has_value());
  EXPECT_EQ(recorded.value().episodes[0].notes->what_happened,
            "The response officer attended twice.");
  EpisodeNotes changed = notes();
  changed.what_made_sense = "The officer judged the home calm.";
  ASSERT_TRUE(record_episode_notes(context(), as(manager), event, episode, changed).ok());
  auto read = view_learning_event(context(), as(committee), event);
  ASSERT_TRUE(read.ok()) << read.error().message;
  EXPECT_EQ(read.value().episodes[0].title, "The referral in May");
  EXPECT_EQ(read.value().episodes[0].notes->what_made_sense, "The officer judged the home calm.");
}

// Rule LE-1: anonymised — a practitioner invited is named by role, never by name; nothing written.
TEST_P(LearningEventNotesUseCases, RefusesNotesNamingAPractitioner) {
  after_the_start();
  EpisodeNotes named = notes();
  named.helped_or_hindered = "OKAFOR had no record of earlier visits.";
  auto refused = record_episode_notes(context(), as(reviewer), event, episode, named);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::invalid_input);
  EXPECT_EQ(fields_of(refused.error()), std::vector<std::string>{"helped_or_hindered"});
  auto blank = record_episode_notes(context(), as(reviewer), event, episode, {" ", "", ""});
  ASSERT_FALSE(blank.ok());
  EXPECT_EQ(fields_of(blank.error()), std::vector<std::string>{"what_happened"});
  EXPECT_FALSE(
      view_learning_event(context(), as(reviewer), event).value().episodes[0].notes.has_value())
      << "nothing written";
}

// Who, and which episode: another case's episode is not found; a committee member, a reviewer not
// appointed and another partnership are refused.
TEST_P(LearningEventNotesUseCases, OnlyThisCasesEpisodesAndOnlyThoseWhoRunTheEvent) {
  after_the_start();
  EXPECT_EQ(
      record_episode_notes(context(), as(reviewer), event, episode + 1000, notes()).error().code,
      ErrorCode::not_found);
  EXPECT_EQ(record_episode_notes(context(), as(committee), event, episode, notes()).error().code,
            ErrorCode::forbidden);
  EXPECT_EQ(
      record_episode_notes(context(), as(other_reviewer), event, episode, notes()).error().code,
      ErrorCode::not_found);
  EXPECT_EQ(
      record_episode_notes(context(), as(south_manager), event, episode, notes()).error().code,
      ErrorCode::not_found);
}

INSTANTIATE_TEST_SUITE_P(Engines, LearningEventNotesUseCases,
                         ::testing::ValuesIn(testing_support::test_engines()));

}  // namespace
}  // namespace casereview
