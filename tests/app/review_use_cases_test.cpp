// Commissioning the review and its clock (app/reviews/commissioning.hpp), on SQLite and
// PostgreSQL: what Rule REV-1 records, the due date of Rule REV-2 with pauses, and who may not — a
// notifier commissioning, another partnership's manager, a contributor reading. The clock starts
// on Monday 2 March 2026.
#include <gtest/gtest.h>

#include "app/case_fixture.hpp"
#include "app/reviews/chronologies.hpp"
#include "app/reviews/commissioning.hpp"
#include "app/reviews/monitoring.hpp"
#include "app/reviews/reviewers.hpp"

namespace casereview {
namespace {

class ReviewUseCases : public CaseUseCaseTest {
 protected:
  // A case whose Panel decision, recorded today, is `outcome`. The clock moves on by one
  // authenticator time step first, so that the signatories' codes are new for each case.
  Id case_decided(const std::string& outcome) {
    clock_.advance(std::chrono::seconds(security::totp_period_seconds));
    const Id id = case_awaiting_decision();
    PanelDecisionInput input{outcome == "national_review" ? "agrees" : "disagrees",
                             outcome,
                             "Because",
                             days_ago(0),
                             std::nullopt,
                             outcome == "national_review" ? "Theme" : ""};
    auto decided = record_panel_decision(context(), as(panel), id, input);
    EXPECT_TRUE(decided.ok()) << decided.error().message;
    return id;
  }

  CommissionInput commission_input() const {
    CommissionInput input;
    input.methodology = "SILP";
    input.scope_from = "2025-01-01";
    input.scope_to = "2026-02-28";
    input.agency_ids = {police.id, school.id};
    input.rationale = "Two agencies worked with the family";
    input.terms_of_reference = "## Key lines of enquiry\n\n- How was neglect recognised?";
    return input;
  }

  ReviewView commissioned(Id case_id) {
    auto review = commission_review(context(), as(manager), case_id, commission_input());
    EXPECT_TRUE(review.ok()) << review.error().message;
    return review.ok() ? review.value() : ReviewView{};
  }

