// An action of an action plan (domain/action.hpp): its fields (Rule ACT-1), the steps its status
// may take and the gates on closing (Rule ACT-2), a due-date change (Rule ACT-4) and an assurance
// check — each refusal naming its field; and the RAG cutoffs the database filters by give the
// same colour as the rule itself on every day around each boundary (Rule ACT-3).
#include "domain/action.hpp"

#include <gtest/gtest.h>

#include "support/bank_holiday_calendar.hpp"

namespace casereview {
namespace {

CivilDate date(int year, int month, int day) {
  return CivilDate::from_ymd(year, month, day).value();
}

const CivilDate today = date(2024, 3, 21);

std::vector<std::string> fields_of(const Error& error) {
  std::vector<std::string> fields;
  for (const FieldError& field : error.fields) fields.push_back(field.field);
  return fields;
}

ActionText valid_text() {
  return {.text = " Reissue the injury recording policy ",
          .kind = "policy",
          .success_measure = "Read by every ward manager",
          .start_on = "2024-03-01",
          .due_on = "2024-06-30"};
}

// Rule ACT-1: a kind, a success measure, a start and a due date; trimmed.
TEST(Action, TheFieldsOfAnActionAreCheckedTogether) {
  Result<Action> made = action_from_text(valid_text(), today);
  ASSERT_TRUE(made.ok()) << made.error().message;
  EXPECT_EQ(made.value().text, "Reissue the injury recording policy");
  EXPECT_EQ(made.value().kind, ActionKind::policy);
  EXPECT_EQ(made.value().status, ActionStatus::not_started);
  EXPECT_EQ(made.value().last_update_on, date(2024, 3, 1)) << "the start until an update";

  Result<Action> empty = action_from_text({}, today);
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(fields_of(empty.error()),
            (std::vector<std::string>{"text", "kind", "success_measure", "start_on", "due_on"}));

  ActionText backwards = valid_text();
  backwards.due_on = "2024-02-28";
  Result<Action> before_start = action_from_text(backwards, today);
  ASSERT_FALSE(before_start.ok());
  EXPECT_EQ(before_start.error().fields.at(0).message,
            "The due date must be on or after the start date");

  ActionText past = valid_text();
  past.start_on = "2024-01-01";
  past.due_on = "2024-03-20";
  ASSERT_FALSE(action_from_text(past, today).ok()) << "due yesterday";
  past.due_on = "2024-03-21";
  EXPECT_TRUE(action_from_text(past, today).ok()) << "due today";

  ActionText bad_kind = valid_text();
  bad_kind.kind = "training for staff";
  EXPECT_EQ(fields_of(action_from_text(bad_kind, today).error()), std::vector<std::string>{"kind"});
  for (ActionKind kind : all_action_kinds)
    EXPECT_EQ(action_kind_from_name(action_kind_name(kind)), kind);
}

// Rule ACT-2: updates move an action only between not started and in progress; the first update
// starts it; closed takes none, and awaiting sign-off keeps its status.
TEST(Action, AnUpdateMovesTheStatusOnlyAsTheRuleSays) {
  EXPECT_EQ(status_after_update(ActionStatus::not_started, "").value(), ActionStatus::in_progress);
  EXPECT_EQ(status_after_update(ActionStatus::not_started, "not_started").value(),
            ActionStatus::not_started);
  EXPECT_EQ(status_after_update(ActionStatus::in_progress, "not_started").value(),
            ActionStatus::not_started);
  EXPECT_EQ(status_after_update(ActionStatus::awaiting_sign_off, "").value(),
            ActionStatus::awaiting_sign_off);
  EXPECT_EQ(status_after_update(ActionStatus::awaiting_sign_off, "in_progress").error().code,
            ErrorCode::wrong_state);
  EXPECT_EQ(status_after_update(ActionStatus::closed, "").error().code, ErrorCode::wrong_state);
  for (const char* refused : {"closed", "awaiting_sign_off", "done"})
    EXPECT_EQ(fields_of(status_after_update(ActionStatus::in_progress, refused).error()),
              std::vector<std::string>{"status"})
        << refused;
}

// Rule ACT-2: completion needs its evidence; closing needs impact evidence or a check planned; a
// return needs a reason.
TEST(Action, ClosingNeedsEvidenceOfCompletionAndOfImpactOrACheck) {
  Action action;
  action.status = ActionStatus::in_progress;
  EXPECT_EQ(may_propose_completion(action).error().code, ErrorCode::wrong_state);
  action.completion_evidence = 1;
  EXPECT_TRUE(may_propose_completion(action).ok());

  EXPECT_EQ(may_sign_off(action, SignOffDecision::accept, "").error().code, ErrorCode::wrong_state)
      << "not awaiting sign-off";
  action.status = ActionStatus::awaiting_sign_off;
  EXPECT_EQ(may_propose_completion(action).error().code, ErrorCode::wrong_state);
  const Status without_impact = may_sign_off(action, SignOffDecision::accept, "");
  ASSERT_FALSE(without_impact.ok());
  EXPECT_EQ(without_impact.error().message,
            "Add evidence of impact or plan an assurance check before closing the action");
  action.assurance_checks = 1;
  EXPECT_TRUE(may_sign_off(action, SignOffDecision::accept, "").ok()) << "a check planned";
  action.assurance_checks = 0;
  action.impact_evidence = 1;
  EXPECT_TRUE(may_sign_off(action, SignOffDecision::accept, "").ok()) << "impact shown";

  EXPECT_EQ(fields_of(may_sign_off(action, SignOffDecision::return_to_owner, "  ").error()),
            std::vector<std::string>{"reason"});
  EXPECT_TRUE(may_sign_off(action, SignOffDecision::return_to_owner, "Not yet shown").ok());
  EXPECT_EQ(sign_off_decision_from_name("return"), SignOffDecision::return_to_owner);
  EXPECT_FALSE(sign_off_decision_from_name("close").has_value());
}

// Rule ACT-4: a new date, different, not past, not before the start, with a reason; one at a time.
TEST(Action, ADueDateChangeNeedsAReasonAndADifferentFutureDate) {
  Action action;
  action.id = 7;
  action.start_on = date(2024, 3, 1);
  action.due_on = date(2024, 4, 30);
  Result<DueDateChange> asked =
      due_date_change_from_text(action, "2024-05-31", " Staff shortage ", today);
  ASSERT_TRUE(asked.ok()) << asked.error().message;
  EXPECT_EQ(asked.value().from_due_on, date(2024, 4, 30));
  EXPECT_EQ(asked.value().to_due_on, date(2024, 5, 31));
  EXPECT_EQ(asked.value().reason, "Staff shortage");

  EXPECT_EQ(fields_of(due_date_change_from_text(action, "2024-04-30", "", today).error()),
            (std::vector<std::string>{"due_on", "reason"}));
  EXPECT_EQ(fields_of(due_date_change_from_text(action, "2024-03-20", "x", today).error()),
            std::vector<std::string>{"due_on"});
  EXPECT_EQ(fields_of(due_date_change_from_text(action, "31/05/2024", "x", today).error()),
            std::vector<std::string>{"due_on"});
  action.proposed_due_on = date(2024, 5, 31);
  EXPECT_EQ(due_date_change_from_text(action, "2024-06-30", "x", today).error().code,
            ErrorCode::wrong_state);
  action.proposed_due_on.reset();
  action.status = ActionStatus::closed;
  EXPECT_EQ(due_date_change_from_text(action, "2024-06-30", "x", today).error().code,
            ErrorCode::wrong_state);
}

TEST(Action, AnAssuranceCheckHasAMethodADescriptionAndADueDate) {
  Result<AssuranceCheck> planned =
      assurance_check_from_text("case_file_sample", " Ten files ", "2024-09-30", today);
  ASSERT_TRUE(planned.ok()) << planned.error().message;
  EXPECT_EQ(planned.value().method, AssuranceMethod::case_file_sample);
  EXPECT_EQ(planned.value().description, "Ten files");
  EXPECT_EQ(fields_of(assurance_check_from_text("audit", "", "2024-03-20", today).error()),
            (std::vector<std::string>{"method", "description", "due_on"}));
}

// Rule ACT-3 as DOMAIN.md words it, counted in days: the oracle the cutoffs are checked against.
Rag as_worded(const RagFacts& facts, const WorkingDayCalendar& calendar) {
  if (facts.status == ActionStatus::closed) return Rag::blue;
  const int without_update = days_between(facts.last_update_on, today);
  if (facts.due_on < today || without_update >= 60) return Rag::red;
  const bool due_soon = calendar.working_days_between(today, facts.due_on).value() <= 10;
  if ((facts.status != ActionStatus::awaiting_sign_off && due_soon) || without_update >= 30)
    return Rag::amber;
  return Rag::green;
}

// Rule ACT-3: the cutoffs the committee's filter uses in the database give the rule's colour, for
// every status, on every due date and last update from 80 days before to 30 days after today.
TEST(Action, TheDatabaseCutoffsGiveTheRulesColourOnEveryDay) {
  const WorkingDayCalendar& calendar = testing_support::bank_holidays_2023_to_2024();
  const RagThresholds thresholds{};
  const RagCutoffs cutoffs = rag_cutoffs(today, calendar, thresholds).value();
  EXPECT_EQ(cutoffs.amber_if_due_by, date(2024, 4, 8)) << "ten working days past Easter";
  int compared = 0;
  for (ActionStatus status : all_action_statuses)
    for (int due = -5; due <= 30; ++due)
      for (int updated = 0; updated <= 80; updated += 1) {
        const RagFacts facts{status, today.add_days(due), today.add_days(-updated)};
        ASSERT_EQ(rag_on(facts, cutoffs), as_worded(facts, calendar))
            << action_status_name(status) << ", due in " << due << ", updated " << updated
            << " days ago";
        ++compared;
      }
  EXPECT_EQ(compared, 4 * 36 * 81);
}

// Rule ACT-3: the page says why an action has its colour, not only what the colour means.
TEST(Action, TheReasonForAColourIsSaidInWords) {
  const RagThresholds thresholds{};
  const RagCutoffs cutoffs =
      rag_cutoffs(today, testing_support::bank_holidays_2023_to_2024(), thresholds).value();
  const auto reason = [&](ActionStatus status, int due_in, int updated_ago) {
    return rag_reason({status, today.add_days(due_in), today.add_days(-updated_ago)}, cutoffs,
                      thresholds);
  };
  EXPECT_EQ(reason(ActionStatus::closed, -5, 90), "Closed");
  EXPECT_EQ(reason(ActionStatus::in_progress, -1, 0), "Past its due date");
  EXPECT_EQ(reason(ActionStatus::in_progress, 90, 61), "No update for 61 days");
  EXPECT_EQ(reason(ActionStatus::in_progress, 3, 0), "Due within 10 working days");
  EXPECT_EQ(reason(ActionStatus::awaiting_sign_off, 3, 35), "No update for 35 days");
  EXPECT_EQ(reason(ActionStatus::awaiting_sign_off, 3, 0), "On track");
}

}  // namespace
}  // namespace casereview
