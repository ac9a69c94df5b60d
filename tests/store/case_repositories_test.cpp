// The case repositories (store/sql_case_repositories.hpp) on SQLite and PostgreSQL: what is stored
// reads back whole, no method returns another partnership's rows, a stale update is refused,
// references and reminder keys are never handed out twice, even to concurrent transactions; a
// person's notification draft is theirs alone and expires.
#include <gtest/gtest.h>

#include <future>
#include <set>

#include "store/storage_fixture.hpp"

namespace casereview::store {
namespace {

CivilDate date(int year, int month, int day) {
  return CivilDate::from_ymd(year, month, day).value();
}
Instant at(const std::string& text) { return parse_instant(text).value(); }

class CaseRepositories : public StorageTest {
 protected:
  void SetUp() override {
    StorageTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    in_transaction([&](Transaction& transaction) {
      north = transaction.partnerships().add("NORTH", "North").value();
      south = transaction.partnerships().add("SOUTH", "South").value();
      north_police = transaction.agencies().add(north.id, "POLICE", "North Police").value();
      north_school = transaction.agencies().add(north.id, "SCHOOL", "North School").value();
      south_police = transaction.agencies().add(south.id, "POLICE", "South Police").value();
      Account account;
      account.user.partnership_id = north.id;
      account.user.email = "manager@north.example";
      account.user.name = "Manager";
      account.user.roles = {Role::manager};
      account.status = AccountStatus::active;
      const Instant added_at = at("2026-03-02T09:00:00Z");
      north_user = transaction.accounts().create(account, added_at).value().user;
      account.user.partnership_id = south.id;
      account.user.email = "manager@south.example";
      south_user = transaction.accounts().create(account, added_at).value().user;
    });
  }

  CaseRecord new_case(const Partnership& partnership, const Agency& agency, const User& user,
                      int number) {
    CaseRecord record;
    record.partnership_id = partnership.id;
    record.reference = partnership.code + "-2026-00" + std::to_string(number);
    record.stage = CaseStage::notification;
    record.facts.aware_on = date(2026, 3, 2);
    record.facts.incident_on = date(2026, 2, 28);
    record.facts.incident = IncidentKind::death;
    record.facts.abuse_or_neglect = AbuseOrNeglect::known;
    record.facts.categories = {AbuseCategory::criminal_exploitation, AbuseCategory::other};
    record.facts.looked_after = true;
    record.facts.police_involved = true;
    record.facts.outline = "Outline";
    record.agency_ids = {agency.id};
    record.notify_by = date(2026, 3, 9);
    record.recorded_at = at("2026-03-02T09:00:00Z");
    record.recorded_by = user.id;
    return record;
  }

  Id add_case(const CaseRecord& record, int number) {
    Id id = 0;
    in_transaction([&](Transaction& transaction) {
      id = transaction.cases().add(record, 2026, number,
                                   {SealedChild{0, "Child A", "g", "f", "d", "s", "e", "h"}});
    });
    return id;
  }

