// A review's final report as a tagged PDF (issue 12, Rule RPT-3), made with cairo and pango: A4
// portrait, the title and the lines under it, a contents list with each section's page (each entry
// a link to its section, and each section a bookmark), then the sections — numbered headings,
// sub-headings, paragraphs and list items — with "Page N of M" at the foot of every page. Tagged
// (Document, H1, H2, H3, P, TOC, TOCI, Link) so that screen readers and pdftotext read it in order.
//
// The text comes from Markdown through markdown_blocks: plain text, headings and list items kept,
// emphasis marks dropped (a PDF reader gets the words; the HTML page keeps the formatting).
//
// Thread safety: nothing is shared; each call makes its own surface.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "domain/result.hpp"

namespace casereview::documents {

enum class ReportBlockKind { heading, paragraph, list_item };

struct ReportBlock {
  ReportBlockKind kind = ReportBlockKind::paragraph;
  std::string text;
};

// The blocks of `markdown`: "#" lines as headings, "-", "*", "+" and "1." lines as list items,
// other runs of lines as paragraphs (joined by spaces); "**", "__" and "`" dropped.
std::vector<ReportBlock> markdown_blocks(std::string_view markdown);

struct ReportPdfSection {
  std::string title;  // numbered in the PDF: "1. The report"
  std::vector<ReportBlock> blocks;
};

struct ReportPdf {
  std::string title;               // "Final report: NBP-2026-007"
  std::vector<std::string> lines;  // under the title: the partnership, the version, …
  std::vector<ReportPdfSection> sections;
};

// The PDF's bytes. internal when cairo fails.
Result<std::string> report_pdf(const ReportPdf& document);

}  // namespace casereview::documents
