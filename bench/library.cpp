// Benchmark of the learning library's search (issue 14: "over 5,000 entries, a search answers in
// under 30 ms at the 95th percentile on the server"). On a fresh database with the demonstration
// data, publishes N entries (default 5,000) of invented text through the storage port — a summary,
// learning and recommendations of a few hundred words, a report of about 1,500, up to three themes
// each, spread over ten years, five age bands and three kinds — then times search_library (the
// page of results with snippets, the counts per filter value with the total, the themes:
// everything /learning reads) over several runs per query (median, 95th percentile, maximum):
//   browse               no words, page 1 (the latest published first)
//   one word             "neglect" (stemmed)
//   two words            "safer sleep"
//   three words          "domestic abuse mental"
//   word and theme       "school" within one theme
//   filters only         a year, a kind and an age band
//   rare word            a word in a handful of entries
//   deep page            "neglect", its last page
// Use cases are called in-process (no HTTP), so the figures are the server's own work.
// Arguments: [entries] [runs] [database URL] (default 5,000, 30, a throwaway SQLite file; give a
// postgresql:// URL of an empty database to measure PostgreSQL). Run it with bench/library.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "app/clock.hpp"
#include "app/library/learning_library.hpp"
#include "bench_support.hpp"
#include "domain/uk_time.hpp"

using namespace casereview;
using namespace casereview::bench;

namespace {

// Text with the shape of written English (Zipf's law: the n-th commonest word turns up about 1/n
// as often as the commonest): forty everyday words first, then sixty of the field's, then two
// thousand rarer ones. So "neglect", the 41st, is in nearly every entry a few times, as in real
// reviews, and a rarer word in a few.
const std::vector<std::string> everyday = {
    "the",  "and",  "of",  "to",  "a",    "in",    "was",   "were",  "that",  "with",
    "for",  "on",   "not", "by",  "at",   "had",   "her",   "his",   "this",  "from",
    "as",   "be",   "it",  "an",  "or",   "which", "they",  "their", "is",    "are",
    "been", "have", "has", "but", "when", "who",   "there", "all",   "would", "no"};
const std::vector<std::string> field = {
    "neglect",       "safer",      "sleep",       "domestic",   "abuse",        "mental",
    "health",        "school",     "police",      "referral",   "assessment",   "father",
    "mother",        "visitor",    "midwife",     "social",     "worker",       "exploitation",
    "missing",       "education",  "housing",     "substance",  "alcohol",      "curiosity",
    "escalation",    "challenge",  "information", "sharing",    "voice",        "child",
    "family",        "plan",       "meeting",     "strategy",   "conference",   "injury",
    "bruise",        "hospital",   "emergency",   "general",    "practitioner", "agencies",
    "professionals", "recorded",   "considered",  "understood", "history",      "pattern",
    "risk",          "protection", "support",     "services",   "review",       "learning",
    "disguised",     "compliance", "carer",       "partner",    "baby",         "teenager"};

class Words {
 public:
  Words() {
    vocabulary_ = everyday;
    vocabulary_.insert(vocabulary_.end(), field.begin(), field.end());
    for (int rarer = 0; rarer < 2000; ++rarer)
      vocabulary_.push_back("term" + std::to_string(rarer));
    std::vector<double> weights;
    for (std::size_t rank = 1; rank <= vocabulary_.size(); ++rank)
      weights.push_back(1.0 / static_cast<double>(rank));
    pick_ = std::discrete_distribution<std::size_t>(weights.begin(), weights.end());
  }
  std::string text(std::mt19937& random, int words) {
    std::string text;
    for (int index = 0; index < words; ++index) {
      text += (text.empty() ? "" : " ") + vocabulary_[pick_(random)];
      if (index % 17 == 16) text += ".";
    }
    return text + ".";
  }

 private:
  std::vector<std::string> vocabulary_;
  std::discrete_distribution<std::size_t> pick_;
};

}  // namespace

