// The review's report and its versions (issue 12, Rule RPT-1): numbered, immutable versions, each
// either Markdown written in the program in the sections of the partnership's template, or an
// uploaded DOCX or PDF file whose text is extracted when it arrives. Pure values and rules; the
// numbers are assigned by storage (app/ports/report_versions.hpp), the text extracted by
// app/documents/report_text.hpp.
//
// The template is the partnership's setting report_sections (one section title a line, in
// order); without one it is default_report_sections. A version written in the program is stored
// as Markdown with one "## Title" heading a section, so it reads well anywhere and the next
// version's form can be filled from it again:
//   report_markdown({{"Summary", "In 2025 …"}, {"Findings", "…"}})
//     == "## Summary\n\nIn 2025 …\n\n## Findings\n\n…\n"
//
// Thread safety: pure functions; safe from any thread.
#pragma once

#include <array>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/instant.hpp"
#include "domain/partnership.hpp"
#include "domain/result.hpp"

namespace casereview {

// How a version came: written in the program, or uploaded as a file.
enum class ReportFormat { markdown, docx, pdf };
inline constexpr std::array all_report_formats = {ReportFormat::markdown, ReportFormat::docx,
                                                  ReportFormat::pdf};
std::string_view report_format_name(ReportFormat format);  // "markdown", "docx", "pdf"
std::optional<ReportFormat> report_format_from_name(std::string_view name);
// The media type of an uploaded format ("application/pdf"); "text/markdown" for markdown.
std::string_view report_media_type(ReportFormat format);
// The uploaded format a request's Content-Type names (parameters ignored, any case); nothing for
// any other type, and for Markdown (which is sent as JSON or a form).
std::optional<ReportFormat> uploaded_report_format(std::string_view media_type);

// Rule RPT-1: one version of the report. Never changed once stored: a correction is a new version.
struct ReportVersion {
  Id id = 0;
  Id partnership_id = 0;
  Id case_id = 0;
  int number = 0;  // 1, 2, … per case, in the order saved
  ReportFormat format = ReportFormat::markdown;
  std::string text;       // the Markdown, or the text extracted from the file
  std::string file_name;  // an upload's name as given (folders dropped); empty for Markdown
  std::string sha256;     // an upload's SHA-256 in lower-case hex; empty for Markdown
  std::size_t file_size = 0;
  Id created_by = 0;
  Instant created_at;
};

// The partnership setting that holds the template's section titles, one a line.
inline constexpr const char* report_sections_key = "report_sections";
inline constexpr std::array<const char*, 6> default_report_sections = {
    "Summary", "The child and family", "The review", "Findings", "Recommendations", "Appendices"};
inline constexpr std::size_t report_section_title_limit = 100;
// The longest Markdown version and the largest uploaded file.
inline constexpr std::size_t report_markdown_limit = 500'000;
inline constexpr std::size_t report_file_limit = 10 * 1024 * 1024;

// The template's section titles from the partnership's stored settings: the stored list when there
// is one, otherwise default_report_sections. Never empty.
std::vector<std::string> report_section_titles(const std::map<std::string, std::string>& stored);

// Checks an edited template (one title a line; blank lines and spaces around a title ignored,
// repeats dropped) and returns it as stored text. invalid_input on "report_sections" when no title
// is left or one is longer than report_section_title_limit.
Result<std::string> check_report_section_titles(std::string_view text);

struct ReportSection {
  std::string title;
  std::string text;  // Markdown
};

// The version's Markdown from its sections, each under a "## Title" heading; sections left blank
// are left out.
std::string report_markdown(const std::vector<ReportSection>& sections);

// The template's sections filled from a Markdown version (for the next version's form): the text
// under each "## Title" heading that names a section of the template goes into it; text before
// the first such heading, and under headings the template does not have (kept with their
// heading), goes into the section before it (or the first). Titles compare ignoring case.
std::vector<ReportSection> report_sections_from_markdown(std::string_view markdown,
                                                         const std::vector<std::string>& titles);

// Rule RPT-1: checks a version written in the program. invalid_input on "markdown" when it is
// blank ("Enter the report's text") or longer than report_markdown_limit.
Status check_report_markdown(std::string_view markdown);

}  // namespace casereview
