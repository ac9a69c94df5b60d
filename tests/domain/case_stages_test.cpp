// The stage machine of a case (domain/case_stages.hpp): every allowed step from every stage it is
// allowed in, and every step refused from every other stage, with wrong_state and a reason, and
// the record unchanged. The calendar is the real England and Wales list of 2023 and 2024.
#include "domain/case_stages.hpp"

#include <gtest/gtest.h>

#include <functional>
#include <map>

#include "domain/messages.hpp"

namespace casereview {
namespace {

CivilDate date(int year, int month, int day) {
  return CivilDate::from_ymd(year, month, day).value();
}

const WorkingDayCalendar& calendar() {
  static const WorkingDayCalendar built =
      WorkingDayCalendar::from_holidays({
                                            {date(2023, 1, 2), "New Year’s Day"},
                                            {date(2023, 4, 7), "Good Friday"},
                                            {date(2023, 4, 10), "Easter Monday"},
                                            {date(2023, 5, 1), "Early May bank holiday"},
                                            {date(2023, 5, 8), "Coronation"},
                                            {date(2023, 5, 29), "Spring bank holiday"},
                                            {date(2023, 8, 28), "Summer bank holiday"},
                                            {date(2023, 12, 25), "Christmas Day"},
                                            {date(2023, 12, 26), "Boxing Day"},
                                            {date(2024, 1, 1), "New Year’s Day"},
                                            {date(2024, 3, 29), "Good Friday"},
                                            {date(2024, 4, 1), "Easter Monday"},
                                            {date(2024, 5, 6), "Early May bank holiday"},
                                            {date(2024, 5, 27), "Spring bank holiday"},
                                            {date(2024, 8, 26), "Summer bank holiday"},
                                            {date(2024, 12, 25), "Christmas Day"},
                                            {date(2024, 12, 26), "Boxing Day"},
                                        })
          .value();
  return built;
}

const DeadlineSettings settings{};

// A case recorded on Wednesday 2023-12-20 (aware that day): notify by Friday 2023-12-29
// (DOMAIN.md).
CaseRecord notified_case() {
  CaseRecord record;
  record.id = 7;
  record.partnership_id = 1;
  record.reference = "NBP-2023-001";
  record.facts.aware_on = date(2023, 12, 20);
  record.facts.incident_on = date(2023, 12, 18);
  record.facts.incident = IncidentKind::serious_harm;
  record.facts.abuse_or_neglect = AbuseOrNeglect::suspected;
  record.facts.categories = {AbuseCategory::neglect};
  record.notify_by = notification_deadline(calendar(), settings, record.facts.aware_on).value();
  record.pseudonyms = {"Child A"};
  return record;
}

RapidReviewRecord complete_record() {
  RapidReviewRecord record;
  record.facts_established = "Facts";
  record.immediate_action = "Action";
  record.key_practice_episodes = "Episodes";
  record.what_could_be_improved = "Improvements";
  record.equality_considerations = "Considered";
  for (Criterion criterion : all_criteria) record.answer(criterion) = {true, "Because"};
  record.recommendation = ReviewOutcome::local_cspr;
  record.recommendation_rationale = "Meets the criteria";
  return record;
}

CaseRecord in_rapid_review() {
  CaseRecord record = notified_case();
  EXPECT_TRUE(send_notification(record, calendar(), settings, date(2023, 12, 21), "").ok());
  return record;
}

CaseRecord signed_by_all() {
  CaseRecord record = in_rapid_review();
  EXPECT_TRUE(save_rapid_review_record(record, complete_record()).ok());
  for (StatutoryPartner partner : all_statutory_partners) {
    EXPECT_TRUE(sign_off(record, SignOff{partner, "Signer", date(2024, 1, 8)}).ok());
  }
  return record;
}

CaseRecord awaiting_decision() {
  CaseRecord record = signed_by_all();
  EXPECT_TRUE(submit_to_panel(record, date(2024, 1, 9)).ok());
  return record;
}

// A decision of `outcome` that agrees with complete_record()'s recommendation (a local CSPR) when
// it is that outcome and disagrees otherwise (Rule DEC-1).
PanelDecision decision(ReviewOutcome outcome, std::optional<Id> theme = std::nullopt) {
  PanelDecision made;
  made.view = outcome == ReviewOutcome::local_cspr ? PanelView::agrees : PanelView::disagrees;
  made.outcome = outcome;
  made.reason = "The Panel's reason";
  made.decided_on = date(2024, 2, 1);
  made.theme_id = theme;
  return made;
}

CaseRecord at_stage(CaseStage stage) {
  switch (stage) {
    case CaseStage::notification:
      return notified_case();
    case CaseStage::rapid_review:
      return in_rapid_review();
    case CaseStage::awaiting_panel_decision:
      return awaiting_decision();
    case CaseStage::review_to_be_commissioned: {
      CaseRecord record = awaiting_decision();
      EXPECT_TRUE(record_panel_decision(record, decision(ReviewOutcome::learning_review)).ok());
      return record;
    }
    case CaseStage::review_in_progress: {
      CaseRecord record = at_stage(CaseStage::review_to_be_commissioned);
      EXPECT_TRUE(start_review(record).ok());
      return record;
    }
    case CaseStage::closed: {
      CaseRecord record = awaiting_decision();
      EXPECT_TRUE(record_panel_decision(record, decision(ReviewOutcome::no_review)).ok());
      return record;
    }
    case CaseStage::recorded_only: {
      CaseRecord record = notified_case();
      record.facts.incident = IncidentKind::death;
      record.facts.care_leaver = true;
      EXPECT_TRUE(send_notification(record, calendar(), settings, date(2023, 12, 21), "").ok());
      return record;
    }
  }
  return notified_case();
}

// Each step of the machine, and the stages it is allowed from.
struct Step {
  std::string name;
  std::vector<CaseStage> allowed_from;
  std::function<Status(CaseRecord&)> take;
};

std::vector<Step> steps() {
  return {
      {"send the notification",
       {CaseStage::notification},
       [](CaseRecord& record) {
         return send_notification(record, calendar(), settings, date(2024, 2, 5), "Late");
       }},
      {"allocate the rapid review",
       {CaseStage::rapid_review},
       [](CaseRecord& record) { return allocate_rapid_review(record, 3, date(2024, 2, 5)); }},
      {"work on the rapid review",
       {CaseStage::rapid_review},
       [](CaseRecord& record) { return check_rapid_review_running(record); }},
      {"save the record",
       {CaseStage::rapid_review},
       [](CaseRecord& record) -> Status {
         auto saved = save_rapid_review_record(record, complete_record());
         if (!saved) return saved.error();
         return ok_status();
       }},
      {"sign off",
       {CaseStage::rapid_review},
       [](CaseRecord& record) {
         record.rapid_review = complete_record();
         return sign_off(record, SignOff{StatutoryPartner::police, "Signer", date(2024, 1, 8)});
       }},
      {"submit",
       {},  // never from a bare stage: needs the sign-offs, tested below
       [](CaseRecord& record) { return submit_to_panel(record, date(2024, 2, 5)); }},
      {"record the decision",
       {CaseStage::awaiting_panel_decision},
       [](CaseRecord& record) {
         return record_panel_decision(record, decision(ReviewOutcome::local_cspr));
       }},
      // Rule REV-1.
      {"commission the review",
       {CaseStage::review_to_be_commissioned},
       [](CaseRecord& record) { return start_review(record); }},
  };
}

TEST(CaseStages, EveryStepIsAllowedExactlyFromItsStagesAndRefusedWithAReasonFromEveryOther) {
  for (const Step& step : steps()) {
    for (CaseStage stage : all_case_stages) {
      CaseRecord record = at_stage(stage);
      ASSERT_EQ(record.stage, stage);
      const CaseRecord before = record;
      Status taken = step.take(record);
      const bool allowed = std::find(step.allowed_from.begin(), step.allowed_from.end(), stage) !=
                           step.allowed_from.end();
      if (allowed) {
        EXPECT_TRUE(taken.ok()) << step.name << " from " << case_stage_name(stage) << ": "
                                << taken.error().message;
      } else {
        ASSERT_FALSE(taken.ok()) << step.name << " from " << case_stage_name(stage);
        EXPECT_EQ(taken.error().code, ErrorCode::wrong_state)
            << step.name << " from " << case_stage_name(stage);
        EXPECT_FALSE(taken.error().message.empty());
        EXPECT_EQ(record.stage, before.stage);
        EXPECT_EQ(record.sent_on, before.sent_on);
        EXPECT_EQ(record.submitted_on, before.submitted_on);
        EXPECT_EQ(record.decision.has_value(), before.decision.has_value());
      }
    }
  }
}

// Rule SIN-1: notify by the 5th working day after awareness (DOMAIN.md's example).
TEST(CaseStages, ANotificationIsDueFiveWorkingDaysAfterAwareness) {
  EXPECT_EQ(notified_case().notify_by, date(2023, 12, 29));
  EXPECT_EQ(notified_case().stage, CaseStage::notification);
}

// Rule RR-1: sending starts the rapid review, due 15 working days after sending.
TEST(CaseStages, SendingStartsTheRapidReviewDueFifteenWorkingDaysLater) {
  CaseRecord record = notified_case();
  ASSERT_TRUE(send_notification(record, calendar(), settings, date(2023, 12, 21), "").ok());
  EXPECT_EQ(record.stage, CaseStage::rapid_review);
  EXPECT_EQ(record.sent_on, date(2023, 12, 21));
  // 22, 27, 28, 29 Dec; 2-5, 8-12, 15-16 Jan: the 15th working day is Tuesday 16 January.
  EXPECT_EQ(record.rapid_review_due, date(2024, 1, 16));
  EXPECT_TRUE(record.late_reason.empty());
}

// Rule SIN-3: late needs a reason; on the due date itself it is not late.
TEST(CaseStages, ALateNotificationNeedsAReasonButOneOnTheDueDateDoesNot) {
  CaseRecord on_time = notified_case();
  EXPECT_TRUE(send_notification(on_time, calendar(), settings, date(2023, 12, 29), "").ok());
  CaseRecord late = notified_case();
  Status refused = send_notification(late, calendar(), settings, date(2024, 1, 2), "  ");
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::invalid_input);
  EXPECT_EQ(refused.error().fields.at(0).field, "late_reason");
  EXPECT_EQ(late.stage, CaseStage::notification);
  EXPECT_TRUE(send_notification(late, calendar(), settings, date(2024, 1, 2),
                                "Awareness came over the holiday")
                  .ok());
  EXPECT_EQ(late.late_reason, "Awareness came over the holiday");
}

// Issue 17 ("every text field has a limit"): the reason had none.
TEST(CaseStages, ALateReasonLongerThanTheLimitIsRefusedAndChangesNothing) {
  const std::string too_long_reason(limits::late_reason + 1, 'a');
  CaseRecord late = notified_case();
  Status refused = send_notification(late, calendar(), settings, date(2024, 1, 2), too_long_reason);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().fields.at(0).field, "late_reason");
  EXPECT_EQ(refused.error().fields.at(0).message, "The reason must be 5,000 characters or fewer");
  EXPECT_EQ(late.stage, CaseStage::notification);
  EXPECT_TRUE(send_notification(late, calendar(), settings, date(2024, 1, 2),
                                std::string(limits::late_reason, 'a'))
                  .ok());
  Status partners = tell_partners(late, date(2024, 1, 2), too_long_reason);
  ASSERT_FALSE(partners.ok());
  EXPECT_EQ(partners.error().fields.at(0).field, "late_reason");
  EXPECT_FALSE(late.partners_told_on);
}

