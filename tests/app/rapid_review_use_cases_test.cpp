// The rapid review, agency responses, the Panel's decision and reading cases (app/cases/*.hpp), on
// SQLite and PostgreSQL, including who may not: a contributor of another agency, a user of another
// partnership, a panel user asking for names. The clock starts on Monday 2 March 2026.
#include <gtest/gtest.h>

#include "app/case_fixture.hpp"
#include "domain/messages.hpp"

namespace casereview {
namespace {

class RapidReviewUseCases : public CaseUseCaseTest {
 protected:
  // Requests a response from every involved agency (police and social care).
  std::vector<AgencyRequestView> request_all(Id case_id) {
    auto requested =
        request_agency_responses(context(), as(manager), case_id, AgencyRequestsInput{});
    EXPECT_TRUE(requested.ok()) << requested.error().message;
    return requested.ok() ? requested.value() : std::vector<AgencyRequestView>{};
  }

  Id police_request(const std::vector<AgencyRequestView>& requests) {
    for (const AgencyRequestView& request : requests) {
      if (request.agency_id == police.id) return request.id;
    }
    ADD_FAILURE() << "no police request";
    return 0;
  }
};

// Rule RR-2: one request per involved agency, due 5 working days later; contributors are emailed.
TEST_P(RapidReviewUseCases, RequestsEachInvolvedAgencyOnceWithItsDueDate) {
  const Id id = case_in_rapid_review();
  auto requests = request_all(id);
  ASSERT_EQ(requests.size(), 2u);
  for (const AgencyRequestView& request : requests) {
    EXPECT_EQ(request.deadline.due_on, CivilDate::from_ymd(2026, 3, 9).value());
    EXPECT_EQ(request.state, AgencyResponseState::not_started);
    EXPECT_EQ(request.deadline.status, DeadlineStatus::on_track);
  }
  EXPECT_EQ(request_all(id).size(), 2u);
  auto emails = outbox_to("contributor@police.north.example");
  ASSERT_EQ(emails.size(), 1u);
  EXPECT_NE(
      emails[0].email.body.find("/agency-requests/" + std::to_string(police_request(requests))),
      std::string::npos);
  EXPECT_EQ(emails[0].email.body.find("Amelia"), std::string::npos);
  EXPECT_NE(emails[0].email.subject.find("Child A"), std::string::npos);

  AgencyRequestsInput school_only{{school.id}};
  auto refused = request_agency_responses(context(), as(manager), id, school_only);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(fields_of(refused.error()), std::vector<std::string>{"agency_ids"});
}

TEST_P(RapidReviewUseCases, AgencyResponsesCannotBeRequestedBeforeTheNotificationIsSent) {
  const Id id = record(notification_input()).id;
  auto refused = request_agency_responses(context(), as(manager), id, AgencyRequestsInput{});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::wrong_state);
}

TEST_P(RapidReviewUseCases, AContributorSeesOnlyTheirAgencysRequestWithThePseudonymisedOutline) {
  const Id id = case_in_rapid_review();
  const Id request_id = police_request(request_all(id));
  auto mine = list_my_agency_requests(context(), as(police_contributor));
  ASSERT_TRUE(mine.ok());
  ASSERT_EQ(mine.value().size(), 1u);
  EXPECT_EQ(mine.value()[0].reference, "NORTH-2026-001");
  EXPECT_EQ(mine.value()[0].pseudonyms, std::vector<std::string>{"Child A"});
  auto detail = view_agency_request(context(), as(police_contributor), request_id);
  ASSERT_TRUE(detail.ok());
  EXPECT_EQ(detail.value().outline, "Child A was taken to hospital with injuries.");
  EXPECT_TRUE(detail.value().can_edit);

  // Another agency's contributor, and another partnership's user, are told nothing exists.
  EXPECT_TRUE(list_my_agency_requests(context(), as(school_contributor)).value().empty());
  EXPECT_EQ(view_agency_request(context(), as(school_contributor), request_id).error().code,
            ErrorCode::not_found);
  EXPECT_EQ(
      save_agency_response_draft(context(), as(school_contributor), request_id, {"x"}).error().code,
      ErrorCode::not_found);
  Account south_contributor =
      add_account("contributor@police.south.example", {"contributor"}, "SOUTH", "POLICE");
  EXPECT_EQ(view_agency_request(context(), as(south_contributor), request_id).error().code,
            ErrorCode::not_found);
  EXPECT_EQ(view_agency_request(context(), as(manager), request_id).error().code,
            ErrorCode::forbidden);
}

// Rule NTK-1: the asked agency's contributors see who the children are on their open request, each
// view audited; not another agency's contributors, and not once the request is submitted.
TEST_P(RapidReviewUseCases, TheAskedAgencySeesTheChildrenOnlyWhileItsRequestIsOpen) {
  const Id id = case_in_rapid_review();
  const Id request_id = police_request(request_all(id));
  auto hidden = view_agency_request(context(), as(police_contributor), request_id);
  ASSERT_TRUE(hidden.ok());
  EXPECT_TRUE(hidden.value().children.empty());
  EXPECT_TRUE(audit_entries("view-names", "success", "contributor@police.north.example").empty());

  auto shown =
      view_agency_request(context(), as(police_contributor), request_id, NameDisplay::shown);
  ASSERT_TRUE(shown.ok()) << shown.error().message;
  ASSERT_EQ(shown.value().children.size(), 1u);
  const ChildToIdentify& child = shown.value().children[0];
  EXPECT_EQ(child.pseudonym, "Child A");
  EXPECT_EQ(child.given_name, "Amelia");
  EXPECT_EQ(child.family_name, "Testchild");
  EXPECT_EQ(child.date_of_birth, CivilDate::from_ymd(2019, 5, 4).value());
  EXPECT_EQ(child.home_local_authority, "Northbrook");
  EXPECT_EQ(audit_entries("view-names", "success", "contributor@police.north.example").size(), 1u);

  EXPECT_EQ(view_agency_request(context(), as(school_contributor), request_id, NameDisplay::shown)
                .error()
                .code,
            ErrorCode::not_found);
  EXPECT_EQ(view_case(context(), as(school_contributor), id, NameDisplay::shown).error().code,
            ErrorCode::forbidden);

  ASSERT_TRUE(submit_agency_response(context(), as(police_contributor), request_id, {"Done"}).ok());
  auto closed =
      view_agency_request(context(), as(police_contributor), request_id, NameDisplay::shown);
  ASSERT_TRUE(closed.ok());
  EXPECT_FALSE(closed.value().can_edit);
  EXPECT_TRUE(closed.value().children.empty());
  EXPECT_EQ(audit_entries("view-names", "success", "contributor@police.north.example").size(), 1u);
  expect_audit_chain_whole();
}

TEST_P(RapidReviewUseCases, AContributorSavesADraftThenSubmitsAndCannotChangeItAfter) {
  const Id id = case_in_rapid_review();
  const Id request_id = police_request(request_all(id));
  ASSERT_TRUE(
      save_agency_response_draft(context(), as(police_contributor), request_id, {"First thoughts"})
          .ok());
  auto draft = view_agency_request(context(), as(police_contributor), request_id);
  EXPECT_EQ(draft.value().summary, "First thoughts");
  EXPECT_EQ(draft.value().request.state, AgencyResponseState::draft);
  // The manager sees that it is outstanding, not the draft.
  auto seen = list_agency_requests(context(), as(manager), id).value();
  for (const AgencyRequestView& request : seen) EXPECT_TRUE(request.summary.empty());

  EXPECT_EQ(
      fields_of(
          submit_agency_response(context(), as(police_contributor), request_id, {" "}).error()),
      std::vector<std::string>{"summary"});
  ASSERT_TRUE(
      submit_agency_response(context(), as(police_contributor), request_id, {"Our involvement"})
          .ok());
  auto again =
      save_agency_response_draft(context(), as(police_contributor), request_id, {"Changed"});
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::wrong_state);
  auto submitted = list_agency_requests(context(), as(manager), id).value();
  bool found = false;
  for (const AgencyRequestView& request : submitted) {
    if (request.id != request_id) continue;
    found = true;
    EXPECT_EQ(request.summary, "Our involvement");
    EXPECT_EQ(request.deadline.status, DeadlineStatus::met);
  }
  EXPECT_TRUE(found);
}

