// The action plans' use cases (app/actions/*.hpp, issue 13) on both engines: the committee makes
// an action per agency from a recommendation, owned by each agency's strategic lead, who is
// emailed (Rule ACT-1); a lead sees and works on only their agency's actions, never signs off, and
// another partnership sees nothing (Rule NTK-2); closing passes the gates of Rule ACT-2; a due
// date changes only with the committee's agreement and every date is kept (Rule ACT-4); the RAG
// rating is derived on the day it is read and the database's colour filter agrees with it
// (Rule ACT-3); evidence files are typed by their content; two sign-offs at once close once; the
// owner's reminders and the committee's monthly digest go once each on their day, whatever the
// servers.
#include <gtest/gtest.h>

#include <latch>
#include <thread>

#include "app/actions/action_plans.hpp"
#include "app/actions/action_progress.hpp"
#include "app/actions/action_reminders.hpp"
#include "app/actions/course_actions.hpp"
#include "app/review_fixture.hpp"
#include "app/reviews/findings.hpp"
#include "app/reviews/key_practice_episodes.hpp"
#include "app/training/attendance.hpp"
#include "app/training/bookings.hpp"
#include "app/training/course_sessions.hpp"
#include "app/training/courses.hpp"
#include "support/fixture_files.hpp"

namespace casereview {
namespace {

class ActionUseCases : public ReviewedCaseTest {
 protected:
  void SetUp() override {
    ReviewedCaseTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    police_lead = add_account("lead@police.north.example", {"lead"}, "NORTH", "POLICE");
    school_lead = add_account("lead@school.north.example", {"lead"}, "NORTH", "SCHOOL");
    const Id finding_id = evidenced_finding();
    ASSERT_NE(finding_id, 0);
    auto recommended = add_recommendation(context(), as(reviewer), case_id,
                                          {.text = "Agree an escalation route.",
                                           .finding_ids = {finding_id},
                                           .to_partnership = true});
    ASSERT_TRUE(recommended.ok()) << recommended.error().message;
    recommendation_id = recommended.value().recommendation.id;
  }

  ActionInput input(std::vector<Id> agencies, int due_in_days = 90) const {
    return {.text = "Add escalation to the induction",
            .kind = "training",
            .success_measure = "Every new starter trained",
            .start_on = today().to_iso_string(),
            .due_on = today().add_days(due_in_days).to_iso_string(),
            .agency_ids = std::move(agencies)};
  }

  Action make_one(Id agency, int due_in_days = 90) {
    auto made =
        create_actions(context(), as(committee), recommendation_id, input({agency}, due_in_days));
    EXPECT_TRUE(made.ok()) << made.error().message;
    return made.ok() ? made.value().front() : Action{};
  }

  ActionDetail detail(Id action_id, const Account& who) {
    auto shown = view_action(context(), as(who), action_id);
    EXPECT_TRUE(shown.ok()) << shown.error().message;
    return shown.ok() ? shown.value() : ActionDetail{};
  }

  int count_actions() {
    auto listed = list_actions(context(), as(committee), {});
    EXPECT_TRUE(listed.ok());
    return listed.ok() ? listed.value().total : -1;
  }

  Id add_completion(Id action_id, const Account& who) {
    auto added = add_action_evidence(context(), as(who), action_id,
                                     {.kind = "completion", .text = "Induction pack updated"});
    EXPECT_TRUE(added.ok()) << added.error().message;
    return added.ok() ? added.value().id : 0;
  }

  void set_setting(const std::string& key, const std::string& value) {
    ASSERT_TRUE(storage_
                    ->transact(TransactionMode::write,
                               [&](Transaction& transaction) -> Status {
                                 transaction.settings().set(*manager.user.partnership_id, key,
                                                            value);
                                 return ok_status();
                               })
                    .ok());
  }