TEST(CaseStages, SendingBeforeAwarenessIsRefused) {
  CaseRecord record = notified_case();
  Status refused = send_notification(record, calendar(), settings, date(2023, 12, 19), "");
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().fields.at(0).field, "sent_on");
}

TEST(CaseStages, ANotificationIsSentOnlyOnce) {
  CaseRecord record = in_rapid_review();
  Status again = send_notification(record, calendar(), settings, date(2023, 12, 22), "");
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::wrong_state);
}

// Rule SIN-5: a looked-after child's death without abuse suspected, or a care leaver's death, is
// recorded only.
TEST(CaseStages, RecordedOnlyNotificationsDoNotStartARapidReview) {
  NotificationFacts looked_after_death;
  looked_after_death.incident = IncidentKind::death;
  looked_after_death.looked_after = true;
  looked_after_death.abuse_or_neglect = AbuseOrNeglect::not_suspected;
  EXPECT_TRUE(recorded_only(looked_after_death));
  NotificationFacts suspected = looked_after_death;
  suspected.abuse_or_neglect = AbuseOrNeglect::suspected;
  EXPECT_FALSE(recorded_only(suspected));
  NotificationFacts care_leaver_death;
  care_leaver_death.incident = IncidentKind::death;
  care_leaver_death.care_leaver = true;
  care_leaver_death.abuse_or_neglect = AbuseOrNeglect::known;
  EXPECT_TRUE(recorded_only(care_leaver_death));
  NotificationFacts harmed_care_leaver = care_leaver_death;
  harmed_care_leaver.incident = IncidentKind::serious_harm;
  EXPECT_FALSE(recorded_only(harmed_care_leaver));

  CaseRecord record = at_stage(CaseStage::recorded_only);
  EXPECT_EQ(record.stage, CaseStage::recorded_only);
  EXPECT_FALSE(record.rapid_review_due.has_value());
}