  CivilDate date(const char* text) { return parse_iso_date("date", text).value(); }
};

// Rule REV-1: commissioning records who, the kind (from the decision), the methodology, the scope
// period, the agencies in scope, the rationale and the terms of reference. Rule REV-2: due 12
// months (the partnership's setting) after the decision.
TEST_P(ReviewUseCases, CommissioningRecordsTheReviewAndItsDueDateFollowsTheDecision) {
  const Id id = case_decided("local_cspr");
  ReviewView view = commissioned(id);
  EXPECT_EQ(view.review.kind, ReviewOutcome::local_cspr);
  EXPECT_EQ(view.review.stage, ReviewStage::commissioned);
  EXPECT_EQ(view.review.methodology_text(), "SILP");
  EXPECT_EQ(view.clock.due_on, date("2027-03-02"));
  EXPECT_EQ(view.clock.days_paused, 0);
  EXPECT_EQ(view.clock.status, ReviewClockStatus::on_track);
  EXPECT_EQ(view.commissioned_by_name, manager.user.name);
  ASSERT_EQ(view.agencies.size(), 2u);
  EXPECT_EQ(view.agencies[0].name, "North Police");
  EXPECT_EQ(view.agencies[1].name, "North School");

  auto read = find_review(context(), as(committee), id);
  ASSERT_TRUE(read.ok()) << read.error().message;
  EXPECT_EQ(read.value().review.scope_from, date("2025-01-01"));
  EXPECT_EQ(read.value().review.scope_to, date("2026-02-28"));
  EXPECT_EQ(read.value().review.agency_ids, (std::vector<Id>{police.id, school.id}));
  EXPECT_EQ(read.value().review.rationale, "Two agencies worked with the family");
  EXPECT_EQ(audit_entries(audit_action::commission_review, audit_outcome::success,
                          "manager@north.example")
                .size(),
            1u);
  auto detail = view_case(context(), as(manager), id, NameDisplay::hidden).value();
  EXPECT_EQ(detail.timeline.back().event.kind, CaseEventKind::review_commissioned);
  EXPECT_EQ(detail.record.stage, CaseStage::review_in_progress) << "the case's stage follows";
  EXPECT_EQ(list_reviews(context(), as(notifier)).value().size(), 1u);
  expect_audit_chain_whole();
}

// Rule REV-2: the timescale is the partnership's setting when the review is commissioned.
TEST_P(ReviewUseCases, TheDueDateFollowsThePartnershipsReviewTimescale) {
  const Id id = case_decided("learning_review");
  ASSERT_TRUE(storage_
                  ->transact(TransactionMode::write,
                             [&](Transaction& transaction) -> Status {
                               transaction.settings().set(*manager.user.partnership_id,
                                                          "review_months", "6");
                               return ok_status();
                             })
                  .ok());
  auto review = commission_review(context(), as(committee), id, commission_input());
  ASSERT_TRUE(review.ok()) << review.error().message;
  EXPECT_EQ(review.value().review.kind, ReviewOutcome::learning_review);
  EXPECT_EQ(review.value().clock.due_on, date("2026-09-02"));
}

TEST_P(ReviewUseCases, OnlyACaseDecidedForAReviewIsCommissionedAndOnlyOnce) {
  const Id awaiting = case_awaiting_decision();
  auto early = commission_review(context(), as(manager), awaiting, commission_input());
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(early.error().code, ErrorCode::wrong_state);

  const Id closed = case_decided("no_review");
  auto no_review = commission_review(context(), as(manager), closed, commission_input());
  ASSERT_FALSE(no_review.ok());
  EXPECT_EQ(no_review.error().code, ErrorCode::wrong_state);

  const Id id = case_decided("local_cspr");
  commissioned(id);
  auto again = commission_review(context(), as(manager), id, commission_input());
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::wrong_state);
  EXPECT_EQ(again.error().message, "The review has already been commissioned");
}

// Rule REV-1: every field is asked for, in GOV.UK words.
TEST_P(ReviewUseCases, CommissioningNamesEveryMissingOrWrongField) {
  const Id id = case_decided("local_cspr");
  auto empty = commission_review(context(), as(manager), id, CommissionInput{});
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().code, ErrorCode::invalid_input);
  EXPECT_EQ(fields_of(empty.error()),
            (std::vector<std::string>{"methodology", "scope_from", "scope_to", "agency_ids",
                                      "rationale", "terms_of_reference"}));
  EXPECT_EQ(empty.error().fields[1].message, "Enter the start of the scope period");

  CommissionInput wrong = commission_input();
  wrong.methodology = "other";
  wrong.scope_to = "2024-12-31";
  auto invalid = commission_review(context(), as(manager), id, wrong);
  ASSERT_FALSE(invalid.ok());
  EXPECT_EQ(fields_of(invalid.error()),
            (std::vector<std::string>{"methodology_other", "scope_to"}));
  EXPECT_EQ(invalid.error().fields[1].message,
            "The end of the scope period must be on or after its start");

  CommissionInput elsewhere = commission_input();
  elsewhere.agency_ids = {south_police.id};
  auto foreign = commission_review(context(), as(manager), id, elsewhere);
  ASSERT_FALSE(foreign.ok());
  EXPECT_EQ(fields_of(foreign.error()), (std::vector<std::string>{"agency_ids"}));

  CommissionInput other = commission_input();
  other.methodology = "other";
  other.methodology_other = "  Appreciative inquiry ";
  auto named = commission_review(context(), as(manager), id, other);
  ASSERT_TRUE(named.ok()) << named.error().message;
  EXPECT_EQ(named.value().review.methodology_text(), "Appreciative inquiry");
}