  Account police_lead, school_lead;
  Id recommendation_id = 0;
};

// Rule ACT-1: one action per agency, each owned by the agency's strategic lead, who is emailed a
// link; audited.
TEST_P(ActionUseCases, TheCommitteeMakesAnActionPerAgencyOwnedByItsLead) {
  auto made =
      create_actions(context(), as(committee), recommendation_id, input({school.id, police.id}));
  ASSERT_TRUE(made.ok()) << made.error().message;
  ASSERT_EQ(made.value().size(), 2u);
  const Action& for_police = made.value()[0];
  EXPECT_EQ(for_police.agency_id, police.id);
  EXPECT_EQ(for_police.owner_user_id, police_lead.user.id);
  EXPECT_EQ(made.value()[1].owner_user_id, school_lead.user.id);
  EXPECT_EQ(for_police.status, ActionStatus::not_started);
  EXPECT_EQ(for_police.case_id, case_id);
  EXPECT_EQ(for_police.recommendation_number, 1);
  const auto emails = outbox_to(police_lead.user.email);
  ASSERT_EQ(emails.size(), 1u);
  EXPECT_NE(
      emails[0].email.body.find("https://casereview.test/actions/" + std::to_string(for_police.id)),
      std::string::npos);
  int audited = 0;
  for (const AuditEntry& entry : audit_log())
    if (entry.action == "create" && entry.entity == "action") ++audited;
  EXPECT_EQ(audited, 2);
  // The manager may too; the recommendation's form lists what answers it.
  auto form = recommendation_for_actions(context(), as(manager), recommendation_id);
  ASSERT_TRUE(form.ok()) << form.error().message;
  EXPECT_EQ(form.value().actions.size(), 2u);
}

// Rule ACT-1: every field named; an agency without a strategic lead refuses the whole request.
TEST_P(ActionUseCases, BadInputNamesItsFieldAndMakesNothing) {
  auto empty = create_actions(context(), as(committee), recommendation_id, {});
  ASSERT_FALSE(empty.ok());
  std::vector<std::string> fields;
  for (const FieldError& field : empty.error().fields) fields.push_back(field.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"text", "kind", "success_measure", "start_on",
                                              "due_on", "agency_ids"}));
  auto no_lead = create_actions(context(), as(committee), recommendation_id,
                                input({police.id, social_care.id}));
  ASSERT_FALSE(no_lead.ok());
  EXPECT_EQ(no_lead.error().fields.at(0).field, "owner_user_id");
  EXPECT_NE(no_lead.error().fields.at(0).message.find("North Children's Social Care"),
            std::string::npos);
  auto not_a_lead = create_actions(context(), as(committee), recommendation_id, [&] {
    ActionInput given = input({police.id});
    given.owner_user_id = police_contributor.user.id;
    return given;
  }());
  ASSERT_FALSE(not_a_lead.ok());
  EXPECT_EQ(not_a_lead.error().fields.at(0).field, "owner_user_id");
  EXPECT_EQ(create_actions(context(), as(committee), recommendation_id, input({south_police.id}))
                .error()
                .fields.at(0)
                .field,
            "agency_ids");
  EXPECT_EQ(count_actions(), 0);
  EXPECT_TRUE(outbox_to(police_lead.user.email).empty());
}

// Rule NTK-2: a lead reaches their own agency's actions only; another partnership nothing; a
// contributor, nothing at all.
TEST_P(ActionUseCases, EachSeesOnlyTheActionsTheyShould) {
  const Action police_action = make_one(police.id);
  const Action school_action = make_one(school.id);
  auto mine = list_actions(context(), as(police_lead), {});
  ASSERT_TRUE(mine.ok()) << mine.error().message;
  ASSERT_EQ(mine.value().total, 1);
  EXPECT_EQ(mine.value().rows[0].listing.action.id, police_action.id);
  EXPECT_EQ(mine.value().own_agency, police.id);
  ActionFilter other;
  other.agency_id = school.id;  // asking for another agency's changes nothing
  EXPECT_EQ(list_actions(context(), as(police_lead), other).value().total, 1);
  EXPECT_EQ(view_action(context(), as(police_lead), school_action.id).error().code,
            ErrorCode::not_found);
  EXPECT_EQ(add_action_update(context(), as(police_lead), school_action.id, "x", "").error().code,
            ErrorCode::not_found);
  EXPECT_EQ(list_actions(context(), as(committee), {}).value().total, 2);
  EXPECT_EQ(list_actions(context(), as(south_manager), {}).value().total, 0);
  EXPECT_EQ(view_action(context(), as(south_manager), police_action.id).error().code,
            ErrorCode::not_found);
  EXPECT_EQ(list_actions(context(), as(police_contributor), {}).error().code, ErrorCode::forbidden);
  EXPECT_EQ(create_actions(context(), as(police_lead), recommendation_id, input({police.id}))
                .error()
                .code,
            ErrorCode::forbidden);
  EXPECT_EQ(create_actions(context(), as(south_manager), recommendation_id, input({police.id}))
                .error()
                .code,
            ErrorCode::not_found);
}