  Partnership north, south;
  Agency north_police, north_school, south_police;
  User north_user, south_user;
};

TEST_P(CaseRepositories, ACaseReadsBackAsStored) {
  const Id id = add_case(new_case(north, north_police, north_user, 1), 1);
  in_transaction([&](Transaction& transaction) {
    auto found = transaction.cases().find(north.id, id);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->reference, "NORTH-2026-001");
    EXPECT_EQ(found->stage, CaseStage::notification);
    EXPECT_EQ(
        found->facts.categories,
        (std::vector<AbuseCategory>{AbuseCategory::criminal_exploitation, AbuseCategory::other}));
    EXPECT_TRUE(found->facts.looked_after);
    EXPECT_FALSE(found->facts.care_leaver);
    EXPECT_EQ(found->facts.incident, IncidentKind::death);
    EXPECT_EQ(found->notify_by, date(2026, 3, 9));
    EXPECT_EQ(found->agency_ids, std::vector<Id>{north_police.id});
    EXPECT_EQ(found->pseudonyms, std::vector<std::string>{"Child A"});
    EXPECT_FALSE(found->sent_on.has_value());
    EXPECT_FALSE(found->decision.has_value());
    EXPECT_EQ(found->version, 1);
    auto children = transaction.cases().children(north.id, id);
    ASSERT_EQ(children.size(), 1u);
    EXPECT_EQ(children[0].given_name, "g");
    EXPECT_EQ(children[0].home_local_authority, "h");
  });
}

TEST_P(CaseRepositories, AnUpdateSavesEveryStepAndASecondStaleUpdateIsRefused) {
  const Id id = add_case(new_case(north, north_police, north_user, 1), 1);
  CaseRecord record;
  in_transaction(
      [&](Transaction& transaction) { record = *transaction.cases().find(north.id, id); });
  record.stage = CaseStage::awaiting_panel_decision;
  record.sent_on = date(2026, 3, 3);
  record.late_reason = "reason";
  record.partners_told_on = date(2026, 3, 4);
  record.rapid_review_due = date(2026, 3, 24);
  record.rapid_review_lead_id = north_user.id;
  record.allocated_on = date(2026, 3, 5);
  record.rapid_review.facts_established = "Facts, with \"quotes\" and a\nnew line";
  record.rapid_review.answer(Criterion::reg11_c) = {false, "Only one agency"};
  record.rapid_review.recommendation = ReviewOutcome::learning_review;
  record.sign_offs = {SignOff{StatutoryPartner::health, "Signer", date(2026, 3, 20)}};
  record.submitted_on = date(2026, 3, 23);
  PanelDecision decision;
  decision.view = PanelView::disagrees;
  decision.outcome = ReviewOutcome::local_cspr;
  decision.reason = "Reason";
  decision.decided_on = date(2026, 4, 1);
  decision.recorded_by = north_user.id;
  decision.recorded_on_behalf = true;
  record.decision = decision;
  const CaseRecord stale = record;
  in_transaction(
      [&](Transaction& transaction) { EXPECT_TRUE(transaction.cases().update(record)); });
  in_transaction(
      [&](Transaction& transaction) { EXPECT_FALSE(transaction.cases().update(stale)); });
  in_transaction([&](Transaction& transaction) {
    auto found = transaction.cases().find(north.id, id);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->version, 2);
    EXPECT_EQ(found->stage, CaseStage::awaiting_panel_decision);
    EXPECT_EQ(found->sent_on, date(2026, 3, 3));
    EXPECT_EQ(found->late_reason, "reason");
    EXPECT_EQ(found->partners_told_on, date(2026, 3, 4));
    EXPECT_EQ(found->rapid_review_due, date(2026, 3, 24));
    EXPECT_EQ(found->rapid_review_lead_id, north_user.id);
    EXPECT_EQ(found->rapid_review.facts_established, "Facts, with \"quotes\" and a\nnew line");
    EXPECT_EQ(found->rapid_review.answer(Criterion::reg11_c).met, false);
    EXPECT_EQ(found->rapid_review.answer(Criterion::reg11_c).rationale, "Only one agency");
    EXPECT_FALSE(found->rapid_review.answer(Criterion::reg11_a).met.has_value());
    EXPECT_EQ(found->rapid_review.recommendation, ReviewOutcome::learning_review);
    ASSERT_EQ(found->sign_offs.size(), 1u);
    EXPECT_EQ(found->sign_offs[0].partner, StatutoryPartner::health);
    EXPECT_EQ(found->submitted_on, date(2026, 3, 23));
    ASSERT_TRUE(found->decision.has_value());
    EXPECT_EQ(found->decision->view, PanelView::disagrees);
    EXPECT_EQ(found->decision->outcome, ReviewOutcome::local_cspr);
    EXPECT_TRUE(found->decision->recorded_on_behalf);
  });
}