// A national review: the partnership supports the Panel's reviewer, who is named.
TEST_P(ReviewUseCases, ANationalReviewNamesThePanelsReviewer) {
  const Id id = case_decided("national_review");
  auto unnamed = commission_review(context(), as(manager), id, commission_input());
  ASSERT_FALSE(unnamed.ok());
  EXPECT_EQ(fields_of(unnamed.error()), (std::vector<std::string>{"panel_reviewer"}));
  CommissionInput input = commission_input();
  input.panel_reviewer = "Dr Ada Reviewer";
  auto review = commission_review(context(), as(manager), id, input);
  ASSERT_TRUE(review.ok()) << review.error().message;
  EXPECT_EQ(review.value().review.kind, ReviewOutcome::national_review);
  EXPECT_EQ(review.value().review.panel_reviewer, "Dr Ada Reviewer");
}

TEST_P(ReviewUseCases, OnlyTheManagerAndCommitteeCommissionAndOnlyThePartnershipSeesIt) {
  const Id id = case_decided("local_cspr");
  auto by_notifier = commission_review(context(), as(notifier), id, commission_input());
  ASSERT_FALSE(by_notifier.ok());
  EXPECT_EQ(by_notifier.error().code, ErrorCode::forbidden);
  auto by_south = commission_review(context(), as(south_manager), id, commission_input());
  ASSERT_FALSE(by_south.ok());
  EXPECT_EQ(by_south.error().code, ErrorCode::not_found);
  EXPECT_EQ(find_review(context(), as(manager), id).error().code, ErrorCode::not_found);

  commissioned(id);
  EXPECT_TRUE(find_review(context(), as(notifier), id).ok());
  EXPECT_EQ(find_review(context(), as(south_manager), id).error().code, ErrorCode::not_found);
  EXPECT_EQ(find_review(context(), as(police_contributor), id).error().code, ErrorCode::not_found);
  EXPECT_EQ(find_review(context(), as(panel), id).error().code, ErrorCode::not_found);
  EXPECT_TRUE(list_reviews(context(), as(south_manager)).value().empty());
  auto south_pause =
      pause_review(context(), as(south_manager), id, PauseInput{"inquest", "", days_ago(0)});
  EXPECT_EQ(south_pause.error().code, ErrorCode::not_found);
}

// Rule REV-2: a pause stops the clock; on resume the due date moves by the calendar days paused;
// every pause stays in the history.
TEST_P(ReviewUseCases, PausingAndResumingMovesTheDueDateByTheDaysPaused) {
  const Id id = case_decided("local_cspr");
  commissioned(id);
  auto paused =
      pause_review(context(), as(committee), id, PauseInput{"criminal_trial", "", days_ago(0)});
  ASSERT_TRUE(paused.ok()) << paused.error().message;
  EXPECT_EQ(paused.value().clock.status, ReviewClockStatus::paused);
  EXPECT_EQ(paused.value().clock.due_on, date("2027-03-02"));
  auto twice = pause_review(context(), as(manager), id, PauseInput{"inquest", "", days_ago(0)});
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code, ErrorCode::wrong_state);

  clock_.advance(std::chrono::hours(24 * 10));
  EXPECT_EQ(find_review(context(), as(manager), id).value().clock.days_paused, 10);
  auto resumed = resume_review(context(), as(manager), id, ResumeInput{days_ago(0)});
  ASSERT_TRUE(resumed.ok()) << resumed.error().message;
  EXPECT_EQ(resumed.value().clock.due_on, date("2027-03-12"));
  EXPECT_EQ(resumed.value().clock.days_paused, 10);
  EXPECT_EQ(resumed.value().clock.status, ReviewClockStatus::on_track);

  auto not_paused = resume_review(context(), as(manager), id, ResumeInput{days_ago(0)});
  ASSERT_FALSE(not_paused.ok());
  EXPECT_EQ(not_paused.error().code, ErrorCode::wrong_state);
  auto other = pause_review(context(), as(manager), id, PauseInput{"other", "", days_ago(0)});
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(fields_of(other.error()), (std::vector<std::string>{"reason"}));
  auto future = pause_review(context(), as(manager), id,
                             PauseInput{"inquest", "", today().add_days(1).to_iso_string()});
  ASSERT_FALSE(future.ok());
  EXPECT_EQ(fields_of(future.error()), (std::vector<std::string>{"on"}));
  ASSERT_TRUE(
      pause_review(context(), as(manager), id, PauseInput{"other", "Police request", days_ago(0)})
          .ok());

  ReviewView read = find_review(context(), as(manager), id).value();
  ASSERT_EQ(read.review.pauses.size(), 2u);
  EXPECT_EQ(read.review.pauses[0].reason, PauseReason::criminal_trial);
  EXPECT_EQ(read.review.pauses[0].resumed_on, date("2026-03-12"));
  EXPECT_EQ(read.review.pauses[1].other_reason, "Police request");
  EXPECT_FALSE(read.review.pauses[1].resumed_on.has_value());
  EXPECT_EQ(audit_entries(audit_action::pause_review, audit_outcome::success).size(), 2u);
  EXPECT_EQ(audit_entries(audit_action::resume_review, audit_outcome::success).size(), 1u);
  auto notifier_pause = resume_review(context(), as(notifier), id, ResumeInput{days_ago(0)});
  EXPECT_EQ(notifier_pause.error().code, ErrorCode::forbidden);
}

