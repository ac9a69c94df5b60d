// CSV for downloads (RFC 4180): each cell quoted when it holds a comma, a quote or a line break,
// quotes doubled, lines ended with CRLF. Cells are also made safe to open in a spreadsheet: one
// that starts with =, +, -, @, a tab or a carriage return would be read as a formula (CSV
// injection), so it is prefixed with an apostrophe, which spreadsheets show as text. A cell that is
// a plain number ("-2", "3.5", "-0.25") is written as it is, so that it stays a number.
#pragma once

#include <string>
#include <vector>

namespace casereview {

// One cell, escaped as above. Never fails.
std::string csv_cell(const std::string& text);

// One line: the cells joined with commas, ended with CRLF.
std::string csv_line(const std::vector<std::string>& cells);

}  // namespace casereview
