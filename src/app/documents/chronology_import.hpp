// Importing an agency's chronology from a spreadsheet (issue 11, Rule CHR-2): the rows that
// app/documents/spreadsheet_reader.hpp reads from a CSV, XLSX or ODS file become chronology
// entries, all or nothing. The first row names the columns, in any order and any case; every
// other row with anything in it is one entry. When any row breaks a rule, no entry is given and
// every problem is listed by row and column, so that the person can put them all right at once.
//
// Columns (the header's words, trimmed, any case, "_" or "-" read as a space):
//   start date (or: date)      required; any form of domain/approximate_date.hpp
//   time                       optional; "14:30" (domain/chronology_entry.hpp)
//   end date                   optional; an approximate date
//   sequence                   optional; a whole number from 0
//   source                     required
//   subject                    optional
//   event (or: event or contact, contact)   required
//   action (or: action taken), outcome, significance   optional
// A column with any other name is refused, so that a misspelt "Evnet" never drops a column of
// text without a word. A column named twice is refused too.
//
// Row numbers are those of the file: the header is row 1, so the first entry is row 2. Empty
// rows in between are skipped, not counted as entries, and keep the numbering of the rows below.
//
// Used by the import use case (app/reviews/chronologies.hpp) and by bench/chronology-import.
//
// Example:
//   Result<ChronologyImport> read = read_chronology_file(body);
//   if (!read) return read.error();               // the file itself: too large, not a spreadsheet
//   if (!read.value().problems.empty()) show(read.value().problems);  // "Row 7, date: enter …"
//   save(read.value().entries);
//
// Thread safety: no state is kept between calls.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "app/documents/spreadsheet_reader.hpp"
#include "domain/chronology_entry.hpp"
#include "domain/result.hpp"

namespace casereview {

// One thing wrong with one cell (or, for a missing column, with the header row).
struct ImportProblem {
  std::size_t row = 0;  // the row of the file, from 1 (the header)
  std::string column;   // the column's header as the file writes it, or the expected name
  std::string message;  // "Enter a real date, like 12/05/2021, May 2021 or 2021"

  // "Row 7, Start date: enter a real date, like 12/05/2021, May 2021 or 2021".
  std::string text() const;
};

struct ChronologyImport {
  std::vector<ChronologyEntry> entries;  // empty whenever problems is not
  std::vector<ImportProblem> problems;   // in row order, then column order
};

// Rule CHR-2: turns a spreadsheet's rows (the header first) into entries, their positions from 0
// in file order and their agency and ids left 0 for the caller. Never fails: what is wrong is in
// `problems`, and then `entries` is empty. A sheet with no rows below the header is a problem of
// row 2 ("Add at least one entry below the header row").
ChronologyImport chronology_from_rows(const SpreadsheetRows& rows);

// Reads a file of any of the three formats (told apart by content) and then its rows as above.
// Fails with invalid_input on field "file" when the file itself cannot be read (see
// spreadsheet_reader.hpp); problems of rows and cells come back in the value.
Result<ChronologyImport> read_chronology_file(std::string_view bytes);

// The header row of the template people download and fill in: every column, in the order above.
std::vector<std::string> chronology_template_header();

}  // namespace casereview
