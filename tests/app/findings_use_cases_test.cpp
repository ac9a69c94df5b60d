// The findings' and recommendations' use cases (app/reviews/findings.hpp, Rule RPT-1, Rule RPT-2)
// on both engines: the appointed reviewer writes findings evidenced by the case's key practice
// episodes and numbered recommendations answering them; episodes, findings and agencies outside the
// case or its scope are refused on their field with nothing written; past the partnership's
// setting the overload warning shows; two adds at once never share a number; the manager and the
// committee read; everyone else is refused.
#include <gtest/gtest.h>

#include <latch>
#include <set>
#include <thread>

#include "app/review_fixture.hpp"
#include "app/reviews/findings.hpp"
#include "app/reviews/key_practice_episodes.hpp"

namespace casereview {
namespace {

class FindingsUseCases : public ReviewedCaseTest {
 protected:
  void SetUp() override {
    ReviewedCaseTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    episode = add_episode(case_id, first);
  }

  Id add_episode(Id in_case, Id entry) {
    auto made = add_key_practice_episode(context(), as(manager), in_case,
                                         {.title = "The referral in May",
                                          .from = "2021-05-01",
                                          .to = "2021-05-31",
                                          .summary = "The school referred.",
                                          .questions = "- Why the wait?",
                                          .entry_ids = {entry}});
    EXPECT_TRUE(made.ok()) << made.error().message;
    return made.ok() ? made.value().id : 0;
  }

  FindingInput finding(std::vector<Id> episodes, std::vector<Id> agencies) const {
    return {.title = "Escalation between agencies",
            .kind = "process",
            .text = "Concerns were raised **three times** before a strategy discussion.",
            .episode_ids = std::move(episodes),
            .agency_ids = std::move(agencies)};
  }

  Id add_one_finding() {
    auto added = add_finding(context(), as(reviewer), case_id, finding({episode}, {police.id}));
    EXPECT_TRUE(added.ok()) << added.error().message;
    return added.ok() ? added.value().id : 0;
  }

  RecommendationInput recommendation(std::vector<Id> findings) const {
    return {.text = "Agree an escalation route between the police and schools.",
            .finding_ids = std::move(findings),
            .to_partnership = true,
            .agency_ids = {school.id}};
  }

  void set_warning_after(const std::string& count) {
    ASSERT_TRUE(storage_
                    ->transact(TransactionMode::write,
                               [&](Transaction& transaction) -> Status {
                                 transaction.settings().set(*manager.user.partnership_id,
                                                            "recommendations_before_warning",
                                                            count);
                                 return ok_status();
                               })
                    .ok());
  }

  Id episode = 0;
};

// Rule RPT-1: the kind of issue, the episodes that evidence it, the agencies it concerns; read by
// the manager and the committee; audited.
TEST_P(FindingsUseCases, TheAppointedReviewerWritesAFindingEvidencedByEpisodes) {
  auto added =
      add_finding(context(), as(reviewer), case_id, finding({episode}, {school.id, police.id}));
  ASSERT_TRUE(added.ok()) << added.error().message;
  EXPECT_GT(added.value().id, 0);
  EXPECT_EQ(added.value().kind, FindingKind::process);

  auto listed = list_findings(context(), as(committee), case_id, 1);
  ASSERT_TRUE(listed.ok()) << listed.error().message;
  ASSERT_EQ(listed.value().total, 1);
  const Finding& stored = listed.value().findings[0];
  EXPECT_EQ(stored.title, "Escalation between agencies");
  EXPECT_EQ(stored.episode_ids, std::vector<Id>{episode});
  const std::vector<Id> both = {std::min(police.id, school.id), std::max(police.id, school.id)};
  EXPECT_EQ(stored.agency_ids, both);
  EXPECT_EQ(listed.value().about.agency_name(police.id), police.name);
  ASSERT_EQ(listed.value().episodes.size(), 1u);
  EXPECT_EQ(listed.value().episodes[0].second, "The referral in May");
  EXPECT_TRUE(list_findings(context(), as(manager), case_id, 1).ok());
  EXPECT_EQ(audit_entries(audit_action::create, audit_outcome::success, reviewer.user.email)
                .back()
                .entity,
            audit_entity::finding);
}

// Rule RPT-1: only the case's episodes and the agencies in the review's scope; nothing written
// when one is not.
TEST_P(FindingsUseCases, RefusesEpisodesOfAnotherCaseAndAgenciesOutOfScope) {
  auto unknown = add_finding(context(), as(reviewer), case_id, finding({episode, 999999}, {}));
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code, ErrorCode::invalid_input);
  EXPECT_EQ(fields_of(unknown.error()), std::vector<std::string>{"episode_ids"});
  auto out_of_scope =
      add_finding(context(), as(reviewer), case_id, finding({episode}, {social_care.id}));
  ASSERT_FALSE(out_of_scope.ok());
  EXPECT_EQ(fields_of(out_of_scope.error()), std::vector<std::string>{"agency_ids"});
  auto other_partnership =
      add_finding(context(), as(reviewer), case_id, finding({episode}, {south_police.id}));
  ASSERT_FALSE(other_partnership.ok());
  EXPECT_EQ(fields_of(other_partnership.error()), std::vector<std::string>{"agency_ids"});
  auto none = add_finding(context(), as(reviewer), case_id, finding({}, {}));
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(fields_of(none.error()), std::vector<std::string>{"episode_ids"});