// Rule ACT-2: not started → in progress → awaiting sign-off → closed, each gate in turn; the
// committee returns with a reason (the owner is told) and closes with impact evidence or a check.
TEST_P(ActionUseCases, ClosingPassesEachGateOfTheRule) {
  const Action action = make_one(police.id);
  clock_.advance(std::chrono::hours(24 * 3));
  auto updated = add_action_update(context(), as(police_lead), action.id, "Pack drafted", "");
  ASSERT_TRUE(updated.ok()) << updated.error().message;
  EXPECT_EQ(updated.value().status, ActionStatus::in_progress);
  EXPECT_EQ(detail(action.id, police_lead).listing.action.last_update_on, today());
  EXPECT_EQ(
      add_action_update(context(), as(police_lead), action.id, " ", "").error().fields.at(0).field,
      "text");

  EXPECT_EQ(propose_action_completion(context(), as(police_lead), action.id).error().code,
            ErrorCode::wrong_state)
      << "no evidence of completion yet";
  add_completion(action.id, police_lead);
  ASSERT_TRUE(propose_action_completion(context(), as(police_lead), action.id).ok());
  EXPECT_EQ(detail(action.id, committee).listing.action.status, ActionStatus::awaiting_sign_off);

  EXPECT_EQ(sign_off_action(context(), as(police_lead), action.id, "accept", "").error().code,
            ErrorCode::forbidden);
  EXPECT_EQ(sign_off_action(context(), as(committee), action.id, "accept", "").error().code,
            ErrorCode::wrong_state)
      << "no impact evidence and no check planned";
  EXPECT_EQ(
      sign_off_action(context(), as(committee), action.id, "return", "").error().fields.at(0).field,
      "reason");
  auto returned =
      sign_off_action(context(), as(committee), action.id, "return", "Show the pack in use");
  ASSERT_TRUE(returned.ok()) << returned.error().message;
  EXPECT_EQ(returned.value().status, ActionStatus::in_progress);
  const auto told = outbox_to(police_lead.user.email);
  ASSERT_EQ(told.size(), 2u);
  EXPECT_NE(told[1].email.body.find("Show the pack in use"), std::string::npos);

  EXPECT_EQ(plan_assurance_check(context(), as(committee), action.id, "survey", "Ask starters",
                                 today().add_days(60).to_iso_string())
                .error()
                .code,
            ErrorCode::wrong_state)
      << "a check is planned once the action awaits sign-off";
  ASSERT_TRUE(propose_action_completion(context(), as(police_lead), action.id).ok());
  auto check = plan_assurance_check(context(), as(committee), action.id, "survey",
                                    "Ask new starters", today().add_days(60).to_iso_string());
  ASSERT_TRUE(check.ok()) << check.error().message;
  auto closed = sign_off_action(context(), as(committee), action.id, "accept", "");
  ASSERT_TRUE(closed.ok()) << closed.error().message;
  EXPECT_EQ(closed.value().status, ActionStatus::closed);
  EXPECT_TRUE(closed.value().closed_at.has_value());

  EXPECT_EQ(add_action_evidence(context(), as(police_lead), action.id,
                                {.kind = "completion", .text = "More"})
                .error()
                .code,
            ErrorCode::wrong_state);
  EXPECT_TRUE(add_action_evidence(context(), as(police_lead), action.id,
                                  {.kind = "impact", .text = "Starters escalate"})
                  .ok())
      << "impact shows later";
  EXPECT_EQ(add_action_update(context(), as(police_lead), action.id, "x", "").error().code,
            ErrorCode::wrong_state);
  ASSERT_TRUE(record_assurance_result(context(), as(committee), action.id, check.value().id,
                                      "Nine in ten escalated")
                  .ok());
  EXPECT_EQ(record_assurance_result(context(), as(committee), action.id, check.value().id, "y")
                .error()
                .code,
            ErrorCode::wrong_state);
  const ActionDetail shown = detail(action.id, committee);
  ASSERT_EQ(shown.decisions.size(), 2u);
  EXPECT_EQ(shown.decisions[0].decision, SignOffDecision::return_to_owner);
  EXPECT_EQ(shown.decisions[0].reason, "Show the pack in use");
  EXPECT_EQ(shown.assurance_checks.at(0).result, "Nine in ten escalated");
  EXPECT_EQ(shown.rag, Rag::blue);
}

