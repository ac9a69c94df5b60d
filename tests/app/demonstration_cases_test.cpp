// The demonstration cases (app/demonstration_cases.hpp) give the dashboard every status, an
// outstanding and an overdue agency response, and every later stage, up to a review's report out
// for factual accuracy; on SQLite and PostgreSQL.
#include <gtest/gtest.h>

#include <set>

#include "app/case_fixture.hpp"
#include "app/demonstration.hpp"
#include "app/reviews/chronologies.hpp"
#include "app/reviews/commissioning.hpp"
#include "app/reviews/report_accuracy.hpp"

namespace casereview {
namespace {

class DemonstrationCases : public CaseUseCaseTest {};

TEST_P(DemonstrationCases, TheDashboardShowsEveryStatusAndEveryStage) {
  auto loaded = load_demonstration_data(*storage_, clock_, context().settings.data_cipher);
  ASSERT_TRUE(loaded.ok()) << loaded.error().message;
  auto found = find_account("manager@northbrook.example");
  ASSERT_TRUE(found.has_value());
  const Caller manager_caller = as(*found);
  auto open = case_dashboard(context(), manager_caller, DashboardFilter{});
  ASSERT_TRUE(open.ok()) << open.error().message;
  std::set<DeadlineStatus> statuses;
  int outstanding = 0;
  int overdue = 0;
  for (const DashboardRow& row : open.value()) {
    if (row.status) statuses.insert(*row.status);
    outstanding += row.outstanding_agency_responses;
    overdue += row.overdue_agency_responses;
  }
  EXPECT_EQ(statuses, (std::set<DeadlineStatus>{DeadlineStatus::on_track, DeadlineStatus::due_soon,
                                                DeadlineStatus::overdue}));
  EXPECT_EQ(outstanding, 2);
  EXPECT_EQ(overdue, 1);
  std::set<CaseStage> stages;
  for (CaseStage stage : all_case_stages) {
    if (!case_dashboard(context(), manager_caller, DashboardFilter{stage, std::nullopt})
             .value()
             .empty()) {
      stages.insert(stage);
    }
  }
  EXPECT_EQ(stages, (std::set<CaseStage>{CaseStage::notification, CaseStage::rapid_review,
                                         CaseStage::awaiting_panel_decision,
                                         CaseStage::review_to_be_commissioned,
                                         CaseStage::review_in_progress, CaseStage::closed}));
  auto panel_account = find_account("panel@national-panel.example");
  ASSERT_TRUE(panel_account.has_value());
  EXPECT_EQ(panel_queue(context(), as(*panel_account)).value().size(), 1u);
  // The children's details open with the key they were sealed with.
  const Id first = open.value().front().id;
  auto shown = view_case(context(), manager_caller, first, NameDisplay::shown);
  ASSERT_TRUE(shown.ok()) << shown.error().message;
  ASSERT_TRUE(shown.value().children.at(0).identity.has_value());
  EXPECT_EQ(shown.value().children[0].identity->family_name, "Sample");
}

// Issue 10, item 10: each demonstration case's timeline reads in date order.
TEST_P(DemonstrationCases, EveryTimelineIsInDateOrder) {
  auto loaded = load_demonstration_data(*storage_, clock_, context().settings.data_cipher);
  ASSERT_TRUE(loaded.ok()) << loaded.error().message;
  const Caller manager_caller = as(*find_account("manager@northbrook.example"));
  auto open = case_dashboard(context(), manager_caller, DashboardFilter{});
  ASSERT_TRUE(open.ok()) << open.error().message;
  int cases = 0;
  for (const DashboardRow& row : open.value()) {
    ++cases;
    auto detail = view_case(context(), manager_caller, row.id, NameDisplay::hidden);
    ASSERT_TRUE(detail.ok()) << detail.error().message;
    std::optional<CivilDate> latest;
    for (const TimelineEntry& entry : detail.value().timeline) {
      if (!entry.event.on) continue;
      if (latest) {
        EXPECT_LE(*latest, *entry.event.on)
            << row.reference << ": " << entry.text << " is listed after a later event";
      }
      latest = entry.event.on;
    }
  }
  EXPECT_GT(cases, 2);
}

// The commissioned local CSPR: SILP, two agencies in scope, the demonstration reviewer appointed
// lead reviewer and independent (Rule REV-4), a chronology asked of each agency (Rule CHR-1), the
// police's submitted with dates written as people write them (Rule CHR-2), social care's not yet.
TEST_P(DemonstrationCases, ALocalReviewIsCommissionedWithItsReviewerAndChronologies) {
  auto loaded = load_demonstration_data(*storage_, clock_, context().settings.data_cipher);
  ASSERT_TRUE(loaded.ok()) << loaded.error().message;
  const Caller manager_caller = as(*find_account("manager@northbrook.example"));
  auto reviews = list_reviews(context(), manager_caller);
  ASSERT_TRUE(reviews.ok()) << reviews.error().message;
  ASSERT_EQ(reviews.value().size(), 1u);
  const ReviewView& review = reviews.value().front();
  EXPECT_EQ(review.review.kind, ReviewOutcome::local_cspr);
  EXPECT_EQ(review.review.methodology, "SILP");
  EXPECT_NE(review.review.terms_of_reference.find("Key lines of enquiry"), std::string::npos);
  ASSERT_EQ(review.agencies.size(), 2u);
  EXPECT_EQ(review.clock.status, ReviewClockStatus::on_track);
  EXPECT_EQ(view_case(context(), manager_caller, review.review.case_id, NameDisplay::hidden)
                .value()
                .record.stage,
            CaseStage::review_in_progress)
      << "Rule REV-1: the case moves on as commissioning moves it";

  const auto reviewer = find_account("reviewer@northbrook.example");
  ASSERT_TRUE(reviewer.has_value());
  const ReviewerAppointment* lead = review.review.reviewer_in(ReviewerRole::lead_reviewer);
  ASSERT_NE(lead, nullptr);
  EXPECT_EQ(lead->user_id, reviewer->user.id);
  EXPECT_EQ(lead->verdict, IndependenceVerdict::independent);

  // Rule NTK-2: the reviewer sees the review and its merged chronology.
  const Caller reviewer_caller = as(*reviewer);
  ASSERT_TRUE(find_review(context(), reviewer_caller, review.review.case_id).ok());
  auto requests = list_case_chronology_requests(context(), reviewer_caller, review.review.case_id);
  ASSERT_TRUE(requests.ok()) << requests.error().message;
  ASSERT_EQ(requests.value().size(), 2u);
  int submitted = 0;
  for (const ChronologyView& request : requests.value())
    if (request.request.status == ChronologyStatus::submitted) ++submitted;
  EXPECT_EQ(submitted, 1);
  auto merged = merged_chronology(context(), reviewer_caller, review.review.case_id);
  ASSERT_TRUE(merged.ok()) << merged.error().message;
  std::vector<std::string> dates;
  for (const MergedChronologyRow& row : merged.value().rows) dates.push_back(row.entry.date.text());
  EXPECT_EQ(dates, (std::vector<std::string>{"May 2021", "12 May 2021", "March 2022 (uncertain)"}));

  // Rule RPT-1: the first draft of the report is with the police for factual accuracy, one comment
  // made and not yet replied to.
  auto police =
      report_accuracy_requests(context(), as(*find_account("contributor@northbrook.example")));
  ASSERT_TRUE(police.ok()) << police.error().message;
  ASSERT_EQ(police.value().total, 1);
  EXPECT_EQ(police.value().requests[0].circulation.comments, 1);
  EXPECT_FALSE(police.value().requests[0].overdue);
  auto overview = report_accuracy_overview(context(), reviewer_caller, review.review.case_id, 1);
  ASSERT_TRUE(overview.ok()) << overview.error().message;
  ASSERT_EQ(overview.value().comments.size(), 1u);
  EXPECT_FALSE(overview.value().comments[0].decision);
}

INSTANTIATE_TEST_SUITE_P(Engines, DemonstrationCases,
                         ::testing::ValuesIn(testing_support::test_engines()));

}  // namespace
}  // namespace casereview
