// The chronology repositories (store/sql_chronology_repositories.hpp):
// Rule CHR-1, Rule CHR-2, Rule CHR-3, on SQLite and PostgreSQL: requests and entries read back as
// stored, dates with their precision and uncertainty; one request per agency and case; a status
// changes only from the status expected; only submitted entries are merged; a duplicate decision is
// one per pair; and no method reads or changes another partnership's rows.
#include <gtest/gtest.h>

#include "store/chronology_storage_fixture.hpp"

namespace casereview::store {
namespace {

// Rule CHR-1: one request per agency in scope, with the scope period and a due date.
TEST_P(ChronologyRepositories, ARequestReadsBackAndAnAgencyIsAskedOncePerCase) {
  const ChronologyRequest added = add_request(north, north_case, north_police, north_user);
  in_transaction([&](Transaction& transaction) {
    auto found = transaction.chronology_requests().find(north.id, added.id);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->case_id, north_case);
    EXPECT_EQ(found->agency_id, north_police.id);
    EXPECT_EQ(found->scope_from, date(2020, 1, 1));
    EXPECT_EQ(found->scope_to, date(2025, 12, 31));
    EXPECT_EQ(found->due_on, date(2026, 4, 30));
    EXPECT_EQ(found->note, "From the first referral");
    EXPECT_EQ(found->status, ChronologyStatus::requested);
    EXPECT_EQ(found->involvement, Involvement::involved);
    EXPECT_FALSE(found->submitted_at);
    EXPECT_FALSE(transaction.chronology_requests().add(
        request_for(north, north_case, north_police, north_user)));
    EXPECT_EQ(transaction.chronology_requests().list_for_case(north.id, north_case).size(), 1u);
    EXPECT_EQ(transaction.chronology_requests().list_for_agency(north.id, north_police.id).size(),
              1u);
    EXPECT_TRUE(
        transaction.chronology_requests().list_for_agency(north.id, north_school.id).empty());
  });
}

// Rule CHR-1: the reminders' job reads every request not submitted.
TEST_P(ChronologyRepositories, TheRequestsNotSubmittedAreListedForTheRemindersJob) {
  ChronologyRequest police_request = add_request(north, north_case, north_police, north_user);
  ChronologyRequest school_request = add_request(north, north_case, north_school, north_user);
  in_transaction([&](Transaction& transaction) {
    EXPECT_EQ(transaction.chronology_requests().list_unsubmitted_in_all_partnerships().size(), 2u);
    police_request.status = ChronologyStatus::submitted;
    police_request.submitted_at = at("2026-04-20T10:00:00Z");
    police_request.submitted_by = north_user.id;
    ASSERT_TRUE(transaction.chronology_requests().change_status(police_request,
                                                                ChronologyStatus::requested));
    const auto unsubmitted =
        transaction.chronology_requests().list_unsubmitted_in_all_partnerships();
    ASSERT_EQ(unsubmitted.size(), 1u);
    EXPECT_EQ(unsubmitted[0].id, school_request.id);
  });
}

TEST_P(ChronologyRepositories, AStatusChangesOnlyFromTheStatusExpected) {
  ChronologyRequest request = add_request(north, north_case, north_police, north_user);
  in_transaction([&](Transaction& transaction) {
    request.status = ChronologyStatus::submitted;
    request.involvement = Involvement::no_involvement;
    request.submitted_at = at("2026-04-20T10:00:00Z");
    request.submitted_by = north_user.id;
    EXPECT_TRUE(
        transaction.chronology_requests().change_status(request, ChronologyStatus::requested));
    EXPECT_FALSE(
        transaction.chronology_requests().change_status(request, ChronologyStatus::requested));
    request.status = ChronologyStatus::returned;
    request.returned_at = at("2026-04-21T10:00:00Z");
    request.returned_by = north_user.id;
    request.return_reason = "Rows 3 to 5 have the wrong year";
    EXPECT_TRUE(
        transaction.chronology_requests().change_status(request, ChronologyStatus::submitted));
    auto found = transaction.chronology_requests().find(north.id, request.id).value();
    EXPECT_EQ(found.status, ChronologyStatus::returned);
    EXPECT_EQ(found.involvement, Involvement::no_involvement);
    EXPECT_EQ(found.submitted_at, at("2026-04-20T10:00:00Z"));
    EXPECT_EQ(found.returned_by, north_user.id);
    EXPECT_EQ(found.return_reason, "Rows 3 to 5 have the wrong year");
  });
}

// Rule CHR-2: dates as written — precision and uncertainty — with the optional time, end date and
// sequence.
TEST_P(ChronologyRepositories, EntriesReadBackWithTheirDatesAsWrittenInTheirAgencysOrder) {
  const ChronologyRequest request = add_request(north, north_case, north_police, north_user);
  in_transaction([&](Transaction& transaction) {
    ChronologyEntry full = entry("?12/05/2021", "Home visit", 0);
    full.time = TimeOfDay{14, 30};
    full.end_date = parse_approximate_date("end_date", "c. 2022").value();
    full.sequence = 2;
    full.subject = "Child A";
    full.action = "Referral";
    full.outcome = "Accepted";
    full.significance = "High";
    const Id full_id = transaction.chronology_entries().add(north.id, request.id, full);
    transaction.chronology_entries().add(north.id, request.id, entry("May 2021", "Call", 1));
    EXPECT_EQ(transaction.chronology_entries().next_position(north.id, request.id), 2);

    auto found = transaction.chronology_entries().find(north.id, request.id, full_id).value();
    EXPECT_EQ(found.agency_id, north_police.id);
    EXPECT_EQ(found.date.text(), "12 May 2021 (uncertain)");
    EXPECT_EQ(found.date.precision(), DatePrecision::day);
    ASSERT_TRUE(found.time);
    EXPECT_EQ(found.time->text(), "14:30");
    ASSERT_TRUE(found.end_date);
    EXPECT_EQ(found.end_date->text(), "2022 (uncertain)");
    EXPECT_EQ(found.sequence, 2);
    EXPECT_EQ(found.subject, "Child A");
    EXPECT_EQ(found.action, "Referral");
    EXPECT_EQ(found.outcome, "Accepted");
    EXPECT_EQ(found.significance, "High");

    const auto listed = transaction.chronology_entries().list(north.id, request.id);
    ASSERT_EQ(listed.size(), 2u);
    EXPECT_EQ(listed[1].date.text(), "May 2021");
    EXPECT_FALSE(listed[1].time);
    EXPECT_FALSE(listed[1].end_date);
    EXPECT_FALSE(listed[1].sequence);
  });
}

// An import writes in batches: more rows than one INSERT holds all arrive, in order.
TEST_P(ChronologyRepositories, AddAllWritesEveryEntryOfALargeImport) {
  const ChronologyRequest request = add_request(north, north_case, north_police, north_user);
  std::vector<ChronologyEntry> entries;
  for (int index = 0; index < 450; ++index)
    entries.push_back(
        entry(index % 2 ? "2021" : "03/04/2021", "Event " + std::to_string(index), index));
  in_transaction([&](Transaction& transaction) {
    transaction.chronology_entries().add_all(north.id, request.id, entries);
    EXPECT_EQ(transaction.chronology_entries().count(north.id, request.id), 450);
    const auto listed = transaction.chronology_entries().list(north.id, request.id);
    ASSERT_EQ(listed.size(), 450u);
    EXPECT_EQ(listed[449].event, "Event 449");
    EXPECT_EQ(listed[449].date.text(), "2021");
    EXPECT_EQ(listed[200].date.text(), "3 April 2021");
    EXPECT_EQ(transaction.chronology_entries().remove_all(north.id, request.id), 450);
    EXPECT_EQ(transaction.chronology_entries().count(north.id, request.id), 0);
  });
}

TEST_P(ChronologyRepositories, AnEntryIsChangedAndRemovedWithTheDecisionsAboutIt) {
  ChronologyRequest police = add_request(north, north_case, north_police, north_user);
  ChronologyRequest school = add_request(north, north_case, north_school, north_user);
  in_transaction([&](Transaction& transaction) {
    ChronologyEntry changed = entry("12/05/2021", "Visit", 0);
    changed.id = transaction.chronology_entries().add(north.id, police.id, changed);
    const Id other =
        transaction.chronology_entries().add(north.id, school.id, entry("12/05/2021", "Visit", 0));
    changed.event = "Home visit";
    changed.date = parse_approximate_date("date", "June 2021").value();
    EXPECT_TRUE(transaction.chronology_entries().update(north.id, police.id, changed));
    EXPECT_FALSE(transaction.chronology_entries().update(north.id, school.id, changed));
    auto found = transaction.chronology_entries().find(north.id, police.id, changed.id).value();
    EXPECT_EQ(found.event, "Home visit");
    EXPECT_EQ(found.date.text(), "June 2021");

    transaction.duplicate_decisions().put({north.id, north_case, other, changed.id,
                                           DuplicateVerdict::same_event, north_user.id,
                                           at("2026-05-01T09:00:00Z")});
    EXPECT_FALSE(transaction.chronology_entries().remove(north.id, school.id, changed.id));
    EXPECT_TRUE(transaction.chronology_entries().remove(north.id, police.id, changed.id));
    EXPECT_FALSE(transaction.chronology_entries().find(north.id, police.id, changed.id));
    EXPECT_TRUE(transaction.duplicate_decisions().list_for_case(north.id, north_case).empty());
  });
}

// Rule CHR-3: the merged chronology holds submitted entries only.
TEST_P(ChronologyRepositories, OnlySubmittedChronologiesAreMerged) {
  ChronologyRequest police = add_request(north, north_case, north_police, north_user);
  ChronologyRequest school = add_request(north, north_case, north_school, north_user);
  in_transaction([&](Transaction& transaction) {
    transaction.chronology_entries().add(north.id, police.id, entry("2021", "Police call", 0));
    transaction.chronology_entries().add(north.id, school.id, entry("2021", "Absence", 0));
    EXPECT_TRUE(
        transaction.chronology_entries().list_submitted_for_case(north.id, north_case).empty());
    police.status = ChronologyStatus::submitted;
    police.submitted_at = at("2026-04-20T10:00:00Z");
    police.submitted_by = north_user.id;
    ASSERT_TRUE(
        transaction.chronology_requests().change_status(police, ChronologyStatus::requested));
    const auto merged =
        transaction.chronology_entries().list_submitted_for_case(north.id, north_case);
    ASSERT_EQ(merged.size(), 1u);
    EXPECT_EQ(merged[0].event, "Police call");
    EXPECT_EQ(merged[0].agency_id, north_police.id);
  });
}

// Rule CHR-3: the reviewer's word on a pair is one decision, replaced when given again, whichever
// entry is named first.
TEST_P(ChronologyRepositories, ADuplicateDecisionIsOnePerPairAndTheLatestStands) {
  ChronologyRequest police = add_request(north, north_case, north_police, north_user);
  ChronologyRequest school = add_request(north, north_case, north_school, north_user);
  in_transaction([&](Transaction& transaction) {
    const Id first =
        transaction.chronology_entries().add(north.id, police.id, entry("2021", "Call", 0));
    const Id second =
        transaction.chronology_entries().add(north.id, school.id, entry("2021", "Call", 0));
    transaction.duplicate_decisions().put({north.id, north_case, second, first,
                                           DuplicateVerdict::same_event, north_user.id,
                                           at("2026-05-01T09:00:00Z")});
    transaction.duplicate_decisions().put({north.id, north_case, first, second,
                                           DuplicateVerdict::different, north_user.id,
                                           at("2026-05-02T09:00:00Z")});
    const auto decisions = transaction.duplicate_decisions().list_for_case(north.id, north_case);
    ASSERT_EQ(decisions.size(), 1u);
    EXPECT_EQ(decisions[0].first_entry_id, std::min(first, second));
    EXPECT_EQ(decisions[0].second_entry_id, std::max(first, second));
    EXPECT_EQ(decisions[0].verdict, DuplicateVerdict::different);
    EXPECT_EQ(decisions[0].decided_at, at("2026-05-02T09:00:00Z"));
  });
}

TEST_P(ChronologyRepositories, NoMethodReachesAnotherPartnershipsRows) {
  ChronologyRequest request = add_request(north, north_case, north_police, north_user);
  add_request(south, south_case, south_police, south_user);
  in_transaction([&](Transaction& transaction) {
    ChronologyEntry north_entry = entry("2021", "Call", 0);
    north_entry.id = transaction.chronology_entries().add(north.id, request.id, north_entry);
    const Id second =
        transaction.chronology_entries().add(north.id, request.id, entry("2021", "Visit", 1));
    transaction.duplicate_decisions().put({north.id, north_case, north_entry.id, second,
                                           DuplicateVerdict::different, north_user.id,
                                           at("2026-05-01T09:00:00Z")});
    request.status = ChronologyStatus::submitted;
    ASSERT_TRUE(
        transaction.chronology_requests().change_status(request, ChronologyStatus::requested));

    EXPECT_FALSE(transaction.chronology_requests().find(south.id, request.id));
    EXPECT_TRUE(transaction.chronology_requests().list_for_case(south.id, north_case).empty());
    EXPECT_TRUE(
        transaction.chronology_requests().list_for_agency(south.id, north_police.id).empty());
    ChronologyRequest foreign = request;
    foreign.partnership_id = south.id;
    foreign.status = ChronologyStatus::returned;
    EXPECT_FALSE(
        transaction.chronology_requests().change_status(foreign, ChronologyStatus::submitted));

    EXPECT_FALSE(transaction.chronology_entries().find(south.id, request.id, north_entry.id));
    EXPECT_TRUE(transaction.chronology_entries().list(south.id, request.id).empty());
    EXPECT_EQ(transaction.chronology_entries().count(south.id, request.id), 0);
    EXPECT_FALSE(transaction.chronology_entries().update(south.id, request.id, north_entry));
    EXPECT_FALSE(transaction.chronology_entries().remove(south.id, request.id, north_entry.id));
    EXPECT_EQ(transaction.chronology_entries().remove_all(south.id, request.id), 0);
    EXPECT_TRUE(
        transaction.chronology_entries().list_submitted_for_case(south.id, north_case).empty());
    EXPECT_TRUE(transaction.duplicate_decisions().list_for_case(south.id, north_case).empty());

    EXPECT_EQ(transaction.chronology_entries().count(north.id, request.id), 2);
    EXPECT_EQ(transaction.chronology_requests().find(north.id, request.id)->status,
              ChronologyStatus::submitted);
    EXPECT_EQ(transaction.duplicate_decisions().list_for_case(north.id, north_case).size(), 1u);
  });
}

INSTANTIATE_TEST_SUITE_P(Engines, ChronologyRepositories,
                         ::testing::ValuesIn(testing_support::test_engines()));

}  // namespace
}  // namespace casereview::store