TEST_P(RapidReviewUseCases, OverdueResponsesShowOnTheDashboard) {
  const Id id = case_in_rapid_review();
  const Id request_id = police_request(request_all(id));
  ASSERT_TRUE(submit_agency_response(context(), as(police_contributor), request_id, {"Done"}).ok());
  clock_.advance(
      std::chrono::hours(24 * 8));  // Tuesday 10 March: the responses were due on the 9th
  auto rows = case_dashboard(context(), as(committee), DashboardFilter{});
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows.value().size(), 1u);
  EXPECT_EQ(rows.value()[0].outstanding_agency_responses, 1);
  EXPECT_EQ(rows.value()[0].overdue_agency_responses, 1);
  EXPECT_EQ(rows.value()[0].stage, CaseStage::rapid_review);
  ASSERT_TRUE(rows.value()[0].next_deadline.has_value());
  EXPECT_EQ(rows.value()[0].next_deadline->kind, DeadlineKind::tell_partners);
  EXPECT_EQ(rows.value()[0].status, DeadlineStatus::overdue);
}

TEST_P(RapidReviewUseCases, TheDashboardDerivesEachStatusAndFilters) {
  const Id on_track = case_in_rapid_review();
  ASSERT_TRUE(
      record_partners_told(context(), as(notifier), on_track, PartnersToldInput{days_ago(0), ""})
          .ok());
  const Id due_soon = record(notification_input()).id;
  clock_.advance(std::chrono::hours(24 * 4));  // Friday 6 March: due_soon's notify_by is Monday 9th
  auto all = case_dashboard(context(), as(manager), DashboardFilter{});
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all.value().size(), 2u);
  EXPECT_EQ(all.value()[0].id, due_soon);
  EXPECT_EQ(all.value()[0].status, DeadlineStatus::due_soon);
  EXPECT_EQ(all.value()[0].next_deadline->working_days_left, 1);
  EXPECT_EQ(all.value()[1].id, on_track);
  EXPECT_EQ(all.value()[1].status, DeadlineStatus::on_track);
  auto soon = case_dashboard(context(), as(manager),
                             DashboardFilter{std::nullopt, DeadlineStatus::due_soon});
  ASSERT_EQ(soon.value().size(), 1u);
  EXPECT_EQ(soon.value()[0].id, due_soon);
  auto reviewing = case_dashboard(context(), as(manager),
                                  DashboardFilter{CaseStage::rapid_review, std::nullopt});
  ASSERT_EQ(reviewing.value().size(), 1u);
  EXPECT_EQ(reviewing.value()[0].id, on_track);
  EXPECT_TRUE(case_dashboard(context(), as(south_manager), DashboardFilter{}).value().empty());
  EXPECT_EQ(case_dashboard(context(), as(police_contributor), DashboardFilter{}).error().code,
            ErrorCode::forbidden);
}

// Rule RR-4 through the use case: 409 until all three partners have signed.
TEST_P(RapidReviewUseCases, TheRapidReviewIsSubmittedOnlyWhenSignedByAllThreePartners) {
  const Id id = case_in_rapid_review();
  auto saved = save_rapid_review(context(), as(manager), id, complete_record_input());
  ASSERT_TRUE(saved.ok());
  EXPECT_TRUE(saved.value().gaps.empty());
  ASSERT_TRUE(record_sign_off(context(), as(police_signatory), id, {authenticator_code()}).ok());
  auto refused = submit_rapid_review(context(), as(manager), id, SubmissionInput{days_ago(0)});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::wrong_state);
  ASSERT_TRUE(record_sign_off(context(), as(la_signatory), id, {authenticator_code()}).ok());
  ASSERT_TRUE(record_sign_off(context(), as(health_signatory), id, {authenticator_code()}).ok());
  ASSERT_TRUE(
      submit_rapid_review(context(), as(manager), id, SubmissionInput{days_ago(0), "To follow"})
          .ok());
  auto detail = view_case(context(), as(manager), id, NameDisplay::hidden);
  ASSERT_TRUE(detail.ok());
  EXPECT_EQ(detail.value().record.stage, CaseStage::awaiting_panel_decision);
  EXPECT_EQ(detail.value().record.sign_offs.size(), 3u);
}

