// Benchmark of the merged chronology (issue 11, Rule CHR-3: "a merged chronology of 10,000 entries
// from 8 agencies renders in under 200 ms on the server"). Builds, through the program's own use
// cases and storage on a fresh SQLite database in a temporary folder: the demonstration partnership
// and its case waiting for its review, 8 agencies (the demonstration's 6 and 2 more) each with a
// contributor, a chronology request to each, and 10,000 entries imported as CSV (1,250 an agency,
// dates in the forms people write, agencies' days and texts meeting often, so many possible
// duplicates are found) and
// submitted. Then times, as the manager, N runs of each:
//   merged view        app/reviews merged_chronology: read, merge, flag (no rendering)
//   JSON               GET /api/v1/cases/{id}/chronology through the route's own handler
//   CSV, XLSX, PDF     the same route with ?format=csv|xlsx|pdf
// and prints the median, 95th percentile and maximum in milliseconds, and each answer's size.
// Before the agencies' own imports it also times one import of all the entries into one request
// through the use case (the CSV read, checked and stored in one transaction).
// Handlers are called in-process (no socket, no HTTP parsing), so the figures are the server's
// own work. Run it with bench/merged-chronology (which builds it). Arguments: [entries] [runs]
// (default 10,000 and 20; the XLSX and the PDF run a quarter as many times, at least 3).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include "app/accounts.hpp"
#include "app/clock.hpp"
#include "app/demonstration.hpp"
#include "app/embedded_files.hpp"
#include "app/reviews/chronologies.hpp"
#include "app/reviews/commissioning.hpp"
#include "app/security/field_cipher.hpp"
#include "bench_support.hpp"
#include "store/migrator.hpp"
#include "store/sql_storage.hpp"
#include "web/routes.hpp"
#include "web/services.hpp"

using namespace casereview;
using namespace casereview::bench;

namespace {

const char* const events[] = {
    "Unannounced visit, home conditions poor",    "Letter sent offering a new appointment",
    "Neighbour reported shouting late at night",  "Attendance officer phoned the mother",
    "Nursery raised a concern about weight loss", "Missed health visitor appointment",
    "Strategy discussion held with partners",     "Child seen alone at school, said all fine",
};
const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// One agency's chronology as CSV: `rows` entries in its own date order, mostly days, some months,
// years and uncertain days; agencies' days and texts meet often enough for possible duplicates.
std::string agency_csv(int rows, unsigned agency) {
  std::mt19937 random(20260102 + agency);
  std::string csv = "Start date,Time,Source,Subject,Event,Action,Outcome,Significance\n";
  int day_number = 0;
  for (int index = 0; index < rows; ++index) {
    day_number += static_cast<int>(random() % 3);
    const int year = 2019 + day_number / 336;
    const int month = 1 + (day_number / 28) % 12;
    const int day = 1 + day_number % 28;
    const unsigned shape = random() % 100;
    char date[32];
    if (shape < 80) {
      std::snprintf(date, sizeof date, "%02d/%02d/%d", day, month, year);
    } else if (shape < 90) {
      std::snprintf(date, sizeof date, "%d %s %d", day, months[month - 1], year);
    } else if (shape < 97) {
      std::snprintf(date, sizeof date, "%s %d", months[month - 1], year);
    } else {
      std::snprintf(date, sizeof date, "?%d-%02d-%02d", year, month, day);
    }
    csv += date;
    csv += random() % 3 == 0 ? ",14:30," : ",,";
    csv += "Case record,Child A,\"";
    csv += events[random() % std::size(events)];
    csv += "\",Referral made,Accepted,Medium\n";
  }
  return csv;
}

}  // namespace