// Rule REV-1: the methodologies offered are the partnership's setting; one not offered is refused.
TEST_P(ReviewUseCases, TheMethodologiesOfferedAreThePartnershipsSetting) {
  EXPECT_EQ(review_methodologies(context(), as(manager)).value().size(), 3u);
  ASSERT_TRUE(storage_
                  ->transact(TransactionMode::write,
                             [&](Transaction& transaction) -> Status {
                               transaction.settings().set(*manager.user.partnership_id,
                                                          review_methodologies_key,
                                                          "Appreciative inquiry\nSILP");
                               return ok_status();
                             })
                  .ok());
  EXPECT_EQ(review_methodologies(context(), as(committee)).value(),
            (std::vector<std::string>{"Appreciative inquiry", "SILP"}));
  const Id id = case_decided("local_cspr");
  CommissionInput input = commission_input();
  input.methodology = "SCIE Learning Together";
  auto refused = commission_review(context(), as(manager), id, input);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(fields_of(refused.error()), (std::vector<std::string>{"methodology"}));
  input.methodology = "Appreciative inquiry";
  auto commissioned = commission_review(context(), as(manager), id, input);
  ASSERT_TRUE(commissioned.ok()) << commissioned.error().message;
  EXPECT_EQ(commissioned.value().review.methodology_text(), "Appreciative inquiry");
}

// Rule REV-3: a check is due every 6 weeks (the partnership's setting) from commissioning, then
// from the last check; it is overdue the day after; recording one is audited and on the timeline.
TEST_P(ReviewUseCases, AMonitoringCheckIsRecordedAndTheNextFallsDueSixWeeksLater) {
  const Id id = case_decided("local_cspr");
  ReviewView view = commissioned(id);
  EXPECT_EQ(view.next_check.due_on, date("2026-04-13"));
  EXPECT_EQ(view.next_check.status, MonitoringCheckStatus::not_yet_due);

  clock_.advance(std::chrono::hours(24 * 43));  // 14 April 2026
  EXPECT_EQ(find_review(context(), as(manager), id).value().next_check.status,
            MonitoringCheckStatus::overdue);
  EXPECT_EQ(list_reviews(context(), as(manager)).value().front().next_check.status,
            MonitoringCheckStatus::overdue);

  auto checked = record_monitoring_check(
      context(), as(committee), id,
      MonitoringCheckInput{days_ago(0), "concerns", "Slow to start", "yes"});
  ASSERT_TRUE(checked.ok()) << checked.error().message;
  EXPECT_EQ(checked.value().next_check.due_on, date("2026-05-26"));
  EXPECT_EQ(checked.value().next_check.status, MonitoringCheckStatus::not_yet_due);
  ASSERT_EQ(checked.value().review.monitoring_checks.size(), 1u);
  const MonitoringCheck& check = checked.value().review.monitoring_checks.front();
  EXPECT_EQ(check.outcome, MonitoringOutcome::concerns);
  EXPECT_EQ(check.note, "Slow to start");
  EXPECT_EQ(check.draft, DraftRequest::requested);
  EXPECT_EQ(checked.value().name(check.recorded_by), committee.user.name);

  ReviewView read = find_review(context(), as(notifier), id).value();
  ASSERT_EQ(read.review.monitoring_checks.size(), 1u);
  EXPECT_EQ(read.review.monitoring_checks.front().checked_on, date("2026-04-14"));
  EXPECT_EQ(audit_entries(audit_action::record_monitoring_check, audit_outcome::success,
                          "committee@north.example")
                .size(),
            1u);
  auto detail = view_case(context(), as(manager), id, NameDisplay::hidden).value();
  EXPECT_EQ(detail.timeline.back().event.kind, CaseEventKind::monitoring_check_recorded);
  expect_audit_chain_whole();
}

