// Recommendations from a rapid review's learning (issue 13, Rule ACT-1), on SQLite and
// PostgreSQL: recorded by the committee once the rapid review has begun, numbered with the case's
// recommendations, turned into actions as a review's are, and refused with nothing written on bad
// input, for other partnerships and for roles without the permission.
#include "app/actions/rapid_review_recommendations.hpp"

#include <gtest/gtest.h>

#include "app/actions/action_plans.hpp"
#include "app/review_fixture.hpp"
#include "app/reviews/findings.hpp"

namespace casereview {
namespace {

class RapidReviewRecommendations : public ReviewedCaseTest {
 protected:
  void SetUp() override {
    ReviewedCaseTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    police_lead = add_account("lead@police.north.example", {"lead"}, "NORTH", "POLICE");
    rapid_case = case_in_rapid_review();
  }

  Recommendation add(Id id, RapidReviewRecommendationInput input) {
    auto added = add_rapid_review_recommendation(context(), as(committee), id, input);
    EXPECT_TRUE(added.ok()) << added.error().message;
    return added.ok() ? added.value() : Recommendation{};
  }

  int listed_total(Id id) {
    auto listed = list_rapid_review_recommendations(context(), as(manager), id, 1);
    EXPECT_TRUE(listed.ok()) << listed.error().message;
    return listed.ok() ? listed.value().total : -1;
  }