int main(int argc, char** argv) {
  const int entries = argc > 1 ? std::atoi(argv[1]) : 10'000;
  const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 20;
  const int slow_runs = std::max(3, runs / 4);
  constexpr unsigned agency_count = 8;

  const TemporaryFolder folder("merged");
  std::filesystem::create_directories(folder.path / "assets");
  const std::unique_ptr<store::SqlStorage> database = migrated_sqlite(folder.path);
  store::SqlStorage& storage = *database;
  SystemClock clock;
  AppSettings settings;
  settings.password_cost = security::PasswordHashCost::minimum_for_tests;
  settings.public_url = "https://casereview.bench";
  const Caller command_line{std::nullopt, "command line", ""};

  // The partnership, its agencies (8) with a contributor each, and the case to review.
  // The demonstration cases are loaded only with a data key: a fixed one, for this throwaway
  // database only.
  const auto cipher = std::make_shared<const security::FieldCipher>(
      must(security::FieldCipher::from_key(std::string(security::FieldCipher::key_bytes, '\x5a')),
           "data key"));
  settings.data_cipher = cipher;
  AppContext context{storage, clock, settings};
  const DemonstrationSummary demo =
      must(load_demonstration_data(storage, clock, cipher), "demo data");
  std::vector<Agency> agencies = demo.agencies;
  for (unsigned extra = static_cast<unsigned>(agencies.size()); extra < agency_count; ++extra)
    agencies.push_back(must(add_agency(context, command_line, demonstration_partnership_code,
                                       "AGENCY" + std::to_string(extra + 1),
                                       "Northbrook Agency " + std::to_string(extra + 1)),
                            "add an agency"));
  agencies.resize(agency_count);
  const Caller manager = caller_for(storage, "manager@northbrook.example");
  std::vector<Id> agency_ids;
  for (const Agency& agency : agencies) agency_ids.push_back(agency.id);
  // The demonstration's case waiting for its review is commissioned with every agency in scope.
  Id case_id = 0;
  std::vector<ChronologyRequest> requests;
  for (Id candidate = 1; candidate < 100 && case_id == 0; ++candidate) {
    const CommissionInput review{.methodology = "SILP",
                                 .scope_from = "2019-01-01",
                                 .scope_to = "2060-12-31",
                                 .agency_ids = agency_ids,
                                 .rationale = "Bench",
                                 .terms_of_reference = "Bench"};
    if (!commission_review(context, manager, candidate, review)) continue;
    auto asked = request_chronologies(context, manager, candidate, {agency_ids, "", "Bench"});
    if (asked) {
      case_id = candidate;
      requests = asked.value();
    }
  }
  if (case_id == 0) {
    std::fprintf(stderr, "no demonstration case takes chronology requests\n");
    return 1;
  }
  // Issue 11 asks that an import of 10,000 rows take seconds, and show progress if it takes more
  // than a moment: the whole import through the use case (read, check, replace the request's
  // entries in one transaction) is timed here, into the first agency's request; each run replaces
  // the last, and the per-agency imports below replace it again.
  const std::string all_rows_csv = agency_csv(entries, 0);
  must(add_user(context, command_line,
                Invitation{"bench-import@northbrook.example",
                           "Bench importer",
                           {"contributor"},
                           agencies[0].code,
                           ""},
                demonstration_partnership_code, std::string("a long pass phrase for the bench")),
       "add the importing contributor");
  const Caller importer = caller_for(storage, "bench-import@northbrook.example");
  const Figures whole_import = time_runs(slow_runs, [&] {
    const auto outcome = import_chronology(context, importer, requests[0].id, all_rows_csv);
    if (!outcome || !outcome.value().problems.empty()) std::exit(1);
  });

  int imported = 0;
  for (unsigned index = 0; index < agency_count; ++index) {
    const std::string email = "bench-" + std::to_string(index + 1) + "@northbrook.example";
    must(add_user(context, command_line,
                  Invitation{email, "Bench contributor", {"contributor"}, agencies[index].code, ""},
                  demonstration_partnership_code, std::string("a long pass phrase for the bench")),
         "add a contributor");
    const Caller contributor = caller_for(storage, email);
    const int rows = entries / static_cast<int>(agency_count) +
                     (index < static_cast<unsigned>(entries) % agency_count ? 1 : 0);
    const ChronologyImportOutcome outcome =
        must(import_chronology(context, contributor, requests[index].id, agency_csv(rows, index)),
             "import");
    if (!outcome.problems.empty())
      fail("import", Error::of(ErrorCode::internal, outcome.problems[0].text()));
    imported += outcome.imported;
    must(submit_chronology(context, contributor, requests[index].id, Involvement::involved),
         "submit");
  }

  const MergedChronologyView view = must(merged_chronology(context, manager, case_id), "merge");
  std::size_t flagged = 0;
  for (ChronologyFlag flag : all_chronology_flags) flagged += view.count(flag);
  std::printf(
      "%d entries from %u agencies on SQLite; %zu gaps, %zu flags; %d runs (%d for XLSX "
      "and PDF)\n\n",
      imported, agency_count, view.gaps.size(), flagged, runs, slow_runs);

  web::AssetCatalogue assets((folder.path / "assets").string());
  web::Metrics metrics;
  web::Services services{assets, metrics, {}, context, nullptr};
  const web::Router router = web::build_router();
  const auto answer = [&](const std::string& format) {
    web::Request request;
    request.method = "GET";
    request.path = "/api/v1/cases/" + std::to_string(case_id) + "/chronology";
    if (!format.empty()) {
      request.query_string = "format=" + format;
      request.query = {{"format", format}};
    }
    request.actor = manager.actor;
    request.client_address = "127.0.0.1";
    std::vector<std::string> allowed_methods;
    const auto match = router.match(request.method, request.path, allowed_methods);
    request.path_parameters = match->parameters;
    web::Response response = match->route->handler(request, services);
    if (response.status != 200) {
      std::fprintf(stderr, "%s answered %d: %s\n", request.target().c_str(), response.status,
                   response.body.substr(0, 300).c_str());
      std::exit(1);
    }
    return response.body;
  };

  std::printf("%-40s %10s %10s %10s %12s\n", "", "median ms", "p95 ms", "max ms", "bytes");
  const auto report = [](const char* what, Figures figures, std::size_t bytes) {
    std::printf("%-40s %10.1f %10.1f %10.1f %12zu\n", what, figures.median, figures.p95,
                figures.max, bytes);
  };
  report("import of every row as CSV (use case)", whole_import, all_rows_csv.size());
  report("merged view (use case, no rendering)",
         time_runs(runs,
                   [&] {
                     if (!merged_chronology(context, manager, case_id)) std::exit(1);
                   }),
         0);
  std::string body;
  const auto route = [&](const char* what, const std::string& format, int times) {
    const Figures figures = time_runs(times, [&] { body = answer(format); });
    report(what, figures, body.size());
  };
  route("GET .../chronology (JSON)", "", runs);
  route("GET .../chronology?format=csv", "csv", runs);
  route("GET .../chronology?format=xlsx", "xlsx", slow_runs);
  route("GET .../chronology?format=pdf", "pdf", slow_runs);
  // Each page object of cairo's PDF says "/Type /Page"; the page tree says "/Type /Pages".
  const auto count = [&](const std::string& needle) {
    std::size_t found = 0;
    for (std::size_t at = body.find(needle); at != std::string::npos;
         at = body.find(needle, at + 1))
      ++found;
    return found;
  };
  std::printf("\nThe PDF has %zu A4 landscape pages.\n",
              count("/Type /Page") - count("/Type /Pages"));
  return 0;
}
