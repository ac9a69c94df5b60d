// The lines, words and file name shared by the merged chronology's downloads (Rule CHR-3).
#include "app/documents/merged_chronology_document.hpp"

namespace casereview {

std::vector<MergedChronologyLine> merged_chronology_lines(const MergedChronologyView& view) {
  std::vector<MergedChronologyLine> lines;
  lines.reserve(view.rows.size() + view.gaps.size());
  std::size_t gap = 0;
  for (std::size_t index = 0; index <= view.rows.size(); ++index) {
    for (; gap < view.gaps.size() && view.gaps[gap].before <= index; ++gap)
      lines.push_back({nullptr, &view.gaps[gap]});
    if (index < view.rows.size()) lines.push_back({&view.rows[index], nullptr});
  }
  return lines;
}

std::string gap_description(const ChronologyGap& gap) {
  return "No contact from any agency for " + std::to_string(gap.days) + " days";
}

std::string flags_in_words(const std::vector<ChronologyFlag>& flags, std::string_view separator) {
  std::string words;
  for (ChronologyFlag flag : flags) {
    if (!words.empty()) words += separator;
    words += chronology_flag_text(flag);
  }
  return words;
}

std::string chronology_file_name(std::string_view stem, std::string_view case_reference,
                                 std::string_view extension) {
  std::string name = std::string(stem) + "-";
  for (const char c : case_reference) {
    const bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '_';
    name += safe ? c : '-';
  }
  return name + "." + std::string(extension);
}

}  // namespace casereview