// Rule ACT-4: a new date waits for the committee; refused it stays, agreed it changes; every date
// is kept, and the one who asked is told.
TEST_P(ActionUseCases, ADueDateChangesOnlyWithTheCommitteesAgreement) {
  const Action action = make_one(police.id, 30);
  const std::string later = today().add_days(60).to_iso_string();
  auto asked = ask_for_due_date(context(), as(police_lead), action.id, later, "Trainer left");
  ASSERT_TRUE(asked.ok()) << asked.error().message;
  EXPECT_EQ(ask_for_due_date(context(), as(police_lead), action.id, later, "Again").error().code,
            ErrorCode::wrong_state);
  EXPECT_EQ(decide_due_date(context(), as(police_lead), action.id, "true").error().code,
            ErrorCode::forbidden);
  EXPECT_EQ(detail(action.id, committee).listing.action.proposed_due_on, today().add_days(60));
  ASSERT_TRUE(decide_due_date(context(), as(committee), action.id, "false").ok());
  EXPECT_EQ(detail(action.id, committee).listing.action.due_on, today().add_days(30));
  EXPECT_EQ(decide_due_date(context(), as(committee), action.id, "true").error().code,
            ErrorCode::wrong_state)
      << "nothing waits";
  ASSERT_TRUE(ask_for_due_date(context(), as(police_lead), action.id, later, "Trainer left").ok());
  auto agreed = decide_due_date(context(), as(committee), action.id, "true");
  ASSERT_TRUE(agreed.ok()) << agreed.error().message;
  EXPECT_EQ(agreed.value().due_on, today().add_days(60));
  const ActionDetail shown = detail(action.id, police_lead);
  ASSERT_EQ(shown.due_date_changes.size(), 2u);
  EXPECT_EQ(shown.due_date_changes[0].agreed, false);
  EXPECT_EQ(shown.due_date_changes[1].agreed, true);
  EXPECT_EQ(shown.due_date_changes[1].from_due_on, today().add_days(30));
  EXPECT_EQ(outbox_to(police_lead.user.email).size(), 3u) << "made, refused, agreed";
  EXPECT_EQ(
      decide_due_date(context(), as(committee), action.id, "maybe").error().fields.at(0).field,
      "agree");
}

// Rule ACT-3: the colour is the day's, from the partnership's thresholds, and the list's filter by
// colour (in the database) agrees with the colour each row shows.
TEST_P(ActionUseCases, TheRagRatingIsDerivedWhenReadAndTheFilterAgrees) {
  const Action soon = make_one(police.id, 5);
  const Action later = make_one(police.id, 120);
  const Action school_later = make_one(school.id, 120);
  EXPECT_EQ(detail(soon.id, committee).rag, Rag::amber);
  EXPECT_EQ(detail(later.id, committee).rag, Rag::green);
  clock_.advance(std::chrono::hours(24 * 31));  // past the first's due date, no update for 31 days
  EXPECT_EQ(detail(soon.id, committee).rag, Rag::red);
  EXPECT_EQ(detail(later.id, committee).rag, Rag::amber);
  ASSERT_TRUE(
      add_action_update(context(), as(school_lead), school_later.id, "Going well", "").ok());
  EXPECT_EQ(detail(school_later.id, committee).rag, Rag::green);
  for (Rag rag : all_rags) {
    ActionFilter filter;
    filter.rag = rag;
    auto listed = list_actions(context(), as(committee), filter);
    ASSERT_TRUE(listed.ok()) << listed.error().message;
    for (const ActionRow& row : listed.value().rows) EXPECT_EQ(row.rag, rag);
    EXPECT_EQ(listed.value().total, rag == Rag::blue ? 0 : 1) << rag_name(rag);
  }
  ActionFilter overdue;
  overdue.overdue = true;
  auto late = list_actions(context(), as(committee), overdue);
  ASSERT_EQ(late.value().total, 1);
  EXPECT_EQ(late.value().rows[0].listing.action.id, soon.id);
  // The thresholds are the partnership's: 40 days before amber turns the second green.
  set_setting("rag_amber_calendar_days", "40");
  EXPECT_EQ(detail(later.id, committee).rag, Rag::green);
  auto filtered = action_filter_from_text({.rag = "purple", .overdue = "yes"});
  ASSERT_FALSE(filtered.ok());
  EXPECT_EQ(filtered.error().fields.size(), 2u);
}

