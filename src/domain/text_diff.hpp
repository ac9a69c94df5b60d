// The difference between two texts, line by line (issue 12, Rule RPT-1: any two versions of the
// report can be compared, as a unified difference or side by side). The lines both texts share
// are found as a longest common subsequence, after the common start and end are set aside; a middle
// too large to compare within max_diff_cells is shown as all removed then all added, which is still
// a true (if coarse) difference.
//
// Example:
//   std::vector<DiffLine> lines = diff_lines("a\nb\n", "a\nc\n");
//   // {same "a" 1→1}, {removed "b" 2}, {added "c" →2}
//   std::string patch = unified_diff(lines, "Version 1", "Version 2");
//
// Pure functions; safe from any thread.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace casereview {

enum class DiffKind { same, removed, added };

struct DiffLine {
  DiffKind kind = DiffKind::same;
  int old_line = 0;  // its number in the first text, from 1; 0 for an added line
  int new_line = 0;  // its number in the second text, from 1; 0 for a removed line
  std::string text;  // without its line ending
};

// The most cells (lines of one middle times lines of the other) compared line by line.
inline constexpr std::size_t max_diff_cells = 4'000'000;  // 16 MB of table

// Every line of both texts in order: shared lines once (same), then for each change the removed
// lines before the added ones. Line endings (\n, \r\n) are not part of the lines; a last line
// without an ending is a line.
std::vector<DiffLine> diff_lines(std::string_view before, std::string_view after);

// Whether the texts differ at all.
bool has_changes(const std::vector<DiffLine>& lines);

// A run of changes with up to `context` unchanged lines either side.
struct DiffHunk {
  int old_start = 0;  // as in "@@ -old_start,old_count +new_start,new_count @@"
  int old_count = 0;
  int new_start = 0;
  int new_count = 0;
  std::vector<DiffLine> lines;
};
std::vector<DiffHunk> diff_hunks(const std::vector<DiffLine>& lines, int context = 3);

// The unified difference as text ("--- from", "+++ to", "@@ … @@", then " ", "-", "+" lines);
// "" when the texts are the same.
std::string unified_diff(const std::vector<DiffLine>& lines, std::string_view from_label,
                         std::string_view to_label, int context = 3);

// One row of a side-by-side view: the first text's line on the left, the second's on the right;
// a change pairs removed lines with added ones in order, the longer side's rest alone.
struct SideBySideRow {
  std::optional<DiffLine> left;
  std::optional<DiffLine> right;
};
std::vector<SideBySideRow> side_by_side(const std::vector<DiffLine>& lines);

}  // namespace casereview
