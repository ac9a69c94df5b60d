// Fixtures for the review's work. AppointedReviewTest: a case decided on a local CSPR and
// commissioned with the police and the school in scope, a lead reviewer appointed to it
// (`reviewer`) and one who is not (`other_reviewer`) — for the report and the learning events.
// ReviewedCaseTest adds, for the analysis (key practice episodes, findings, recommendations), the
// police's chronology submitted with two entries (`first`, `second`) and the school's still a
// draft with one (`draft`, not in the merged chronology).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/case_fixture.hpp"
#include "app/reviews/chronologies.hpp"
#include "app/reviews/findings.hpp"
#include "app/reviews/key_practice_episodes.hpp"
#include "app/reviews/reviewers.hpp"

namespace casereview {

class AppointedReviewTest : public CaseUseCaseTest {
 protected:
  void SetUp() override {
    CaseUseCaseTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    reviewer = add_account("reviewer@north.example", {"reviewer"});
    other_reviewer = add_account("other-reviewer@north.example", {"reviewer"});
    case_id = reviewed_case();
    auto appointed = appoint_reviewer(context(), as(manager), case_id,
                                      AppointInput{reviewer.user.id, "lead_reviewer", ""});
    ASSERT_TRUE(appointed.ok()) << appointed.error().message;
  }

  // A case decided on a review, commissioned with the police and the school in scope.
  Id reviewed_case() {
    const Id id = case_awaiting_decision();
    auto decided = record_panel_decision(
        context(), as(manager), id,
        PanelDecisionInput{
            "disagrees", "local_cspr", "Learning for the area", days_ago(0), {}, ""});
    EXPECT_TRUE(decided.ok()) << decided.error().message;
    commission_for_agencies(id, {police.id, school.id});
    return id;
  }

  Account reviewer, other_reviewer;
  Id case_id = 0;
};

class ReviewedCaseTest : public AppointedReviewTest {
 protected:
  void SetUp() override {
    AppointedReviewTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    auto asked =
        request_chronologies(context(), as(manager), case_id, {{police.id, school.id}, "", ""});
    ASSERT_TRUE(asked.ok()) << asked.error().message;
    const Id police_request = asked.value()[0].id;
    const Id school_request = asked.value()[1].id;
    first = add_entry(police_request, "12/05/2021", "Referral from the school");
    second = add_entry(police_request, "20/05/2021", "Home visit");
    ASSERT_TRUE(
        submit_chronology(context(), as(police_contributor), police_request, Involvement::involved)
            .ok());
    draft = add_entry(school_request, "14/05/2021", "Attendance noted", school_contributor);
  }

  Id add_entry(Id request_id, const std::string& date, const std::string& event,
               std::optional<Account> contributor = std::nullopt) {
    ChronologyEntryInput input;
    input.start_date = date;
    input.source = "Case record";
    input.event = event;
    auto added = add_chronology_entry(context(), as(contributor.value_or(police_contributor)),
                                      request_id, input);
    EXPECT_TRUE(added.ok()) << added.error().message;
    return added.ok() ? added.value().id : 0;
  }

  // A key practice episode of the entry `first` and a finding it evidences, about `agencies`, both
  // by the reviewer: what recommendations answer. Returns the finding's id (0 on failure).
  Id evidenced_finding(std::vector<Id> agencies = {}) {
    auto episode = add_key_practice_episode(context(), as(reviewer), case_id,
                                            {.title = "The referral",
                                             .from = "2021-05-01",
                                             .to = "2021-05-31",
                                             .summary = "The school referred.",
                                             .questions = "- Why the wait?",
                                             .entry_ids = {first}});
    EXPECT_TRUE(episode.ok()) << episode.error().message;
    if (!episode.ok()) return 0;
    auto finding = add_finding(context(), as(reviewer), case_id,
                               {.title = "Escalation",
                                .kind = "process",
                                .text = "Concerns were raised three times.",
                                .episode_ids = {episode.value().id},
                                .agency_ids = std::move(agencies)});
    EXPECT_TRUE(finding.ok()) << finding.error().message;
    return finding.ok() ? finding.value().id : 0;
  }

  Id first = 0, second = 0, draft = 0;
};

}  // namespace casereview