// A file of evidence is stored as given and typed by its content; a name that lies about the
// content, and a file over the partnership's limit, are refused on "file" with nothing stored.
TEST_P(ActionUseCases, EvidenceFilesAreTypedByTheirContent) {
  const Action action = make_one(police.id);
  const std::string pdf = testing_support::app_fixture("report-v1.pdf");
  auto added = add_action_evidence(
      context(), as(police_lead), action.id,
      {.kind = "impact", .text = "The audit", .file_name = "audit.PDF", .content = pdf});
  ASSERT_TRUE(added.ok()) << added.error().message;
  EXPECT_EQ(added.value().content_type, "application/pdf");
  auto file = action_evidence_file(context(), as(committee), added.value().id);
  ASSERT_TRUE(file.ok()) << file.error().message;
  EXPECT_EQ(file.value().bytes, pdf);
  EXPECT_EQ(file.value().file_name, "action-evidence-" + std::to_string(added.value().id) + ".PDF");
  EXPECT_EQ(action_evidence_file(context(), as(school_lead), added.value().id).error().code,
            ErrorCode::not_found);

  const std::string docx = testing_support::app_fixture("report-v1.docx");
  EXPECT_TRUE(add_action_evidence(context(), as(police_lead), action.id,
                                  {.kind = "completion", .file_name = "pack.docx", .content = docx})
                  .ok());
  auto lying =
      add_action_evidence(context(), as(police_lead), action.id,
                          {.kind = "completion", .file_name = "pack.docx", .content = pdf});
  ASSERT_FALSE(lying.ok());
  EXPECT_EQ(lying.error().fields.at(0).field, "file");
  EXPECT_EQ(lying.error().fields.at(0).message,
            "The selected file is a PDF but its name ends .docx: give it the ending .pdf and "
            "upload it again");
  auto script = add_action_evidence(
      context(), as(police_lead), action.id,
      {.kind = "completion", .file_name = "pack.pdf", .content = "<script>alert(1)</script>"});
  ASSERT_FALSE(script.ok());
  EXPECT_EQ(script.error().fields.at(0).field, "file");
  set_setting("evidence_file_megabytes", "1");
  auto large = add_action_evidence(context(), as(police_lead), action.id,
                                   {.kind = "impact",
                                    .file_name = "big.pdf",
                                    .content = "%PDF-1.4\n" + std::string(1 << 20, 'x')});
  ASSERT_FALSE(large.ok());
  EXPECT_EQ(large.error().fields.at(0).message, "The selected file must be smaller than 1 MB");
  EXPECT_EQ(detail(action.id, committee).evidence.size(), 2u);
}

// Rule ACT-2: the committee and the manager signing off at once, each on their own connection,
// close the action once and record one decision.
TEST_P(ActionUseCases, TwoSignOffsAtOnceCloseTheActionOnce) {
  const Action action = make_one(police.id);
  add_completion(action.id, police_lead);
  ASSERT_TRUE(add_action_evidence(context(), as(police_lead), action.id,
                                  {.kind = "impact", .text = "Starters escalate"})
                  .ok());
  ASSERT_TRUE(propose_action_completion(context(), as(police_lead), action.id).ok());
  store::SqlStorage crowd(store::parse_database_url(database_->url()).value(),
                          store::PoolSettings{1, 8, 60});
  AppContext crowd_context{crowd, clock_, context().settings};
  constexpr int count = 6;
  std::vector<std::optional<Result<Action>>> results(count);
  std::latch start(count);
  std::vector<std::thread> threads;
  for (int index = 0; index < count; ++index)
    threads.emplace_back([&, index] {
      start.arrive_and_wait();
      results[index].emplace(sign_off_action(crowd_context, as(index % 2 ? committee : manager),
                                             action.id, "accept", ""));
    });
  for (std::thread& thread : threads) thread.join();
  int closed = 0;
  for (const auto& result : results) {
    if (result->ok()) {
      ++closed;
    } else {
      EXPECT_EQ(result->error().code, ErrorCode::wrong_state) << result->error().message;
    }
  }
  EXPECT_EQ(closed, 1);
  EXPECT_EQ(detail(action.id, committee).decisions.size(), 1u);
}

