// Recording notifications, sending them and telling the partners (app/cases/notifications.hpp), on
// SQLite and PostgreSQL. The clock starts on Monday 2 March 2026.
#include <gtest/gtest.h>

#include <future>
#include <set>

#include "app/case_fixture.hpp"
#include "store/sql.hpp"

namespace casereview {
namespace {

class NotificationUseCases : public CaseUseCaseTest {};

// Rule SIN-1 and Rule CASE-REF-1, Rule SIN-4.
TEST_P(NotificationUseCases, RecordsANotificationWithItsReferenceDeadlineAndPseudonyms) {
  NotificationInput input = notification_input();
  input.children.push_back(ChildInput{"Ben", "Testchild", "2021-01-01", "male", "", ""});
  RecordedNotification first = record(input);
  EXPECT_EQ(first.reference, "NORTH-2026-001");
  // Aware Monday 2 March 2026: the 5th working day after is Monday 9 March.
  EXPECT_EQ(first.notify_by, CivilDate::from_ymd(2026, 3, 9).value());
  ASSERT_EQ(first.children.size(), 2u);
  EXPECT_EQ(first.children[0].pseudonym, "Child A");
  EXPECT_EQ(first.children[1].pseudonym, "Child B");
  EXPECT_EQ(first.stage, CaseStage::notification);
  EXPECT_FALSE(first.recorded_only);
  EXPECT_EQ(record(notification_input()).reference, "NORTH-2026-002");
  EXPECT_EQ(audit_entries("create", "success", "notifier@north.example").size(), 2u);
}

TEST_P(NotificationUseCases, EachPartnershipNumbersItsOwnIncidents) {
  record(notification_input());
  NotificationInput south = notification_input();
  south.agency_ids = {south_police.id};
  Account south_notifier = add_account("notifier@south.example", {"notifier"}, "SOUTH");
  auto recorded = record_notification(context(), as(south_notifier), south);
  ASSERT_TRUE(recorded.ok());
  EXPECT_EQ(recorded.value().reference, "SOUTH-2026-001");
}

TEST_P(NotificationUseCases, ConcurrentNotificationsGetDifferentReferences) {
  std::vector<std::future<Result<RecordedNotification>>> running;
  for (int i = 0; i < 6; ++i) {
    running.push_back(std::async(std::launch::async, [this] {
      return record_notification(context(), as(notifier), notification_input());
    }));
  }
  std::set<std::string> references;
  for (auto& future : running) {
    auto recorded = future.get();
    ASSERT_TRUE(recorded.ok()) << recorded.error().message;
    references.insert(recorded.value().reference);
  }
  EXPECT_EQ(references.size(), 6u);
  EXPECT_TRUE(references.count("NORTH-2026-006"));
}

// The database row holds no child's detail in clear.
TEST_P(NotificationUseCases, ChildrensDetailsAreEncryptedAtRest) {
  record(notification_input());
  std::string everything;
  Status read = storage_->transact(TransactionMode::read, [&](Transaction& transaction) -> Status {
    for (const Partnership& partnership : transaction.partnerships().list()) {
      for (const CaseRecord& stored : transaction.cases().list(partnership.id)) {
        for (const SealedChild& child : transaction.cases().children(partnership.id, stored.id)) {
          for (const std::string* field :
               {&child.given_name, &child.family_name, &child.date_of_birth, &child.sex,
                &child.ethnicity, &child.home_local_authority}) {
            EXPECT_EQ(field->rfind("v1.1.", 0), 0u) << *field;
            everything += *field + "|";
          }
        }
      }
    }
    return ok_status();
  });
  ASSERT_TRUE(read.ok());
  for (const char* secret :
       {"Amelia", "Testchild", "2019-05-04", "female", "White British", "Northbrook"}) {
    EXPECT_EQ(everything.find(secret), std::string::npos) << secret;
  }
  EXPECT_FALSE(everything.empty());
}

TEST_P(NotificationUseCases, RefusesEveryBadAnswerAtOnceAndStoresNothing) {
  NotificationInput input;
  input.aware_on = "2026-02-30";
  input.incident_on = days_ago(-1);
  input.abuse_or_neglect = "known";
  input.children = {ChildInput{"", "Testchild", "2030-01-01", "unknown", "", ""}};
  auto refused = record_notification(context(), as(notifier), input);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::invalid_input);
  EXPECT_EQ(fields_of(refused.error()),
            (std::vector<std::string>{"aware_on", "incident_on", "incident", "categories",
                                      "looked_after", "care_leaver", "police_involved",
                                      "children[0].given_name", "children[0].date_of_birth",
                                      "children[0].sex", "agency_ids", "outline"}));
  EXPECT_EQ(record(notification_input()).reference, "NORTH-2026-001");
}

TEST_P(NotificationUseCases, WordsDateErrorsForTheQuestionAsked) {
  NotificationInput input = notification_input();
  input.aware_on = "";
  input.incident_on = "2026-02-30";
  auto refused = record_notification(context(), as(notifier), input);
  ASSERT_FALSE(refused.ok());
  ASSERT_EQ(refused.error().fields.size(), 2u);
  EXPECT_EQ(refused.error().fields[0].message, "Enter the date the local authority became aware");
  EXPECT_EQ(refused.error().fields[1].message, "The date of the incident must be a real date");
}

// Rule SIN-4.
TEST_P(NotificationUseCases, HoldsOneToFourChildren) {
  NotificationInput none = notification_input();
  none.children.clear();
  EXPECT_EQ(fields_of(record_notification(context(), as(notifier), none).error()),
            std::vector<std::string>{"children"});
  NotificationInput five = notification_input();
  five.children.assign(5, five.children.front());
  EXPECT_EQ(fields_of(record_notification(context(), as(notifier), five).error()),
            std::vector<std::string>{"children"});
  NotificationInput four = notification_input();
  four.children.assign(4, four.children.front());
  EXPECT_EQ(record(four).children.back().pseudonym, "Child D");
}

// Rule SIN-6.
TEST_P(NotificationUseCases,
       RefusesAnIncidentWithoutAbuseOrNeglectSuspectedUnlessALookedAfterChildDied) {
  NotificationInput input = notification_input();
  input.abuse_or_neglect = "not_suspected";
  auto refused = record_notification(context(), as(notifier), input);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(fields_of(refused.error()), std::vector<std::string>{"abuse_or_neglect"});
  input.incident = "death";
  input.looked_after = true;
  RecordedNotification recorded = record(input);
  EXPECT_TRUE(recorded.recorded_only);
}

TEST_P(NotificationUseCases, RefusesAnotherPartnershipsAgency) {
  NotificationInput input = notification_input();
  input.agency_ids = {south_police.id};
  auto refused = record_notification(context(), as(notifier), input);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(fields_of(refused.error()), std::vector<std::string>{"agency_ids"});
}

TEST_P(NotificationUseCases, OnlyNotifiersAndManagersRecordNotifications) {
  EXPECT_TRUE(record_notification(context(), as(manager), notification_input()).ok());
  for (const Account& account : {committee, police_contributor, panel, inspector, admin}) {
    auto refused = record_notification(context(), as(account), notification_input());
    ASSERT_FALSE(refused.ok()) << account.user.email;
    EXPECT_EQ(refused.error().code, ErrorCode::forbidden) << account.user.email;
  }
  EXPECT_EQ(record_notification(context(), visitor(), notification_input()).error().code,
            ErrorCode::unauthenticated);
}

TEST_P(NotificationUseCases, WithoutADataKeyNothingIsRecorded) {
  context().settings.data_cipher.reset();
  auto refused = record_notification(context(), as(notifier), notification_input());
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::internal);
}

