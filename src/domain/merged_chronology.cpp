// The merged chronology: Rule CHR-3's order, flags and gaps. See the header for how each is
// decided.
#include "domain/merged_chronology.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <map>
#include <string>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace casereview {

namespace {

// A sortable day number (days since 1970-01-01).
long day_number(CivilDate date) { return date.to_sys_days().time_since_epoch().count(); }

CivilDate span_end(const ChronologyEntry& entry) {
  const CivilDate last = entry.date.last_day();
  if (!entry.end_date) return last;
  return std::max(last, entry.end_date->last_day());
}

// Rule CHR-3: date order at the start of each period, then time, sequence and agency (then the
// agency's own order and the id, so that equal entries always come out the same way).
bool merged_before(const ChronologyEntry& first, const ChronologyEntry& second) {
  auto key = [](const ChronologyEntry& entry) {
    return std::make_tuple(entry.date.first_day(), entry.time.has_value(),
                           entry.time.value_or(TimeOfDay{}), entry.sequence.has_value(),
                           entry.sequence.value_or(0), entry.agency_id, entry.position, entry.id);
  };
  return key(first) < key(second);
}

// Words too common to say whether two events are the same.
bool is_function_word(std::string_view word) {
  static const std::unordered_set<std::string_view> words = {
      "a",   "an",   "and", "are",   "as",   "at",   "be", "by",  "for",  "from", "had",
      "has", "have", "he",  "her",   "his",  "in",   "is", "it",  "of",   "on",   "or",
      "she", "that", "the", "their", "they", "this", "to", "was", "were", "with"};
  return words.contains(word);
}

// The distinct words of `text`, lower-cased, without function words.
std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  auto finish = [&] {
    if (!word.empty() && !is_function_word(word)) words.push_back(word);
    word.clear();
  };
  for (char character : text) {
    const unsigned char byte = static_cast<unsigned char>(character);
    if (character >= 'A' && character <= 'Z') {
      word += static_cast<char>(character - 'A' + 'a');
    } else if ((character >= 'a' && character <= 'z') || (character >= '0' && character <= '9') ||
               byte >= 0x80) {
      word += character;  // bytes of other scripts stay part of the word
    } else {
      finish();
    }
  }
  finish();
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

// Jaccard index of two sorted sets of distinct values.
template <typename Value>
double jaccard(const std::vector<Value>& first, const std::vector<Value>& second) {
  if (first.empty() || second.empty()) return 0.0;
  std::size_t shared = 0;
  auto one = first.begin();
  auto other = second.begin();
  while (one != first.end() && other != second.end()) {
    if (*one < *other) {
      ++one;
    } else if (*other < *one) {
      ++other;
    } else {
      ++shared;
      ++one;
      ++other;
    }
  }
  return static_cast<double>(shared) / static_cast<double>(first.size() + second.size() - shared);
}

// Rule CHR-3: out of the agency's own order. `order` holds one agency's entry indices in its own
// list order; the entries outside a longest run of non-decreasing start days are flagged.
void flag_out_of_order(const std::vector<ChronologyEntry>& entries,
                       const std::vector<std::size_t>& order, std::vector<bool>& out_of_order) {
  // Patience sorting: tails[k] is the index (into order) ending the best run of length k + 1.
  std::vector<std::size_t> tails;
  std::vector<std::size_t> previous(order.size(), order.size());
  auto start = [&](std::size_t at) { return day_number(entries[order[at]].date.first_day()); };
  for (std::size_t at = 0; at < order.size(); ++at) {
    auto place = std::upper_bound(tails.begin(), tails.end(), start(at),
                                  [&](long day, std::size_t tail) { return day < start(tail); });
    if (place != tails.begin()) previous[at] = *(place - 1);
    if (place == tails.end()) {
      tails.push_back(at);
    } else {
      *place = at;
    }
  }
  std::vector<bool> kept(order.size(), false);
  for (std::size_t at = tails.empty() ? order.size() : tails.back(); at < order.size();
       at = previous[at]) {
    kept[at] = true;
  }
  for (std::size_t at = 0; at < order.size(); ++at) {
    if (!kept[at]) out_of_order[order[at]] = true;
  }
}

// Rule CHR-3: possible duplicates, for each entry the indices of the similar entries of other
// agencies dated the same period (at most possible_duplicates_listed each). `order` is the merged
// order, so entries of one first day are next to each other.
//
// Within a period, candidates come from prefix filtering (Bayardo, Ma and Srikant, "Scaling up
// all pairs similarity search", WWW 2007): with words ranked rarest first, two word sets whose
// Jaccard index is at least t share a word among the first |x| - ceil(t|x|) + 1 of each, so only
// entries sharing such a word are compared — exact, and far fewer comparisons than every pair
// when texts differ. A pair whose entries both already list the most they may is not compared:
// both are flagged already, which keeps a period of many alike entries linear in its size.
std::vector<std::vector<std::size_t>> find_possible_duplicates(
    const std::vector<ChronologyEntry>& entries, const std::vector<std::size_t>& order) {
  const std::size_t count = entries.size();
  // Words as numbers ranked by how many entries use them, rarest first.
  std::unordered_map<std::string, std::size_t> word_numbers;
  std::vector<std::vector<std::size_t>> word_sets(count);
  std::vector<std::size_t> uses;
  for (std::size_t index = 0; index < count; ++index) {
    for (const std::string& word : words_of(entries[index].event)) {
      auto [found, added] = word_numbers.try_emplace(word, word_numbers.size());
      if (added) uses.push_back(0);
      ++uses[found->second];
      word_sets[index].push_back(found->second);
    }
  }
  std::vector<std::size_t> by_rarity(uses.size());
  for (std::size_t word = 0; word < uses.size(); ++word) by_rarity[word] = word;
  std::sort(by_rarity.begin(), by_rarity.end(), [&](std::size_t first, std::size_t second) {
    return std::tie(uses[first], first) < std::tie(uses[second], second);
  });
  std::vector<std::size_t> rank(uses.size());
  for (std::size_t place = 0; place < by_rarity.size(); ++place) rank[by_rarity[place]] = place;
  for (std::vector<std::size_t>& words : word_sets) {
    for (std::size_t& word : words) word = rank[word];
    std::sort(words.begin(), words.end());
  }
  auto prefix_length = [](std::size_t size) {
    const auto needed = static_cast<std::size_t>(
        std::ceil(duplicate_similarity * static_cast<double>(size) - 1e-9));
    return size - std::min(size, needed) + 1;
  };

  std::vector<std::vector<std::size_t>> similar(count);
  std::vector<std::size_t> last_seen(count, count);  // the entry whose candidates it last was
  auto full = [&](std::size_t index) {
    return similar[index].size() >= possible_duplicates_listed;
  };
  for (std::size_t begin = 0; begin < count;) {
    std::size_t end = begin;
    const CivilDate first_day = entries[order[begin]].date.first_day();
    while (end < count && entries[order[end]].date.first_day() == first_day) ++end;
    // One period: the entries of [begin, end) with the same precision.
    for (DatePrecision precision : all_date_precisions) {
      std::unordered_map<std::size_t, std::vector<std::size_t>> holders;  // prefix word → entries
      for (std::size_t place = begin; place < end; ++place) {
        const std::size_t index = order[place];
        if (entries[index].date.precision() != precision) continue;
        const std::vector<std::size_t>& words = word_sets[index];
        const std::size_t prefix = std::min(words.size(), prefix_length(words.size()));
        for (std::size_t at = 0; at < prefix; ++at) {
          std::vector<std::size_t>& holding = holders[words[at]];
          for (std::size_t other : holding) {
            if (last_seen[other] == index) continue;
            last_seen[other] = index;
            if (entries[other].agency_id == entries[index].agency_id) continue;
            if (full(index) && full(other)) continue;
            if (jaccard(words, word_sets[other]) < duplicate_similarity) continue;
            if (!full(index)) similar[index].push_back(other);
            if (!full(other)) similar[other].push_back(index);
          }
          holding.push_back(index);
        }
      }
    }
    begin = end;
  }
  return similar;
}

}  // namespace

