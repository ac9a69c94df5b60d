// The chronology use cases (app/reviews/chronologies.hpp, Rule CHR-1, Rule CHR-2, Rule CHR-3) on
// both engines: asking agencies for their chronologies, their contributors building, importing and
// submitting them, returning one for correction, the merged chronology and the reviewer's duplicate
// decisions — and who is refused at each step, across agencies and partnerships.
#include <gtest/gtest.h>

#include "app/bank_holidays.hpp"
#include "app/case_fixture.hpp"
#include "app/reviews/chronologies.hpp"
#include "app/reviews/commissioning.hpp"
#include "support/fixture_files.hpp"

namespace casereview {
namespace {

class ChronologyUseCases : public CaseUseCaseTest {
 protected:
  void SetUp() override {
    CaseUseCaseTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    reviewer = add_account("reviewer@north.example", {"reviewer"});
    case_id = case_awaiting_decision();
    auto decided = record_panel_decision(
        context(), as(manager), case_id,
        PanelDecisionInput{
            "disagrees", "local_cspr", "Learning for the area", days_ago(0), {}, ""});
    ASSERT_TRUE(decided.ok()) << decided.error().message << " "
                              << testing::PrintToString(fields_of(decided.error()));
  }

  // Rule CHR-1: the review's scope period and agencies are the requests'.
  void commission(Id id) { commission_for_agencies(id, {police.id, school.id}); }

  ChronologyRequestInput request_input(std::vector<Id> agency_ids) const {
    return {std::move(agency_ids), "", "From the first referral"};
  }

  // Asks the police and the school; returns their requests.
  std::vector<ChronologyRequest> ask_police_and_school() {
    commission(case_id);
    auto asked = request_chronologies(context(), as(manager), case_id,
                                      request_input({police.id, school.id}));
    EXPECT_TRUE(asked.ok()) << asked.error().message;
    return asked.ok() ? asked.value() : std::vector<ChronologyRequest>{};
  }

  static ChronologyEntryInput entry_input(const std::string& date, const std::string& event) {
    ChronologyEntryInput input;
    input.start_date = date;
    input.source = "Case record";
    input.event = event;
    return input;
  }

  Account reviewer;
  Id case_id = 0;
};

// Rule CHR-1: one request per agency in scope, due 20 working days after today by the setting,
// the agency's contributors emailed.
TEST_P(ChronologyUseCases, AsksEachAgencyOnceWithTheDueDateOfTheSetting) {
  const std::vector<ChronologyRequest> asked = ask_police_and_school();
  ASSERT_EQ(asked.size(), 2u);
  EXPECT_EQ(asked[0].agency_id, police.id);
  EXPECT_EQ(asked[1].agency_id, school.id);
  EXPECT_EQ(asked[0].status, ChronologyStatus::requested);
  EXPECT_EQ(asked[0].scope_from.to_iso_string(), "2020-01-01") << "the review's scope";
  EXPECT_EQ(asked[0].scope_to.to_iso_string(), "2025-12-31");
  ASSERT_TRUE(default_calendar().ok());
  EXPECT_EQ(asked[0].due_on, default_calendar().value().add_working_days(today(), 20).value());
  const auto emails = outbox_to(police_contributor.user.email);
  ASSERT_FALSE(emails.empty());
  EXPECT_NE(emails.back().email.subject.find("chronology requested"), std::string::npos);
  EXPECT_NE(emails.back().email.body.find("/chronology-requests/" + std::to_string(asked[0].id)),
            std::string::npos);
  EXPECT_EQ(emails.back().email.body.find("Amelia"), std::string::npos) << "never a name";

  // Asked again, the police keep their request.
  auto again = request_chronologies(context(), as(manager), case_id, request_input({police.id}));
  ASSERT_TRUE(again.ok());
  ASSERT_EQ(again.value().size(), 1u);
  EXPECT_EQ(again.value()[0].id, asked[0].id);
  auto listed = list_case_chronology_requests(context(), as(manager), case_id);
  ASSERT_TRUE(listed.ok());
  EXPECT_EQ(listed.value().size(), 2u);
}

// Rule CHR-1: only agencies in the commissioned review's scope are asked, and only once the review
// is commissioned.
TEST_P(ChronologyUseCases, RefusesARequestWithoutAgenciesInScopeOrACommissionedReview) {
  auto before_commissioning =
      request_chronologies(context(), as(manager), case_id, request_input({police.id}));
  ASSERT_FALSE(before_commissioning.ok());
  EXPECT_EQ(before_commissioning.error().code, ErrorCode::wrong_state);
  EXPECT_EQ(before_commissioning.error().message,
            "Commission the review before asking for chronologies");
  commission(case_id);
  auto empty = request_chronologies(context(), as(manager), case_id, {{}, "", ""});
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(fields_of(empty.error()), std::vector<std::string>{"agency_ids"});
  auto past = request_chronologies(context(), as(manager), case_id, {{police.id}, days_ago(1), ""});
  ASSERT_FALSE(past.ok());
  EXPECT_EQ(fields_of(past.error()), std::vector<std::string>{"due_on"});
  auto foreign_agency =
      request_chronologies(context(), as(manager), case_id, request_input({south_police.id}));
  ASSERT_FALSE(foreign_agency.ok());
  EXPECT_EQ(fields_of(foreign_agency.error()), std::vector<std::string>{"agency_ids"});
  auto unscoped =
      request_chronologies(context(), as(manager), case_id, request_input({social_care.id}));
  ASSERT_FALSE(unscoped.ok());
  EXPECT_EQ(fields_of(unscoped.error()), std::vector<std::string>{"agency_ids"});

  const Id in_rapid_review = case_in_rapid_review();
  auto early =
      request_chronologies(context(), as(manager), in_rapid_review, request_input({police.id}));
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(early.error().code, ErrorCode::wrong_state);

  EXPECT_EQ(request_chronologies(context(), as(south_manager), case_id, request_input({police.id}))
                .error()
                .code,
            ErrorCode::not_found);
  EXPECT_EQ(request_chronologies(context(), as(committee), case_id, request_input({police.id}))
                .error()
                .code,
            ErrorCode::forbidden);
  // Until commissioning appoints reviewers, a reviewer reaches no case.
  EXPECT_EQ(request_chronologies(context(), as(reviewer), case_id, request_input({police.id}))
                .error()
                .code,
            ErrorCode::not_found);
}

// Rule CHR-2: the asked agency's contributors build it; nobody else changes it, and another
// agency or partnership does not even see it.
TEST_P(ChronologyUseCases, OnlyTheAskedAgencysContributorsBuildTheChronology) {
  const ChronologyRequest police_request = ask_police_and_school()[0];
  auto added = add_chronology_entry(context(), as(police_contributor), police_request.id,
                                    entry_input("?12/05/2021", "Home visit"));
  ASSERT_TRUE(added.ok()) << added.error().message;
  EXPECT_EQ(added.value().date.text(), "12 May 2021 (uncertain)");
  auto second = add_chronology_entry(context(), as(police_contributor), police_request.id,
                                     entry_input("May 2021", "Call"));
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second.value().position, 1);