// An agency added to a case after its notification (issue 10) is saved with the case, once.
TEST_P(CaseRepositories, AnUpdateSavesAnAgencyAddedToTheCase) {
  const Id id = add_case(new_case(north, north_police, north_user, 1), 1);
  CaseRecord record;
  in_transaction(
      [&](Transaction& transaction) { record = *transaction.cases().find(north.id, id); });
  record.agency_ids.push_back(north_school.id);
  in_transaction(
      [&](Transaction& transaction) { EXPECT_TRUE(transaction.cases().update(record)); });
  in_transaction([&](Transaction& transaction) {
    auto found = transaction.cases().find(north.id, id);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->agency_ids, (std::vector<Id>{north_police.id, north_school.id}));
    EXPECT_TRUE(transaction.cases().update(*found));
    EXPECT_EQ(transaction.cases().find(north.id, id)->agency_ids.size(), 2u);
  });
}

TEST_P(CaseRepositories, NeverReturnsAnotherPartnershipsRows) {
  const Id north_case = add_case(new_case(north, north_police, north_user, 1), 1);
  const Id south_case = add_case(new_case(south, south_police, south_user, 1), 1);
  in_transaction([&](Transaction& transaction) {
    EXPECT_FALSE(transaction.cases().find(south.id, north_case).has_value());
    EXPECT_TRUE(transaction.cases().children(south.id, north_case).empty());
    ASSERT_EQ(transaction.cases().list(north.id).size(), 1u);
    EXPECT_EQ(transaction.cases().list(north.id)[0].id, north_case);

    CaseRecord foreign = *transaction.cases().find(north.id, north_case);
    foreign.partnership_id = south.id;
    foreign.stage = CaseStage::closed;
    EXPECT_FALSE(transaction.cases().update(foreign));

    AgencyRequest request;
    request.partnership_id = north.id;
    request.case_id = north_case;
    request.agency_id = north_police.id;
    request.requested_on = date(2026, 3, 3);
    request.due_on = date(2026, 3, 10);
    request.requested_by = north_user.id;
    auto added = transaction.agency_requests().add(request);
    ASSERT_TRUE(added.has_value());
    EXPECT_FALSE(transaction.agency_requests().find(south.id, added->id).has_value());
    EXPECT_TRUE(transaction.agency_requests().list_for_case(south.id, north_case).empty());
    EXPECT_TRUE(transaction.agency_requests().list_for_agency(south.id, north_police.id).empty());
    EXPECT_FALSE(transaction.agency_requests().save_response(
        south.id, added->id, "x", AgencyResponseState::draft, at("2026-03-04T09:00:00Z"),
        std::nullopt));

    CaseEvent event;
    event.partnership_id = north.id;
    event.case_id = north_case;
    event.kind = CaseEventKind::notification_recorded;
    event.at = at("2026-03-02T09:00:00Z");
    event.user_name = "Manager";
    transaction.case_events().add(event);
    EXPECT_EQ(transaction.case_events().list(north.id, north_case).size(), 1u);
    EXPECT_TRUE(transaction.case_events().list(south.id, north_case).empty());

    transaction.bank_holidays().put(
        north.id, UploadedBankHolidays{"{}", 2020, 2030, at("2026-03-02T09:00:00Z"), "A"});
    EXPECT_TRUE(transaction.bank_holidays().find(north.id).has_value());
    EXPECT_FALSE(transaction.bank_holidays().find(south.id).has_value());
  });
  (void)south_case;
}