// Rule SIN-6: abuse or neglect known or suspected, unless a looked-after child or care leaver died.
TEST(CaseStages, OnlyNotifiableIncidentsAreNotifiable) {
  NotificationFacts facts;
  facts.abuse_or_neglect = AbuseOrNeglect::not_suspected;
  facts.incident = IncidentKind::serious_harm;
  facts.looked_after = true;
  EXPECT_FALSE(notifiable(facts));
  facts.incident = IncidentKind::death;
  EXPECT_TRUE(notifiable(facts));
  facts.looked_after = false;
  EXPECT_FALSE(notifiable(facts));
  facts.abuse_or_neglect = AbuseOrNeglect::known;
  EXPECT_TRUE(notifiable(facts));
}

// Rule SIN-2 and Rule SIN-3 for telling the partners.
TEST(CaseStages, PartnersAreToldOnceAndLateNeedsAReason) {
  CaseRecord record = notified_case();
  Status late = tell_partners(record, date(2024, 1, 3), "");
  ASSERT_FALSE(late.ok());
  EXPECT_EQ(late.error().fields.at(0).field, "late_reason");
  ASSERT_TRUE(tell_partners(record, date(2023, 12, 22), "").ok());
  EXPECT_EQ(record.partners_told_on, date(2023, 12, 22));
  Status again = tell_partners(record, date(2023, 12, 23), "");
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::wrong_state);
}