int main(int argc, char** argv) {
  const int count = argc > 1 ? std::atoi(argv[1]) : 5'000;
  const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 30;

  const TemporaryFolder folder("library");
  std::unique_ptr<store::SqlStorage> database;
  if (argc > 3) {
    database = std::make_unique<store::SqlStorage>(
        must(store::parse_database_url(argv[3]), "database URL"));
    must(store::migrate(*database, store::migrations_from(embedded_files())), "migrate");
  } else {
    database = migrated_sqlite(folder.path);
  }
  store::SqlStorage& storage = *database;
  SystemClock clock;
  AppSettings settings;
  load_demonstration(storage, clock, settings);
  AppContext context{storage, clock, settings};
  const Caller manager = caller_for(storage, "manager@northbrook.example");
  const Id partnership_id = *manager.actor->partnership_id;
  const Id user_id = manager.actor->user_id;

  const std::vector<LibraryTheme> themes = must(library_themes(context), "themes");
  const CivilDate today = uk_date(clock.now());
  const ReviewOutcome kinds[] = {ReviewOutcome::learning_review, ReviewOutcome::local_cspr,
                                 ReviewOutcome::national_review};
  std::mt19937 random(20261205);
  Words words;
  const auto stored_start = std::chrono::steady_clock::now();
  for (int done = 0; done < count;) {
    const int batch = std::min(500, count - done);
    Status stored =
        storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
          for (int index = 0; index < batch; ++index) {
            const int number = done + index + 1;
            LibraryEntry entry;
            entry.partnership_id = partnership_id;
            entry.kind = kinds[random() % std::size(kinds)];
            const CivilDate published_on = today.add_days(-static_cast<int>(random() % 3650));
            entry.year = published_on.year();
            entry.text.title = "Child " + std::to_string(number) + ": " + words.text(random, 5);
            entry.text.summary = words.text(random, 80);
            entry.text.learning = words.text(random, 200);
            entry.text.recommendations = words.text(random, 100);
            // A rare word, in one entry of 500.
            if (number % 500 == 0) entry.text.learning += " Quindecennial.";
            for (int theme = 0; theme < 1 + static_cast<int>(random() % 3); ++theme)
              entry.text.theme_slugs.push_back(themes[random() % themes.size()].slug);
            std::sort(entry.text.theme_slugs.begin(), entry.text.theme_slugs.end());
            entry.text.theme_slugs.erase(
                std::unique(entry.text.theme_slugs.begin(), entry.text.theme_slugs.end()),
                entry.text.theme_slugs.end());
            entry.text.age_band = all_age_bands[random() % all_age_bands.size()];
            const Id id = transaction.library().save(entry, user_id, clock.now());
            transaction.library().publish(partnership_id, id, published_on,
                                          words.text(random, 1500));
          }
          return ok_status();
        });
    if (!stored) fail("store entries", stored.error());
    done += batch;
  }
  std::printf(
      "published %d entries on %s in %.1f s\n", count, storage.engine().c_str(),
      std::chrono::duration<double>(std::chrono::steady_clock::now() - stored_start).count());

  LibraryResults last;
  const auto search = [&](const char* what, LibrarySearchInput input) {
    const Figures figures =
        time_runs(runs, [&] { last = must(search_library(context, input), what); });
    print_figures(what, figures,
                  std::to_string(last.total) + " found, page " + std::to_string(last.page) +
                      " of " + std::to_string(last.page_count));
  };
  search("browse", {});
  search("one word", {.q = "neglect"});
  search("two words", {.q = "safer sleep"});
  search("three words", {.q = "domestic abuse mental"});
  search("word and theme", {.q = "school", .theme = themes.front().slug});
  search("filters only",
         {.year = std::to_string(today.year() - 3), .kind = "local_cspr", .age_band = "5_to_10"});
  search("rare word", {.q = "quindecennial"});
  search("deep page", {.q = "neglect", .page = 1'000'000});
  return 0;
}