// Rule REV-3: every field is asked for, one error per field (422), and nothing is saved.
TEST_P(ReviewUseCases, AMonitoringCheckNamesEveryMissingOrWrongField) {
  const Id id = case_decided("local_cspr");
  commissioned(id);
  auto empty = record_monitoring_check(context(), as(manager), id, MonitoringCheckInput{});
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().code, ErrorCode::invalid_input);
  EXPECT_EQ(fields_of(empty.error()),
            (std::vector<std::string>{"checked_on", "outcome", "draft_requested"}));
  EXPECT_EQ(empty.error().fields[0].message, "Enter the date of the check");

  auto concerns = record_monitoring_check(
      context(), as(manager), id,
      MonitoringCheckInput{today().add_days(1).to_iso_string(), "concerns", " ", "no"});
  ASSERT_FALSE(concerns.ok());
  EXPECT_EQ(fields_of(concerns.error()), (std::vector<std::string>{"checked_on", "note"}));
  EXPECT_EQ(concerns.error().fields[1].message, "Enter the concerns");

  auto early = record_monitoring_check(context(), as(manager), id,
                                       MonitoringCheckInput{"2026-03-01", "on_track", "", "no"});
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(fields_of(early.error()), (std::vector<std::string>{"checked_on"}));
  EXPECT_TRUE(find_review(context(), as(manager), id).value().review.monitoring_checks.empty());

  auto by_notifier = record_monitoring_check(
      context(), as(notifier), id, MonitoringCheckInput{days_ago(0), "on_track", "", "no"});
  EXPECT_EQ(by_notifier.error().code, ErrorCode::forbidden);
  auto by_south = record_monitoring_check(context(), as(south_manager), id,
                                          MonitoringCheckInput{days_ago(0), "on_track", "", "no"});
  EXPECT_EQ(by_south.error().code, ErrorCode::not_found);
}

// Rule REV-4: a reviewer declares their own affiliations; the list is replaced as a whole and every
// bad field is named by item.
TEST_P(ReviewUseCases, AReviewerDeclaresTheirAffiliations) {
  Account reviewer = add_account("reviewer@north.example", {"reviewer"});
  auto none = my_affiliations(context(), as(reviewer));
  ASSERT_TRUE(none.ok()) << none.error().message;
  EXPECT_TRUE(none.value().empty());

  std::vector<AffiliationInput> list = {
      {.agency_id = police.id, .from = "2019-04-01", .to = "2023-03-31"},
      {.organisation = "  Northbrook Hospital ", .from = "2015-09-01"}};
  auto saved = replace_my_affiliations(context(), as(reviewer), list);
  ASSERT_TRUE(saved.ok()) << saved.error().message;
  ASSERT_EQ(saved.value().size(), 2u);
  EXPECT_EQ(saved.value()[0].organisation, "Northbrook Hospital");
  EXPECT_FALSE(saved.value()[0].to.has_value());
  EXPECT_EQ(saved.value()[1].agency_id, police.id);
  EXPECT_EQ(saved.value()[1].organisation, "North Police");
  EXPECT_EQ(saved.value()[1].to, date("2023-03-31"));

  std::vector<AffiliationInput> bad = {
      {.organisation = "Fine", .from = "2020-01-01"},
      {.from = "2020-02-30"},
      {.organisation = "Backwards", .from = "2020-01-01", .to = "2019-01-01"},
      {.agency_id = south_police.id, .from = ""}};
  auto refused = replace_my_affiliations(context(), as(reviewer), bad);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::invalid_input);
  EXPECT_EQ(fields_of(refused.error()),
            (std::vector<std::string>{"affiliations[1].from", "affiliations[1].organisation",
                                      "affiliations[2].to", "affiliations[3].agency_id",
                                      "affiliations[3].from", "affiliations[3].organisation"}));
  EXPECT_EQ(refused.error().fields[0].message, "The start date must be a real date");
  EXPECT_EQ(refused.error().fields[4].message, "Enter the start date");
  EXPECT_EQ(my_affiliations(context(), as(reviewer)).value().size(), 2u);

  EXPECT_EQ(my_affiliations(context(), as(manager)).error().code, ErrorCode::forbidden);
  ASSERT_TRUE(replace_my_affiliations(context(), as(reviewer), {}).ok());
  EXPECT_TRUE(my_affiliations(context(), as(reviewer)).value().empty());
}