// Rule RR-3: only a complete record is signed; the gaps are listed by field.
TEST(CaseStages, AnIncompleteRecordCannotBeSignedAndItsGapsAreNamed) {
  CaseRecord record = in_rapid_review();
  RapidReviewRecord partial = complete_record();
  partial.answer(Criterion::reg3_b).met.reset();
  partial.recommendation.reset();
  ASSERT_TRUE(save_rapid_review_record(record, partial).ok());
  Status refused = sign_off(record, SignOff{StatutoryPartner::health, "Signer", date(2024, 1, 8)});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::wrong_state);
  std::vector<std::string> fields;
  for (const FieldError& gap : refused.error().fields) fields.push_back(gap.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"reg3_b", "recommendation"}));
  EXPECT_TRUE(record.sign_offs.empty());
}

TEST(CaseStages, ASignOffNeedsANameAndEachPartnerSignsOnce) {
  CaseRecord record = in_rapid_review();
  ASSERT_TRUE(save_rapid_review_record(record, complete_record()).ok());
  Status nameless = sign_off(record, SignOff{StatutoryPartner::police, " ", date(2024, 1, 8)});
  ASSERT_FALSE(nameless.ok());
  EXPECT_EQ(nameless.error().fields.at(0).field, "name");
  ASSERT_TRUE(sign_off(record, SignOff{StatutoryPartner::police, "Signer", date(2024, 1, 8)}).ok());
  Status twice = sign_off(record, SignOff{StatutoryPartner::police, "Other", date(2024, 1, 9)});
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code, ErrorCode::wrong_state);
  EXPECT_EQ(
      partners_yet_to_sign(record),
      (std::vector<StatutoryPartner>{StatutoryPartner::local_authority, StatutoryPartner::health}));
}

