// The report's versions and its template (Rule RPT-1): see report_version.hpp.
#include "domain/report_version.hpp"

#include <algorithm>
#include <cctype>

#include "domain/enum_names.hpp"
#include "domain/messages.hpp"
#include "domain/text.hpp"

namespace casereview {

namespace {

std::string lowered(std::string_view text) {
  std::string lower(text);
  for (char& character : lower)
    character = static_cast<char>(std::tolower(static_cast<unsigned char>(character)));
  return lower;
}

// The title of a "## Title" line, or nothing for any other line.
std::optional<std::string> section_heading(std::string_view line) {
  if (line.substr(0, 3) != "## ") return std::nullopt;
  return trimmed(line.substr(3));
}

}  // namespace

std::string_view report_format_name(ReportFormat format) {
  switch (format) {
    case ReportFormat::markdown:
      return "markdown";
    case ReportFormat::docx:
      return "docx";
    case ReportFormat::pdf:
      return "pdf";
  }
  return "markdown";
}

std::optional<ReportFormat> report_format_from_name(std::string_view name) {
  return enum_from_name(all_report_formats, report_format_name, name);
}

std::string_view report_media_type(ReportFormat format) {
  switch (format) {
    case ReportFormat::markdown:
      return "text/markdown";
    case ReportFormat::docx:
      return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    case ReportFormat::pdf:
      return "application/pdf";
  }
  return "text/markdown";
}

std::optional<ReportFormat> uploaded_report_format(std::string_view media_type) {
  const std::string type = lowered(trimmed(media_type.substr(0, media_type.find(';'))));
  for (ReportFormat format : {ReportFormat::docx, ReportFormat::pdf})
    if (type == report_media_type(format)) return format;
  return std::nullopt;
}

std::vector<std::string> report_section_titles(const std::map<std::string, std::string>& stored) {
  std::vector<std::string> titles;
  if (auto found = stored.find(report_sections_key); found != stored.end())
    titles = distinct_lines(found->second);
  if (titles.empty())
    for (const char* title : default_report_sections) titles.emplace_back(title);
  return titles;
}

Result<std::string> check_report_section_titles(std::string_view text) {
  const std::vector<std::string> titles = distinct_lines(text);
  if (titles.empty()) return Error::invalid({{report_sections_key, "Enter at least one section"}});
  std::string stored;
  for (const std::string& title : titles) {
    if (title.size() > report_section_title_limit)
      return Error::invalid(
          {{report_sections_key, too_long("Each section's title", report_section_title_limit)}});
    stored += (stored.empty() ? "" : "\n") + title;
  }
  return stored;
}

std::string report_markdown(const std::vector<ReportSection>& sections) {
  std::string markdown;
  for (const ReportSection& section : sections) {
    const std::string text = trimmed(section.text);
    if (text.empty()) continue;
    markdown +=
        (markdown.empty() ? "" : "\n") + ("## " + trimmed(section.title)) + "\n\n" + text + "\n";
  }
  return markdown;
}

std::vector<ReportSection> report_sections_from_markdown(std::string_view markdown,
                                                         const std::vector<std::string>& titles) {
  std::vector<ReportSection> sections;
  for (const std::string& title : titles) sections.push_back({title, ""});
  if (sections.empty()) return sections;
  std::size_t current = 0;
  std::size_t start = 0;
  while (start < markdown.size()) {
    const std::size_t end = std::min(markdown.find('\n', start), markdown.size());
    const std::string_view line = markdown.substr(start, end - start);
    start = end + 1;
    if (auto heading = section_heading(line)) {
      auto named = std::find_if(sections.begin(), sections.end(), [&](const ReportSection& each) {
        return lowered(each.title) == lowered(*heading);
      });
      if (named != sections.end()) {
        current = static_cast<std::size_t>(named - sections.begin());
        continue;
      }
    }
    sections[current].text += std::string(line) + "\n";
  }
  for (ReportSection& section : sections) section.text = trimmed(section.text);
  return sections;
}

// Rule RPT-1: a version written in the program has text, within the limit.
Status check_report_markdown(std::string_view markdown) {
  if (is_blank(markdown)) return Error::invalid({{"markdown", enter("the report's text")}});
  if (markdown.size() > report_markdown_limit)
    return Error::invalid({{"markdown", too_long("The report", report_markdown_limit)}});
  return ok_status();
}

}  // namespace casereview
