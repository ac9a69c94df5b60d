// A person's notification draft (app/cases/notification_drafts.hpp), on SQLite and PostgreSQL:
// the answers read back whole, sealed at rest, only the person's own, recorded and removed in one
// step, and gone 24 hours after the last change (ignored by reads, deleted by the job). The clock
// starts on Monday 2 March 2026.
#include <gtest/gtest.h>

#include "app/case_fixture.hpp"
#include "app/cases/notification_drafts.hpp"

namespace casereview {
namespace {

class NotificationDraftUseCases : public CaseUseCaseTest {
 protected:
  // The stored rows' sealed answers, of every partnership's drafts of these people.
  std::string stored_drafts(const std::vector<const Account*>& people) {
    std::string everything;
    Status read =
        storage_->transact(TransactionMode::read, [&](Transaction& transaction) -> Status {
          for (const Account* person : people) {
            if (auto draft = transaction.notification_drafts().find(
                    person->user.partnership_id.value_or(0), person->user.id)) {
              everything += draft->sealed_answers + "|";
            }
          }
          return ok_status();
        });
    EXPECT_TRUE(read.ok());
    return everything;
  }
};

TEST_P(NotificationDraftUseCases, TheAnswersReadBackWholeAndSealed) {
  auto empty = notification_draft(context(), as(notifier));
  ASSERT_TRUE(empty.ok()) << empty.error().message;
  EXPECT_TRUE(empty.value().aware_on.empty());
  EXPECT_TRUE(empty.value().children.empty());

  NotificationInput answers = notification_input();
  answers.care_leaver.reset();
  ASSERT_TRUE(save_notification_draft(context(), as(notifier), answers).ok());
  auto read = notification_draft(context(), as(notifier));
  ASSERT_TRUE(read.ok()) << read.error().message;
  EXPECT_EQ(read.value().aware_on, answers.aware_on);
  EXPECT_EQ(read.value().categories, answers.categories);
  EXPECT_EQ(read.value().looked_after, std::optional<bool>(false));
  EXPECT_FALSE(read.value().care_leaver.has_value());
  EXPECT_EQ(read.value().police_involved, std::optional<bool>(true));
  ASSERT_EQ(read.value().children.size(), 1u);
  EXPECT_EQ(read.value().children[0].given_name, "Amelia");
  EXPECT_EQ(read.value().children[0].home_local_authority, "Northbrook");
  EXPECT_EQ(read.value().agency_ids, answers.agency_ids);
  EXPECT_EQ(read.value().outline, answers.outline);

  const std::string stored = stored_drafts({&notifier});
  EXPECT_EQ(stored.rfind("v1.1.", 0), 0u) << stored;
  for (const char* secret : {"Amelia", "Testchild", "2019-05-04", "Northbrook"})
    EXPECT_EQ(stored.find(secret), std::string::npos) << secret;
}

TEST_P(NotificationDraftUseCases, ADraftIsThePersonsOwn) {
  ASSERT_TRUE(save_notification_draft(context(), as(notifier), notification_input()).ok());
  auto managers = notification_draft(context(), as(manager));
  ASSERT_TRUE(managers.ok());
  EXPECT_TRUE(managers.value().children.empty());
  EXPECT_EQ(notification_draft(context(), as(panel)).error().code, ErrorCode::forbidden);
  EXPECT_EQ(save_notification_draft(context(), as(panel), notification_input()).error().code,
            ErrorCode::forbidden);
}

TEST_P(NotificationDraftUseCases, RecordingTheDraftRemovesIt) {
  NotificationInput incomplete = notification_input();
  incomplete.outline.clear();
  ASSERT_TRUE(save_notification_draft(context(), as(notifier), incomplete).ok());
  auto refused = record_notification_draft(context(), as(notifier));
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(fields_of(refused.error()), std::vector<std::string>{"outline"});
  EXPECT_FALSE(stored_drafts({&notifier}).empty());

  ASSERT_TRUE(save_notification_draft(context(), as(notifier), notification_input()).ok());
  auto recorded = record_notification_draft(context(), as(notifier));
  ASSERT_TRUE(recorded.ok()) << recorded.error().message;
  EXPECT_EQ(recorded.value().reference, "NORTH-2026-001");
  EXPECT_TRUE(stored_drafts({&notifier}).empty());
}

TEST_P(NotificationDraftUseCases, ADraftGoes24HoursAfterItsLastChange) {
  ASSERT_TRUE(save_notification_draft(context(), as(notifier), notification_input()).ok());
  clock_.advance(std::chrono::hours(24));
  // Exactly 24 hours on it is still there; a second later reads find nothing, and write nothing.
  EXPECT_EQ(notification_draft(context(), as(notifier)).value().children.size(), 1u);
  EXPECT_EQ(remove_expired_notification_drafts(context()).value(), 0);
  clock_.advance(std::chrono::seconds(1));
  EXPECT_TRUE(notification_draft(context(), as(notifier)).value().children.empty());
  EXPECT_FALSE(stored_drafts({&notifier}).empty());
  EXPECT_EQ(remove_expired_notification_drafts(context()).value(), 1);
  EXPECT_TRUE(stored_drafts({&notifier}).empty());
}

INSTANTIATE_TEST_SUITE_P(Engines, NotificationDraftUseCases,
                         ::testing::ValuesIn(testing_support::test_engines()));

}  // namespace
}  // namespace casereview
