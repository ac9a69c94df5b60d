// The yearly report's figures (app/reports/yearly_figures.hpp, issue 15, Rule YR-1) on both
// engines, each from a dataset built here through the program's own use cases, whose answers are
// worked out by hand in the comments: notifications counted on the partnership's working days (a
// notification sent on its 5th working day is on time, across Christmas's bank holidays); rapid
// reviews and the Panel's decisions; reviews with their clock, a pause and publication; actions
// closed with evidence of impact or overdue at the period's end; training's bookings, attendance,
// cancellations, certificates and evaluations; the library's themes; every partnership's row for
// the Panel and nobody else's figures for anyone else.
#include "app/reports/yearly_figures.hpp"

#include <gtest/gtest.h>

#include "app/accounts.hpp"
#include "app/actions/action_plans.hpp"
#include "app/actions/action_progress.hpp"
#include "app/actions/rapid_review_recommendations.hpp"
#include "app/cases/notifications.hpp"
#include "app/cases/panel_decisions.hpp"
#include "app/publication_fixture.hpp"
#include "app/reports/yearly_report_publication.hpp"
#include "app/reviews/commissioning.hpp"
#include "app/training/attendance.hpp"
#include "app/training_fixture.hpp"

namespace casereview {
namespace {

CivilDate date(int year, int month, int day) { return *CivilDate::from_ymd(year, month, day); }

// The fixture's clock stands at Monday 2 March 2026, in the 2025 to 2026 year. Its case (case_id)
// was notified, sent, submitted to the Panel and decided today ("disagrees", a local CSPR), and its
// review commissioned today with the police and the school in scope.
class YearlyFiguresTest : public PublicationTest {
 protected:
  YearlyFigures figures(const ReportPeriod& period, const Account& who) {
    auto report = yearly_report(context(), as(who), period);
    EXPECT_TRUE(report.ok()) << report.error().message;
    return report.ok() ? report.value().current : YearlyFigures{};
  }

  YearlyFigures north(const ReportPeriod& period = reporting_year(2025)) {
    return figures(period, manager);
  }

  // A notification of NORTH (or of the partnership `who` manages) that its partnership became
  // aware of on `aware_on`, sent to the Panel on `sent_on` unless empty.
  Id notify(const std::string& aware_on, const std::string& sent_on,
            const std::string& late_reason = "", const Account* who = nullptr) {
    NotificationInput input = notification_input();
    input.aware_on = aware_on;
    input.incident_on = aware_on;
    if (who != nullptr) input.agency_ids = {south_police.id};
    auto recorded = record_notification(context(), as(who ? *who : notifier), input);
    EXPECT_TRUE(recorded.ok()) << recorded.error().message;
    if (!recorded.ok()) return 0;
    if (!sent_on.empty()) {
      auto sent = record_notification_sent(context(), as(who ? *who : notifier),
                                           recorded.value().id, SentInput{sent_on, late_reason});
      EXPECT_TRUE(sent.ok()) << sent.error().message;
    }
    return recorded.value().id;
  }