// Submission names the agencies that have not responded (asked or not) and goes ahead without
// them only with a reason, which the timeline and the audit log keep.
TEST_P(RapidReviewUseCases, SubmissionWithoutEveryAgencysResponseNeedsAReason) {
  const Id id = case_in_rapid_review();
  const Id request_id = police_request(request_all(id));
  ASSERT_TRUE(
      save_agency_response_draft(context(), as(police_contributor), request_id, {"Draft"}).ok());
  ASSERT_TRUE(save_rapid_review(context(), as(manager), id, complete_record_input()).ok());
  sign_by_every_partner(id);
  auto detail = view_case(context(), as(manager), id, NameDisplay::hidden).value();
  ASSERT_EQ(detail.agencies_not_responded.size(), 2u);
  EXPECT_EQ(detail.agencies_not_responded[0].name, "North Police");
  EXPECT_EQ(detail.agencies_not_responded[1].name, "North Children's Social Care");

  auto refused = submit_rapid_review(context(), as(manager), id, SubmissionInput{days_ago(0), " "});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::wrong_state);
  EXPECT_NE(refused.error().message.find("North Police and North Children's Social Care"),
            std::string::npos)
      << refused.error().message;
  EXPECT_EQ(fields_of(refused.error()), std::vector<std::string>{"reason_for_missing_responses"});
  EXPECT_EQ(view_case(context(), as(manager), id, NameDisplay::hidden).value().record.stage,
            CaseStage::rapid_review);

  // The police respond: only social care is missing now.
  ASSERT_TRUE(
      submit_agency_response(context(), as(police_contributor), request_id, {"Our part"}).ok());
  refused = submit_rapid_review(context(), as(manager), id, SubmissionInput{days_ago(0), ""});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().message.find("North Police"), std::string::npos);
  ASSERT_TRUE(submit_rapid_review(context(), as(manager), id,
                                  SubmissionInput{days_ago(0), "Social care's lead is on leave"})
                  .ok());
  detail = view_case(context(), as(manager), id, NameDisplay::hidden).value();
  EXPECT_EQ(detail.record.stage, CaseStage::awaiting_panel_decision);
  ASSERT_FALSE(detail.timeline.empty());
  EXPECT_EQ(detail.timeline.back().event.kind, CaseEventKind::submitted_to_panel);
  EXPECT_NE(detail.timeline.back().text.find(
                "Without a response from North Children's Social Care, because: Social care's "
                "lead is on leave"),
            std::string::npos)
      << detail.timeline.back().text;
  auto audited = audit_entries("submit-rapid-review", "success", "manager@north.example");
  ASSERT_EQ(audited.size(), 1u);
  EXPECT_NE(audited[0].detail.find("Social care's lead is on leave"), std::string::npos)
      << audited[0].detail;
}

// Every agency has responded: no reason is asked for.
TEST_P(RapidReviewUseCases, SubmissionWithEveryAgencysResponseNeedsNoReason) {
  const Id id = case_in_rapid_review();
  const Account social_care_contributor =
      add_account("contributor@csc.north.example", {"contributor"}, "NORTH", "CSC");
  for (const AgencyRequestView& request : request_all(id)) {
    const Account& contributor =
        request.agency_id == police.id ? police_contributor : social_care_contributor;
    ASSERT_TRUE(submit_agency_response(context(), as(contributor), request.id, {"Ours"}).ok());
  }
  ASSERT_TRUE(save_rapid_review(context(), as(manager), id, complete_record_input()).ok());
  sign_by_every_partner(id);
  EXPECT_TRUE(view_case(context(), as(manager), id, NameDisplay::hidden)
                  .value()
                  .agencies_not_responded.empty());
  ASSERT_TRUE(
      submit_rapid_review(context(), as(manager), id, SubmissionInput{days_ago(0), ""}).ok());
}

// Issue 10: an agency not ticked at notification is added (audited, on the timeline) and asked.
TEST_P(RapidReviewUseCases, TheManagerAddsAnAgencyToTheCaseAndThenAsksIt) {
  const Id id = case_in_rapid_review();
  request_all(id);
  auto not_involved =
      request_agency_responses(context(), as(manager), id, AgencyRequestsInput{{school.id}});
  ASSERT_FALSE(not_involved.ok());

  auto added = add_case_agency(context(), as(manager), id, CaseAgencyInput{school.id});
  ASSERT_TRUE(added.ok()) << added.error().message;
  ASSERT_EQ(added.value().size(), 3u);
  EXPECT_EQ(added.value()[2].name, "North School");
  auto detail = view_case(context(), as(manager), id, NameDisplay::hidden).value();
  EXPECT_EQ(detail.agencies.size(), 3u);
  EXPECT_EQ(detail.timeline.back().event.kind, CaseEventKind::agency_added);
  EXPECT_EQ(detail.timeline.back().text, "Agency added to the case: North School");
  EXPECT_EQ(audit_entries("add-case-agency", "success", "manager@north.example").size(), 1u);

  auto asked =
      request_agency_responses(context(), as(manager), id, AgencyRequestsInput{{school.id}});
  ASSERT_TRUE(asked.ok()) << asked.error().message;
  EXPECT_EQ(asked.value().size(), 3u);
  EXPECT_EQ(list_my_agency_requests(context(), as(school_contributor)).value().size(), 1u);

  // Twice, another partnership's agency, an unknown one: refused on agency_id.
  EXPECT_EQ(
      fields_of(add_case_agency(context(), as(manager), id, CaseAgencyInput{school.id}).error()),
      std::vector<std::string>{"agency_id"});
  EXPECT_EQ(
      fields_of(
          add_case_agency(context(), as(manager), id, CaseAgencyInput{south_police.id}).error()),
      std::vector<std::string>{"agency_id"});
  EXPECT_EQ(fields_of(add_case_agency(context(), as(manager), id, CaseAgencyInput{0}).error()),
            std::vector<std::string>{"agency_id"});
  // Who may not.
  EXPECT_EQ(add_case_agency(context(), as(committee), id, CaseAgencyInput{school.id}).error().code,
            ErrorCode::forbidden);
  EXPECT_EQ(add_case_agency(context(), as(south_manager), id, CaseAgencyInput{south_police.id})
                .error()
                .code,
            ErrorCode::not_found);
}

