// What every download of the merged chronology (issue 11, Rule CHR-3) shows the same way, so that
// the CSV, the XLSX and the PDF agree: its lines in order (each entry, and each gap as a line of
// its own before the entry it precedes), a gap's words, an entry's flags in words and the file's
// name (also the chronology template's).
//
// Example:
//   for (const MergedChronologyLine& line : merged_chronology_lines(view)) {
//     if (line.gap != nullptr) write_gap(gap_description(*line.gap));
//     else write_entry(*line.row, flags_in_words(line.row->flags, "; "));
//   }
//
// Pure functions: safe from any thread.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "app/reviews/chronologies.hpp"

namespace casereview {

// One line of a download: either an entry (`row`) or a gap (`gap`), never both; both point into
// the view, which must outlive the lines.
struct MergedChronologyLine {
  const MergedChronologyRow* row = nullptr;
  const ChronologyGap* gap = nullptr;
};

// Rule CHR-3: the view's entries in merged order with its gaps in their places. Never fails.
std::vector<MergedChronologyLine> merged_chronology_lines(const MergedChronologyView& view);

// "No contact from any agency for 120 days".
std::string gap_description(const ChronologyGap& gap);

// The flags in words, in the order given, joined by `separator`: "Possible duplicate; Outside the
// scope period". Empty when there are none.
std::string flags_in_words(const std::vector<ChronologyFlag>& flags, std::string_view separator);

// A download's name, `stem`, the case reference and `extension`: chronology_file_name("chronology",
// "NB/2026/0004", "xlsx") is "chronology-NB-2026-0004.xlsx". Anything in the reference but
// letters, digits, "-" and "_" becomes "-", so the name is safe inside a Content-Disposition
// header and on any file system. `stem` and `extension` must be such words already.
std::string chronology_file_name(std::string_view stem, std::string_view case_reference,
                                 std::string_view extension);

}  // namespace casereview
