// The report's factual-accuracy round (app/reviews/report_accuracy.hpp, Rule RPT-1) on both
// engines: a version circulated to agencies in the review's scope with a due date, their
// contributors emailed; contributors comment only on versions circulated to their agency and see
// only their agency's comments; sending the agency's response ends its commenting and shows it
// answered (overdue after the due date until then); every comment gets one reply, accepted or not
// accepted and why, and of replies at once exactly one is kept; refusals change nothing.
#include <gtest/gtest.h>

#include <latch>
#include <thread>

#include "app/review_fixture.hpp"
#include "app/reviews/report_accuracy.hpp"
#include "app/reviews/report_versions.hpp"

namespace casereview {
namespace {

class ReportAccuracyUseCases : public AppointedReviewTest {
 protected:
  void SetUp() override {
    AppointedReviewTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    auto saved = write_report_version(context(), as(reviewer), case_id,
                                      "## Summary\n\nThe police visited on 3 May 2021.");
    ASSERT_TRUE(saved.ok()) << saved.error().message;
  }

  std::string in_days(int days) const { return today().add_days(days).to_iso_string(); }

  void circulate(std::vector<Id> agencies, int due_in_days = 10) {
    auto circulated = circulate_report_version(context(), as(reviewer), case_id, 1,
                                               {std::move(agencies), in_days(due_in_days)});
    ASSERT_TRUE(circulated.ok()) << circulated.error().message;
  }

  Id comment_as(const Account& contributor, const std::string& text) {
    auto added = add_report_comment(context(), as(contributor), case_id, 1,
                                    {.section = "Summary", .quote = "3 May 2021", .text = text});
    EXPECT_TRUE(added.ok()) << added.error().message;
    return added.ok() ? added.value().id : 0;
  }

  // The agency's row of the overview (a failure when it has none).
  static CirculationRow row_of(const AccuracyOverview& shown, Id agency_id) {
    for (const CirculationRow& row : shown.agencies)
      if (row.circulation.agency_id == agency_id) return row;
    ADD_FAILURE() << "no row for agency " << agency_id;
    return {};
  }