  // Another case's episode. (A minute on, so the signatories' authenticator codes are new.)
  clock_.advance(std::chrono::minutes(1));
  const Id other_case = reviewed_case();
  ASSERT_TRUE(appoint_reviewer(context(), as(manager), other_case,
                               AppointInput{reviewer.user.id, "lead_reviewer", ""})
                  .ok());
  auto across = add_finding(context(), as(reviewer), other_case, finding({episode}, {}));
  ASSERT_FALSE(across.ok());
  EXPECT_EQ(fields_of(across.error()), std::vector<std::string>{"episode_ids"});
  EXPECT_EQ(list_findings(context(), as(manager), case_id, 1).value().total, 0)
      << "nothing written";
  EXPECT_EQ(list_findings(context(), as(manager), other_case, 1).value().total, 0);
}

// Rule RPT-2: numbered 1, 2, 3 in the case, linked to findings, addressed to the partnership and
// agencies; a finding of another case is refused.
TEST_P(FindingsUseCases, RecommendationsAreNumberedAndLinkedToFindings) {
  const Id finding_id = add_one_finding();
  for (int number = 1; number <= 3; ++number) {
    auto added = add_recommendation(context(), as(reviewer), case_id, recommendation({finding_id}));
    ASSERT_TRUE(added.ok()) << added.error().message;
    EXPECT_EQ(added.value().recommendation.number, number);
    EXPECT_FALSE(added.value().warning.has_value());
  }
  auto listed = list_recommendations(context(), as(committee), case_id, 1);
  ASSERT_TRUE(listed.ok()) << listed.error().message;
  ASSERT_EQ(listed.value().total, 3);
  const Recommendation& stored = listed.value().recommendations[0];
  EXPECT_EQ(stored.number, 1);
  EXPECT_EQ(stored.finding_ids, std::vector<Id>{finding_id});
  EXPECT_TRUE(stored.to_partnership);
  EXPECT_EQ(stored.agency_ids, std::vector<Id>{school.id});
  EXPECT_EQ(listed.value().recommendations[2].number, 3);
  ASSERT_EQ(listed.value().findings.size(), 1u);
  EXPECT_EQ(listed.value().findings[0].second, "Escalation between agencies");

  auto unknown =
      add_recommendation(context(), as(reviewer), case_id, recommendation({finding_id, 999999}));
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(fields_of(unknown.error()), std::vector<std::string>{"finding_ids"});
  RecommendationInput nobody = recommendation({finding_id});
  nobody.to_partnership = false;
  nobody.agency_ids.clear();
  EXPECT_EQ(fields_of(add_recommendation(context(), as(reviewer), case_id, nobody).error()),
            std::vector<std::string>{"addressed_to"});
  RecommendationInput out_of_scope = recommendation({finding_id});
  out_of_scope.agency_ids = {social_care.id};
  EXPECT_EQ(fields_of(add_recommendation(context(), as(reviewer), case_id, out_of_scope).error()),
            std::vector<std::string>{"agency_ids"});
  EXPECT_EQ(list_recommendations(context(), as(reviewer), case_id, 1).value().total, 3)
      << "nothing written, no number used";
  EXPECT_EQ(add_recommendation(context(), as(reviewer), case_id, recommendation({finding_id}))
                .value()
                .recommendation.number,
            4);
}

// Rule RPT-2: more than the partnership's setting is a warning, never a refusal — on the add that
// passes it and on the list.
TEST_P(FindingsUseCases, WarnsPastThePartnershipsSetting) {
  set_warning_after("2");
  const Id finding_id = add_one_finding();
  for (int number = 1; number <= 2; ++number)
    EXPECT_FALSE(add_recommendation(context(), as(reviewer), case_id, recommendation({finding_id}))
                     .value()
                     .warning.has_value());
  EXPECT_FALSE(list_recommendations(context(), as(reviewer), case_id, 1).value().warning);
  auto third = add_recommendation(context(), as(reviewer), case_id, recommendation({finding_id}));
  ASSERT_TRUE(third.ok()) << third.error().message;
  EXPECT_EQ(third.value().recommendation.number, 3);
  ASSERT_TRUE(third.value().warning.has_value());
  EXPECT_NE(third.value().warning->find("3 recommendations, more than the 2"), std::string::npos);
  auto listed = list_recommendations(context(), as(committee), case_id, 1);
  ASSERT_TRUE(listed.value().warning.has_value());
  // The review page's summary: the counts and the same warning.
  auto summary = summarize_findings(context(), as(manager), case_id);
  ASSERT_TRUE(summary.ok()) << summary.error().message;
  EXPECT_EQ(summary.value().findings, 1);
  EXPECT_EQ(summary.value().recommendations, 3);
  EXPECT_EQ(summary.value().warning, third.value().warning);
  EXPECT_EQ(summarize_findings(context(), as(other_reviewer), case_id).error().code,
            ErrorCode::not_found);
}

// Rule RPT-2: reviewers adding at once, each on their own connection, take distinct numbers.
TEST_P(FindingsUseCases, AddsAtOnceNeverShareANumber) {
  const Id finding_id = add_one_finding();
  store::SqlStorage crowd(store::parse_database_url(database_->url()).value(),
                          store::PoolSettings{1, 16, 60});
  AppContext crowd_context{crowd, clock_, context().settings};
  constexpr int count = 8;
  std::vector<std::optional<Result<RecommendationAdded>>> results(count);
  std::latch start(count);
  std::vector<std::thread> threads;
  for (int index = 0; index < count; ++index)
    threads.emplace_back([&, index] {
      start.arrive_and_wait();
      results[index].emplace(
          add_recommendation(crowd_context, as(reviewer), case_id, recommendation({finding_id})));
    });
  for (std::thread& thread : threads) thread.join();
  std::set<int> numbers;
  for (const auto& result : results) {
    ASSERT_TRUE(result->ok()) << result->error().message;
    numbers.insert(result->value().recommendation.number);
  }
  EXPECT_EQ(numbers, (std::set<int>{1, 2, 3, 4, 5, 6, 7, 8}));
  EXPECT_EQ(list_recommendations(context(), as(reviewer), case_id, 1).value().total, count);
}

// Who: the appointed reviewer writes; the manager and the committee read; a reviewer not
// appointed and another partnership get not_found; those without the permission are forbidden.
TEST_P(FindingsUseCases, RefusesThoseWhoMayNotWriteOrRead) {
  const Id finding_id = add_one_finding();
  EXPECT_EQ(add_finding(context(), as(manager), case_id, finding({episode}, {})).error().code,
            ErrorCode::forbidden);
  EXPECT_EQ(add_finding(context(), as(committee), case_id, finding({episode}, {})).error().code,
            ErrorCode::forbidden);
  EXPECT_EQ(
      add_finding(context(), as(other_reviewer), case_id, finding({episode}, {})).error().code,
      ErrorCode::not_found);
  EXPECT_EQ(add_recommendation(context(), as(other_reviewer), case_id, recommendation({finding_id}))
                .error()
                .code,
            ErrorCode::not_found);
  EXPECT_EQ(list_findings(context(), as(other_reviewer), case_id, 1).error().code,
            ErrorCode::not_found);
  EXPECT_EQ(list_recommendations(context(), as(south_manager), case_id, 1).error().code,
            ErrorCode::not_found);
  EXPECT_EQ(list_findings(context(), as(police_contributor), case_id, 1).error().code,
            ErrorCode::forbidden);
}

// Lists are paged in the database; a page beyond the last gives the last.
TEST_P(FindingsUseCases, ListsAPageAtATime) {
  for (int index = 0; index < findings_page_size + 1; ++index) {
    FindingInput each = finding({episode}, {});
    each.title = "Finding " + std::to_string(index + 1);
    ASSERT_TRUE(add_finding(context(), as(reviewer), case_id, each).ok());
  }
  auto beyond = list_findings(context(), as(reviewer), case_id, 9);
  ASSERT_TRUE(beyond.ok());
  EXPECT_EQ(beyond.value().total, findings_page_size + 1);
  EXPECT_EQ(beyond.value().page, 2);
  ASSERT_EQ(beyond.value().findings.size(), 1u);
  EXPECT_EQ(beyond.value().findings[0].title, "Finding " + std::to_string(findings_page_size + 1));
  EXPECT_EQ(beyond.value().findings[0].episode_ids, std::vector<Id>{episode});
  EXPECT_EQ(list_findings(context(), as(reviewer), case_id, 1).value().findings.size(),
            static_cast<std::size_t>(findings_page_size));
}

INSTANTIATE_TEST_SUITE_P(Engines, FindingsUseCases,
                         ::testing::ValuesIn(testing_support::test_engines()));

}  // namespace
}  // namespace casereview