  Account police_lead;
  Id rapid_case = 0;
};

// Rule ACT-1: the rapid review's learning is a numbered recommendation, and actions come from it
// as from a review's, owned by the agency's strategic lead.
TEST_P(RapidReviewRecommendations, LearningFromARapidReviewBecomesActionsWithoutAReview) {
  const Recommendation first = add(
      rapid_case,
      {.text = "  Share the safety plan with the school.  ", .agency_ids = {police.id, police.id}});
  EXPECT_EQ(first.number, 1);
  EXPECT_EQ(first.source, RecommendationSource::rapid_review);
  EXPECT_EQ(first.text, "Share the safety plan with the school.");
  EXPECT_EQ(first.agency_ids, std::vector<Id>{police.id});
  EXPECT_TRUE(first.finding_ids.empty());
  EXPECT_EQ(
      add(rapid_case, {.text = "Review the threshold document.", .to_partnership = true}).number,
      2);

  auto listed = list_rapid_review_recommendations(context(), as(committee), rapid_case, 1);
  ASSERT_TRUE(listed.ok()) << listed.error().message;
  EXPECT_TRUE(listed.value().may_add);
  ASSERT_EQ(listed.value().recommendations.size(), 2u);
  EXPECT_EQ(listed.value().recommendations[0].id, first.id);
  EXPECT_EQ(listed.value().recommendations[0].agency_ids, std::vector<Id>{police.id});
  EXPECT_TRUE(listed.value().recommendations[1].to_partnership);

  auto made = create_actions(context(), as(committee), first.id,
                             {.text = "Send safety plans to schools within a day",
                              .kind = "process",
                              .success_measure = "Audit of ten plans",
                              .start_on = today().to_iso_string(),
                              .due_on = today().add_days(60).to_iso_string(),
                              .agency_ids = {police.id}});
  ASSERT_TRUE(made.ok()) << made.error().message;
  EXPECT_EQ(made.value().front().case_id, rapid_case);
  EXPECT_EQ(made.value().front().recommendation_number, 1);
  EXPECT_EQ(made.value().front().owner_user_id, police_lead.user.id);
  auto shown = view_action(context(), as(police_lead), made.value().front().id);
  ASSERT_TRUE(shown.ok()) << shown.error().message;
  EXPECT_EQ(shown.value().recommendation.source, RecommendationSource::rapid_review);

  int audited = 0;
  for (const AuditEntry& entry : audit_log())
    if (entry.entity == "recommendation" &&
        entry.detail.find("from the rapid review") != std::string::npos)
      ++audited;
  EXPECT_EQ(audited, 2);
}

// The numbers are the case's: a rapid review's and a review's never share one, and each list
// shows its own.
TEST_P(RapidReviewRecommendations, ARapidReviewsAndAReviewsRecommendationsShareTheCasesNumbers) {
  const Id finding_id = evidenced_finding();
  auto reviewed = add_recommendation(
      context(), as(reviewer), case_id,
      {.text = "Agree an escalation route.", .finding_ids = {finding_id}, .to_partnership = true});
  ASSERT_TRUE(reviewed.ok()) << reviewed.error().message;
  EXPECT_EQ(reviewed.value().recommendation.number, 1);
  EXPECT_EQ(reviewed.value().recommendation.source, RecommendationSource::review);
  const Recommendation learning =
      add(case_id, {.text = "Check the referral form.", .to_partnership = true});
  EXPECT_EQ(learning.number, 2);

  auto review_list = list_recommendations(context(), as(manager), case_id, 1);
  ASSERT_TRUE(review_list.ok());
  ASSERT_EQ(review_list.value().total, 1);
  EXPECT_EQ(review_list.value().recommendations[0].number, 1);
  EXPECT_EQ(listed_total(case_id), 1);
  auto rapid_list = list_rapid_review_recommendations(context(), as(manager), case_id, 1);
  ASSERT_TRUE(rapid_list.ok());
  EXPECT_EQ(rapid_list.value().recommendations.at(0).number, 2);
  // A review's recommendation cannot be made without findings, whatever the caller says.
  auto no_findings = add_recommendation(
      context(), as(reviewer), case_id,
      {.source = RecommendationSource::rapid_review, .text = "Sneaked in", .to_partnership = true});
  ASSERT_FALSE(no_findings.ok());
  EXPECT_EQ(fields_of(no_findings.error()), std::vector<std::string>{"finding_ids"});
}

// Bad input names its field and writes nothing; another partnership's agency is refused; a case
// whose rapid review has not begun is the wrong state; another partnership's case is not found;
// roles without oversee_actions are forbidden.
TEST_P(RapidReviewRecommendations, RefusalsNameTheFieldAndWriteNothing) {
  auto blank =
      add_rapid_review_recommendation(context(), as(committee), rapid_case, {.text = "  "});
  ASSERT_FALSE(blank.ok());
  EXPECT_EQ(blank.error().code, ErrorCode::invalid_input);
  EXPECT_EQ(fields_of(blank.error()), (std::vector<std::string>{"text", "addressed_to"}));

  auto foreign = add_rapid_review_recommendation(
      context(), as(committee), rapid_case, {.text = "Train", .agency_ids = {south_police.id}});
  ASSERT_FALSE(foreign.ok());
  EXPECT_EQ(fields_of(foreign.error()), std::vector<std::string>{"agency_ids"});

  const Id unsent = record(notification_input()).id;
  auto early = add_rapid_review_recommendation(context(), as(committee), unsent,
                                               {.text = "Train", .to_partnership = true});
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(early.error().code, ErrorCode::wrong_state);
  auto early_list = list_rapid_review_recommendations(context(), as(committee), unsent, 1);
  ASSERT_TRUE(early_list.ok());
  EXPECT_FALSE(early_list.value().may_add);

  auto elsewhere = add_rapid_review_recommendation(context(), as(south_manager), rapid_case,
                                                   {.text = "Train", .to_partnership = true});
  ASSERT_FALSE(elsewhere.ok());
  EXPECT_EQ(elsewhere.error().code, ErrorCode::not_found);
  EXPECT_EQ(
      list_rapid_review_recommendations(context(), as(south_manager), rapid_case, 1).error().code,
      ErrorCode::not_found);

  for (const Account* who : {&police_lead, &police_contributor, &reviewer, &panel}) {
    auto refused = add_rapid_review_recommendation(context(), as(*who), rapid_case,
                                                   {.text = "Train", .to_partnership = true});
    ASSERT_FALSE(refused.ok()) << who->user.email;
    EXPECT_EQ(refused.error().code, ErrorCode::forbidden) << who->user.email;
  }
  EXPECT_EQ(listed_total(rapid_case), 0);
  EXPECT_EQ(listed_total(unsent), 0);
}

INSTANTIATE_TEST_SUITE_P(Engines, RapidReviewRecommendations,
                         ::testing::ValuesIn(testing_support::test_engines()));

}  // namespace
}  // namespace casereview