// The owner's reminders, each once on its day: within the 10 working days before the due date, on
// it, and every 10 working days while overdue — counted past Easter 2026 (Good Friday 3 April,
// Easter Monday 6 April); none once the action awaits sign-off.
TEST_P(ActionUseCases, TheOwnerIsRemindedBeforeOnAndEveryTenWorkingDaysAfterTheDueDate) {
  const Action action = make_one(police.id, 30);  // made Monday 2 March, due Wednesday 1 April
  ASSERT_EQ(action.due_on, CivilDate::from_ymd(2026, 4, 1).value());
  const auto reminders_on = [&](const char* day) {
    clock_.set(parse_instant(std::string(day) + "T09:00:00Z").value());
    const std::size_t before = outbox_to(police_lead.user.email).size();
    auto first = queue_action_reminders(context());
    EXPECT_TRUE(first.ok()) << first.error().message;
    auto again = queue_action_reminders(context());
    EXPECT_EQ(again.ok() ? again.value() : -1, 0) << "each reminder once, on " << day;
    std::vector<std::string> subjects;
    const auto emails = outbox_to(police_lead.user.email);
    for (std::size_t index = before; index < emails.size(); ++index)
      subjects.push_back(emails[index].email.subject);
    return subjects;
  };
  EXPECT_TRUE(reminders_on("2026-03-17").empty()) << "11 working days before";
  EXPECT_EQ(reminders_on("2026-03-18"),
            std::vector<std::string>{"Action due on Wednesday 1 April 2026"});
  EXPECT_TRUE(reminders_on("2026-03-25").empty()) << "sent already for this due date";
  EXPECT_EQ(reminders_on("2026-04-01"), std::vector<std::string>{"Action due today"});
  EXPECT_TRUE(reminders_on("2026-04-16").empty()) << "9 working days late";
  EXPECT_EQ(reminders_on("2026-04-17"),
            std::vector<std::string>{"Action overdue since Wednesday 1 April 2026"});
  EXPECT_TRUE(reminders_on("2026-04-30").empty()) << "19 working days late";
  EXPECT_EQ(reminders_on("2026-05-01").size(), 1u) << "20 working days late";
  add_completion(action.id, police_lead);
  ASSERT_TRUE(propose_action_completion(context(), as(police_lead), action.id).ok());
  EXPECT_TRUE(reminders_on("2026-05-15").empty()) << "awaiting sign-off: nothing to chase";
  const auto email = outbox_to(police_lead.user.email).back().email;
  EXPECT_NE(email.body.find("/actions/" + std::to_string(action.id)), std::string::npos);
}

// The committee's monthly digest: once a month to each member, counting what needs attention,
// even with two servers running the job at once; nothing in a month with nothing to report.
TEST_P(ActionUseCases, TheCommitteeGetsOneDigestAMonthWhateverTheServers) {
  make_one(police.id, 3);
  make_one(school.id, 60);
  clock_.set(parse_instant("2026-03-10T09:00:00Z").value());  // the first is overdue
  store::SqlStorage other_server(store::parse_database_url(database_->url()).value(),
                                 store::PoolSettings{1, 4, 60});
  AppContext other_context{other_server, clock_, context().settings};
  std::latch start(2);
  std::optional<Result<int>> ours, theirs;
  std::thread one([&] {
    start.arrive_and_wait();
    ours.emplace(queue_action_reminders(context()));
  });
  std::thread two([&] {
    start.arrive_and_wait();
    theirs.emplace(queue_action_reminders(other_context));
  });
  one.join();
  two.join();
  ASSERT_TRUE(ours->ok()) << ours->error().message;
  ASSERT_TRUE(theirs->ok()) << theirs->error().message;
  const auto digests = [&] {
    std::vector<std::string> bodies;
    for (const QueuedEmail& email : outbox_to(committee.user.email))
      if (email.email.subject.starts_with("This month's action plans"))
        bodies.push_back(email.email.body);
    return bodies;
  };
  ASSERT_EQ(digests().size(), 1u);
  EXPECT_NE(digests()[0].find("- 1 action past the due date"), std::string::npos) << digests()[0];
  EXPECT_NE(digests()[0].find("- 0 actions awaiting sign-off"), std::string::npos);
  clock_.set(parse_instant("2026-03-31T09:00:00Z").value());
  ASSERT_TRUE(queue_action_reminders(context()).ok());
  EXPECT_EQ(digests().size(), 1u) << "one a month";
  clock_.set(parse_instant("2026-04-01T09:00:00Z").value());
  ASSERT_TRUE(queue_action_reminders(context()).ok());
  EXPECT_EQ(digests().size(), 2u) << "and the next month's";
  EXPECT_EQ(outbox_to(south_manager.user.email).size(), 0u);
}

