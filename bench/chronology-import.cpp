// Benchmark of a chronology import (issue 11, Rule CHR-2; app/documents/chronology_import.hpp):
// 10,000 CSV rows with every column, dates in the forms people write (days, months, years,
// uncertain days), timed end to end (read_spreadsheet, the header map, every cell parsed and
// checked), then the same rows already read (chronology_from_rows alone). Each is run 5 times;
// the fastest and the median are printed. Run it with bench/chronology-import (which builds it).
// Argument: [rows].
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include "app/documents/chronology_import.hpp"
#include "bench_support.hpp"

using namespace casereview;

namespace {

const char* const events[] = {
    "Unannounced visit, home conditions poor",    "Letter sent offering a new appointment",
    "Neighbour reported shouting late at night",  "Attendance officer phoned the mother",
    "Nursery raised a concern about weight loss",
};
const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

std::string generate_csv(int rows) {
  std::mt19937 random(20260102);
  std::string csv =
      "Start date,Time,End date,Sequence,Source,Subject,Event,Action,Outcome,"
      "Significance\n";
  for (int index = 0; index < rows; ++index) {
    const int year = 2018 + static_cast<int>(random() % 6);
    const int month = 1 + static_cast<int>(random() % 12);
    const int day = 1 + static_cast<int>(random() % 28);
    const unsigned shape = random() % 100;
    char date[32];
    if (shape < 60) {
      std::snprintf(date, sizeof date, "%02d/%02d/%d", day, month, year);
    } else if (shape < 80) {
      std::snprintf(date, sizeof date, "%d %s %d", day, months[month - 1], year);
    } else if (shape < 90) {
      std::snprintf(date, sizeof date, "%s %d", months[month - 1], year);
    } else if (shape < 95) {
      std::snprintf(date, sizeof date, "c. %d", year);
    } else {
      std::snprintf(date, sizeof date, "?%d-%02d-%02d", year, month, day);
    }
    csv += date;
    csv += random() % 3 == 0 ? ",14:30," : ",,";
    csv += ",";
    csv += std::to_string(index % 4);
    csv += ",Case record,Child A,\"";
    csv += events[random() % std::size(events)];
    csv += "\",Referral made,Accepted,Medium\n";
  }
  return csv;
}

// Five runs of `work`: the fastest and the median.
void time_it(const char* what, const std::function<void()>& work) {
  const bench::Figures figures = bench::time_runs(5, work);
  std::printf("%-46s fastest %8.1f ms   median %8.1f ms\n", what, figures.min, figures.median);
}

}  // namespace

int main(int argc, char** argv) {
  const int rows = argc > 1 ? std::atoi(argv[1]) : 10'000;
  const std::string csv = generate_csv(rows);
  std::printf("%d rows, %zu bytes of CSV\n", rows, csv.size());
  std::size_t imported = 0;
  time_it("read CSV and import (read_chronology_file)", [&] {
    Result<ChronologyImport> read = read_chronology_file(csv);
    if (!read || !read.value().problems.empty()) {
      std::fprintf(stderr, "the generated file did not import\n");
      std::exit(1);
    }
    imported = read.value().entries.size();
  });
  const SpreadsheetRows sheet = read_spreadsheet(csv).value();
  time_it("rows to entries only (chronology_from_rows)",
          [&] { imported = chronology_from_rows(sheet).entries.size(); });
  std::printf("%zu entries imported\n", imported);
  return 0;
}