// At any stage before closure: after the Panel's decision too, but not once the case is closed.
TEST_P(RapidReviewUseCases, AnAgencyIsAddedAtAnyStageButNotToAClosedCase) {
  const Id notified = record(notification_input()).id;
  EXPECT_TRUE(add_case_agency(context(), as(manager), notified, CaseAgencyInput{school.id}).ok());
  const Id decided = case_awaiting_decision();
  EXPECT_TRUE(add_case_agency(context(), as(manager), decided, CaseAgencyInput{school.id}).ok());
  ASSERT_TRUE(record_panel_decision(context(), as(manager), decided,
                                    PanelDecisionInput{"disagrees", "no_review", "No learning",
                                                       days_ago(0), std::nullopt, ""})
                  .ok());
  Agency housing = add_agency("NORTH", "HOUSING", "North Housing");
  auto closed = add_case_agency(context(), as(manager), decided, CaseAgencyInput{housing.id});
  ASSERT_FALSE(closed.ok());
  EXPECT_EQ(closed.error().code, ErrorCode::wrong_state);
}

// Rule SIGN-1: each partner signs as itself, through its own signatory, with a current code from
// their authenticator app; the signatory's name, account and time are recorded and audited.
TEST_P(RapidReviewUseCases, EachPartnersSignatorySignsAsThemselvesWithTheirAuthenticatorCode) {
  const Id id = case_in_rapid_review();
  ASSERT_TRUE(save_rapid_review(context(), as(manager), id, complete_record_input()).ok());
  Status signed_off = record_sign_off(context(), as(police_signatory), id, {authenticator_code()});
  ASSERT_TRUE(signed_off.ok()) << signed_off.error().message;
  auto detail = view_case(context(), as(manager), id, NameDisplay::hidden).value();
  ASSERT_EQ(detail.record.sign_offs.size(), 1u);
  const SignOff& signature = detail.record.sign_offs[0];
  EXPECT_EQ(signature.partner, StatutoryPartner::police);
  EXPECT_EQ(signature.name, "Person signatory-police@north.example");
  EXPECT_EQ(signature.signed_by, police_signatory.user.id);
  EXPECT_EQ(signature.signed_on, today());
  EXPECT_TRUE(signature.signed_at.has_value());
  EXPECT_EQ(
      audit_entries("sign-off-rapid-review", "success", "signatory-police@north.example").size(),
      1u);
  // The same partner cannot sign twice; the code is not reused either way.
  EXPECT_EQ(
      record_sign_off(context(), as(police_signatory), id, {authenticator_code(1)}).error().code,
      ErrorCode::wrong_state);
  expect_audit_chain_whole();
}

// Rule SIGN-1: the manager no longer signs for partners, nor does anyone but a signatory, nor a
// signatory of another partnership.
TEST_P(RapidReviewUseCases, NobodyButAPartnersOwnSignatorySignsItOff) {
  const Id id = case_in_rapid_review();
  ASSERT_TRUE(save_rapid_review(context(), as(manager), id, complete_record_input()).ok());
  for (const Account* someone : {&manager, &committee, &notifier, &police_contributor, &admin}) {
    EXPECT_EQ(record_sign_off(context(), as(*someone), id, {authenticator_code()}).error().code,
              ErrorCode::forbidden)
        << someone->user.email;
    EXPECT_EQ(view_for_sign_off(context(), as(*someone), id).error().code, ErrorCode::forbidden);
  }
  Account south_signatory = add_signatory("signatory@south.example", "police", "SOUTH");
  EXPECT_EQ(
      record_sign_off(context(), as(south_signatory), id, {authenticator_code()}).error().code,
      ErrorCode::not_found);
  // A signatory role without its partner gives no right to sign.
  Account no_partner = la_signatory;
  no_partner.user.signs_for.reset();
  EXPECT_EQ(record_sign_off(context(), as(no_partner), id, {authenticator_code()}).error().code,
            ErrorCode::forbidden);
  EXPECT_TRUE(
      view_case(context(), as(manager), id, NameDisplay::hidden).value().record.sign_offs.empty());
}

// Rule SIGN-1: step-up with the second factor: a missing, wrong or already used code is refused
// (and a wrong one audited), and nothing is signed.
TEST_P(RapidReviewUseCases, ASignOffNeedsACurrentUnusedAuthenticatorCode) {
  const Id id = case_in_rapid_review();
  ASSERT_TRUE(save_rapid_review(context(), as(manager), id, complete_record_input()).ok());
  EXPECT_EQ(fields_of(record_sign_off(context(), as(la_signatory), id, {""}).error()),
            std::vector<std::string>{"totp_code"});
  EXPECT_EQ(fields_of(record_sign_off(context(), as(la_signatory), id, {"000000"}).error()),
            std::vector<std::string>{"totp_code"});
  EXPECT_EQ(audit_entries("sign-off-rapid-review", "failure", "signatory-la@north.example").size(),
            1u);
  EXPECT_EQ(
      fields_of(record_sign_off(context(), as(la_signatory), id, {authenticator_code(-3)}).error()),
      std::vector<std::string>{"totp_code"});
  // A code already used (here, its step taken by an earlier code of the same app) is refused.
  ASSERT_TRUE(storage_
                  ->transact(TransactionMode::write,
                             [&](Transaction& transaction) -> Status {
                               transaction.accounts().use_totp_step(
                                   la_signatory.user.id,
                                   security::verify_totp(signatory_secret, authenticator_code(),
                                                         clock_.now())
                                       .value());
                               return ok_status();
                             })
                  .ok());
  EXPECT_EQ(
      fields_of(record_sign_off(context(), as(la_signatory), id, {authenticator_code()}).error()),
      std::vector<std::string>{"totp_code"});
  EXPECT_TRUE(
      view_case(context(), as(manager), id, NameDisplay::hidden).value().record.sign_offs.empty());
  ASSERT_TRUE(record_sign_off(context(), as(la_signatory), id, {authenticator_code(1)}).ok());
  expect_audit_chain_whole();
}

