// The merged chronology as a PDF (issue 11 "Downloads", Rule CHR-3), for reading and printing:
// A4 landscape pages typeset with pango and drawn with cairo, in the style of
// app/documents/certificate_pdf.hpp (DejaVu Sans, GOV.UK colours, real text). The case is named
// by its reference and the children's pseudonyms only — the merged view holds nothing else — on
// the first page's heading, in every page's running head and in the PDF's title.
//
// What it holds, in order:
//   heading      "Merged chronology" (tagged H1), the case reference and pseudonyms, the scope
//                period, and a count of entries, agencies, gaps and each flag (Rule CHR-3)
//   the table    one row per entry in merged order: date as written (with the time and the end
//                date), agency (its name and code, never colour alone), event, action, outcome,
//                significance, and its flags in words; each gap a row of its own across the
//                table. Text wraps inside its cell; a row taller than what is left of a page
//                goes on to the next page, and one taller than a page is carried on across
//                pages, marked "(continued)", so no text is ever cut. Each page repeats the header
//                row, and is its own tagged table (Table, TR, TH, TD).
//   each page    "Page N of M" at its foot.
//
// Example:
//   Result<std::string> pdf = merged_chronology_pdf(view.value());
//   if (!pdf) return pdf.error();
//   send(pdf.value(), "application/pdf");
//
// Thread safety: as certificate_pdf.hpp, each call has its own surface and pango context.
#pragma once

#include <string>

#include "app/reviews/chronologies.hpp"
#include "domain/result.hpp"

namespace casereview::documents {

// The PDF's bytes. Fails with internal (cairo's words) when cairo cannot make the surface, draw
// or finish the document.
Result<std::string> merged_chronology_pdf(const MergedChronologyView& view);

}  // namespace casereview::documents
