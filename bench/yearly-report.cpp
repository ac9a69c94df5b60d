// Benchmark of the yearly report's figures (issue 15, Rule YR-1; issue 16's national scale: 150
// partnerships, 75,000 notifications over ten years). On a fresh SQLite database with the
// demonstration data, adds P - 1 partnerships to the demonstration's (default 150 in all) and N
// cases (default 75,000) spread over them and over the ten years to today, copied from the
// demonstration's cases with their dates drawn at random — aware, notify-by, sent (some late, some
// not yet), the rapid review's due and submission dates and the Panel's decision — then times, over
// several runs (median, 95th percentile, maximum):
//   partnership year     yearly_report for the demonstration's manager: last April-to-March year
//                        and the year before (every figure, breakdowns and themes)
//   national year        national_figures for the Panel: one row per partnership, one year
//   national ten years   the same over the ten years (the longest period allowed)
// Use cases are called in-process (no HTTP), so the figures are the server's own work. The cases
// are written with SQL straight into the table (the demonstration's sealed details copied), not
// through the use cases, so that building the data takes seconds. Run it with bench/yearly-report
// (which builds it). Arguments: [cases] [partnerships] [runs] (default 75,000, 150 and 10).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "app/clock.hpp"
#include "app/reports/yearly_figures.hpp"
#include "bench_support.hpp"
#include "domain/uk_time.hpp"
#include "store/sql.hpp"
#include "store/sql_storage.hpp"

using namespace casereview;
using namespace casereview::bench;

namespace {

// The columns of `table` in order (SQLite's own catalogue).
std::vector<std::string> columns_of(Poco::Data::Session& session, const std::string& table) {
  std::vector<std::string> columns;
  for (const store::Row& row : store::query(session, "PRAGMA table_info(" + table + ")"))
    columns.push_back(row.text(1));
  return columns;
}

}  // namespace

int main(int argc, char** argv) {
  const int count = argc > 1 ? std::atoi(argv[1]) : 75'000;
  const int partnership_count = argc > 2 ? std::max(1, std::atoi(argv[2])) : 150;
  const int runs = argc > 3 ? std::max(1, std::atoi(argv[3])) : 10;

  DemonstrationBench bench("yearly-report");
  store::SqlStorage& storage = bench.storage;
  AppContext& context = bench.context;
  const Clock& clock = bench.clock;
  const Caller manager = caller_for(storage, "manager@northbrook.example");
  const Caller panel = caller_for(storage, "panel@national-panel.example");
  const CivilDate today = uk_date(clock.now());

  // The demonstration's partnership takes its share too, so that its manager's report has some.
  std::vector<Id> partnerships{*manager.actor->partnership_id};
  const Status added =
      storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
        for (int index = 2; index <= partnership_count; ++index) {
          const Partnership partnership = TRY(transaction.partnerships().add(
              "BENCH" + std::to_string(index), "Bench partnership " + std::to_string(index)));
          partnerships.push_back(partnership.id);
        }
        return ok_status();
      });
  if (!added) fail("add partnerships", added.error());

  Poco::Data::Session session = storage.session();
  const Id pattern = store::query(session, "SELECT MIN(id) FROM cases").front().integer(0);
  // Every column is copied from the pattern except these, given for each new case.
  const std::vector<std::string> given = {
      "partnership_id", "reference",        "reference_year", "reference_number", "aware_on",
      "incident_on",    "notify_by",        "sent_on",        "rapid_review_due", "submitted_on",
      "decided_on",     "decision_outcome", "decision_view"};
  std::string names;
  std::string values;
  for (std::size_t index = 0; index < given.size(); ++index) {
    names += (index ? ", " : "") + given[index];
    values += (index ? ", $" : "$") + std::to_string(index + 1);
  }
  for (const std::string& column : columns_of(session, "cases")) {
    if (column == "id" || std::find(given.begin(), given.end(), column) != given.end()) continue;
    names += ", " + column;
    values += ", " + column;
  }
  const std::string insert = "INSERT INTO cases (" + names + ") SELECT " + values +
                             " FROM cases WHERE id = " + std::to_string(pattern);

  const char* outcomes[] = {"no_review", "learning_review", "local_cspr", "national_review"};
  std::mt19937 random(20261205);
  const auto stored_start = std::chrono::steady_clock::now();
  session.begin();
  for (int index = 0; index < count; ++index) {
    const Id partnership = partnerships[static_cast<std::size_t>(index) % partnerships.size()];
    const CivilDate aware = today.add_days(-static_cast<int>(random() % 3650));
    std::vector<store::SqlValue> row{partnership,
                                     "BENCH-" + std::to_string(index + 1),
                                     std::int64_t{aware.year()},
                                     std::int64_t{index + 1},
                                     aware.to_iso_string(),
                                     aware.add_days(-1).to_iso_string(),
                                     aware.add_days(7).to_iso_string()};
    const int send_days = static_cast<int>(random() % 10);
    const bool sent = random() % 20 != 0;
    const bool submitted = sent && random() % 10 < 7;
    const CivilDate sent_on = aware.add_days(send_days);
    const CivilDate submitted_on = sent_on.add_days(10 + static_cast<int>(random() % 20));
    row.push_back(sent ? store::SqlValue(sent_on.to_iso_string()) : store::sql_null());
    row.push_back(sent ? store::SqlValue(sent_on.add_days(21).to_iso_string()) : store::sql_null());
    row.push_back(submitted ? store::SqlValue(submitted_on.to_iso_string()) : store::sql_null());
    row.push_back(submitted ? store::SqlValue(submitted_on.add_days(10).to_iso_string())
                            : store::sql_null());
    row.push_back(submitted ? store::SqlValue(outcomes[random() % 4]) : store::sql_null());
    row.push_back(submitted ? store::SqlValue(random() % 3 ? "agrees" : "disagrees")
                            : store::sql_null());
    store::execute(session, insert, row);
  }
  session.commit();
  std::printf(
      "stored %d cases over %d partnerships in %.1f s\n", count, partnership_count,
      std::chrono::duration<double>(std::chrono::steady_clock::now() - stored_start).count());

  const ReportPeriod year = last_complete_year(today);
  YearlyReport report;
  Figures figures = time_runs(runs, [&] {
    report = must(yearly_report(context, manager, year), "the partnership's report");
  });
  print_figures("partnership year", figures,
                std::to_string(report.current.notifications.count) + " notifications");
  NationalFigures national;
  figures =
      time_runs(runs, [&] { national = must(national_figures(context, panel, year), "national"); });
  long long notified = 0;
  for (const PartnershipFigures& row : national.partnerships)
    notified += row.figures.notifications.count;
  print_figures("national year", figures,
                std::to_string(national.partnerships.size()) + " partnerships, " +
                    std::to_string(notified) + " notifications");
  const ReportPeriod decade{today.add_days(-3652), today};
  figures = time_runs(runs, [&] {
    national = must(national_figures(context, panel, decade), "national, ten years");
  });
  notified = 0;
  for (const PartnershipFigures& row : national.partnerships)
    notified += row.figures.notifications.count;
  print_figures("national ten years", figures, std::to_string(notified) + " notifications");
  return 0;
}
