// Line differences (Rule RPT-1): see text_diff.hpp.
#include "domain/text_diff.hpp"

#include <algorithm>
#include <cstdint>

namespace casereview {

namespace {

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    start = end + 1;
  }
  return lines;
}

using Lines = std::vector<std::string_view>;

// The middle a[0..n) against b[0..m) by a longest common subsequence: a table of the LCS lengths of
// every pair of suffixes, walked from the start.
void diff_middle(const Lines& a, std::size_t a_from, std::size_t n, const Lines& b,
                 std::size_t b_from, std::size_t m, std::vector<DiffLine>& out) {
  auto removed = [&](std::size_t i) {
    out.push_back(
        {DiffKind::removed, static_cast<int>(a_from + i + 1), 0, std::string(a[a_from + i])});
  };
  auto added = [&](std::size_t j) {
    out.push_back(
        {DiffKind::added, 0, static_cast<int>(b_from + j + 1), std::string(b[b_from + j])});
  };
  if (n == 0 || m == 0 || (n + 1) * (m + 1) > max_diff_cells) {
    for (std::size_t i = 0; i < n; ++i) removed(i);
    for (std::size_t j = 0; j < m; ++j) added(j);
    return;
  }
  std::vector<std::uint32_t> table((n + 1) * (m + 1), 0);
  auto at = [&](std::size_t i, std::size_t j) -> std::uint32_t& { return table[i * (m + 1) + j]; };
  for (std::size_t i = n; i-- > 0;)
    for (std::size_t j = m; j-- > 0;)
      at(i, j) = a[a_from + i] == b[b_from + j] ? at(i + 1, j + 1) + 1
                                                : std::max(at(i + 1, j), at(i, j + 1));
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < n && j < m) {
    if (a[a_from + i] == b[b_from + j]) {
      out.push_back({DiffKind::same, static_cast<int>(a_from + i + 1),
                     static_cast<int>(b_from + j + 1), std::string(a[a_from + i])});
      ++i;
      ++j;
    } else if (at(i + 1, j) >= at(i, j + 1)) {
      removed(i++);
    } else {
      added(j++);
    }
  }
  while (i < n) removed(i++);
  while (j < m) added(j++);
}

}  // namespace

std::vector<DiffLine> diff_lines(std::string_view before, std::string_view after) {
  const Lines a = split_lines(before);
  const Lines b = split_lines(after);
  std::size_t prefix = 0;
  while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
  std::size_t suffix = 0;
  while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
         a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
    ++suffix;
  std::vector<DiffLine> out;
  for (std::size_t i = 0; i < prefix; ++i)
    out.push_back(
        {DiffKind::same, static_cast<int>(i + 1), static_cast<int>(i + 1), std::string(a[i])});
  diff_middle(a, prefix, a.size() - prefix - suffix, b, prefix, b.size() - prefix - suffix, out);
  for (std::size_t k = suffix; k > 0; --k)
    out.push_back({DiffKind::same, static_cast<int>(a.size() - k + 1),
                   static_cast<int>(b.size() - k + 1), std::string(a[a.size() - k])});
  // Within each change, removed lines before added ones.
  for (std::size_t start = 0; start < out.size();) {
    if (out[start].kind == DiffKind::same) {
      ++start;
      continue;
    }
    std::size_t end = start;
    while (end < out.size() && out[end].kind != DiffKind::same) ++end;
    std::stable_partition(out.begin() + static_cast<std::ptrdiff_t>(start),
                          out.begin() + static_cast<std::ptrdiff_t>(end),
                          [](const DiffLine& line) { return line.kind == DiffKind::removed; });
    start = end;
  }
  return out;
}

bool has_changes(const std::vector<DiffLine>& lines) {
  return std::any_of(lines.begin(), lines.end(),
                     [](const DiffLine& line) { return line.kind != DiffKind::same; });
}

std::vector<DiffHunk> diff_hunks(const std::vector<DiffLine>& lines, int context) {
  std::vector<DiffHunk> hunks;
  const std::size_t count = lines.size();
  const std::size_t reach = static_cast<std::size_t>(std::max(context, 0));
  std::size_t index = 0;
  while (index < count) {
    if (lines[index].kind == DiffKind::same) {
      ++index;
      continue;
    }
    // A change at `index`: take the context before it, then changes and the same lines between
    // them while two changes are within 2 × context of each other.
    std::size_t first = index >= reach ? index - reach : 0;
    std::size_t last_change = index;
    for (std::size_t at = index + 1; at < count; ++at) {
      if (lines[at].kind != DiffKind::same)
        last_change = at;
      else if (at - last_change > 2 * reach)
        break;
    }
    const std::size_t last = std::min(count, last_change + 1 + reach);  // one past the hunk
    DiffHunk hunk;
    for (std::size_t at = first; at < last; ++at) {
      const DiffLine& line = lines[at];
      if (line.kind != DiffKind::added) {
        if (hunk.old_count++ == 0) hunk.old_start = line.old_line;
      }
      if (line.kind != DiffKind::removed) {
        if (hunk.new_count++ == 0) hunk.new_start = line.new_line;
      }
      hunk.lines.push_back(line);
    }
    // An empty side starts at the line before it, as diff(1) writes it.
    if (hunk.old_count == 0 || hunk.new_count == 0) {
      int old_before = 0;
      int new_before = 0;
      for (std::size_t at = 0; at < first; ++at) {
        if (lines[at].old_line) old_before = lines[at].old_line;
        if (lines[at].new_line) new_before = lines[at].new_line;
      }
      if (hunk.old_count == 0) hunk.old_start = old_before;
      if (hunk.new_count == 0) hunk.new_start = new_before;
    }
    hunks.push_back(std::move(hunk));
    index = last;
  }
  return hunks;
}

std::string unified_diff(const std::vector<DiffLine>& lines, std::string_view from_label,
                         std::string_view to_label, int context) {
  const std::vector<DiffHunk> hunks = diff_hunks(lines, context);
  if (hunks.empty()) return "";
  std::string text = "--- " + std::string(from_label) + "\n+++ " + std::string(to_label) + "\n";
  for (const DiffHunk& hunk : hunks) {
    text += "@@ -" + std::to_string(hunk.old_start) + "," + std::to_string(hunk.old_count) + " +" +
            std::to_string(hunk.new_start) + "," + std::to_string(hunk.new_count) + " @@\n";
    for (const DiffLine& line : hunk.lines)
      text += (line.kind == DiffKind::same      ? " "
               : line.kind == DiffKind::removed ? "-"
                                                : "+") +
              line.text + "\n";
  }
  return text;
}

std::vector<SideBySideRow> side_by_side(const std::vector<DiffLine>& lines) {
  std::vector<SideBySideRow> rows;
  std::size_t index = 0;
  while (index < lines.size()) {
    if (lines[index].kind == DiffKind::same) {
      rows.push_back({lines[index], lines[index]});
      ++index;
      continue;
    }
    std::vector<DiffLine> removed;
    std::vector<DiffLine> added;
    while (index < lines.size() && lines[index].kind != DiffKind::same) {
      (lines[index].kind == DiffKind::removed ? removed : added).push_back(lines[index]);
      ++index;
    }
    for (std::size_t k = 0; k < std::max(removed.size(), added.size()); ++k)
      rows.push_back({k < removed.size() ? std::optional<DiffLine>(removed[k]) : std::nullopt,
                      k < added.size() ? std::optional<DiffLine>(added[k]) : std::nullopt});
  }
  return rows;
}

}  // namespace casereview
