// The fixture of the storage suites about a case's chronologies and what is drawn from them
// (chronology_repositories_test.cpp, review_analysis_repositories_test.cpp): partnerships NORTH
// and SOUTH, each with a police agency (NORTH a school too), a manager and a case; helpers that
// add a chronology request and make an entry.
#pragma once

#include "store/storage_fixture.hpp"

namespace casereview::store {

inline CivilDate date(int year, int month, int day) {
  return CivilDate::from_ymd(year, month, day).value();
}
inline Instant at(const std::string& text) { return parse_instant(text).value(); }

class ChronologyRepositories : public StorageTest {
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
      north_user = transaction.accounts().create(account, at("2026-03-02T09:00:00Z")).value().user;
      account.user.partnership_id = south.id;
      account.user.email = "manager@south.example";
      south_user = transaction.accounts().create(account, at("2026-03-02T09:00:00Z")).value().user;
      north_case = add_case(transaction, north, north_police, north_user);
      south_case = add_case(transaction, south, south_police, south_user);
    });
  }

  Id add_case(Transaction& transaction, const Partnership& partnership, const Agency& agency,
              const User& user) {
    CaseRecord record;
    record.partnership_id = partnership.id;
    record.reference = partnership.code + "-2026-001";
    record.stage = CaseStage::review_to_be_commissioned;
    record.facts.aware_on = date(2026, 3, 2);
    record.facts.incident_on = date(2026, 2, 28);
    record.facts.incident = IncidentKind::death;
    record.facts.abuse_or_neglect = AbuseOrNeglect::known;
    record.facts.outline = "Outline";
    record.agency_ids = {agency.id};
    record.notify_by = date(2026, 3, 9);
    record.recorded_at = at("2026-03-02T09:00:00Z");
    record.recorded_by = user.id;
    return transaction.cases().add(record, 2026, 1, {});
  }

  ChronologyRequest request_for(const Partnership& partnership, Id case_id, const Agency& agency,
                                const User& user) {
    ChronologyRequest request;
    request.partnership_id = partnership.id;
    request.case_id = case_id;
    request.agency_id = agency.id;
    request.scope_from = date(2020, 1, 1);
    request.scope_to = date(2025, 12, 31);
    request.requested_on = date(2026, 4, 1);
    request.due_on = date(2026, 4, 30);
    request.note = "From the first referral";
    request.requested_by = user.id;
    return request;
  }

  ChronologyRequest add_request(const Partnership& partnership, Id case_id, const Agency& agency,
                                const User& user) {
    ChronologyRequest added;
    in_transaction([&](Transaction& transaction) {
      added = transaction.chronology_requests()
                  .add(request_for(partnership, case_id, agency, user))
                  .value();
    });
    return added;
  }

  static ChronologyEntry entry(const std::string& date_text, const std::string& event,
                               int position) {
    ChronologyEntry entry;
    entry.date = parse_approximate_date("date", date_text).value();
    entry.source = "Case record";
    entry.event = event;
    entry.position = position;
    return entry;
  }

  Partnership north, south;
  Agency north_police, north_school, south_police;
  User north_user, south_user;
  Id north_case = 0, south_case = 0;
};

}  // namespace casereview::store
