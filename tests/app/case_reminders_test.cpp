// Reminder emails (app/cases/case_reminders.hpp, Rule REM-1, Rule REM-2 and Rule CHR-1) queued on
// exactly the right working day with a clock moved by hand, never twice, and naming no child; the
// bank-holiday upload (app/working_day_calendar.hpp) changing deadlines without a restart. SQLite
// and PostgreSQL.
#include "app/cases/case_reminders.hpp"

#include <gtest/gtest.h>

#include "app/bank_holidays.hpp"
#include "app/case_fixture.hpp"
#include "app/reviews/chronologies.hpp"
#include "app/reviews/commissioning.hpp"
#include "app/scheduled_jobs.hpp"
#include "app/working_day_calendar.hpp"

namespace casereview {
namespace {

class CaseReminders : public CaseUseCaseTest {
 protected:
  void next_day() { clock_.advance(std::chrono::hours(24)); }

  int run() {
    auto queued = queue_case_reminders(context());
    EXPECT_TRUE(queued.ok()) << queued.error().message;
    return queued.ok() ? queued.value() : -1;
  }

  std::vector<std::string> subjects_to(const std::string& address) {
    std::vector<std::string> subjects;
    for (const QueuedEmail& queued : outbox_to(address)) {
      subjects.push_back(queued.email.subject);
      EXPECT_EQ(queued.email.body.find("Amelia"), std::string::npos);
      EXPECT_EQ(queued.email.subject.find("Amelia"), std::string::npos);
    }
    return subjects;
  }
};

// Rule REM-1. Aware Monday 2 March 2026: notify and tell the partners by Monday 9 March.
TEST_P(CaseReminders, TheManagerIsRemindedThreeWorkingDaysBeforeAndOnTheDayADeadlineIsMissed) {
  const Id id = record(notification_input()).id;
  EXPECT_EQ(run(), 0);  // Monday 2nd: 5 working days left
  next_day();
  EXPECT_EQ(run(), 0);  // Tuesday 3rd: 4 left
  next_day();
  EXPECT_EQ(run(), 2);  // Wednesday 4th: 3 left, for both deadlines
  EXPECT_EQ(run(), 0);  // never twice
  auto subjects = subjects_to("manager@north.example");
  ASSERT_EQ(subjects.size(), 2u);
  EXPECT_EQ(subjects[0],
            "Due in 3 working days: Notify the National Panel for NORTH-2026-001 (Child A)");
  EXPECT_EQ(subjects[1],
            "Due in 3 working days: Tell the safeguarding partners for NORTH-2026-001 (Child A)");
  EXPECT_NE(outbox_to("manager@north.example")[0].email.body.find("https://casereview.test/cases/" +
                                                                  std::to_string(id)),
            std::string::npos);
  next_day();  // Thursday 5th
  ASSERT_TRUE(
      record_partners_told(context(), as(notifier), id, PartnersToldInput{days_ago(0), ""}).ok());
  EXPECT_EQ(run(), 0);
  clock_.advance(std::chrono::hours(24 * 4));  // Monday 9th: due today, not missed
  EXPECT_EQ(run(), 0);
  next_day();  // Tuesday 10th: the notification was missed; the partners were told in time
  EXPECT_EQ(run(), 1);
  EXPECT_EQ(run(), 0);
  subjects = subjects_to("manager@north.example");
  ASSERT_EQ(subjects.size(), 3u);
  EXPECT_EQ(subjects[2], "Overdue: Notify the National Panel for NORTH-2026-001 (Child A)");
  EXPECT_TRUE(outbox_to("manager@south.example").empty());
  EXPECT_TRUE(outbox_to("notifier@north.example").empty());
}

// Rule REM-2. Requested Monday 2 March, due Monday 9 March: remind on Thursday 5 March.
TEST_P(CaseReminders, ContributorsAreRemindedTwoWorkingDaysBeforeTheirResponseIsDue) {
  const Id id = case_in_rapid_review();
  ASSERT_TRUE(
      record_partners_told(context(), as(notifier), id, PartnersToldInput{days_ago(0), ""}).ok());
  auto requests = request_agency_responses(context(), as(manager), id, AgencyRequestsInput{});
  ASSERT_TRUE(requests.ok());
  const std::size_t request_emails = outbox_to("contributor@police.north.example").size();
  clock_.advance(std::chrono::hours(24 * 2));  // Wednesday 4th: 3 working days left
  EXPECT_EQ(run(), 0);
  next_day();  // Thursday 5th
  EXPECT_EQ(run(), 1);
  EXPECT_EQ(run(), 0);
  auto subjects = subjects_to("contributor@police.north.example");
  ASSERT_EQ(subjects.size(), request_emails + 1);
  EXPECT_EQ(
      subjects.back(),
      "Due in 2 working days: North Police's summary for rapid review NORTH-2026-001 (Child A)");
  EXPECT_TRUE(subjects_to("contributor@school.north.example").empty());
}

TEST_P(CaseReminders, ASubmittedResponseGetsNoReminder) {
  const Id id = case_in_rapid_review();
  auto requests = request_agency_responses(context(), as(manager), id, AgencyRequestsInput{});
  ASSERT_TRUE(requests.ok());
  for (const AgencyRequestView& request : requests.value()) {
    if (request.agency_id == police.id) {
      ASSERT_TRUE(
          submit_agency_response(context(), as(police_contributor), request.id, {"Summary"}).ok());
    }
  }
  const std::size_t before = outbox_to("contributor@police.north.example").size();
  clock_.advance(std::chrono::hours(24 * 3));
  run();
  EXPECT_EQ(outbox_to("contributor@police.north.example").size(), before);
}

// Rule CHR-1. Asked on Monday 2 March, due Monday 9 March: the police's contributor is reminded on
// Thursday 5 March and told once on Tuesday 10 March that it is overdue; a submitted chronology
// gets nothing more.
TEST_P(CaseReminders, ContributorsAreRemindedOfAChronologyBeforeItIsDueAndOnceWhenOverdue) {
  const Id id = case_awaiting_decision();
  ASSERT_TRUE(record_panel_decision(
                  context(), as(manager), id,
                  PanelDecisionInput{"disagrees", "local_cspr", "Learning", days_ago(0), {}, ""})
                  .ok());
  commission_for_agencies(id, {police.id, school.id});
  const std::string due_on = today().add_days(7).to_iso_string();  // Monday 9 March
  auto asked = request_chronologies(context(), as(manager), id,
                                    ChronologyRequestInput{{police.id, school.id}, due_on, ""});
  ASSERT_TRUE(asked.ok()) << asked.error().message;
  const std::string police_address = police_contributor.user.email;
  const std::size_t asked_emails = subjects_to(police_address).size();
  ASSERT_GE(asked_emails, 1u) << "emailed when asked";

  clock_.advance(std::chrono::hours(24 * 2));  // Wednesday 4th: 3 working days left
  run();
  EXPECT_EQ(subjects_to(police_address).size(), asked_emails);
  next_day();  // Thursday 5th: 2 left
  run();
  run();
  auto subjects = subjects_to(police_address);
  ASSERT_EQ(subjects.size(), asked_emails + 1) << "once";
  EXPECT_EQ(subjects.back(),
            "Due in 2 working days: North Police's chronology for review NORTH-2026-001 (Child A)");
  // The school submits (no involvement); the police do not.
  ASSERT_TRUE(submit_chronology(context(), as(school_contributor), asked.value()[1].id,
                                Involvement::no_involvement)
                  .ok());
  const std::size_t school_emails = subjects_to(school_contributor.user.email).size();
  clock_.advance(std::chrono::hours(24 * 4));  // Monday 9th: due today
  run();
  EXPECT_EQ(subjects_to(police_address).size(), asked_emails + 1);
  next_day();  // Tuesday 10th: overdue
  run();
  next_day();
  run();
  subjects = subjects_to(police_address);
  ASSERT_EQ(subjects.size(), asked_emails + 2) << "overdue, once";
  EXPECT_EQ(subjects.back(),
            "Overdue: North Police's chronology for review NORTH-2026-001 (Child A)");
  EXPECT_NE(outbox_to(police_address)
                .back()
                .email.body.find("/chronology-requests/" + std::to_string(asked.value()[0].id)),
            std::string::npos);
  EXPECT_EQ(subjects_to(school_contributor.user.email).size(), school_emails)
      << "a submitted chronology gets no reminder";
}

TEST_P(CaseReminders, TheJobRunnerRunsTheRemindersAndCarriesOnAfterAFailingJob) {
  record(notification_input());
  clock_.advance(std::chrono::hours(24 * 2));
  ScheduledJobs jobs(context(), 60);
  jobs.add("broken", [](AppContext&) -> Result<int> {
    return Error::of(ErrorCode::internal, "broken on purpose");
  });
  jobs.add("case reminders", queue_case_reminders);
  EXPECT_EQ(jobs.run_due(), 2);
  EXPECT_EQ(jobs.run_due(), 0);
}

// An uploaded calendar is used at once for that partnership only.
TEST_P(CaseReminders, AnUploadedCalendarChangesThePartnershipsDeadlinesWithoutARestart) {
  // A file like GOV.UK's, 2026 only, with an invented holiday on Wednesday 4 March 2026.
  const std::string file = R"({"england-and-wales": {"division": "england-and-wales", "events": [
      {"title": "New Year’s Day", "date": "2026-01-01", "notes": "", "bunting": true},
      {"title": "A made-up holiday", "date": "2026-03-04", "notes": "", "bunting": false}]}})";
  auto uploaded = upload_bank_holidays(context(), as(admin), file);
  ASSERT_TRUE(uploaded.ok()) << uploaded.error().message;
  EXPECT_EQ(uploaded.value().first_year, 2026);
  EXPECT_EQ(uploaded.value().last_year, 2026);
  auto in_force = calendar_in_force(context(), as(admin));
  ASSERT_TRUE(in_force.ok());
  EXPECT_TRUE(in_force.value().uploaded);
  EXPECT_EQ(in_force.value().uploaded_by, admin.user.name);
  // Aware Monday 2 March: Tuesday 3, Thursday 5, Friday 6, Monday 9, Tuesday 10.
  EXPECT_EQ(record(notification_input()).notify_by, CivilDate::from_ymd(2026, 3, 10).value());
  Account south_notifier = add_account("notifier@south.example", {"notifier"}, "SOUTH");
  NotificationInput south = notification_input();
  south.agency_ids = {south_police.id};
  EXPECT_EQ(record_notification(context(), as(south_notifier), south).value().notify_by,
            CivilDate::from_ymd(2026, 3, 9).value());
}

TEST_P(CaseReminders, ABadUploadIsRefusedNamingTheFileAndChangesNothing) {
  auto refused = upload_bank_holidays(context(), as(admin), R"({"scotland": {}})");
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::invalid_input);
  EXPECT_EQ(fields_of(refused.error()), std::vector<std::string>{"file"});
  auto in_force = calendar_in_force(context(), as(admin));
  ASSERT_TRUE(in_force.ok());
  EXPECT_FALSE(in_force.value().uploaded);
  EXPECT_EQ(in_force.value().first_year, 2012);
  EXPECT_EQ(upload_bank_holidays(context(), as(manager), "{}").error().code, ErrorCode::forbidden);
}

INSTANTIATE_TEST_SUITE_P(Engines, CaseReminders,
                         ::testing::ValuesIn(testing_support::test_engines()));

}  // namespace
}  // namespace casereview