// Rule SIGN-1, Rule RR-3: the signatory sees the record as it stands with the time it last
// changed; a change since they read it refuses the sign-off, and a change after it clears it.
TEST_P(RapidReviewUseCases, ASignatorySignsTheRecordAsTheyReadItAndAChangeClearsTheirSignOff) {
  const Id id = case_in_rapid_review();
  auto incomplete = view_for_sign_off(context(), as(health_signatory), id);
  ASSERT_TRUE(incomplete.ok());
  EXPECT_FALSE(incomplete.value().can_sign);
  EXPECT_EQ(
      record_sign_off(context(), as(health_signatory), id, {authenticator_code()}).error().code,
      ErrorCode::wrong_state);

  ASSERT_TRUE(save_rapid_review(context(), as(manager), id, complete_record_input()).ok());
  auto read = view_for_sign_off(context(), as(health_signatory), id);
  ASSERT_TRUE(read.ok());
  EXPECT_TRUE(read.value().can_sign);
  EXPECT_EQ(read.value().partner, StatutoryPartner::health);
  EXPECT_EQ(read.value().record.rapid_review.facts_established, "Facts");
  ASSERT_TRUE(read.value().record.rapid_review_changed_at.has_value());
  EXPECT_EQ(*read.value().record.rapid_review_changed_at, clock_.now());
  const std::string as_read = format_instant(*read.value().record.rapid_review_changed_at);

  // Saving the same text again changes nothing a signatory reads.
  clock_.advance(std::chrono::minutes(5));
  ASSERT_TRUE(save_rapid_review(context(), as(manager), id, complete_record_input()).ok());
  EXPECT_EQ(format_instant(*view_for_sign_off(context(), as(health_signatory), id)
                                .value()
                                .record.rapid_review_changed_at),
            as_read);
  // The manager changes the text while the signatory reads: their sign-off is refused.
  RapidReviewRecordInput changed = complete_record_input();
  changed.facts_established = "Facts, corrected";
  ASSERT_TRUE(save_rapid_review(context(), as(manager), id, changed).ok());
  EXPECT_EQ(record_sign_off(context(), as(health_signatory), id, {authenticator_code(), as_read})
                .error()
                .code,
            ErrorCode::wrong_state);
  const std::string now_read = format_instant(clock_.now());
  ASSERT_TRUE(
      record_sign_off(context(), as(health_signatory), id, {authenticator_code(), now_read}).ok());
  EXPECT_TRUE(view_for_sign_off(context(), as(health_signatory), id).value().signed_by_partner);

  // Rule RR-3: a change after signing clears the sign-off.
  clock_.advance(std::chrono::minutes(1));
  changed.facts_established = "Facts, corrected again";
  auto cleared = save_rapid_review(context(), as(manager), id, changed);
  ASSERT_TRUE(cleared.ok());
  EXPECT_TRUE(cleared.value().sign_offs_cleared);
  auto after = view_for_sign_off(context(), as(health_signatory), id).value();
  EXPECT_FALSE(after.signed_by_partner.has_value());
  EXPECT_TRUE(after.can_sign);
}

// The signatory's list: the partnership's running rapid reviews, with their partner's sign-off.
TEST_P(RapidReviewUseCases, ASignatoryListsTheRunningRapidReviewsWithTheirPartnersSignOff) {
  const Id id = case_in_rapid_review();
  const Id other = case_in_rapid_review();
  ASSERT_TRUE(save_rapid_review(context(), as(manager), id, complete_record_input()).ok());
  ASSERT_TRUE(record_sign_off(context(), as(police_signatory), id, {authenticator_code()}).ok());
  auto rows = rapid_reviews_to_sign(context(), as(police_signatory));
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows.value().size(), 2u);
  for (const SignOffRow& row : rows.value()) {
    EXPECT_EQ(row.complete, row.case_id == id);
    EXPECT_EQ(row.signed_by_partner.has_value(), row.case_id == id);
  }
  auto local_authority = rapid_reviews_to_sign(context(), as(la_signatory));
  ASSERT_TRUE(local_authority.ok());
  for (const SignOffRow& row : local_authority.value())
    EXPECT_FALSE(row.signed_by_partner.has_value());
  EXPECT_NE(other, id);
  EXPECT_EQ(rapid_reviews_to_sign(context(), as(manager)).error().code, ErrorCode::forbidden);
}

TEST_P(RapidReviewUseCases, SignOffChecksTheRecordAndSavingChecksTheRecommendation) {
  const Id id = case_in_rapid_review();
  auto incomplete = record_sign_off(context(), as(police_signatory), id, {authenticator_code()});
  ASSERT_FALSE(incomplete.ok());
  EXPECT_EQ(incomplete.error().code, ErrorCode::wrong_state);
  EXPECT_FALSE(incomplete.error().fields.empty());
  RapidReviewRecordInput unknown = complete_record_input();
  unknown.recommendation = "full_inquiry";
  EXPECT_EQ(fields_of(save_rapid_review(context(), as(manager), id, unknown).error()),
            std::vector<std::string>{"recommendation"});
}