// Rule RR-3: changing the record after sign-off clears the sign-offs; saving it unchanged does not.
TEST(CaseStages, ChangingASignedRecordClearsTheSignOffs) {
  CaseRecord record = signed_by_all();
  auto unchanged = save_rapid_review_record(record, complete_record());
  ASSERT_TRUE(unchanged.ok());
  EXPECT_FALSE(unchanged.value());
  EXPECT_EQ(record.sign_offs.size(), 3u);
  RapidReviewRecord changed = complete_record();
  changed.facts_established = "New facts";
  auto cleared = save_rapid_review_record(record, changed);
  ASSERT_TRUE(cleared.ok());
  EXPECT_TRUE(cleared.value());
  EXPECT_TRUE(record.sign_offs.empty());
}

// Rule RR-4: submitted only when all three partners have signed.
TEST(CaseStages, TheRapidReviewCannotBeSubmittedUnsigned) {
  CaseRecord record = in_rapid_review();
  ASSERT_TRUE(save_rapid_review_record(record, complete_record()).ok());
  ASSERT_TRUE(
      sign_off(record, SignOff{StatutoryPartner::local_authority, "Signer", date(2024, 1, 8)})
          .ok());
  Status refused = submit_to_panel(record, date(2024, 1, 9));
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::wrong_state);
  EXPECT_NE(refused.error().message.find("Police and Health"), std::string::npos)
      << refused.error().message;
  EXPECT_EQ(record.stage, CaseStage::rapid_review);

  CaseRecord signed_record = signed_by_all();
  Status early = submit_to_panel(signed_record, date(2024, 1, 5));
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(early.error().fields.at(0).field, "submitted_on");
  ASSERT_TRUE(submit_to_panel(signed_record, date(2024, 1, 9)).ok());
  EXPECT_EQ(signed_record.stage, CaseStage::awaiting_panel_decision);
  EXPECT_EQ(signed_record.submitted_on, date(2024, 1, 9));
}

// Rule DEC-1 and Rule DEC-2.
TEST(CaseStages, TheDecisionMovesTheCaseToItsNextStage) {
  for (ReviewOutcome outcome : all_review_outcomes) {
    CaseRecord record = awaiting_decision();
    ASSERT_TRUE(record_panel_decision(record, decision(outcome, Id{4})).ok())
        << review_outcome_name(outcome);
    EXPECT_EQ(record.stage, outcome == ReviewOutcome::no_review
                                ? CaseStage::closed
                                : CaseStage::review_to_be_commissioned);
    EXPECT_EQ(record.decision->outcome, outcome);
    EXPECT_EQ(record.decision->theme_id.has_value(), outcome == ReviewOutcome::national_review);
    if (outcome == ReviewOutcome::no_review) {
      EXPECT_EQ(record.closed_on, date(2024, 2, 1));
      EXPECT_NE(record.closed_reason.find("The Panel's reason"), std::string::npos);
    }
  }
}

TEST(CaseStages, ADecisionNeedsAReasonADateAfterSubmissionAndANationalReviewATheme) {
  CaseRecord record = awaiting_decision();
  PanelDecision bad = decision(ReviewOutcome::national_review);
  bad.reason = "";
  bad.decided_on = date(2024, 1, 8);
  Status refused = record_panel_decision(record, bad);
  ASSERT_FALSE(refused.ok());
  std::vector<std::string> fields;
  for (const FieldError& problem : refused.error().fields) fields.push_back(problem.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"reason", "decided_on", "theme"}));
  EXPECT_EQ(record.stage, CaseStage::awaiting_panel_decision);
}