// The rest of the partnership-scoped methods (DESIGN.md "Data": a test for each): the dashboard's
// unsubmitted requests, and the reminders already sent, which another partnership can neither see
// nor claim.
TEST_P(CaseRepositories, UnsubmittedRequestsAndRemindersStayInTheirPartnership) {
  const Id north_case = add_case(new_case(north, north_police, north_user, 1), 1);
  in_transaction([&](Transaction& transaction) {
    AgencyRequest request;
    request.partnership_id = north.id;
    request.case_id = north_case;
    request.agency_id = north_police.id;
    request.requested_on = date(2026, 3, 3);
    request.due_on = date(2026, 3, 10);
    request.requested_by = north_user.id;
    ASSERT_TRUE(transaction.agency_requests().add(request).has_value());
    EXPECT_EQ(transaction.agency_requests().list_unsubmitted(north.id).size(), 1u);
    EXPECT_TRUE(transaction.agency_requests().list_unsubmitted(south.id).empty());

    const std::string key = "case-" + std::to_string(north_case) + ":notify:before:1";
    EXPECT_FALSE(
        transaction.reminders().claim(key, south.id, north_case, at("2026-03-04T09:00:00Z")))
        << "a reminder of another partnership's case cannot be claimed";
    EXPECT_TRUE(
        transaction.reminders().claim(key, north.id, north_case, at("2026-03-04T09:00:00Z")));
  });
}

TEST_P(CaseRepositories, AgencyRequestsAreOnePerAgencyAndASubmittedResponseIsFinal) {
  const Id id = add_case(new_case(north, north_police, north_user, 1), 1);
  in_transaction([&](Transaction& transaction) {
    AgencyRequest request;
    request.partnership_id = north.id;
    request.case_id = id;
    request.agency_id = north_police.id;
    request.requested_on = date(2026, 3, 3);
    request.due_on = date(2026, 3, 10);
    request.requested_by = north_user.id;
    auto added = transaction.agency_requests().add(request);
    ASSERT_TRUE(added.has_value());
    EXPECT_EQ(added->state, AgencyResponseState::not_started);
    EXPECT_FALSE(transaction.agency_requests().add(request).has_value());
    const Instant now = at("2026-03-04T09:00:00Z");
    EXPECT_TRUE(transaction.agency_requests().save_response(
        north.id, added->id, "draft", AgencyResponseState::draft, now, std::nullopt));
    EXPECT_EQ(transaction.agency_requests().list_unsubmitted_in_all_partnerships().size(), 1u);
    EXPECT_TRUE(transaction.agency_requests().save_response(
        north.id, added->id, "final", AgencyResponseState::submitted, now, north_user.id));
    EXPECT_FALSE(transaction.agency_requests().save_response(
        north.id, added->id, "changed", AgencyResponseState::draft, now, std::nullopt));
    auto found = transaction.agency_requests().find(north.id, added->id);
    EXPECT_EQ(found->summary, "final");
    EXPECT_EQ(found->state, AgencyResponseState::submitted);
    EXPECT_EQ(found->submitted_at, now);
    EXPECT_TRUE(transaction.agency_requests().list_unsubmitted_in_all_partnerships().empty());
  });
}

// Rule CASE-REF-1.
TEST_P(CaseRepositories, ReferenceNumbersCountPerPartnershipAndYear) {
  in_transaction([&](Transaction& transaction) {
    EXPECT_EQ(transaction.cases().next_reference_number(north.id, 2026), 1);
    EXPECT_EQ(transaction.cases().next_reference_number(north.id, 2026), 2);
    EXPECT_EQ(transaction.cases().next_reference_number(south.id, 2026), 1);
    EXPECT_EQ(transaction.cases().next_reference_number(north.id, 2027), 1);
  });
}

TEST_P(CaseRepositories, ConcurrentTransactionsNeverShareAReferenceNumber) {
  std::vector<std::future<int>> running;
  for (int i = 0; i < 8; ++i) {
    running.push_back(std::async(std::launch::async, [this] {
      int number = 0;
      Status status =
          storage_->transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
            number = transaction.cases().next_reference_number(north.id, 2026);
            return ok_status();
          });
      EXPECT_TRUE(status.ok());
      return number;
    }));
  }
  std::set<int> numbers;
  for (auto& future : running) numbers.insert(future.get());
  EXPECT_EQ(numbers, (std::set<int>{1, 2, 3, 4, 5, 6, 7, 8}));
}