// Issue 10: a section is completed when the manager says so (the task list pattern), kept on both
// engines; "yes" with a question unanswered is refused and saves nothing; the marks are not what
// the partners sign, so changing them clears no sign-off and adds nothing to the timeline.
TEST_P(RapidReviewUseCases, ASectionIsCompletedOnlyWhenTheManagerSaysSo) {
  const Id id = case_in_rapid_review();
  RapidReviewRecordInput input;
  input.facts_established = "The facts.";
  input.completion = RapidReviewRecordInput::SectionAnswer{"recommendation", "yes"};
  auto refused = save_rapid_review(context(), as(manager), id, input);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(fields_of(refused.error()),
            (std::vector<std::string>{"recommendation", "recommendation_rationale"}));
  EXPECT_EQ(view_case(context(), as(manager), id, NameDisplay::hidden)
                .value()
                .record.rapid_review.facts_established,
            "")
      << "nothing saved";

  input.completion = RapidReviewRecordInput::SectionAnswer{"facts", "no"};
  ASSERT_TRUE(save_rapid_review(context(), as(manager), id, input).ok());
  EXPECT_TRUE(view_case(context(), as(manager), id, NameDisplay::hidden)
                  .value()
                  .record.rapid_review_completed.empty());
  input.completion = RapidReviewRecordInput::SectionAnswer{"facts", "yes"};
  auto marked = save_rapid_review(context(), as(manager), id, input);
  ASSERT_TRUE(marked.ok());
  EXPECT_EQ(marked.value().completed, std::set<RapidReviewSection>{RapidReviewSection::facts});
  EXPECT_EQ(view_case(context(), as(manager), id, NameDisplay::hidden)
                .value()
                .record.rapid_review_completed,
            std::set<RapidReviewSection>{RapidReviewSection::facts});

  input.completion = RapidReviewRecordInput::SectionAnswer{"summary", "yes"};
  EXPECT_EQ(fields_of(save_rapid_review(context(), as(manager), id, input).error()),
            std::vector<std::string>{"section"});
}

// Issue 10: the record's text fields have a limit, named for the question in the error.
TEST_P(RapidReviewUseCases, EachAnswerOverItsLimitIsRefusedByName) {
  const Id id = case_in_rapid_review();
  RapidReviewRecordInput input = complete_record_input();
  input.facts_established = std::string(limits::rapid_review_answer + 1, 'a');
  auto refused = save_rapid_review(context(), as(manager), id, input);
  ASSERT_FALSE(refused.ok());
  ASSERT_EQ(refused.error().fields.size(), 1u);
  EXPECT_EQ(refused.error().fields[0].field, "facts_established");
  EXPECT_EQ(refused.error().fields[0].message,
            "Facts established must be 20,000 characters or fewer");
  input.facts_established = std::string(limits::rapid_review_answer, 'a');
  EXPECT_TRUE(save_rapid_review(context(), as(manager), id, input).ok());
}

TEST_P(RapidReviewUseCases, OnlyManagersRunTheRapidReviewAndOnlyTheirPartnerships) {
  const Id id = case_in_rapid_review();
  EXPECT_EQ(save_rapid_review(context(), as(committee), id, complete_record_input()).error().code,
            ErrorCode::forbidden);
  EXPECT_EQ(save_rapid_review(context(), as(notifier), id, complete_record_input()).error().code,
            ErrorCode::forbidden);
  EXPECT_EQ(
      save_rapid_review(context(), as(south_manager), id, complete_record_input()).error().code,
      ErrorCode::not_found);
  EXPECT_EQ(request_agency_responses(context(), as(south_manager), id, {}).error().code,
            ErrorCode::not_found);
}

TEST_P(RapidReviewUseCases, AllocatesTheRapidReviewToAManager) {
  const Id id = case_in_rapid_review();
  EXPECT_EQ(
      fields_of(allocate_rapid_review(context(), as(manager), id, AllocationInput{notifier.user.id})
                    .error()),
      std::vector<std::string>{"lead_user_id"});
  ASSERT_TRUE(
      allocate_rapid_review(context(), as(manager), id, AllocationInput{manager.user.id}).ok());
  EXPECT_EQ(view_case(context(), as(manager), id, NameDisplay::hidden)
                .value()
                .record.rapid_review_lead_id,
            manager.user.id);
}

// Rule DEC-1, Rule DEC-2: the Panel decides; a national review joins a theme made on the fly.
TEST_P(RapidReviewUseCases, APanelUserDecidesAcrossPartnershipsAndTheCaseMovesOn) {
  const Id id = case_awaiting_decision();
  auto queue = panel_queue(context(), as(panel));
  ASSERT_TRUE(queue.ok());
  ASSERT_EQ(queue.value().size(), 1u);
  EXPECT_EQ(queue.value()[0].reference, "NORTH-2026-001");
  EXPECT_EQ(queue.value()[0].recommendation, ReviewOutcome::national_review);
  EXPECT_EQ(queue.value()[0].partnership_name, "NORTH Safeguarding Children Partnership");
  EXPECT_TRUE(panel_queue(context(), as(south_manager)).value().empty());

  PanelDecisionInput input{"agrees",    "national_review", "Criminal exploitation across areas",
                           days_ago(0), std::nullopt,      "It was hard to escape"};
  auto decided = record_panel_decision(context(), as(panel), id, input);
  ASSERT_TRUE(decided.ok()) << decided.error().message;
  EXPECT_EQ(decided.value().stage, CaseStage::review_to_be_commissioned);
  ASSERT_TRUE(decided.value().theme.has_value());
  auto themes = list_national_review_themes(context(), as(panel));
  ASSERT_EQ(themes.value().size(), 1u);
  EXPECT_EQ(themes.value()[0].cases, 1);
  EXPECT_TRUE(panel_queue(context(), as(panel)).value().empty());
  auto again = record_panel_decision(context(), as(panel), id, input);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::wrong_state);
  EXPECT_EQ(outbox_to("manager@north.example").size(), 1u);
  auto detail = view_case(context(), as(manager), id, NameDisplay::hidden).value();
  ASSERT_TRUE(detail.theme.has_value());
  EXPECT_EQ(detail.theme->name, "It was hard to escape");
  EXPECT_FALSE(detail.record.decision->recorded_on_behalf);
}