  Account police_lead_, school_lead_;
};

// Rule SIN-1, Rule YR-1: a notification counts in the year the partnership became aware of it, is
// on time when sent by its notify-by date, and takes the working days of the partnership's own
// calendar to send.
TEST_P(YearlyFiguresTest, NotificationsAreCountedOnThePartnershipsWorkingDays) {
  // Aware Monday 22 December 2025: the 25th, 26th and 1 January are bank holidays, so the 5th
  // working day is Wednesday 31 December (23, 24, 29, 30, 31). Sent that day: on time, 5 days.
  notify("2025-12-22", "2025-12-31");
  // Aware Monday 2 February 2026, sent Tuesday 10 February: the 6th working day, late.
  notify("2026-02-02", "2026-02-10", "The police asked us to wait");
  // Aware Monday 16 February, not sent yet.
  notify("2026-02-16", "");
  // Aware 31 March 2025: the year before, whenever it was sent.
  notify("2025-03-31", "2025-04-01");
  // Another partnership's, in the year.
  notify("2026-01-05", "2026-01-05", "", &south_manager);

  // With the fixture's case (aware and sent today, 0 working days): 4 in the year, 3 sent, 2 on
  // time, working days {0, 5, 6}.
  const NotificationFigures n = north().notifications;
  EXPECT_EQ(n.count, 4);
  EXPECT_EQ(n.sent, 3);
  EXPECT_EQ(n.sent_on_time, 2);
  ASSERT_TRUE(n.median_working_days.has_value());
  EXPECT_DOUBLE_EQ(*n.median_working_days, 5);

  // The year before holds only the one of 31 March 2025, sent the next working day.
  const NotificationFigures before = north(reporting_year(2024)).notifications;
  EXPECT_EQ(before.count, 1);
  EXPECT_EQ(before.sent_on_time, 1);
  EXPECT_DOUBLE_EQ(before.median_working_days.value_or(-1), 1);

  // A period of one day, the edge of the 5th working day's notification.
  const NotificationFigures one_day =
      north(ReportPeriod{date(2025, 12, 22), date(2025, 12, 22)}).notifications;
  EXPECT_EQ(one_day.count, 1);
  EXPECT_EQ(one_day.sent_on_time, 1);

  // SOUTH's manager sees SOUTH's one notification only.
  const NotificationFigures south = figures(reporting_year(2025), south_manager).notifications;
  EXPECT_EQ(south.count, 1);
  EXPECT_EQ(south.sent_on_time, 1);
}

// Rule RR-1, Rule DEC-1: rapid reviews sent to the Panel in the year, on time by their due date,
// with the Panel's outcomes and whether it agreed with the partnership's recommendation.
TEST_P(YearlyFiguresTest, RapidReviewsAndThePanelsDecisions) {
  // A minute on, so that the signatories' authenticator codes are new.
  clock_.set(clock_.now() + std::chrono::minutes(1));
  const Id agreed = case_awaiting_decision();
  auto decided = record_panel_decision(
      context(), as(manager), agreed,
      PanelDecisionInput{
          "agrees", "national_review", "Of national interest", days_ago(0), {}, "Infant neglect"});
  ASSERT_TRUE(decided.ok()) << decided.error().message << " "
                            << (decided.error().fields.empty()
                                    ? ""
                                    : decided.error().fields[0].field +
                                          decided.error().fields[0].message);
  // Notified and sent on Monday 26 January 2026, so due 15 working days later (16 February), but
  // sent to the Panel today: late; the Panel disagreed, no review.
  const Id late = notify("2026-01-26", "2026-01-26");
  ASSERT_TRUE(save_rapid_review(context(), as(manager), late, complete_record_input()).ok());
  clock_.set(clock_.now() + std::chrono::minutes(1));
  sign_by_every_partner(late);
  auto submitted = submit_rapid_review(context(), as(manager), late,
                                       SubmissionInput{days_ago(0), "Agencies to follow"});
  ASSERT_TRUE(submitted.ok()) << submitted.error().message << " "
                              << (submitted.error().fields.empty()
                                      ? ""
                                      : submitted.error().fields[0].field + ": " +
                                            submitted.error().fields[0].message);
  ASSERT_TRUE(
      record_panel_decision(
          context(), as(manager), late,
          PanelDecisionInput{"disagrees", "no_review", "Learning is local", days_ago(0), {}, ""})
          .ok());

  // With the fixture's case (on time, the Panel disagreeing, a local CSPR).
  const RapidReviewFigures r = north().rapid_reviews;
  EXPECT_EQ(r.count, 3);
  EXPECT_EQ(r.on_time, 2);
  EXPECT_EQ(r.decided, 3);
  EXPECT_EQ(r.no_review, 1);
  EXPECT_EQ(r.local_cspr, 1);
  EXPECT_EQ(r.learning_review, 0);
  EXPECT_EQ(r.national_review, 1);
  EXPECT_EQ(r.became_review(), 2);
  EXPECT_EQ(r.panel_agreed, 1);
  EXPECT_EQ(north(reporting_year(2024)).rapid_reviews.count, 0);
}

// Rule REV-2: a review counts as commissioned, completed and published in the years those
// happened; it runs past its timescale when unpublished after its due date, which a pause moves.
TEST_P(YearlyFiguresTest, ReviewsTheirTimescaleAndWhyTheyRanLate) {
  const ReviewFigures started = north().reviews;
  EXPECT_EQ(started.commissioned, 1);
  EXPECT_EQ(started.in_progress, 1);
  EXPECT_EQ(started.published, 0);
  EXPECT_EQ(started.past_timescale, 0);

  // Paused for a criminal trial from 2 to 12 March 2026: due 12 months after the decision plus
  // the 10 days, 12 March 2027 — before the end of the 2026 to 2027 year.
  ASSERT_TRUE(
      pause_review(context(), as(manager), case_id, {"criminal_trial", "", days_ago(0)}).ok());
  clock_.set(clock_.now() + std::chrono::days(10));
  ASSERT_TRUE(resume_review(context(), as(manager), case_id, {days_ago(0)}).ok());
  clock_.set(parse_instant("2027-05-04T09:00:00Z").value());
  const ReviewFigures late = north(reporting_year(2026)).reviews;
  EXPECT_EQ(late.commissioned, 0);
  EXPECT_EQ(late.in_progress, 1);
  EXPECT_EQ(late.past_timescale, 1);
  ASSERT_EQ(late.pauses_of_late_reviews.size(), 1u);
  EXPECT_EQ(late.pauses_of_late_reviews[0].reason, "Criminal trial");
  EXPECT_EQ(late.pauses_of_late_reviews[0].pauses, 1);
  // In the 2025 to 2026 year it was not yet due.
  EXPECT_EQ(north().reviews.past_timescale, 0);
}

// Rule PUB-1, Rule LIB-1: publication ends the review's time in progress; the library's entries
// count by theme in the year they were published.
TEST_P(YearlyFiguresTest, PublishedReviewsAndTheLibrarysThemes) {
  publish_with_report();
  const YearlyFigures year = north();
  EXPECT_EQ(year.reviews.commissioned, 1);
  EXPECT_EQ(year.reviews.completed, 1);
  EXPECT_EQ(year.reviews.published, 1);
  EXPECT_EQ(year.reviews.in_progress, 0);
  // Decided and published the same day.
  EXPECT_DOUBLE_EQ(year.reviews.median_months_to_publication.value_or(-1), 0);
  long long entries = 0;
  for (const ThemeFigures& theme : year.themes) {
    entries += theme.entries;
    if (theme.theme == "Neglect" || theme.theme == "Information sharing") {
      EXPECT_EQ(theme.entries, 1) << theme.theme;
      EXPECT_EQ(theme.cases, 1) << theme.theme;
      EXPECT_EQ(theme.previous_entries, 0) << theme.theme;
    }
  }
  EXPECT_EQ(entries, 2);  // one entry, under its two themes
  // A year later the entry is the previous year's.
  const YearlyFigures next = north(reporting_year(2026));
  for (const ThemeFigures& theme : next.themes) {
    EXPECT_EQ(theme.entries, 0);
    if (theme.theme == "Neglect") {
      EXPECT_EQ(theme.previous_entries, 1);
    }
  }
  // SOUTH published nothing.
  for (const ThemeFigures& theme : figures(reporting_year(2025), south_manager).themes)
    EXPECT_EQ(theme.entries, 0) << theme.theme;
}

// Rule ACT-2, Rule ACT-3: actions open and overdue at the year's end, closed in it by their due
// date and with evidence of impact, by agency and kind; assurance checks due and not done.
TEST_P(YearlyFiguresTest, ActionsClosedWithImpactAndOverdueAtTheYearsEnd) {
  police_lead_ = add_account("lead@police.north.example", {"lead"}, "NORTH", "POLICE");
  school_lead_ = add_account("lead@school.north.example", {"lead"}, "NORTH", "SCHOOL");
  // Rule ACT-1: the rapid review's learning, made into a recommendation for the partnership.
  auto recommended = add_rapid_review_recommendation(
      context(), as(committee), case_id,
      {.text = "Agree an escalation route.", .to_partnership = true});
  ASSERT_TRUE(recommended.ok()) << recommended.error().message;
  auto make = [&](Id agency, int due_in_days) {
    auto made = create_actions(context(), as(committee), recommended.value().id,
                               {.text = "Add escalation to the induction",
                                .kind = "training",
                                .success_measure = "Every new starter trained",
                                .start_on = today().to_iso_string(),
                                .due_on = today().add_days(due_in_days).to_iso_string(),
                                .agency_ids = {agency}});
    EXPECT_TRUE(made.ok()) << made.error().message;
    return made.ok() ? made.value().front().id : Id{0};
  };
  // The police's is closed today with evidence of completion and of impact: by its due date.
  const Id police_action = make(police.id, 30);
  for (const char* kind : {"completion", "impact"}) {
    ASSERT_TRUE(add_action_evidence(context(), as(police_lead_), police_action,
                                    {.kind = kind, .text = "Induction pack updated"})
                    .ok());
  }
  ASSERT_TRUE(propose_action_completion(context(), as(police_lead_), police_action).ok());
  auto closed = sign_off_action(context(), as(committee), police_action, "accept", "");
  ASSERT_TRUE(closed.ok()) << closed.error().message;
  // Two assurance checks of it: one done today, one due on 20 March and not done.
  auto done = plan_assurance_check(context(), as(committee), police_action, "survey",
                                   "Ask new starters", "2026-03-05");
  ASSERT_TRUE(done.ok()) << done.error().message;
  ASSERT_TRUE(record_assurance_result(context(), as(committee), police_action, done.value().id,
                                      "All knew the route")
                  .ok());
  ASSERT_TRUE(plan_assurance_check(context(), as(committee), police_action, "survey", "Ask again",
                                   "2026-03-20")
                  .ok());
  // The school's is due on 12 March 2026 and still open on 31 March: overdue.
  const Id school_action = make(school.id, 10);
  ASSERT_NE(school_action, 0);

  const ActionFigures a = north().actions;
  EXPECT_EQ(a.open, 1);
  EXPECT_EQ(a.closed, 1);
  EXPECT_EQ(a.overdue, 1);
  EXPECT_EQ(a.closed_by_due_date, 1);
  EXPECT_EQ(a.closed_with_impact, 1);
  EXPECT_EQ(a.closed_completion_only(), 0);
  EXPECT_EQ(a.assurance_checks_done, 1);
  EXPECT_EQ(a.assurance_checks_planned, 1);
  ASSERT_EQ(a.by_agency.size(), 2u);
  EXPECT_EQ(a.by_agency[0].label, "North Police");
  EXPECT_EQ(a.by_agency[0].closed, 1);
  EXPECT_EQ(a.by_agency[0].open, 0);
  EXPECT_EQ(a.by_agency[1].label, "North School");
  EXPECT_EQ(a.by_agency[1].overdue, 1);
  ASSERT_EQ(a.by_kind.size(), 1u);
  EXPECT_EQ(a.by_kind[0].label, "Training for staff");
  EXPECT_EQ(a.by_kind[0].open, 1);
  EXPECT_EQ(a.by_kind[0].closed, 1);

  // Seen from a period that ended before either was made, there were none.
  const ActionFigures before = north(reporting_year(2024)).actions;
  EXPECT_EQ(before.open + before.closed + before.overdue, 0);
}

// Rule YR-1: the Panel reads every partnership's row and no case's detail; nobody else reads it,
// and the Panel has no partnership report of its own.
TEST_P(YearlyFiguresTest, ThePanelSeesEveryPartnershipsRowAndOnlyThePanel) {
  notify("2026-01-05", "2026-01-05", "", &south_manager);
  auto national = national_figures(context(), as(panel), reporting_year(2025));
  ASSERT_TRUE(national.ok()) << national.error().message;
  std::map<std::string, YearlyFigures> rows;
  for (const PartnershipFigures& row : national.value().partnerships)
    rows[row.partnership] = row.figures;
  ASSERT_EQ(rows.size(), 2u);
  const YearlyFigures& north_row = rows.begin()->second;
  const YearlyFigures& south_row = std::next(rows.begin())->second;
  EXPECT_EQ(north_row.notifications.count, 1);
  EXPECT_EQ(north_row.rapid_reviews.local_cspr, 1);
  EXPECT_EQ(north_row.reviews.commissioned, 1);
  EXPECT_EQ(south_row.notifications.count, 1);
  EXPECT_EQ(south_row.rapid_reviews.count, 0);
  EXPECT_TRUE(north_row.actions.by_agency.empty());

  EXPECT_EQ(national_figures(context(), as(manager), reporting_year(2025)).error().code,
            ErrorCode::forbidden);
  EXPECT_EQ(yearly_report(context(), as(panel), reporting_year(2025)).error().code,
            ErrorCode::forbidden);
  EXPECT_EQ(yearly_report(context(), as(notifier), reporting_year(2025)).error().code,
            ErrorCode::forbidden);
  EXPECT_TRUE(yearly_report(context(), as(committee), reporting_year(2025)).ok());
  EXPECT_EQ(yearly_report(context(), visitor(), reporting_year(2025)).error().code,
            ErrorCode::unauthenticated);
}

// Rule YR-1: the day the report was published, after its year; by when it goes to the Panel and
// Foundations (the setting's 7 days), emailed to whoever recorded it; each sending on or after
// publication; every refusal names its field and changes nothing; audited.
TEST_P(YearlyFiguresTest, ThePublicationIsRecordedAndTheDaysToSendItFollow) {
  const ReportPeriod year = reporting_year(2025);
  clock_.set(parse_instant("2026-10-01T09:00:00Z").value());
  auto field_of = [](const auto& result) {
    return result.ok() || result.error().fields.empty()
               ? std::string()
               : result.error().fields[0].field + ": " + result.error().fields[0].message;
  };
  EXPECT_EQ(field_of(record_yearly_report_publication(context(), as(manager), year, "2026-03-30")),
            "published_on: The date it was published must be on or after the end of the period "
            "(31 March 2026)");
  EXPECT_EQ(field_of(record_yearly_report_publication(context(), as(manager), year, "2026-10-02")),
            "published_on: The date must be today or in the past");
  EXPECT_EQ(field_of(record_yearly_report_publication(context(), as(manager), year, "2026-13-01")),
            "published_on: Enter a real date");
  EXPECT_EQ(
      record_yearly_report_sent(context(), as(manager), year, "panel", "2026-09-30").error().code,
      ErrorCode::wrong_state);
  EXPECT_FALSE(yearly_report_publication(context(), as(manager), year).value().publication);

  auto recorded = record_yearly_report_publication(context(), as(committee), year, "2026-09-29");
  ASSERT_TRUE(recorded.ok()) << recorded.error().message;
  EXPECT_EQ(recorded.value().send_by, date(2026, 10, 6));
  const auto reminder = outbox_to(committee.user.email);
  ASSERT_EQ(reminder.size(), 1u);
  EXPECT_EQ(reminder[0].email.subject,
            "Send the yearly report to the Panel and Foundations by 6 October 2026");

  EXPECT_EQ(
      field_of(record_yearly_report_sent(context(), as(manager), year, "panel", "2026-09-28")),
      "sent_on: The date it was sent must be on or after the day it was published (29 "
      "September 2026)");
  EXPECT_EQ(
      field_of(record_yearly_report_sent(context(), as(manager), year, "ofsted", "2026-09-30")),
      "recipient: Choose the Panel or Foundations");
  ASSERT_TRUE(record_yearly_report_sent(context(), as(manager), year, "panel", "2026-09-30").ok());
  ASSERT_TRUE(
      record_yearly_report_sent(context(), as(manager), year, "foundations", "2026-10-01").ok());
  // Correcting the day keeps the days it was sent.
  ASSERT_TRUE(record_yearly_report_publication(context(), as(manager), year, "2026-09-30").ok());
  const auto view = yearly_report_publication(context(), as(manager), year).value();
  ASSERT_TRUE(view.publication.has_value());
  EXPECT_EQ(view.publication->published_on, date(2026, 9, 30));
  EXPECT_EQ(view.publication->sent_to_panel_on, date(2026, 9, 30));
  EXPECT_EQ(view.publication->sent_to_foundations_on, date(2026, 10, 1));
  EXPECT_EQ(view.send_by, date(2026, 10, 7));
  // Another period, and another partnership, have none.
  EXPECT_FALSE(
      yearly_report_publication(context(), as(manager), reporting_year(2024)).value().publication);
  EXPECT_FALSE(yearly_report_publication(context(), as(south_manager), year).value().publication);
  int audited = 0;
  for (const AuditEntry& entry : audit_log())
    if (entry.entity == "yearly-report") ++audited;
  EXPECT_EQ(audited, 4);
  expect_audit_chain_whole();
}

INSTANTIATE_TEST_SUITE_P(Engines, YearlyFiguresTest,
                         testing::ValuesIn(testing_support::test_engines()),
                         testing_support::engine_test_name);

// Training's figures: the trainer's own fixture (Monday 2 March 2026, a virtual session on Monday
// 9 March with cut-offs of 2 working days).
class YearlyTrainingFiguresTest : public TrainingUseCaseTest {};

// Rule TRN-2, Rule TRN-5, Rule YR-1: places offered and taken, attendance, did-not-attend,
// cancellations, certificates, evaluations and people trained by their agency.
TEST_P(YearlyTrainingFiguresTest, SessionsBookingsAttendanceAndEvaluations) {
  auto agency = add_agency(context(), command_line(), "NORTH", "POLICE", "North Police");
  ASSERT_TRUE(agency.ok());
  const Account manager = add_account("manager@north.example", {"manager"});
  const Account officer = add_learner("officer");
  // Issue 13: a practitioner says which of the partnership's agencies they work for.
  ASSERT_TRUE(change_own_details(context(), as(officer),
                                 {.name = "Officer",
                                  .organisation = "North Police",
                                  .job_role = "Constable",
                                  .agency = std::to_string(agency.value().id)})
                  .ok());
  const Account nurse = add_learner("nurse");
  const Account teacher = add_learner("teacher");
  const Account carer = add_learner("carer");
  const SessionView held = add_session(5);
  const Id officer_booking = book(officer, held.id).id;
  const Id nurse_booking = book(nurse, held.id).id;
  const Id teacher_booking = book(teacher, held.id).id;
  // Cancelled the day it was booked, before the cut-off (end of Thursday 5 March): not late.
  ASSERT_TRUE(cancel_booking(context(), as(carer), book(carer, held.id).id).ok());
  // A session the trainer cancels is not held.
  const SessionView cancelled = add_session(10, "2026-03-10");
  ASSERT_TRUE(cancel_session(context(), as(trainer_), cancelled.id, "The trainer is ill").ok());

  at("2026-03-09T13:00:00Z");
  ASSERT_TRUE(mark_attendance(context(), as(trainer_), held.id,
                              {{officer_booking, "attended"},
                               {nurse_booking, "partly_attended"},
                               {teacher_booking, "did_not_attend"}})
                  .ok());
  ASSERT_TRUE(
      submit_evaluation(context(), as(officer), officer_booking, {"4", "Escalate", ""}).ok());
  ASSERT_TRUE(
      submit_evaluation(context(), as(nurse), nurse_booking, {"5", "Ask earlier", ""}).ok());

  auto report = yearly_report(context(), as(manager), reporting_year(2025));
  ASSERT_TRUE(report.ok()) << report.error().message;
  const TrainingFigures t = report.value().current.training;
  EXPECT_EQ(t.sessions, 1);
  EXPECT_EQ(t.places, 5);
  EXPECT_EQ(t.bookings, 3);
  EXPECT_EQ(t.attended, 2);  // attended and partly attended
  EXPECT_EQ(t.did_not_attend, 1);
  EXPECT_EQ(t.late_cancellations, 0);
  EXPECT_EQ(t.certificates, 1);  // Rule TRN-5: the officer, who attended the whole session
  EXPECT_EQ(t.evaluations, 2);
  EXPECT_DOUBLE_EQ(t.mean_usefulness.value_or(0), 4.5);
  ASSERT_EQ(t.trained_by_agency.size(), 2u) << t.trained_by_agency[0].agency;
  EXPECT_EQ(t.trained_by_agency[0].agency, "North Police");
  EXPECT_EQ(t.trained_by_agency[0].people, 1);
  EXPECT_EQ(t.trained_by_agency[1].agency, "No agency given");
  EXPECT_EQ(t.trained_by_agency[1].people, 1);
  EXPECT_EQ(report.value().previous.training.sessions, 0);
}

INSTANTIATE_TEST_SUITE_P(Engines, YearlyTrainingFiguresTest,
                         testing::ValuesIn(testing_support::test_engines()),
                         testing_support::engine_test_name);

}  // namespace
}  // namespace casereview
