// Reading agencies' chronologies from spreadsheets (issue 11, Rule CHR-2 imports): the first sheet
// of an XLSX or ODS file, or a CSV file, as rows of text. Nothing here knows what the columns mean;
// the import use case maps the header row to chronology fields and reads dates with
// domain/approximate_date.hpp.
//
// What each cell becomes:
//   text          as written, line breaks inside a cell kept as "\n"
//   numbers       as the file stores them ("3", "2.5")
//   dates         the day in ISO form, "2021-05-12" (XLSX: a serial number with a date format;
//                 ODS: office:date-value), "2021-05-12 14:30" when a time of day is part of it
//   times         "14:30" (XLSX: a fraction with a time format; ODS: office:time-value)
//   booleans      "TRUE" or "FALSE"
// Empty cells at the end of a row and empty rows at the end of the sheet are dropped; empty rows
// in between are kept as empty rows, so that row numbers in error messages match the file.
//
// Bounded, since files come from outside: a file larger than max_file_bytes, a zip part that
// unpacks to more than max_unpacked_bytes (zip bombs: the sizes are checked before and while
// unpacking), more than max_rows rows or max_columns columns with content (repeated rows and
// cells of ODS and sparse XLSX references are counted before anything is expanded), a DOCTYPE in
// any XML part, or XML that does not parse: each is refused with invalid_input on field "file",
// worded for the person who chose the file. XLSX and ODS are read with libzip and libxml2.
//
// Example:
//   Result<SpreadsheetRows> rows = read_spreadsheet(body);
//   if (!rows) return rows.error();  // "The file must have no more than 10,000 rows …"
//   rows.value()[0];                  // the header row
//
// Thread safety: the functions keep no state between calls and may run in many threads at once.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.hpp"

namespace casereview {

using SpreadsheetRow = std::vector<std::string>;
using SpreadsheetRows = std::vector<SpreadsheetRow>;

struct SpreadsheetLimits {
  std::size_t max_file_bytes = 10 * 1024 * 1024;
  std::size_t max_unpacked_bytes = 64 * 1024 * 1024;  // all XML parts read, together
  std::size_t max_rows = 10'001;                      // 10,000 entries and a header row
  std::size_t max_columns = 100;
};

enum class SpreadsheetFormat { csv, xlsx, ods };

// The format a request's Content-Type names: "text/csv", the XLSX and the ODS media types
// (parameters such as "; charset=utf-8" are ignored). Nothing for any other type.
std::optional<SpreadsheetFormat> spreadsheet_format_from_media_type(std::string_view media_type);

// Reads a file of any of the three formats, telling them apart by content: a zip archive holding
// content.xml is ODS, one holding xl/workbook.xml is XLSX, anything else is read as CSV.
Result<SpreadsheetRows> read_spreadsheet(std::string_view bytes,
                                         const SpreadsheetLimits& limits = {});

// Reads one format. CSV follows RFC 4180 (commas, quoted cells with doubled quotes and line
// breaks, CRLF or LF line ends), with a UTF-8 byte order mark skipped; text that is not UTF-8 is
// refused ("Save the file as CSV UTF-8").
Result<SpreadsheetRows> read_spreadsheet(std::string_view bytes, SpreadsheetFormat format,
                                         const SpreadsheetLimits& limits = {});

}  // namespace casereview