TEST_P(NotificationUseCases, PreviewGivesTheDeadlineWithoutRecording) {
  auto preview = preview_notification(context(), as(notifier), notification_input());
  ASSERT_TRUE(preview.ok());
  EXPECT_EQ(preview.value().notify_by, CivilDate::from_ymd(2026, 3, 9).value());
  EXPECT_EQ(preview.value().pseudonyms, std::vector<std::string>{"Child A"});
  EXPECT_EQ(record(notification_input()).reference, "NORTH-2026-001");
}

// Rule SIN-1, Rule RR-1: sent on time starts the rapid review 15 working days on.
TEST_P(NotificationUseCases, SendingStartsTheRapidReview) {
  const Id id = record(notification_input()).id;
  clock_.advance(std::chrono::hours(24));
  auto sent = record_notification_sent(context(), as(notifier), id, SentInput{days_ago(0), ""});
  ASSERT_TRUE(sent.ok()) << sent.error().message;
  EXPECT_EQ(sent.value().stage, CaseStage::rapid_review);
  EXPECT_FALSE(sent.value().late);
  // Sent Tuesday 3 March 2026; 15 working days later is Tuesday 24 March.
  EXPECT_EQ(sent.value().rapid_review_due, CivilDate::from_ymd(2026, 3, 24).value());
  auto again = record_notification_sent(context(), as(notifier), id, SentInput{days_ago(0), ""});
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::wrong_state);
}