  auto changed = change_chronology_entry(context(), as(police_contributor), police_request.id,
                                         second.value().id, entry_input("June 2021", "Call back"));
  ASSERT_TRUE(changed.ok());
  EXPECT_TRUE(remove_chronology_entry(context(), as(police_contributor), police_request.id,
                                      added.value().id)
                  .ok());
  auto view = view_chronology(context(), as(police_contributor), police_request.id);
  ASSERT_TRUE(view.ok());
  ASSERT_EQ(view.value().entries.size(), 1u);
  EXPECT_EQ(view.value().entries[0].date.text(), "June 2021");
  EXPECT_EQ(view.value().entries[0].event, "Call back");
  EXPECT_TRUE(view.value().can_edit);
  EXPECT_EQ(view.value().agency_name, "North Police");

  auto invalid = add_chronology_entry(context(), as(police_contributor), police_request.id,
                                      entry_input("31/02/2021", ""));
  ASSERT_FALSE(invalid.ok());
  EXPECT_EQ(fields_of(invalid.error()), (std::vector<std::string>{"start_date", "event"}));

  // Another agency's contributor: not found, whatever they try.
  EXPECT_EQ(view_chronology(context(), as(school_contributor), police_request.id).error().code,
            ErrorCode::not_found);
  EXPECT_EQ(add_chronology_entry(context(), as(school_contributor), police_request.id,
                                 entry_input("2021", "Visit"))
                .error()
                .code,
            ErrorCode::not_found);
  // The manager reads it but does not write it; another partnership's manager does neither.
  EXPECT_TRUE(view_chronology(context(), as(manager), police_request.id).ok());
  EXPECT_FALSE(view_chronology(context(), as(manager), police_request.id).value().can_edit);
  EXPECT_EQ(
      add_chronology_entry(context(), as(manager), police_request.id, entry_input("2021", "Visit"))
          .error()
          .code,
      ErrorCode::forbidden);
  EXPECT_EQ(view_chronology(context(), as(south_manager), police_request.id).error().code,
            ErrorCode::not_found);
  EXPECT_EQ(view_chronology(context(), as(reviewer), police_request.id).error().code,
            ErrorCode::not_found);

