// Benchmark of CHR-3's merge (domain/merged_chronology.hpp): 10,000 submitted entries from 8
// agencies over six years — mostly exact days, some months, years and uncertain days, some
// entries listed out of order, some reported by two agencies — merged 20 times; prints the
// fastest and the median time, and what the merge found. Also times reading 10,000 dates as
// people write them (CHR-2), the cost of an import's date column, and the worst case for finding
// duplicates (one period, alike texts), once.
// Run it with bench/chronology-merge (which builds it). Arguments: [entries] [agencies].
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "domain/merged_chronology.hpp"

using namespace casereview;

namespace {

const char* const events[] = {
    "Home visit by social worker, child seen alone",
    "Missed health visitor appointment",
    "Police attended the home after a call from a neighbour",
    "Child absent from school without explanation",
    "GP appointment for mother, low mood discussed",
    "Strategy discussion held with police and health",
    "Referral received from school about bruising",
    "Child protection conference, plan agreed",
    "Mother did not attend the clinic",
    "Telephone call with father about contact arrangements",
};

std::vector<ChronologyEntry> generate(int count, int agencies) {
  std::mt19937 random(20260101);
  const CivilDate first = *CivilDate::from_ymd(2018, 1, 1);
  std::vector<std::vector<ChronologyEntry>> by_agency(static_cast<std::size_t>(agencies));
  for (int index = 0; index < count; ++index) {
    ChronologyEntry entry;
    entry.id = index + 1;
    entry.agency_id = 1 + static_cast<Id>(random() % static_cast<unsigned>(agencies));
    const CivilDate day = first.add_days(static_cast<int>(random() % (6 * 365)));
    const unsigned shape = random() % 100;
    if (shape < 85) {
      entry.date = ApproximateDate::on_day(day);
    } else if (shape < 93) {
      entry.date = *ApproximateDate::in_month(day.year(), day.month());
    } else if (shape < 96) {
      entry.date = *ApproximateDate::in_year(day.year());
    } else {
      entry.date = ApproximateDate::on_day(day, DateCertainty::uncertain);
    }
    if (random() % 3 == 0) entry.time = TimeOfDay{static_cast<int>(8 + random() % 10), 0};
    entry.event = events[random() % std::size(events)];
    entry.source = "Case record";
    by_agency[static_cast<std::size_t>(entry.agency_id - 1)].push_back(entry);
  }
  std::vector<ChronologyEntry> entries;
  for (auto& own : by_agency) {
    std::sort(own.begin(), own.end(), [](const ChronologyEntry& a, const ChronologyEntry& b) {
      return a.date.first_day() < b.date.first_day();
    });
    // One entry in fifty typed in the wrong place.
    for (std::size_t at = 0; at + 10 < own.size(); at += 50) std::swap(own[at], own[at + 10]);
    for (std::size_t at = 0; at < own.size(); ++at) {
      own[at].position = static_cast<int>(at);
      entries.push_back(own[at]);
    }
  }
  std::shuffle(entries.begin(), entries.end(), random);
  return entries;
}

// The worst case for duplicate finding: every entry dated the same year, texts from a handful of
// words, so that most pairs are alike.
std::vector<ChronologyEntry> one_period(int count, int agencies) {
  const char* const words[] = {"visit",  "home",   "call",   "police", "school",
                               "gp",     "mother", "father", "child",  "clinic",
                               "missed", "seen",   "alone",  "report", "referral"};
  std::vector<ChronologyEntry> entries;
  for (int index = 0; index < count; ++index) {
    ChronologyEntry entry;
    entry.id = index + 1;
    entry.agency_id = 1 + index % agencies;
    entry.position = index / agencies;
    entry.date = *ApproximateDate::in_year(2021);
    for (int word = 0; word < 6; ++word)
      entry.event += std::string(words[(index * 7 + word * 13 + index / 3) % 15]) + " ";
    entries.push_back(entry);
  }
  return entries;
}

double milliseconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
      .count();
}

}  // namespace

int main(int argc, char** argv) {
  const int count = argc > 1 ? std::atoi(argv[1]) : 10'000;
  const int agencies = argc > 2 ? std::atoi(argv[2]) : 8;
  if (count < 1 || agencies < 1) {
    std::fprintf(stderr, "usage: bench_chronology_merge [entries] [agencies]\n");
    return 2;
  }
  const std::vector<ChronologyEntry> entries = generate(count, agencies);
  const ChronologyScope scope{*CivilDate::from_ymd(2018, 6, 1), *CivilDate::from_ymd(2023, 6, 30)};

  std::vector<double> times;
  MergedChronology merged;
  for (int run = 0; run < 20; ++run) {
    const auto start = std::chrono::steady_clock::now();
    merged = merge_chronology(entries, scope, default_gap_days);
    times.push_back(milliseconds_since(start));
  }
  std::sort(times.begin(), times.end());

  std::vector<std::string> texts;
  for (const ChronologyEntry& entry : entries) texts.push_back(entry.date.text());
  const auto parse_start = std::chrono::steady_clock::now();
  std::size_t parsed = 0;
  for (const std::string& text : texts) parsed += parse_approximate_date("date", text).ok();
  const double parse_time = milliseconds_since(parse_start);

  std::printf("chronology-merge: %d entries from %d agencies, 20 runs\n", count, agencies);
  std::printf("  merge: fastest %.2f ms, median %.2f ms\n", times.front(), times[times.size() / 2]);
  std::printf("  found: %zu out of order, %zu outside scope, %zu possible duplicates, %zu gaps\n",
              merged.count(ChronologyFlag::out_of_order),
              merged.count(ChronologyFlag::outside_scope),
              merged.count(ChronologyFlag::possible_duplicate), merged.gaps.size());
  std::printf("  reading %zu dates as written: %.2f ms\n", parsed, parse_time);

  const std::vector<ChronologyEntry> alike = one_period(count, agencies);
  const auto alike_start = std::chrono::steady_clock::now();
  const MergedChronology alike_merged = merge_chronology(alike, std::nullopt, default_gap_days);
  std::printf("  worst case, every entry in one year with alike texts: %.2f ms (%zu flagged)\n",
              milliseconds_since(alike_start),
              alike_merged.count(ChronologyFlag::possible_duplicate));
  return 0;
}
