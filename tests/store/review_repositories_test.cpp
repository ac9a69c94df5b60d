// The review's repository (store/sql_review_repositories), on SQLite and PostgreSQL: a review is
// stored with its agencies in scope in their order and read back whole; a case has one review;
// pauses are saved as the domain returns them (Rule REV-2); and nothing reaches another
// partnership's review.
#include <gtest/gtest.h>

#include "storage_fixture.hpp"

namespace casereview::store {
namespace {

class ReviewRepositories : public StorageTest {
 protected:
  const Instant now = parse_instant("2026-03-02T09:00:00Z").value();

  void SetUp() override {
    StorageTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    in_transaction([&](Transaction& transaction) {
      north = transaction.partnerships().add("NORTH", "North").value().id;
      south = transaction.partnerships().add("SOUTH", "South").value().id;
      police = transaction.agencies().add(north, "POLICE", "North Police").value().id;
      school = transaction.agencies().add(north, "SCHOOL", "North School").value().id;
      Account account;
      account.user.email = "manager@north.example";
      account.user.name = "Manager";
      account.user.partnership_id = north;
      account.user.roles = {Role::manager};
      account.status = AccountStatus::active;
      user = transaction.accounts().create(account, now).value().user.id;
      CaseRecord record;
      record.partnership_id = north;
      record.reference = "NORTH-2026-001";
      record.stage = CaseStage::review_to_be_commissioned;
      record.facts.aware_on = *CivilDate::from_ymd(2026, 1, 5);
      record.facts.incident_on = *CivilDate::from_ymd(2026, 1, 2);
      record.facts.categories = {AbuseCategory::neglect};
      record.agency_ids = {police};
      record.notify_by = *CivilDate::from_ymd(2026, 1, 12);
      record.recorded_at = now;
      record.recorded_by = user;
      case_id = transaction.cases().add(record, 2026, 1, {});
    });
  }

  ReviewRecord review() const {
    ReviewRecord review;
    review.partnership_id = north;
    review.case_id = case_id;
    review.kind = ReviewOutcome::local_cspr;
    review.methodology = "SILP";
    review.scope_from = *CivilDate::from_ymd(2025, 1, 1);
    review.scope_to = *CivilDate::from_ymd(2026, 1, 2);
    review.agency_ids = {school, police};
    review.terms_of_reference = "## Lines";
    review.rationale = "Proportionate";
    review.commissioned_by = user;
    review.commissioned_at = now;
    review.decided_on = *CivilDate::from_ymd(2026, 2, 20);
    review.timescale_months = 6;
    return review;
  }

  Id north = 0, south = 0, police = 0, school = 0, user = 0, case_id = 0;
};

// Rule REV-1: what commissioning records comes back whole, agencies in their order.
TEST_P(ReviewRepositories, AReviewIsStoredWholeAndACaseHasOnlyOne) {
  in_transaction([&](Transaction& transaction) {
    auto added = transaction.reviews().add(review());
    ASSERT_TRUE(added.has_value());
    EXPECT_GT(added->id, 0);
    auto found = transaction.reviews().find_for_case(north, case_id);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->kind, ReviewOutcome::local_cspr);
    EXPECT_EQ(found->agency_ids, (std::vector<Id>{school, police}));
    EXPECT_EQ(found->scope_from, *CivilDate::from_ymd(2025, 1, 1));
    EXPECT_EQ(found->scope_to, *CivilDate::from_ymd(2026, 1, 2));
    EXPECT_EQ(found->timescale_months, 6);
    EXPECT_EQ(found->commissioned_at, now);
    EXPECT_EQ(found->stage, ReviewStage::commissioned);
    EXPECT_FALSE(transaction.reviews().add(review()).has_value());
    EXPECT_TRUE(
        transaction.reviews().set_stage(north, found->id, ReviewStage::chronologies_requested));
    EXPECT_EQ(transaction.reviews().list(north).at(0).stage, ReviewStage::chronologies_requested);
  });
}

// Rule REV-2: every pause is kept, the newest ended or open.
TEST_P(ReviewRepositories, PausesAreSavedAsTheHistoryGivesThem) {
  in_transaction([&](Transaction& transaction) {
    const Id review_id = transaction.reviews().add(review())->id;
    const std::vector<ReviewPause> pauses = {
        {PauseReason::inquest, "", *CivilDate::from_ymd(2026, 2, 23),
         *CivilDate::from_ymd(2026, 2, 25)},
        {PauseReason::other, "Police asked", *CivilDate::from_ymd(2026, 2, 26), std::nullopt}};
    ASSERT_TRUE(transaction.reviews().save_pauses(north, review_id, pauses));
    auto found = transaction.reviews().find_for_case(north, case_id);
    ASSERT_EQ(found->pauses.size(), 2u);
    EXPECT_EQ(found->pauses[0].reason, PauseReason::inquest);
    EXPECT_EQ(found->pauses[0].resumed_on, *CivilDate::from_ymd(2026, 2, 25));
    EXPECT_EQ(found->pauses[1].other_reason, "Police asked");
    EXPECT_FALSE(found->pauses[1].resumed_on.has_value());
  });
}

TEST_P(ReviewRepositories, NothingReachesAnotherPartnershipsReview) {
  in_transaction([&](Transaction& transaction) {
    const Id review_id = transaction.reviews().add(review())->id;
    EXPECT_FALSE(transaction.reviews().find_for_case(south, case_id).has_value());
    EXPECT_TRUE(transaction.reviews().list(south).empty());
    EXPECT_FALSE(transaction.reviews().save_pauses(
        south, review_id, {{PauseReason::inquest, "", *CivilDate::from_ymd(2026, 2, 23), {}}}));
    EXPECT_FALSE(transaction.reviews().set_stage(south, review_id, ReviewStage::commissioned));
    EXPECT_TRUE(transaction.reviews().find_for_case(north, case_id)->pauses.empty());
  });
}

INSTANTIATE_TEST_SUITE_P(Engines, ReviewRepositories,
                         ::testing::ValuesIn(testing_support::test_engines()));

}  // namespace
}  // namespace casereview::store