// Rule REV-4: a CSPR's reviewer affiliated with an agency in scope within 5 years is refused with
// the affiliation named; with an exception reason they are appointed and the exception audited.
TEST_P(ReviewUseCases, AppointingAnAffiliatedReviewerToACsprNeedsAnException) {
  Account reviewer = add_account("reviewer@north.example", {"reviewer"});
  ASSERT_TRUE(
      replace_my_affiliations(context(), as(reviewer),
                              {{.agency_id = police.id, .from = "2019-04-01", .to = "2023-03-31"}})
          .ok());
  const Id id = case_decided("local_cspr");
  commissioned(id);
  auto candidates = reviewer_candidates(context(), as(committee));
  ASSERT_TRUE(candidates.ok());
  ASSERT_EQ(candidates.value().size(), 1u);
  EXPECT_EQ(candidates.value()[0].id, reviewer.user.id);

  auto refused = appoint_reviewer(context(), as(committee), id,
                                  AppointInput{reviewer.user.id, "lead_reviewer", ""});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::invalid_input);
  ASSERT_EQ(fields_of(refused.error()), (std::vector<std::string>{"exception_reason"}));
  EXPECT_NE(
      refused.error().fields[0].message.find("North Police from 1 April 2019 to 31 March 2023"),
      std::string::npos)
      << refused.error().fields[0].message;
  EXPECT_TRUE(find_review(context(), as(manager), id).value().review.reviewers.empty());

  auto appointed = appoint_reviewer(
      context(), as(committee), id,
      AppointInput{reviewer.user.id, "lead_reviewer", "The only reviewer with this expertise"});
  ASSERT_TRUE(appointed.ok()) << appointed.error().message;
  ASSERT_EQ(appointed.value().review.reviewers.size(), 1u);
  const ReviewerAppointment& made = appointed.value().review.reviewers.front();
  EXPECT_EQ(made.verdict, IndependenceVerdict::exception);
  EXPECT_EQ(made.exception_reason, "The only reviewer with this expertise");
  EXPECT_EQ(made.conflicts, "North Police from 1 April 2019 to 31 March 2023");
  auto audited = audit_entries(audit_action::appoint_reviewer, audit_outcome::success,
                               "committee@north.example");
  ASSERT_EQ(audited.size(), 1u);
  EXPECT_NE(audited[0].detail.find("The only reviewer with this expertise"), std::string::npos);
  auto detail = view_case(context(), as(manager), id, NameDisplay::hidden).value();
  EXPECT_EQ(detail.timeline.back().event.kind, CaseEventKind::reviewer_appointed);

  auto again = appoint_reviewer(context(), as(committee), id,
                                AppointInput{reviewer.user.id, "lead_reviewer", "x"});
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::wrong_state);
  expect_audit_chain_whole();
}