TEST_P(RapidReviewUseCases, AManagerRecordsTheDecisionOnThePanelsBehalfAndNoReviewClosesTheCase) {
  const Id id = case_awaiting_decision();
  PanelDecisionInput wrong{"", "", "", "", std::nullopt, ""};
  EXPECT_EQ(fields_of(record_panel_decision(context(), as(manager), id, wrong).error()),
            (std::vector<std::string>{"panel_view", "outcome", "reason", "decided_on"}));
  EXPECT_EQ(record_panel_decision(context(), as(south_manager), id,
                                  PanelDecisionInput{"disagrees", "no_review", "Reason",
                                                     days_ago(0), std::nullopt, ""})
                .error()
                .code,
            ErrorCode::not_found);
  auto closed =
      record_panel_decision(context(), as(manager), id,
                            PanelDecisionInput{"disagrees", "no_review", "No new learning",
                                               days_ago(0), std::nullopt, ""});
  ASSERT_TRUE(closed.ok());
  EXPECT_EQ(closed.value().stage, CaseStage::closed);
  auto detail = view_case(context(), as(manager), id, NameDisplay::hidden).value();
  EXPECT_TRUE(detail.record.decision->recorded_on_behalf);
  EXPECT_NE(detail.record.closed_reason.find("No new learning"), std::string::npos);
  EXPECT_TRUE(case_dashboard(context(), as(manager), DashboardFilter{}).value().empty());
  EXPECT_EQ(case_dashboard(context(), as(manager), DashboardFilter{CaseStage::closed, std::nullopt})
                .value()
                .size(),
            1u);
}

// Rule DEC-1: "agrees" is the recommended outcome (a national review here), "disagrees" another;
// a contradiction is refused on "outcome", records nothing and leaves no new theme behind.
TEST_P(RapidReviewUseCases, ThePanelsDecisionCannotContradictItself) {
  const Id id = case_awaiting_decision();
  auto agrees_otherwise = record_panel_decision(
      context(), as(panel), id,
      PanelDecisionInput{"agrees", "no_review", "No learning", days_ago(0), std::nullopt, ""});
  ASSERT_FALSE(agrees_otherwise.ok());
  EXPECT_EQ(agrees_otherwise.error().code, ErrorCode::invalid_input);
  EXPECT_EQ(fields_of(agrees_otherwise.error()), std::vector<std::string>{"outcome"});
  auto disagrees_alike = record_panel_decision(
      context(), as(manager), id,
      PanelDecisionInput{"disagrees", "national_review", "Of national interest", days_ago(0),
                         std::nullopt, "A theme that must not stay"});
  ASSERT_FALSE(disagrees_alike.ok());
  EXPECT_EQ(fields_of(disagrees_alike.error()), std::vector<std::string>{"outcome"});
  EXPECT_TRUE(list_national_review_themes(context(), as(panel)).value().empty());
  auto detail = view_case(context(), as(manager), id, NameDisplay::hidden).value();
  EXPECT_EQ(detail.record.stage, CaseStage::awaiting_panel_decision);
  EXPECT_FALSE(detail.record.decision.has_value());
  EXPECT_TRUE(outbox_to("manager@north.example").empty());

  auto disagrees = record_panel_decision(
      context(), as(panel), id,
      PanelDecisionInput{"disagrees", "local_cspr", "Local learning is enough", days_ago(0),
                         std::nullopt, ""});
  ASSERT_TRUE(disagrees.ok()) << disagrees.error().message;
  EXPECT_EQ(disagrees.value().stage, CaseStage::review_to_be_commissioned);
}

TEST_P(RapidReviewUseCases, APanelUserCannotSeeOrDecideACaseNotSubmittedToThePanel) {
  const Id id = case_in_rapid_review();
  EXPECT_EQ(view_case(context(), as(panel), id, NameDisplay::hidden).error().code,
            ErrorCode::not_found);
  EXPECT_EQ(record_panel_decision(
                context(), as(panel), id,
                PanelDecisionInput{"agrees", "no_review", "Reason", days_ago(0), std::nullopt, ""})
                .error()
                .code,
            ErrorCode::not_found);
}

// Names only with full visibility, and every view with names audited.
TEST_P(RapidReviewUseCases, NamesAreShownOnlyToThoseAllowedAndEachViewIsAudited) {
  const Id id = case_awaiting_decision();
  auto hidden = view_case(context(), as(committee), id, NameDisplay::hidden);
  ASSERT_TRUE(hidden.ok());
  EXPECT_FALSE(hidden.value().names_shown);
  EXPECT_FALSE(hidden.value().children.at(0).identity.has_value());
  auto shown = view_case(context(), as(committee), id, NameDisplay::shown);
  ASSERT_TRUE(shown.ok());
  ASSERT_TRUE(shown.value().children.at(0).identity.has_value());
  EXPECT_EQ(shown.value().children[0].identity->given_name, "Amelia");
  EXPECT_EQ(shown.value().children[0].identity->date_of_birth,
            CivilDate::from_ymd(2019, 5, 4).value());
  EXPECT_EQ(shown.value().children[0].identity->sex, ChildSex::female);
  EXPECT_EQ(audit_entries("view-names", "success", "committee@north.example").size(), 1u);

  auto panel_view = view_case(context(), as(panel), id, NameDisplay::hidden);
  ASSERT_TRUE(panel_view.ok());
  EXPECT_EQ(panel_view.value().visibility, CaseVisibility::pseudonymised);
  EXPECT_EQ(panel_view.value().record.rapid_review.facts_established, "Facts");
  auto panel_names = view_case(context(), as(panel), id, NameDisplay::shown);
  ASSERT_FALSE(panel_names.ok());
  EXPECT_EQ(panel_names.error().code, ErrorCode::forbidden);
  EXPECT_EQ(audit_entries("view-names", "refused", "panel@panel.example").size(), 1u);

  auto inspector_view = view_case(context(), as(inspector), id, NameDisplay::hidden);
  ASSERT_TRUE(inspector_view.ok());
  EXPECT_EQ(inspector_view.value().visibility, CaseVisibility::notification);
  EXPECT_TRUE(inspector_view.value().record.rapid_review.facts_established.empty());
  EXPECT_TRUE(inspector_view.value().agency_requests.empty());
  EXPECT_EQ(view_case(context(), as(inspector), id, NameDisplay::shown).error().code,
            ErrorCode::forbidden);
  EXPECT_EQ(view_case(context(), as(south_manager), id, NameDisplay::hidden).error().code,
            ErrorCode::not_found);
  EXPECT_EQ(view_case(context(), as(police_contributor), id, NameDisplay::hidden).error().code,
            ErrorCode::forbidden);
  expect_audit_chain_whole();
}