  auto mine = list_my_chronology_requests(context(), as(police_contributor));
  ASSERT_TRUE(mine.ok());
  ASSERT_EQ(mine.value().size(), 1u);
  EXPECT_EQ(mine.value()[0].request.id, police_request.id);
}

// Rule CHR-2: an import is all or nothing, and replaces the chronology.
TEST_P(ChronologyUseCases, AnImportIsAllOrNothingAndReplacesTheEntries) {
  const ChronologyRequest police_request = ask_police_and_school()[0];
  ASSERT_TRUE(add_chronology_entry(context(), as(police_contributor), police_request.id,
                                   entry_input("2019", "Typed on the page"))
                  .ok());
  auto refused = import_chronology(context(), as(police_contributor), police_request.id,
                                   testing_support::app_fixture("chronology-import-errors.xlsx"));
  ASSERT_TRUE(refused.ok());
  EXPECT_EQ(refused.value().imported, 0);
  ASSERT_EQ(refused.value().problems.size(), 6u);
  EXPECT_EQ(refused.value().problems[0].text(),
            "Row 3, start date: enter a real date, like 12/05/2021, May 2021 or 2021");
  auto unchanged = view_chronology(context(), as(police_contributor), police_request.id);
  ASSERT_EQ(unchanged.value().entries.size(), 1u) << "nothing imported";

  auto imported = import_chronology(context(), as(police_contributor), police_request.id,
                                    testing_support::app_fixture("chronology-import.ods"));
  ASSERT_TRUE(imported.ok()) << imported.error().message;
  EXPECT_EQ(imported.value().imported, 4);
  EXPECT_TRUE(imported.value().problems.empty());
  auto replaced = view_chronology(context(), as(police_contributor), police_request.id);
  ASSERT_EQ(replaced.value().entries.size(), 4u);
  EXPECT_EQ(replaced.value().entries[0].date.text(), "12 May 2021");
  EXPECT_EQ(replaced.value().entries[3].date.text(), "2019 (uncertain)");

  auto not_a_file = import_chronology(context(), as(police_contributor), police_request.id,
                                      std::string("PK\x03\x04 broken", 11));
  ASSERT_FALSE(not_a_file.ok());
  EXPECT_EQ(fields_of(not_a_file.error()), std::vector<std::string>{"file"});
  EXPECT_EQ(import_chronology(context(), as(school_contributor), police_request.id,
                              testing_support::app_fixture("chronology-import.csv"))
                .error()
                .code,
            ErrorCode::not_found);
}

// Rule CHR-1, Rule CHR-2: submitting locks the chronology; "no involvement" is a valid return; the
// manager returns one with a reason and the agency corrects and submits again.
TEST_P(ChronologyUseCases, SubmittingLocksAndReturningReopensWithTheReason) {
  const std::vector<ChronologyRequest> asked = ask_police_and_school();
  const Id police_request = asked[0].id;
  const Id school_request = asked[1].id;
  EXPECT_EQ(
      submit_chronology(context(), as(police_contributor), police_request, Involvement::involved)
          .error()
          .fields.front()
          .field,
      "no_involvement");
  ASSERT_TRUE(add_chronology_entry(context(), as(police_contributor), police_request,
                                   entry_input("12/05/2021", "Visit"))
                  .ok());
  ASSERT_TRUE(
      submit_chronology(context(), as(police_contributor), police_request, Involvement::involved)
          .ok());
  EXPECT_FALSE(outbox_to(manager.user.email).empty());
  EXPECT_EQ(add_chronology_entry(context(), as(police_contributor), police_request,
                                 entry_input("2021", "Late"))
                .error()
                .code,
            ErrorCode::wrong_state);
  EXPECT_EQ(
      submit_chronology(context(), as(police_contributor), police_request, Involvement::involved)
          .error()
          .code,
      ErrorCode::wrong_state);
  ASSERT_TRUE(submit_chronology(context(), as(school_contributor), school_request,
                                Involvement::no_involvement)
                  .ok());

  EXPECT_EQ(
      return_chronology(context(), as(manager), police_request, " ").error().fields.front().field,
      "reason");
  EXPECT_EQ(
      return_chronology(context(), as(police_contributor), police_request, "Mine").error().code,
      ErrorCode::forbidden);
  EXPECT_EQ(return_chronology(context(), as(south_manager), police_request, "Theirs").error().code,
            ErrorCode::not_found);
  ASSERT_TRUE(
      return_chronology(context(), as(manager), police_request, "The year of row 1 is wrong").ok());
  auto returned = view_chronology(context(), as(police_contributor), police_request);
  EXPECT_EQ(returned.value().request.status, ChronologyStatus::returned);
  EXPECT_EQ(returned.value().request.return_reason, "The year of row 1 is wrong");
  EXPECT_TRUE(returned.value().can_edit);
  const auto emails = outbox_to(police_contributor.user.email);
  EXPECT_NE(emails.back().email.body.find("The year of row 1 is wrong"), std::string::npos);
  EXPECT_EQ(return_chronology(context(), as(manager), police_request, "Again").error().code,
            ErrorCode::wrong_state);
  ASSERT_TRUE(
      submit_chronology(context(), as(police_contributor), police_request, Involvement::involved)
          .ok());
}

// Rule CHR-3: submitted entries only, in order, flagged; the reviewer marks possible duplicates and
// nothing is merged.
TEST_P(ChronologyUseCases, TheMergedChronologyHoldsSubmittedEntriesWithTheirFlags) {
  const std::vector<ChronologyRequest> asked = ask_police_and_school();
  const Id police_request = asked[0].id;
  const Id school_request = asked[1].id;
  ASSERT_TRUE(add_chronology_entry(context(), as(police_contributor), police_request,
                                   entry_input("12/05/2021", "Home visit, mother said tired"))
                  .ok());
  ASSERT_TRUE(add_chronology_entry(context(), as(police_contributor), police_request,
                                   entry_input("2018", "Before the scope"))
                  .ok());
  ASSERT_TRUE(add_chronology_entry(context(), as(school_contributor), school_request,
                                   entry_input("12/05/2021", "Home visit, mother said tired"))
                  .ok());
  ASSERT_TRUE(
      submit_chronology(context(), as(police_contributor), police_request, Involvement::involved)
          .ok());

  auto police_only = merged_chronology(context(), as(manager), case_id);
  ASSERT_TRUE(police_only.ok()) << police_only.error().message;
  ASSERT_EQ(police_only.value().rows.size(), 2u) << "the school's is not submitted";

  ASSERT_TRUE(
      submit_chronology(context(), as(school_contributor), school_request, Involvement::involved)
          .ok());
  auto merged = merged_chronology(context(), as(committee), case_id);
  ASSERT_TRUE(merged.ok());
  const auto& rows = merged.value().rows;
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].entry.event, "Before the scope");
  EXPECT_EQ(rows[0].agency_marker, "POLICE");
  EXPECT_EQ(merged.value().count(ChronologyFlag::outside_scope), 1u);
  EXPECT_EQ(merged.value().count(ChronologyFlag::out_of_order), 1u);
  EXPECT_EQ(merged.value().count(ChronologyFlag::possible_duplicate), 2u);
  ASSERT_EQ(rows[1].possible_duplicate_of.size(), 1u);
  EXPECT_EQ(rows[1].possible_duplicate_of[0], rows[2].entry.id);
  EXPECT_FALSE(merged.value().gaps.empty()) << "years without contact in the scope";

  EXPECT_EQ(decide_possible_duplicate(context(), as(committee), case_id, rows[1].entry.id,
                                      rows[2].entry.id, DuplicateVerdict::same_event)
                .error()
                .code,
            ErrorCode::forbidden);
  EXPECT_EQ(decide_possible_duplicate(context(), as(manager), case_id, rows[1].entry.id,
                                      rows[1].entry.id, DuplicateVerdict::same_event)
                .error()
                .fields.front()
                .field,
            "entry_id");
  ASSERT_TRUE(decide_possible_duplicate(context(), as(manager), case_id, rows[2].entry.id,
                                        rows[1].entry.id, DuplicateVerdict::same_event)
                  .ok());
  auto decided = merged_chronology(context(), as(manager), case_id);
  ASSERT_EQ(decided.value().rows.size(), 3u) << "never merged";
  ASSERT_EQ(decided.value().rows[1].decided.size(), 1u);
  EXPECT_EQ(decided.value().rows[1].decided[0].second, DuplicateVerdict::same_event);
  // A marked pair is no longer offered as possible.
  EXPECT_TRUE(decided.value().rows[1].possible_duplicate_of.empty());
  EXPECT_TRUE(decided.value().rows[2].possible_duplicate_of.empty());
  EXPECT_EQ(decided.value().count(ChronologyFlag::possible_duplicate), 0u);
  EXPECT_EQ(decided.value().count(ChronologyFlag::out_of_order), 1u) << "other flags stay";

  EXPECT_EQ(merged_chronology(context(), as(south_manager), case_id).error().code,
            ErrorCode::not_found);
  EXPECT_EQ(merged_chronology(context(), as(police_contributor), case_id).error().code,
            ErrorCode::forbidden);
  EXPECT_EQ(merged_chronology(context(), as(reviewer), case_id).error().code, ErrorCode::not_found);
  EXPECT_EQ(merged_chronology(context(), as(panel), case_id).error().code, ErrorCode::forbidden);
}

INSTANTIATE_TEST_SUITE_P(Engines, ChronologyUseCases,
                         ::testing::ValuesIn(testing_support::test_engines()));

}  // namespace
}  // namespace casereview