// Issue 13: a training action's evidence is counted from the training records — the bookings,
// attendance and certificates of the owning agency's people on its courses' sessions since it
// started — never typed; courses belong to training actions only, and to the partnership; a
// practitioner who registered themselves counts once they say which agency they work for.
TEST_P(ActionUseCases, ATrainingActionsEvidenceIsCountedFromTheTrainingRecords) {
  const Account trainer = add_account("trainer@north.example", {"trainer"});
  auto course = create_course(
      context(), as(trainer),
      {.title = "Escalation", .summary = "Escalating concerns.", .body = "# Escalation"});
  ASSERT_TRUE(course.ok()) << course.error().message;
  ASSERT_TRUE(
      set_course_status(context(), as(trainer), course.value().id, CourseStatus::published).ok());
  ActionInput training = input({police.id});
  training.course_ids = {course.value().id};
  ActionInput process = training;
  process.kind = "process";
  EXPECT_EQ(create_actions(context(), as(committee), recommendation_id, process)
                .error()
                .fields.at(0)
                .field,
            "course_ids");
  ActionInput unknown = training;
  unknown.course_ids = {course.value().id + 1000};
  EXPECT_EQ(create_actions(context(), as(committee), recommendation_id, unknown)
                .error()
                .fields.at(0)
                .field,
            "course_ids");
  auto made = create_actions(context(), as(committee), recommendation_id, training);
  ASSERT_TRUE(made.ok()) << made.error().message;
  const Id action_id = made.value().front().id;

  SessionInput session_input;
  session_input.date = "2026-03-09";
  session_input.start_time = "09:30";
  session_input.end_time = "12:00";
  session_input.format = "virtual";
  session_input.joining_link = "https://meet.example/escalation";
  session_input.capacity = "10";
  session_input.booking_cutoff = "2";
  session_input.cancellation_cutoff = "2";
  auto session = create_session(context(), as(trainer), course.value().id, session_input);
  ASSERT_TRUE(session.ok()) << session.error().message;
  const Id session_id = session.value().id;
  // Two of the police's people, one of the school's, and a practitioner in no agency.
  const Account officer =
      add_account("officer@police.north.example", {"contributor", "learner"}, "NORTH", "POLICE");
  const Account sergeant =
      add_account("sergeant@police.north.example", {"contributor", "learner"}, "NORTH", "POLICE");
  const Account teacher =
      add_account("teacher@school.north.example", {"contributor", "learner"}, "NORTH", "SCHOOL");
  const Account nurse = add_account("nurse@north.example", {"learner"});
  std::vector<AttendanceMark> marks;
  for (const Account* person : {&officer, &sergeant, &teacher, &nurse}) {
    auto booked = book_session(context(), as(*person), session_id);
    ASSERT_TRUE(booked.ok()) << person->user.email << ": " << booked.error().message;
    marks.push_back({booked.value().id, person == &sergeant ? "did_not_attend" : "attended"});
  }
  clock_.set(parse_instant("2026-03-09T13:00:00Z").value());
  auto marked = mark_attendance(context(), as(trainer), session_id, marks);
  ASSERT_TRUE(marked.ok()) << marked.error().message;

  const ActionDetail shown = detail(action_id, committee);
  ASSERT_TRUE(shown.training.has_value());
  ASSERT_EQ(shown.training->courses.size(), 1u);
  EXPECT_EQ(shown.training->courses[0].second, "Escalation");
  EXPECT_EQ(shown.training->booked, 2) << "the police's two, not the school's or the nurse's";
  EXPECT_EQ(shown.training->attended, 1);
  EXPECT_EQ(shown.training->certificates, 1);
  EXPECT_FALSE(detail(make_one(police.id).id, committee).training->courses.size())
      << "a training action with no course counts nothing";

  // The nurse registered herself: she says she works for the police, and now counts. Staff whose
  // agency their administrator sets, and another partnership's agency, are refused on "agency".
  const Status foreign = change_own_details(
      context(), as(nurse), {"Nurse", "North Health", "Nurse", std::to_string(south_police.id)});
  ASSERT_FALSE(foreign.ok());
  EXPECT_EQ(fields_of(foreign.error()), std::vector<std::string>{"agency"});
  const Status staff = change_own_details(
      context(), as(officer), {"Officer", "North Police", "Officer", std::to_string(school.id)});
  ASSERT_FALSE(staff.ok());
  EXPECT_EQ(fields_of(staff.error()), std::vector<std::string>{"agency"});
  ASSERT_TRUE(change_own_details(context(), as(nurse),
                                 {"Nurse", "North Police", "Nurse", std::to_string(police.id)})
                  .ok());
  const ActionDetail with_nurse = detail(action_id, committee);
  EXPECT_EQ(with_nurse.training->booked, 3);
  EXPECT_EQ(with_nurse.training->attended, 2);
  EXPECT_EQ(with_nurse.training->certificates, 2);
  ASSERT_TRUE(
      change_own_details(context(), as(nurse), {"Nurse", "North Health", "Nurse", ""}).ok());
  EXPECT_EQ(detail(action_id, committee).training->booked, 2) << "none of these agencies";
}