  AccuracyOverview overview() {
    auto read = report_accuracy_overview(context(), as(committee), case_id, 1);
    EXPECT_TRUE(read.ok()) << read.error().message;
    return read.ok() ? read.value() : AccuracyOverview{};
  }
};

// Rule RPT-1: to chosen agencies with a due date; their contributors are told; the committee sees
// who has not answered, overdue once the date has passed.
TEST_P(ReportAccuracyUseCases, CirculatesToAgenciesInScopeAndTellsTheirContributors) {
  circulate({police.id, school.id}, 5);
  const auto emails = outbox_to(police_contributor.user.email);
  ASSERT_EQ(emails.size(), 1U);
  EXPECT_NE(emails[0].email.subject.find("report version 1 to check"), std::string::npos);
  EXPECT_NE(emails[0].email.body.find("/cases/" + std::to_string(case_id) +
                                      "/report/versions/1/accuracy"),
            std::string::npos);
  EXPECT_EQ(outbox_to(school_contributor.user.email).size(), 1U);
  AccuracyOverview shown = overview();
  ASSERT_EQ(shown.agencies.size(), 2U);
  for (const CirculationRow& row : shown.agencies) {
    EXPECT_FALSE(row.circulation.answered_at);
    EXPECT_FALSE(row.overdue);
    EXPECT_EQ(row.circulation.due_on.to_iso_string(), in_days(5));
  }
  EXPECT_EQ(shown.agency_name(police.id), police.name);
  EXPECT_FALSE(shown.can_write);
  clock_.advance(std::chrono::hours(24 * 6));
  for (const CirculationRow& row : overview().agencies) EXPECT_TRUE(row.overdue);
  // Sent again with a later date, the agency keeps one row with the new date.
  circulate({police.id}, 20);
  shown = overview();
  ASSERT_EQ(shown.agencies.size(), 2U);
  EXPECT_EQ(row_of(shown, police.id).circulation.due_on.to_iso_string(), in_days(20));
  EXPECT_FALSE(row_of(shown, police.id).overdue);
  EXPECT_TRUE(row_of(shown, school.id).overdue);
}

// Bad input names its field and changes nothing; only the appointed reviewer circulates.
TEST_P(ReportAccuracyUseCases, CirculationRefusalsNameTheFieldAndChangeNothing) {
  auto blank = circulate_report_version(context(), as(reviewer), case_id, 1, {{}, ""});
  ASSERT_FALSE(blank.ok());
  EXPECT_EQ(fields_of(blank.error()), (std::vector<std::string>{"agency_ids", "due_on"}));
  auto past =
      circulate_report_version(context(), as(reviewer), case_id, 1, {{police.id}, in_days(-1)});
  ASSERT_FALSE(past.ok());
  EXPECT_EQ(fields_of(past.error()), std::vector<std::string>{"due_on"});
  auto outside = circulate_report_version(context(), as(reviewer), case_id, 1,
                                          {{police.id, social_care.id}, in_days(3)});
  ASSERT_FALSE(outside.ok());
  EXPECT_EQ(fields_of(outside.error()), std::vector<std::string>{"agency_ids"});
  EXPECT_EQ(circulate_report_version(context(), as(reviewer), case_id, 2, {{police.id}, in_days(3)})
                .error()
                .code,
            ErrorCode::not_found);
  EXPECT_EQ(circulate_report_version(context(), as(manager), case_id, 1, {{police.id}, in_days(3)})
                .error()
                .code,
            ErrorCode::forbidden);
  EXPECT_EQ(
      circulate_report_version(context(), as(other_reviewer), case_id, 1, {{police.id}, in_days(3)})
          .error()
          .code,
      ErrorCode::not_found);
  EXPECT_EQ(report_accuracy_overview(context(), as(south_manager), case_id, 1).error().code,
            ErrorCode::not_found);
  EXPECT_TRUE(overview().agencies.empty());
  EXPECT_TRUE(outbox_to(police_contributor.user.email).empty());
}

// Rule RPT-1, Rule NTK-2: a contributor reads and comments on a version circulated to their
// agency only, and sees their own agency's comments, never another's.
TEST_P(ReportAccuracyUseCases, ContributorsCommentOnlyOnVersionsCirculatedToTheirAgency) {
  circulate({police.id});
  EXPECT_EQ(add_report_comment(context(), as(school_contributor), case_id, 1, {.text = "Wrong"})
                .error()
                .code,
            ErrorCode::wrong_state);
  EXPECT_EQ(report_accuracy_check(context(), as(school_contributor), case_id, 1).error().code,
            ErrorCode::not_found);
  EXPECT_EQ(report_accuracy_requests(context(), as(school_contributor)).value().total, 0);
  auto blank = add_report_comment(context(), as(police_contributor), case_id, 1, {.text = " "});
  ASSERT_FALSE(blank.ok());
  EXPECT_EQ(fields_of(blank.error()), std::vector<std::string>{"text"});
  comment_as(police_contributor, "The visit was on 4 May 2021.");
  circulate({school.id});
  comment_as(school_contributor, "The school referred on 12 May.");

  auto police_view = report_accuracy_check(context(), as(police_contributor), case_id, 1);
  ASSERT_TRUE(police_view.ok()) << police_view.error().message;
  EXPECT_EQ(police_view.value().version.text, "## Summary\n\nThe police visited on 3 May 2021.");
  ASSERT_EQ(police_view.value().total, 1);
  EXPECT_EQ(police_view.value().comments[0].text, "The visit was on 4 May 2021.");
  EXPECT_EQ(police_view.value().comments[0].quote, "3 May 2021");
  EXPECT_TRUE(police_view.value().can_comment);
  auto requests = report_accuracy_requests(context(), as(police_contributor));
  ASSERT_TRUE(requests.ok());
  ASSERT_EQ(requests.value().total, 1);
  EXPECT_EQ(requests.value().requests[0].circulation.version_number, 1);
  EXPECT_EQ(requests.value().requests[0].circulation.comments, 1);
  // The reviewer and the committee see every agency's comments.
  EXPECT_EQ(overview().total, 2);
  EXPECT_EQ(report_accuracy_check(context(), as(manager), case_id, 1).error().code,
            ErrorCode::forbidden);
}

// Rule RPT-1: the agency's response, once, ends its comments on the version.
TEST_P(ReportAccuracyUseCases, SendingTheResponseEndsCommentingAndShowsTheAgencyAnswered) {
  circulate({police.id, school.id}, 2);
  comment_as(police_contributor, "The visit was on 4 May 2021.");
  ASSERT_TRUE(send_accuracy_response(context(), as(police_contributor), case_id, 1).ok());
  EXPECT_EQ(send_accuracy_response(context(), as(police_contributor), case_id, 1).error().code,
            ErrorCode::wrong_state);
  EXPECT_EQ(add_report_comment(context(), as(police_contributor), case_id, 1, {.text = "More"})
                .error()
                .code,
            ErrorCode::wrong_state);
  EXPECT_FALSE(
      report_accuracy_check(context(), as(police_contributor), case_id, 1).value().can_comment);
  // An agency that has answered cannot be sent the version again: nothing changes for anyone.
  auto again = circulate_report_version(context(), as(reviewer), case_id, 1,
                                        {{police.id, school.id}, in_days(30)});
  EXPECT_EQ(again.error().code, ErrorCode::wrong_state);
  clock_.advance(std::chrono::hours(24 * 3));
  const AccuracyOverview shown = overview();
  ASSERT_EQ(shown.agencies.size(), 2U);
  const CirculationRow police_row = row_of(shown, police.id);
  const CirculationRow school_row = row_of(shown, school.id);
  EXPECT_TRUE(police_row.circulation.answered_at);
  EXPECT_EQ(police_row.circulation.answered_by, police_contributor.user.id);
  EXPECT_EQ(police_row.circulation.comments, 1);
  EXPECT_FALSE(police_row.overdue);
  EXPECT_FALSE(school_row.circulation.answered_at);
  EXPECT_TRUE(school_row.overdue);  // the school's date was not moved by the refused change
  EXPECT_EQ(school_row.circulation.due_on.to_iso_string(), today().add_days(-1).to_iso_string());
}

// Rule RPT-1: each comment gets one reply, accepted or not accepted, and why when not.
TEST_P(ReportAccuracyUseCases, EveryCommentGetsOneReplySayingWhyWhenNotAccepted) {
  circulate({police.id});
  const Id comment = comment_as(police_contributor, "The visit was on 4 May 2021.");
  auto unexplained = reply_to_report_comment(context(), as(reviewer), comment, "not_accepted", "");
  ASSERT_FALSE(unexplained.ok());
  EXPECT_EQ(fields_of(unexplained.error()), std::vector<std::string>{"text"});
  auto unknown = reply_to_report_comment(context(), as(reviewer), comment, "maybe", "");
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(fields_of(unknown.error()), std::vector<std::string>{"decision"});
  EXPECT_EQ(reply_to_report_comment(context(), as(manager), comment, "accepted", "").error().code,
            ErrorCode::forbidden);
  EXPECT_EQ(
      reply_to_report_comment(context(), as(other_reviewer), comment, "accepted", "").error().code,
      ErrorCode::not_found);
  auto replied = reply_to_report_comment(context(), as(reviewer), comment, "not_accepted",
                                         "The police log records the visit on 3 May.");
  ASSERT_TRUE(replied.ok()) << replied.error().message;
  EXPECT_EQ(replied.value().decision, CommentDecision::not_accepted);
  EXPECT_EQ(reply_to_report_comment(context(), as(reviewer), comment, "accepted", "").error().code,
            ErrorCode::wrong_state);
  auto seen = report_accuracy_check(context(), as(police_contributor), case_id, 1);
  ASSERT_TRUE(seen.ok());
  ASSERT_EQ(seen.value().comments.size(), 1U);
  EXPECT_EQ(seen.value().comments[0].decision, CommentDecision::not_accepted);
  EXPECT_EQ(seen.value().comments[0].reply, "The police log records the visit on 3 May.");
  EXPECT_EQ(seen.value().names.at(reviewer.user.id), reviewer.user.name);
  EXPECT_EQ(audit_entries(audit_action::reply, audit_outcome::success).size(), 1U);
}

// Rule RPT-1: two replies to one comment at once, each on its own connection: one is kept, the
// other is refused, and the comment has the one reply.
TEST_P(ReportAccuracyUseCases, RepliesAtOnceKeepExactlyOne) {
  circulate({police.id});
  const Id comment = comment_as(police_contributor, "The visit was on 4 May 2021.");
  store::SqlStorage crowd(store::parse_database_url(database_->url()).value(),
                          store::PoolSettings{1, 16, 60});
  AppContext crowd_context{crowd, clock_, context().settings};
  constexpr int count = 6;
  std::vector<std::optional<Result<ReportComment>>> results(count);
  std::latch start(count);
  std::vector<std::thread> threads;
  for (int index = 0; index < count; ++index)
    threads.emplace_back([&, index] {
      start.arrive_and_wait();
      results[index].emplace(reply_to_report_comment(
          crowd_context, as(reviewer), comment, "not_accepted", "Reply " + std::to_string(index)));
    });
  for (std::thread& thread : threads) thread.join();
  int kept = 0;
  std::string kept_text;
  for (const auto& result : results) {
    if (result->ok()) {
      ++kept;
      kept_text = result->value().reply;
    } else {
      EXPECT_EQ(result->error().code, ErrorCode::wrong_state) << result->error().message;
    }
  }
  EXPECT_EQ(kept, 1);
  const auto seen = report_accuracy_check(context(), as(police_contributor), case_id, 1);
  ASSERT_TRUE(seen.ok());
  EXPECT_EQ(seen.value().comments.at(0).reply, kept_text);
  EXPECT_EQ(audit_entries(audit_action::reply, audit_outcome::success).size(), 1U);
}

INSTANTIATE_TEST_SUITE_P(Engines, ReportAccuracyUseCases,
                         ::testing::ValuesIn(testing_support::test_engines()));

}  // namespace
}  // namespace casereview