TEST_P(RapidReviewUseCases, TheTimelineRecordsEveryStepAndTheDeadlinesMetOrMissed) {
  const Id id = case_awaiting_decision();
  auto detail = view_case(context(), as(manager), id, NameDisplay::hidden).value();
  std::vector<CaseEventKind> kinds;
  for (const TimelineEntry& entry : detail.timeline) kinds.push_back(entry.event.kind);
  EXPECT_EQ(kinds,
            (std::vector<CaseEventKind>{
                CaseEventKind::notification_recorded, CaseEventKind::notification_sent,
                CaseEventKind::rapid_review_started, CaseEventKind::rapid_review_record_saved,
                CaseEventKind::signed_off, CaseEventKind::signed_off, CaseEventKind::signed_off,
                CaseEventKind::submitted_to_panel}));
  // Rule SIGN-1: each sign-off is the signatory's own.
  std::vector<std::string> signers;
  for (const TimelineEntry& entry : detail.timeline) {
    EXPECT_EQ(entry.text.find("Amelia"), std::string::npos);
    if (entry.event.kind == CaseEventKind::signed_off) {
      signers.push_back(entry.event.user_name);
      continue;
    }
    EXPECT_EQ(entry.event.user_name, entry.event.kind == CaseEventKind::notification_recorded ||
                                             entry.event.kind == CaseEventKind::notification_sent ||
                                             entry.event.kind == CaseEventKind::rapid_review_started
                                         ? notifier.user.name
                                         : manager.user.name);
  }
  EXPECT_EQ(signers, (std::vector<std::string>{la_signatory.user.name, police_signatory.user.name,
                                               health_signatory.user.name}));
  ASSERT_EQ(detail.deadlines.size(), 3u);
  EXPECT_EQ(detail.deadlines[0].status, DeadlineStatus::met);  // notified the day it was recorded
  EXPECT_EQ(detail.deadlines[1].status,
            DeadlineStatus::on_track);                         // partners not yet told, due 9 March
  EXPECT_EQ(detail.deadlines[2].status, DeadlineStatus::met);  // rapid review submitted at once
}

// Issue 10, item 10: the timeline has no noise. Saving the record unchanged records nothing, and
// dates in its text are written as everywhere else ("9 March 2026").
TEST_P(RapidReviewUseCases, SavingTheRecordUnchangedRecordsNothingOnTheTimeline) {
  const Id id = case_in_rapid_review();
  auto timeline_size = [&] {
    return view_case(context(), as(manager), id, NameDisplay::hidden).value().timeline.size();
  };
  ASSERT_TRUE(save_rapid_review(context(), as(manager), id, complete_record_input()).ok());
  const std::size_t after_first_save = timeline_size();
  auto again = save_rapid_review(context(), as(manager), id, complete_record_input());
  ASSERT_TRUE(again.ok()) << again.error().message;
  EXPECT_TRUE(again.value().gaps.empty());
  EXPECT_EQ(timeline_size(), after_first_save);
  RapidReviewRecordInput changed = complete_record_input();
  changed.facts_established = "More facts";
  ASSERT_TRUE(save_rapid_review(context(), as(manager), id, changed).ok());
  EXPECT_EQ(timeline_size(), after_first_save + 1);
}

TEST_P(RapidReviewUseCases, TimelineTextWritesDatesAsDayMonthYear) {
  const Id id = case_in_rapid_review();
  auto detail = view_case(context(), as(manager), id, NameDisplay::hidden);
  ASSERT_TRUE(detail.ok()) << detail.error().message;
  std::string text;
  for (const TimelineEntry& entry : detail.value().timeline) {
    text += entry.text + "\n";
  }
  // Aware Monday 2 March 2026: notify by Monday 9 March; sent the same day, the rapid review is
  // due 15 working days on, Monday 23 March.
  EXPECT_NE(text.find("notify the Panel by 9 March 2026"), std::string::npos) << text;
  EXPECT_NE(text.find("due 9 March 2026"), std::string::npos) << text;
  EXPECT_NE(text.find("Due 23 March 2026"), std::string::npos) << text;
  EXPECT_EQ(text.find("2026-03"), std::string::npos) << text;
}

TEST_P(RapidReviewUseCases, InspectorsListSentNotificationsWithoutNames) {
  case_in_rapid_review();
  record(notification_input());  // not sent: not listed
  auto rows = list_notifications(context(), as(inspector));
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows.value().size(), 1u);
  EXPECT_EQ(rows.value()[0].reference, "NORTH-2026-001");
  EXPECT_EQ(rows.value()[0].pseudonyms, std::vector<std::string>{"Child A"});
  EXPECT_FALSE(rows.value()[0].late);
  EXPECT_EQ(list_notifications(context(), as(manager)).error().code, ErrorCode::forbidden);
}

INSTANTIATE_TEST_SUITE_P(Engines, RapidReviewUseCases,
                         ::testing::ValuesIn(testing_support::test_engines()));

}  // namespace
}  // namespace casereview
