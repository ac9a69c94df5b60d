// The yearly report's SQL (store/sql_yearly_report_repository.hpp, Rule YR-1) on SQLite and
// PostgreSQL, where the use case's tests cannot reach: the notifications of a period are read in
// batches of 1,000 by keyset on (the day of awareness, id), so a period of some 2,500 cases, most
// of them on the same two days, crosses two batch boundaries inside one day. Every case in the
// period is visited exactly once, none outside it, and one partnership's read never reaches
// another's.
#include <gtest/gtest.h>

#include <map>

#include "store/chronology_storage_fixture.hpp"

namespace casereview::store {
namespace {

// Partnerships NORTH and SOUTH with a police agency, a manager and a case each, aware on 2 March
// 2026 (the chronology suites' fixture).
class YearlyReportRepository : public ChronologyRepositories {
 protected:
  // `count` cases of `partnership`, aware on `aware_on`, numbered from `first`.
  void add_cases(const Partnership& partnership, CivilDate aware_on, int first, int count) {
    in_transaction([&](Transaction& transaction) {
      for (int number = first; number < first + count; ++number) {
        CaseRecord record;
        record.partnership_id = partnership.id;
        record.reference = partnership.code + "-" + std::to_string(number);
        record.stage = CaseStage::notification;
        record.facts.aware_on = aware_on;
        record.facts.incident_on = aware_on;
        record.facts.incident = IncidentKind::serious_harm;
        record.facts.abuse_or_neglect = AbuseOrNeglect::suspected;
        record.facts.categories = {AbuseCategory::neglect};
        record.facts.outline = "Outline";
        record.agency_ids = {partnership.id == north.id ? north_police.id : south_police.id};
        record.notify_by = aware_on.add_days(7);
        record.recorded_at = parse_instant("2026-03-02T09:00:00Z").value();
        record.recorded_by = north_user.id;
        transaction.cases().add(record, 2026, number, {});
      }
    });
  }

  // How many notifications each_notification visits, by day of awareness.
  std::map<CivilDate, int> visited(Id partnership_id, const ReportPeriod& period) {
    std::map<CivilDate, int> days;
    Status read =
        storage_->transact(TransactionMode::read, [&](Transaction& transaction) -> Status {
          transaction.yearly_report().each_notification(
              partnership_id, period, [&](const NotificationDates& dates) {
                EXPECT_TRUE(partnership_id == 0 || dates.partnership_id == partnership_id);
                ++days[dates.aware_on];
              });
          return ok_status();
        });
    EXPECT_TRUE(read.ok());
    return days;
  }
};

TEST_P(YearlyReportRepository, NotificationsAreReadInBatchesEachOnceAcrossBoundariesWithinADay) {
  // With the fixture's case of each on 2 March — North: 1,200 on 3 March and 1,300 on 4 March (a
  // batch boundary inside each day), 3 on 1 April (the next year), and 2 in the year before.
  // South: 40 on 3 March.
  add_cases(north, date(2026, 3, 3), 2, 1'200);
  add_cases(south, date(2026, 3, 3), 2, 40);
  add_cases(north, date(2026, 3, 4), 1'202, 1'300);
  add_cases(north, date(2026, 4, 1), 2'502, 3);
  add_cases(north, date(2025, 3, 31), 2'505, 2);
  const ReportPeriod year = reporting_year(2025);

  const auto north_days = visited(north.id, year);
  EXPECT_EQ(north_days,
            (std::map<CivilDate, int>{
                {date(2026, 3, 2), 1}, {date(2026, 3, 3), 1'200}, {date(2026, 3, 4), 1'300}}));
  const auto every_day = visited(0, year);
  EXPECT_EQ(every_day,
            (std::map<CivilDate, int>{
                {date(2026, 3, 2), 2}, {date(2026, 3, 3), 1'240}, {date(2026, 3, 4), 1'300}}));
  EXPECT_EQ(visited(south.id, reporting_year(2026)).size(), 0u);
  EXPECT_EQ(visited(north.id, reporting_year(2026)),
            (std::map<CivilDate, int>{{date(2026, 4, 1), 3}}));
}

INSTANTIATE_TEST_SUITE_P(Engines, YearlyReportRepository,
                         ::testing::ValuesIn(testing_support::test_engines()),
                         testing_support::engine_test_name);

}  // namespace
}  // namespace casereview::store
