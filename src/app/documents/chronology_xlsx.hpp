// The merged chronology as an XLSX workbook (issue 11 "Downloads", Rule CHR-3), the file a
// committee opens in Excel or LibreOffice: one sheet, "Chronology", whose first row is the header
// and every other row one line of the merged chronology in its order — each entry, and each gap as
// a row of its own. Dates are written as people wrote them ("May 2021", "12 May 2021
// (uncertain)"), with beside them the same date in ISO 8601 at its own precision ("2021-05"),
// which sorts and filters as text in date order and never invents a day or month. Flags are in
// words. The header row is frozen and filtered, long text wraps, and the workbook's title names
// the case by its reference and the children's pseudonyms only.
//
// Example:
//   Result<std::string> xlsx = merged_chronology_xlsx(view.value());
//   if (!xlsx) return xlsx.error();
//   send(xlsx.value(), xlsx_media_type);
//
// Thread safety: as xlsx_file.hpp.
#pragma once

#include <string>
#include <vector>

#include "app/reviews/chronologies.hpp"
#include "domain/result.hpp"

namespace casereview {

// The header row of the merged chronology's sheet, in its order.
std::vector<std::string> merged_chronology_xlsx_header();

// The workbook's bytes. Fails with internal when libxlsxwriter or the temporary file fails
// (xlsx_file.hpp); nothing is left behind.
Result<std::string> merged_chronology_xlsx(const MergedChronologyView& view);

}  // namespace casereview
