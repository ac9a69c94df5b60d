// The chronology template (issue 11, Rule CHR-2) that an agency's contributor downloads from their
// request, fills in and uploads: its first row is exactly the header that
// app/documents/chronology_import.hpp reads (chronology_template_header), in its order, so that
// the file imports as it comes once rows are added below the header.
//
//   XLSX  sheet "Chronology": the header row (bold, frozen), column widths for the text each
//         holds, and every cell below it formatted as text, so that Excel keeps "May 2021" or
//         "?12/05/2021" as written instead of turning it into a day it invents; sheet
//         "Instructions" (second, so the importer never reads it): a few lines on filling it in
//         (the forms a date may take, pseudonyms not names, all or nothing), then a table of the
//         columns: required or optional, what to write, an example.
//   CSV   the header row alone, UTF-8 with a byte order mark so that Excel opens it as UTF-8.
//
// Example:
//   Result<std::string> xlsx = chronology_template_xlsx();
//   if (!xlsx) return xlsx.error();
//   send(xlsx.value(), xlsx_media_type);
//
// Thread safety: as xlsx_file.hpp; the CSV needs no state.
#pragma once

#include <string>

#include "domain/result.hpp"

namespace casereview {

// The XLSX template's bytes. Fails with internal when libxlsxwriter or the temporary file fails
// (xlsx_file.hpp), or when a column of the importer's header has no instructions written for it.
Result<std::string> chronology_template_xlsx();

// The CSV template: a byte order mark and the header row. Never fails.
std::string chronology_template_csv();

}  // namespace casereview