// Rule SIN-3.
TEST_P(NotificationUseCases, ALateNotificationAsksForTheReason) {
  const Id id = record(notification_input()).id;
  clock_.advance(std::chrono::hours(24 * 8));  // Tuesday 10 March: one day late
  auto refused = record_notification_sent(context(), as(notifier), id, SentInput{days_ago(0), ""});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(fields_of(refused.error()), std::vector<std::string>{"late_reason"});
  auto sent = record_notification_sent(context(), as(notifier), id,
                                       SentInput{days_ago(0), "Police disclosure came late"});
  ASSERT_TRUE(sent.ok());
  EXPECT_TRUE(sent.value().late);
}

// Rule SIN-5.
TEST_P(NotificationUseCases, ACareLeaversDeathIsNotifiedWithoutARapidReview) {
  NotificationInput input = notification_input();
  input.incident = "death";
  input.care_leaver = true;
  const Id id = record(input).id;
  auto sent = record_notification_sent(context(), as(notifier), id, SentInput{days_ago(0), ""});
  ASSERT_TRUE(sent.ok());
  EXPECT_EQ(sent.value().stage, CaseStage::recorded_only);
  EXPECT_FALSE(sent.value().rapid_review_due.has_value());
}

TEST_P(NotificationUseCases, SendingRefusesAFutureDateAndAnotherPartnershipsCase) {
  const Id id = record(notification_input()).id;
  auto future = record_notification_sent(context(), as(notifier), id, SentInput{days_ago(-1), ""});
  ASSERT_FALSE(future.ok());
  EXPECT_EQ(fields_of(future.error()), std::vector<std::string>{"sent_on"});
  auto elsewhere =
      record_notification_sent(context(), as(south_manager), id, SentInput{days_ago(0), ""});
  ASSERT_FALSE(elsewhere.ok());
  EXPECT_EQ(elsewhere.error().code, ErrorCode::not_found);
}

// Rule SIN-2, Rule SIN-3.
TEST_P(NotificationUseCases, RecordsWhenThePartnersWereTold) {
  const Id id = record(notification_input()).id;
  auto told = record_partners_told(context(), as(notifier), id, PartnersToldInput{days_ago(0), ""});
  ASSERT_TRUE(told.ok());
  EXPECT_FALSE(told.value().late);
  auto again =
      record_partners_told(context(), as(notifier), id, PartnersToldInput{days_ago(0), ""});
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::wrong_state);
}

TEST_P(NotificationUseCases, ListsThePartnershipsAgenciesOnly) {
  auto agencies = list_case_agencies(context(), as(notifier));
  ASSERT_TRUE(agencies.ok());
  std::set<std::string> codes;
  for (const Agency& agency : agencies.value()) codes.insert(agency.code);
  EXPECT_EQ(codes, (std::set<std::string>{"CSC", "POLICE", "SCHOOL"}));
  EXPECT_EQ(list_case_agencies(context(), as(panel)).error().code, ErrorCode::forbidden);
}

INSTANTIATE_TEST_SUITE_P(Engines, NotificationUseCases,
                         ::testing::ValuesIn(testing_support::test_engines()));

}  // namespace
}  // namespace casereview