// Rule REV-4: for a learning review an affiliation is a warning only; an independent reviewer is
// appointed plainly; only a reviewer of the partnership can be chosen.
TEST_P(ReviewUseCases, ALearningReviewWarnsAndAnIndependentReviewerIsAppointedPlainly) {
  Account affiliated = add_account("reviewer@north.example", {"reviewer"});
  Account independent = add_account("author@north.example", {"reviewer"});
  ASSERT_TRUE(replace_my_affiliations(context(), as(affiliated),
                                      {{.organisation = "north  police.", .from = "2024-01-01"}})
                  .ok());
  const Id id = case_decided("learning_review");
  commissioned(id);
  auto warned = appoint_reviewer(context(), as(manager), id,
                                 AppointInput{affiliated.user.id, "lead_reviewer", ""});
  ASSERT_TRUE(warned.ok()) << warned.error().message;
  EXPECT_EQ(warned.value().review.reviewers.front().verdict, IndependenceVerdict::warning);
  auto plain = appoint_reviewer(context(), as(manager), id,
                                AppointInput{independent.user.id, "independent_author", ""});
  ASSERT_TRUE(plain.ok()) << plain.error().message;
  ASSERT_EQ(plain.value().review.reviewers.size(), 2u);
  EXPECT_EQ(plain.value().review.reviewers[1].role, ReviewerRole::independent_author);
  EXPECT_EQ(plain.value().review.reviewers[1].verdict, IndependenceVerdict::independent);

  const Id other = case_decided("local_cspr");
  commissioned(other);
  auto not_reviewer = appoint_reviewer(context(), as(manager), other,
                                       AppointInput{notifier.user.id, "lead_reviewer", ""});
  ASSERT_FALSE(not_reviewer.ok());
  EXPECT_EQ(fields_of(not_reviewer.error()), (std::vector<std::string>{"user_id"}));
  auto empty = appoint_reviewer(context(), as(manager), other, AppointInput{});
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(fields_of(empty.error()), (std::vector<std::string>{"user_id", "role"}));
  auto by_notifier = appoint_reviewer(context(), as(notifier), other,
                                      AppointInput{independent.user.id, "lead_reviewer", ""});
  EXPECT_EQ(by_notifier.error().code, ErrorCode::forbidden);
}

// Rule NTK-2 (need to know): an appointed reviewer sees that case's review and merged chronology;
// an unappointed reviewer, and an appointed one on any other case, get not_found.
TEST_P(ReviewUseCases, AnAppointedReviewerSeesThatCaseAndNoOther) {
  Account appointed = add_account("reviewer@north.example", {"reviewer"});
  Account unappointed = add_account("other-reviewer@north.example", {"reviewer"});
  const Id id = case_decided("local_cspr");
  commissioned(id);
  const Id other = case_decided("local_cspr");
  commissioned(other);
  EXPECT_EQ(find_review(context(), as(appointed), id).error().code, ErrorCode::not_found);
  EXPECT_EQ(merged_chronology(context(), as(appointed), id).error().code, ErrorCode::not_found);
  ASSERT_TRUE(appoint_reviewer(context(), as(manager), id,
                               AppointInput{appointed.user.id, "lead_reviewer", ""})
                  .ok());

  EXPECT_TRUE(find_review(context(), as(appointed), id).ok());
  EXPECT_TRUE(merged_chronology(context(), as(appointed), id).ok());
  EXPECT_EQ(find_review(context(), as(appointed), other).error().code, ErrorCode::not_found);
  EXPECT_EQ(merged_chronology(context(), as(appointed), other).error().code, ErrorCode::not_found);
  EXPECT_EQ(find_review(context(), as(unappointed), id).error().code, ErrorCode::not_found);
  EXPECT_EQ(merged_chronology(context(), as(unappointed), id).error().code, ErrorCode::not_found);
}

INSTANTIATE_TEST_SUITE_P(Engines, ReviewUseCases,
                         ::testing::ValuesIn(testing_support::test_engines()));

}  // namespace
}  // namespace casereview
