// The fixture of the case use-case suites: UseCaseTest (real storage of each engine, a clock moved
// by hand) plus a data key, a partnership "NORTH" with agencies, one account per case role, a
// second partnership "SOUTH" for isolation tests, a signatory per statutory partner with an
// authenticator app, and helpers that take a case step by step.
#pragma once

#include "app/cases/agency_responses.hpp"
#include "app/cases/case_views.hpp"
#include "app/cases/notifications.hpp"
#include "app/cases/panel_decisions.hpp"
#include "app/cases/rapid_reviews.hpp"
#include "app/reviews/commissioning.hpp"
#include "app/security/totp.hpp"
#include "app/use_case_fixture.hpp"
#include "domain/uk_time.hpp"

namespace casereview {

class CaseUseCaseTest : public UseCaseTest {
 protected:
  void SetUp() override {
    UseCaseTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    context().settings.data_cipher = std::make_shared<const security::FieldCipher>(
        security::FieldCipher::from_key(std::string(security::FieldCipher::key_bytes, 'k'))
            .value());
    ensure_partnership("NORTH");
    ensure_partnership("SOUTH");
    police = add_agency("NORTH", "POLICE", "North Police");
    social_care = add_agency("NORTH", "CSC", "North Children's Social Care");
    school = add_agency("NORTH", "SCHOOL", "North School");
    south_police = add_agency("SOUTH", "POLICE", "South Police");
    manager = add_account("manager@north.example", {"manager"});
    notifier = add_account("notifier@north.example", {"notifier"});
    committee = add_account("committee@north.example", {"committee"});
    police_contributor =
        add_account("contributor@police.north.example", {"contributor"}, "NORTH", "POLICE");
    school_contributor =
        add_account("contributor@school.north.example", {"contributor"}, "NORTH", "SCHOOL");
    panel = add_account("panel@panel.example", {"panel"}, "");
    inspector = add_account("inspector@ofsted.example", {"inspector"}, "");
    south_manager = add_account("manager@south.example", {"manager"}, "SOUTH");
    admin = add_account("admin@north.example", {"admin"});
    la_signatory = add_signatory("signatory-la@north.example", "local_authority");
    police_signatory = add_signatory("signatory-police@north.example", "police");
    health_signatory = add_signatory("signatory-icb@north.example", "health");
  }

  // Rule SIGN-1: a signatory of NORTH for `partner`, their authenticator app set up with
  // signatory_secret.
  Account add_signatory(const std::string& email, const std::string& partner,
                        const std::string& partnership_code = "NORTH") {
    Account account = add_account(email, {"signatory"}, partnership_code, "", partner);
    EXPECT_TRUE(storage_
                    ->transact(TransactionMode::write,
                               [&](Transaction& transaction) -> Status {
                                 transaction.accounts().set_totp(account.user.id, signatory_secret,
                                                                 clock_.now());
                                 return ok_status();
                               })
                    .ok());
    return account;
  }

  // The code the signatories' authenticator apps show now (or `steps` time steps later).
  std::string authenticator_code(int steps = 0) {
    return security::totp_code(
               signatory_secret,
               clock_.now() + std::chrono::seconds(security::totp_period_seconds * steps))
        .value();
  }

  // Rule SIGN-1: each partner's signatory signs the case off with a current code.
  void sign_by_every_partner(Id case_id) {
    for (const Account* signatory : {&la_signatory, &police_signatory, &health_signatory}) {
      Status signed_off =
          record_sign_off(context(), as(*signatory), case_id, SignOffInput{authenticator_code()});
      EXPECT_TRUE(signed_off.ok()) << signed_off.error().message;
    }
  }

  Agency add_agency(const std::string& partnership, const std::string& code,
                    const std::string& name) {
    auto added = casereview::add_agency(context(), command_line(), partnership, code, name);
    EXPECT_TRUE(added.ok());
    return added.ok() ? added.value() : Agency{};
  }

  CivilDate today() const { return uk_date(clock_.now()); }
  std::string days_ago(int days) const { return today().add_days(-days).to_iso_string(); }

  // A valid notification: aware today, one child, police and social care involved.
  NotificationInput notification_input() const {
    NotificationInput input;
    input.aware_on = days_ago(0);
    input.incident_on = days_ago(2);
    input.incident = "serious_harm";
    input.abuse_or_neglect = "suspected";
    input.categories = {"neglect", "physical"};
    input.looked_after = false;
    input.care_leaver = false;
    input.police_involved = true;
    input.children = {
        ChildInput{"Amelia", "Testchild", "2019-05-04", "female", "White British", "Northbrook"}};
    input.agency_ids = {police.id, social_care.id};
    input.outline = "Child A was taken to hospital with injuries.";
    return input;
  }

  RecordedNotification record(const NotificationInput& input) {
    auto recorded = record_notification(context(), as(notifier), input);
    EXPECT_TRUE(recorded.ok()) << recorded.error().message
                               << (recorded.ok() || recorded.error().fields.empty()
                                       ? ""
                                       : ": " + recorded.error().fields[0].field + " " +
                                             recorded.error().fields[0].message);
    return recorded.ok() ? recorded.value() : RecordedNotification{};
  }

  // A case sent to the Panel today: in rapid review.
  Id case_in_rapid_review() {
    const Id id = record(notification_input()).id;
    auto sent = record_notification_sent(context(), as(notifier), id, SentInput{days_ago(0), ""});
    EXPECT_TRUE(sent.ok());
    return id;
  }

  RapidReviewRecordInput complete_record_input() const {
    RapidReviewRecordInput input;
    input.facts_established = "Facts";
    input.immediate_action = "Action";
    input.key_practice_episodes = "Episodes";
    input.what_could_be_improved = "Improvements";
    input.equality_considerations = "Considered";
    for (CriterionInput& criterion : input.criteria) criterion = {true, "Because"};
    input.recommendation = "national_review";
    input.recommendation_rationale = "Of national interest";
    return input;
  }

  // A case with a complete record signed by all three partners and submitted today, without the
  // involved agencies' responses (none was asked), for the reason given.
  Id case_awaiting_decision() {
    const Id id = case_in_rapid_review();
    EXPECT_TRUE(save_rapid_review(context(), as(manager), id, complete_record_input()).ok());
    sign_by_every_partner(id);
    EXPECT_TRUE(submit_rapid_review(context(), as(manager), id,
                                    SubmissionInput{days_ago(0), "Agencies to follow"})
                    .ok());
    return id;
  }

  // Rule REV-1: the case (decided on a review) commissioned as a SILP with the scope period
  // 2020-01-01 to 2025-12-31 and the agencies given, so that chronologies can be asked of them.
  void commission_for_agencies(Id id, std::vector<Id> agency_ids) {
    CommissionInput input{.methodology = "SILP",
                          .scope_from = "2020-01-01",
                          .scope_to = "2025-12-31",
                          .agency_ids = std::move(agency_ids),
                          .rationale = "The agencies worked with the family",
                          .terms_of_reference = "## Key lines of enquiry"};
    auto review = commission_review(context(), as(manager), id, input);
    ASSERT_TRUE(review.ok()) << review.error().message;
  }

  static std::vector<std::string> fields_of(const Error& error) {
    std::vector<std::string> fields;
    for (const FieldError& field : error.fields) fields.push_back(field.field);
    return fields;
  }

  Agency police, social_care, school, south_police;
  Account manager, notifier, committee, police_contributor, school_contributor, panel, inspector,
      south_manager, admin, la_signatory, police_signatory, health_signatory;
  static constexpr const char* signatory_secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
};

}  // namespace casereview