// Issue 13: a course lists the actions that name it and the reviews they come from; its trainer
// links open training actions and unlinks them (audited); other kinds, closed actions, other
// partnerships and roles without the permissions are refused, changing nothing.
TEST_P(ActionUseCases, ATrainerLinksTrainingActionsToTheCourseThatAnswersThem) {
  const Account trainer = add_account("trainer@north.example", {"trainer"});
  const Account south_trainer = add_account("trainer@south.example", {"trainer"}, "SOUTH");
  auto course = create_course(
      context(), as(trainer),
      {.title = "Escalation", .summary = "Escalating concerns.", .body = "# Escalation"});
  ASSERT_TRUE(course.ok()) << course.error().message;
  const Id course_id = course.value().id;
  const Action training = make_one(police.id);  // input() makes training actions
  ActionInput process_input = input({police.id});
  process_input.kind = "process";
  auto process = create_actions(context(), as(committee), recommendation_id, process_input);
  ASSERT_TRUE(process.ok());

  auto before = list_course_actions(context(), as(trainer), course_id, 1);
  ASSERT_TRUE(before.ok()) << before.error().message;
  EXPECT_EQ(before.value().total, 0);
  EXPECT_TRUE(before.value().may_link);
  ASSERT_EQ(before.value().choices.size(), 1u) << "only the open training action is offered";
  EXPECT_EQ(before.value().choices[0].action.id, training.id);

  ASSERT_TRUE(link_course_action(context(), as(trainer), course_id, training.id).ok());
  ASSERT_TRUE(link_course_action(context(), as(trainer), course_id, training.id).ok())
      << "linking again changes nothing";
  auto linked = list_course_actions(context(), as(committee), course_id, 1);
  ASSERT_TRUE(linked.ok()) << linked.error().message;
  EXPECT_EQ(linked.value().total, 1);
  EXPECT_EQ(linked.value().actions.at(0).action.id, training.id);
  EXPECT_EQ(linked.value().case_references.size(), 1u);
  EXPECT_FALSE(linked.value().may_link) << "the committee reads; the trainer links";
  EXPECT_TRUE(linked.value().choices.empty());
  EXPECT_EQ(detail(training.id, committee).training->courses.size(), 1u);

  const Status other_kind =
      link_course_action(context(), as(trainer), course_id, process.value().front().id);
  ASSERT_FALSE(other_kind.ok());
  EXPECT_EQ(fields_of(other_kind.error()), std::vector<std::string>{"action_id"});
  EXPECT_EQ(link_course_action(context(), as(south_trainer), course_id, training.id).error().code,
            ErrorCode::not_found);
  EXPECT_EQ(link_course_action(context(), as(committee), course_id, training.id).error().code,
            ErrorCode::forbidden);
  EXPECT_EQ(list_course_actions(context(), as(police_lead), course_id, 1).error().code,
            ErrorCode::forbidden);
  EXPECT_EQ(list_course_actions(context(), as(south_trainer), course_id, 1).error().code,
            ErrorCode::not_found);

  ASSERT_TRUE(unlink_course_action(context(), as(trainer), course_id, training.id).ok());
  EXPECT_EQ(unlink_course_action(context(), as(trainer), course_id, training.id).error().code,
            ErrorCode::not_found);
  auto after = list_course_actions(context(), as(trainer), course_id, 1);
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(after.value().total, 0);
  int audited = 0;
  for (const AuditEntry& entry : audit_log())
    if (entry.action == "link-course" || entry.action == "unlink-course") ++audited;
  EXPECT_EQ(audited, 3);
}

INSTANTIATE_TEST_SUITE_P(Engines, ActionUseCases,
                         ::testing::ValuesIn(testing_support::test_engines()));

}  // namespace
}  // namespace casereview