std::string_view chronology_flag_name(ChronologyFlag flag) {
  switch (flag) {
    case ChronologyFlag::out_of_order:
      return "out_of_order";
    case ChronologyFlag::outside_scope:
      return "outside_scope";
    case ChronologyFlag::possible_duplicate:
      return "possible_duplicate";
  }
  assert(false && "not a ChronologyFlag");
  return "";
}

std::string_view chronology_flag_text(ChronologyFlag flag) {
  switch (flag) {
    case ChronologyFlag::out_of_order:
      return "Out of the agency's order";
    case ChronologyFlag::outside_scope:
      return "Outside the scope period";
    case ChronologyFlag::possible_duplicate:
      return "Possible duplicate";
  }
  assert(false && "not a ChronologyFlag");
  return "";
}

bool MergedEntry::has(ChronologyFlag flag) const {
  return std::find(flags.begin(), flags.end(), flag) != flags.end();
}

std::size_t MergedChronology::count(ChronologyFlag flag) const {
  return static_cast<std::size_t>(std::count_if(
      entries.begin(), entries.end(), [&](const MergedEntry& entry) { return entry.has(flag); }));
}

double text_similarity(std::string_view first, std::string_view second) {
  return jaccard(words_of(first), words_of(second));
}

// Rule CHR-3.
MergedChronology merge_chronology(const std::vector<ChronologyEntry>& entries,
                                  std::optional<ChronologyScope> scope, int gap_days) {
  const std::size_t count = entries.size();
  // 1. The merged order.
  std::vector<std::size_t> order(count);
  for (std::size_t index = 0; index < count; ++index) order[index] = index;
  std::sort(order.begin(), order.end(), [&](std::size_t first, std::size_t second) {
    return merged_before(entries[first], entries[second]);
  });
  std::vector<std::size_t> merged_place(count);
  for (std::size_t place = 0; place < count; ++place) merged_place[order[place]] = place;

  // 2. Out of the agency's own order.
  std::vector<bool> out_of_order(count, false);
  std::map<Id, std::vector<std::size_t>> by_agency;
  for (std::size_t index = 0; index < count; ++index)
    by_agency[entries[index].agency_id].push_back(index);
  for (auto& [agency_id, own] : by_agency) {
    std::sort(own.begin(), own.end(), [&](std::size_t first, std::size_t second) {
      return std::tie(entries[first].position, entries[first].id) <
             std::tie(entries[second].position, entries[second].id);
    });
    flag_out_of_order(entries, own, out_of_order);
  }

  // 3. Possible duplicates across agencies.
  std::vector<std::vector<std::size_t>> duplicate_of = find_possible_duplicates(entries, order);

  // 4. The entries with their flags, in merged order.
  MergedChronology merged;
  merged.entries.reserve(count);
  for (std::size_t place = 0; place < count; ++place) {
    const std::size_t index = order[place];
    const ChronologyEntry& entry = entries[index];
    MergedEntry row;
    row.entry = index;
    if (out_of_order[index]) row.flags.push_back(ChronologyFlag::out_of_order);
    if (scope && (span_end(entry) < scope->from || entry.date.first_day() > scope->to))
      row.flags.push_back(ChronologyFlag::outside_scope);
    if (!duplicate_of[index].empty()) {
      row.flags.push_back(ChronologyFlag::possible_duplicate);
      std::vector<std::size_t>& similar = duplicate_of[index];
      std::sort(similar.begin(), similar.end(), [&](std::size_t first, std::size_t second) {
        return merged_place[first] < merged_place[second];
      });
      for (std::size_t other : similar) row.possible_duplicate_of.push_back(entries[other].id);
    }
    merged.entries.push_back(std::move(row));
  }

  // 5. Gaps: runs of more than gap_days days covered by no entry's span, inside the scope if any.
  const long longest_allowed = std::max(1, gap_days);
  std::optional<long> covered_until;  // the last day with contact so far
  if (scope) covered_until = day_number(scope->from) - 1;
  auto add_gap = [&](long first_free, long last_free, std::size_t before) {
    const long days = last_free - first_free + 1;
    if (days <= longest_allowed) return;
    const CivilDate epoch = *CivilDate::from_ymd(1970, 1, 1);
    merged.gaps.push_back({epoch.add_days(static_cast<int>(first_free)),
                           epoch.add_days(static_cast<int>(last_free)), static_cast<int>(days),
                           before});
  };
  for (std::size_t place = 0; place < count; ++place) {
    const ChronologyEntry& entry = entries[order[place]];
    long start = day_number(entry.date.first_day());
    if (scope) start = std::min(start, day_number(scope->to) + 1);
    if (covered_until && start > *covered_until + 1) add_gap(*covered_until + 1, start - 1, place);
    const long end = day_number(span_end(entry));
    covered_until = covered_until ? std::max(*covered_until, end) : end;
  }
  if (scope && covered_until && *covered_until < day_number(scope->to))
    add_gap(*covered_until + 1, day_number(scope->to), count);
  return merged;
}

}  // namespace casereview
