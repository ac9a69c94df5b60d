// A 7-minute briefing as a one-page tagged PDF (issue 14, Rule LIB-2), made with cairo and pango:
// A4 portrait, the title and the line under it, then the seven sections, each a numbered heading
// and its text. Whatever the length of the text, it stays on one page: the type shrinks (to 7
// points at the least) and, past that, the whole page is scaled down. Tagged (Document, H1, H2, P)
// so that screen readers and pdftotext read it in order.
//
// Thread safety: nothing is shared; each call makes its own surface.
#pragma once

#include <string>
#include <vector>

#include "domain/result.hpp"

namespace casereview::documents {

struct BriefingPdfSection {
  std::string heading;
  std::string text;  // plain text; blank lines separate paragraphs
};

struct BriefingPdf {
  std::string title;     // "7-minute briefing: Child J"
  std::string subtitle;  // the partnership, the kind of review, when published
  std::vector<BriefingPdfSection> sections;
};

// The PDF's bytes. internal when cairo fails.
Result<std::string> briefing_pdf(const BriefingPdf& document);

}  // namespace casereview::documents
