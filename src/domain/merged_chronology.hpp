// The merged chronology (DOMAIN.md step 5, Rule CHR-3): every submitted entry of every agency in
// one order, with flags for the reviewer to look at — never fixes — and the gaps where no agency
// had any contact with the child or family.
//
// Rule (cited again where implemented and in the tests that prove it):
//   CHR-3  The merged chronology holds submitted entries only, in date order (then time,
//          sequence, agency). It flags, never fixes: entries out of the submitting agency's own
//          order, entries outside the scope period, possible duplicates across agencies (same
//          day, similar text), and gaps with no contact from any agency longer than N days
//          (setting, 90).
//
// How each part is decided (choices of this module where DOMAIN.md is silent):
//   order      an approximate date sorts at the first day of its period (Rule CHR-2); then the time
//              (entries without one first), the sequence (without one first), the agency's id,
//              the entry's place in its agency's list, and its id — a total order, so the merge is
//              the same every time. Passing only submitted entries is the caller's job.
//   out of     within one agency, the entries kept are the longest run, in the agency's own list
//   order      order, whose start days never go back (longest non-decreasing subsequence,
//              O(n log n)); every other entry of that agency is flagged. So one misplaced entry
//              flags that entry only, not all those after it. Time and sequence are not judged.
//   outside    the entry's whole span (its date's period to its end date's period) lies before
//   scope      the scope's first day or after its last; an entry overlapping the scope is inside.
//   possible   two entries of different agencies whose dates are the same period (the same day,
//   duplicate  or the same month or year at that precision) and whose event texts are similar:
//              the Jaccard index of their word sets is at least duplicate_similarity (0.6).
//              Words are runs of letters and digits, lower-cased, with common English function
//              words ("the", "to", "was", …) left out. Entries are bucketed by period first, so
//              only entries of the same period are compared, and within a period only those
//              sharing a rare enough word (prefix filtering); an entry lists at most
//              possible_duplicates_listed (20) of its possible duplicates.
//   gaps       a day counts as contact when some entry's span covers it (an approximate date
//              covers its whole period, so a gap is only shown where there was surely no
//              contact); a run of more than gap_days days without contact is a gap row, from the
//              first day without contact to the last. With a scope, its start and end count too.
//
// Example:
//   MergedChronology merged = merge_chronology(entries, ChronologyScope{from, to}, 90);
//   for (const MergedEntry& row : merged.entries) show(entries[row.entry], row.flags);
//   for (const ChronologyGap& gap : merged.gaps) show_gap_before(gap.before, gap.days);
//
// Pure functions: safe from any thread.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "domain/chronology_entry.hpp"
#include "domain/civil_date.hpp"

namespace casereview {

// Rule CHR-3: the default longest run of days without contact before it is shown as a gap
// (setting).
inline constexpr int default_gap_days = 90;
// Rule CHR-3: how similar two entries' texts must be to be offered as possible duplicates.
inline constexpr double duplicate_similarity = 0.6;
// Rule CHR-3: the most possible duplicates listed for one entry (its flag says there is at least
// one).
inline constexpr std::size_t possible_duplicates_listed = 20;

enum class ChronologyFlag { out_of_order, outside_scope, possible_duplicate };
inline constexpr std::array<ChronologyFlag, 3> all_chronology_flags = {
    ChronologyFlag::out_of_order, ChronologyFlag::outside_scope,
    ChronologyFlag::possible_duplicate};
std::string_view chronology_flag_name(ChronologyFlag flag);  // "out_of_order" (the API's names)
std::string_view chronology_flag_text(ChronologyFlag flag);  // "Out of the agency's order"

// The review's scope period, both days included.
struct ChronologyScope {
  CivilDate from;
  CivilDate to;
};

struct MergedEntry {
  std::size_t entry = 0;                  // index into the entries given to merge_chronology
  std::vector<ChronologyFlag> flags;      // in the order of all_chronology_flags
  std::vector<Id> possible_duplicate_of;  // ids of similar entries, in merged order (at most 20)

  bool has(ChronologyFlag flag) const;
};

// A run of days with no contact from any agency, both days included.
struct ChronologyGap {
  CivilDate from;
  CivilDate to;
  int days = 0;
  std::size_t before = 0;  // its place: before merged entries[before] (== size() at the end)
};

struct MergedChronology {
  std::vector<MergedEntry> entries;
  std::vector<ChronologyGap> gaps;

  // How many entries carry `flag`, for the count at the top of the page.
  std::size_t count(ChronologyFlag flag) const;
};

// Rule CHR-3: merges `entries` (of any agencies, in any order) as described above. `gap_days` below
// 1 counts as 1. Never fails.
MergedChronology merge_chronology(const std::vector<ChronologyEntry>& entries,
                                  std::optional<ChronologyScope> scope, int gap_days);

// Rule CHR-3: the Jaccard index of the word sets of two texts, from 0 (no word shared, or a text
// without words) to 1 (the same words).
double text_similarity(std::string_view first, std::string_view second);

}  // namespace casereview
