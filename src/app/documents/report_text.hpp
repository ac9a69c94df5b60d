// The text of an uploaded report version (issue 12, Rule RPT-1), extracted once when it arrives
// so versions can be read and compared whatever their format: a DOCX through libzip and libxml2
// (app/documents/office_archive.hpp: word/document.xml, each paragraph `w:p` a line, headings
// styled Title or Heading 1–6 kept as Markdown-style "#" lines, tabs and line breaks kept) and a
// PDF through poppler's C++ API (each page's text in reading order, pages separated by a blank
// line).
//
// Bounded, since files come from outside: a DOCX's parts may unpack to max_unpacked_bytes
// together, a DOCTYPE is refused, a PDF must start with "%PDF-" and open without a password.
// A file that is not what it says — not a zip, no document part, XML that does not parse, not a
// PDF — is invalid_input on "file" with GOV.UK wording; nothing is half-read.
//
// Example:
//   Result<std::string> text = report_file_text(body, ReportFormat::docx);
//   if (!text) return text.error();  // "The selected file must be a DOCX document"
//
// Thread safety: no state is kept between calls; poppler's error output is silenced once for the
// process.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "domain/report_version.hpp"
#include "domain/result.hpp"

namespace casereview {

inline constexpr std::size_t report_max_unpacked_bytes = 64 * 1024 * 1024;

// The text of `bytes` read as `format` (docx or pdf). invalid_input on "file" as above; for
// ReportFormat::markdown the bytes are returned as they are.
Result<std::string> report_file_text(std::string_view bytes, ReportFormat format);

// The SHA-256 of `bytes` in lower-case hex.
std::string sha256_hex(std::string_view bytes);

}  // namespace casereview