TEST_P(CaseRepositories, AReminderIsClaimedOnce) {
  const Id id = add_case(new_case(north, north_police, north_user, 1), 1);
  in_transaction([&](Transaction& transaction) {
    EXPECT_TRUE(transaction.reminders().claim("case-1:notify:before:1", north.id, id,
                                              at("2026-03-04T09:00:00Z")));
    EXPECT_FALSE(transaction.reminders().claim("case-1:notify:before:1", north.id, id,
                                               at("2026-03-04T10:00:00Z")));
    EXPECT_TRUE(transaction.reminders().claim("case-1:notify:missed:1", north.id, id,
                                              at("2026-03-04T10:00:00Z")));
  });
}

TEST_P(CaseRepositories, ThemesAreNationalAndNamedOnce) {
  in_transaction([&](Transaction& transaction) {
    auto theme = transaction.national_review_themes().add("It was hard to escape",
                                                          at("2026-03-04T09:00:00Z"));
    ASSERT_TRUE(theme.ok());
    EXPECT_EQ(transaction.national_review_themes()
                  .add("It was hard to escape", at("2026-03-04T09:00:00Z"))
                  .error()
                  .code,
              ErrorCode::wrong_state);
    EXPECT_EQ(transaction.national_review_themes().find_by_name("It was hard to escape")->id,
              theme.value().id);
    EXPECT_EQ(transaction.national_review_themes().list().size(), 1u);
    EXPECT_EQ(transaction.national_review_themes().case_count(theme.value().id), 0);
  });
}

TEST_P(CaseRepositories, ANotificationDraftIsThePersonsOwnReplacedAndRemoved) {
  in_transaction([&](Transaction& transaction) {
    auto& drafts = transaction.notification_drafts();
    EXPECT_FALSE(drafts.find(north.id, north_user.id));
    drafts.put({north_user.id, north.id, "sealed one", at("2026-03-02T09:00:00Z")});
    drafts.put({north_user.id, north.id, "sealed two", at("2026-03-02T09:05:00Z")});
    const auto found = drafts.find(north.id, north_user.id);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->user_id, north_user.id);
    EXPECT_EQ(found->partnership_id, north.id);
    EXPECT_EQ(found->sealed_answers, "sealed two");
    EXPECT_EQ(found->updated_at, at("2026-03-02T09:05:00Z"));
    // Never another partnership's, never another person's.
    EXPECT_FALSE(drafts.find(south.id, north_user.id));
    EXPECT_FALSE(drafts.find(north.id, south_user.id));
    EXPECT_FALSE(drafts.remove(south.id, north_user.id));
    EXPECT_TRUE(drafts.find(north.id, north_user.id));
    EXPECT_TRUE(drafts.remove(north.id, north_user.id));
    EXPECT_FALSE(drafts.remove(north.id, north_user.id));
    EXPECT_FALSE(drafts.find(north.id, north_user.id));
  });
}

TEST_P(CaseRepositories, NotificationDraftsOlderThanTheCutoffAreRemovedInEveryPartnership) {
  in_transaction([&](Transaction& transaction) {
    auto& drafts = transaction.notification_drafts();
    drafts.put({north_user.id, north.id, "old", at("2026-03-01T08:59:59Z")});
    drafts.put({south_user.id, south.id, "new", at("2026-03-01T09:00:00Z")});
    EXPECT_EQ(drafts.remove_updated_before_in_all_partnerships(at("2026-03-01T09:00:00Z")), 1);
    EXPECT_FALSE(drafts.find(north.id, north_user.id));
    EXPECT_TRUE(drafts.find(south.id, south_user.id));
  });
}

INSTANTIATE_TEST_SUITE_P(Engines, CaseRepositories,
                         ::testing::ValuesIn(testing_support::test_engines()));

}  // namespace
}  // namespace casereview::store