// Rule DEC-1: "agrees" is the recommended outcome (a local CSPR here); "disagrees" is another.
TEST(CaseStages, APanelDecisionCannotContradictItself) {
  for (ReviewOutcome outcome : all_review_outcomes) {
    for (PanelView view : {PanelView::agrees, PanelView::disagrees}) {
      CaseRecord record = awaiting_decision();
      PanelDecision made = decision(outcome, Id{4});
      made.view = view;
      const bool recommended = outcome == ReviewOutcome::local_cspr;
      Status outcome_checked = record_panel_decision(record, made);
      if (recommended == (view == PanelView::agrees)) {
        EXPECT_TRUE(outcome_checked.ok()) << review_outcome_name(outcome);
        continue;
      }
      ASSERT_FALSE(outcome_checked.ok()) << review_outcome_name(outcome);
      EXPECT_EQ(outcome_checked.error().code, ErrorCode::invalid_input);
      ASSERT_EQ(outcome_checked.error().fields.size(), 1u);
      EXPECT_EQ(outcome_checked.error().fields[0].field, "outcome");
      EXPECT_NE(outcome_checked.error().fields[0].message.find(
                    "Local child safeguarding practice review"),
                std::string::npos)
          << outcome_checked.error().fields[0].message;
      EXPECT_EQ(record.stage, CaseStage::awaiting_panel_decision);
      EXPECT_FALSE(record.decision.has_value());
    }
  }
}

// Issue 10: submission names the agencies that have not responded and needs a reason then only.
TEST(CaseStages, GoingWithoutAgenciesResponsesNeedsAReason) {
  EXPECT_TRUE(check_missing_responses({}, "").ok());
  EXPECT_TRUE(check_missing_responses({"North Police"}, "On leave").ok());
  Status refused = check_missing_responses({"North Police", "North School"}, " \n");
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::wrong_state);
  EXPECT_NE(refused.error().message.find("North Police and North School"), std::string::npos)
      << refused.error().message;
  ASSERT_EQ(refused.error().fields.size(), 1u);
  EXPECT_EQ(refused.error().fields[0].field, "reason_for_missing_responses");
  EXPECT_EQ(refused.error().fields[0].message,
            "Enter the reason for submitting without a response from North Police and North "
            "School");
}

// Issue 10: an agency joins a case at any stage before closure, once.
TEST(CaseStages, AnAgencyIsAddedToACaseAtAnyStageBeforeClosure) {
  for (CaseStage stage : all_case_stages) {
    CaseRecord record = at_stage(stage);
    const std::size_t before = record.agency_ids.size();
    Status added = add_agency_to_case(record, Id{99});
    if (stage == CaseStage::closed) {
      ASSERT_FALSE(added.ok());
      EXPECT_EQ(added.error().code, ErrorCode::wrong_state);
      EXPECT_EQ(record.agency_ids.size(), before);
      continue;
    }
    ASSERT_TRUE(added.ok()) << case_stage_name(stage);
    EXPECT_EQ(record.agency_ids.back(), Id{99});
    Status twice = add_agency_to_case(record, Id{99});
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().fields.at(0).field, "agency_id");
    EXPECT_EQ(record.agency_ids.size(), before + 1);
  }
}

TEST(CaseModel, PseudonymsAndReferences) {
  EXPECT_EQ(child_pseudonym(0), "Child A");
  EXPECT_EQ(child_pseudonym(3), "Child D");
  EXPECT_EQ(case_reference("NBP", 2026, 7), "NBP-2026-007");
  EXPECT_EQ(case_reference("NBP", 2026, 1234), "NBP-2026-1234");
}

TEST(CaseModel, EveryNameReadsBack) {
  for (CaseStage stage : all_case_stages)
    EXPECT_EQ(case_stage_from_name(case_stage_name(stage)), stage);
  for (AbuseCategory category : all_abuse_categories) {
    EXPECT_EQ(abuse_category_from_name(abuse_category_name(category)), category);
  }
  for (ReviewOutcome outcome : all_review_outcomes)
    EXPECT_EQ(review_outcome_from_name(review_outcome_name(outcome)), outcome);
  for (Criterion criterion : all_criteria)
    EXPECT_EQ(criterion_from_name(criterion_name(criterion)), criterion);
  for (AgencyResponseState state : {AgencyResponseState::not_started, AgencyResponseState::draft,
                                    AgencyResponseState::submitted})
    EXPECT_EQ(agency_response_state_from_name(agency_response_state_name(state)), state);
  EXPECT_FALSE(case_stage_from_name("open").has_value());
  EXPECT_FALSE(agency_response_state_from_name("started").has_value());
}

}  // namespace
}  // namespace casereview
