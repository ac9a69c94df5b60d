// Writing XLSX files with libxlsxwriter (issue 11: the merged chronology's download and the
// chronology template). Debian 12's libxlsxwriter (1.1.4) writes a workbook only to a named
// file, so the workbook is made in a private temporary file (mode 0600, a name no other call
// shares), read back into memory and removed, also when filling it fails.
//
// Example:
//   Result<std::string> bytes = xlsx_file([&](lxw_workbook* workbook) -> Status {
//     lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Chronology");
//     TRY(xlsx_check(worksheet_write_string(sheet, 0, 0, "Start date", nullptr), "write a cell"));
//     return ok_status();
//   });
//
// Thread safety: calls may run in many threads at once; each has its own file and workbook.
#pragma once

#include <xlsxwriter.h>

#include <functional>
#include <span>
#include <string>

#include "domain/result.hpp"

namespace casereview {

// The XLSX media type, for Content-Type.
inline constexpr const char* xlsx_media_type =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

// Makes a workbook, lets `fill` add its sheets and cells, and returns the file's bytes. Fails with
// internal (libxlsxwriter's or the system's words) when the temporary file cannot be made, written
// or read, and with whatever `fill` fails with; no file is left behind either way.
Result<std::string> xlsx_file(const std::function<Status(lxw_workbook*)>& fill);

// ok for LXW_NO_ERROR, else internal: "libxlsxwriter could not <step>: <its message>".
Status xlsx_check(lxw_error error, const char* step);

// A column of a downloaded sheet: its header and its width in characters, as Excel measures one.
struct SheetColumn {
  const char* header;
  double width;
};

// Gives each column its width and `body` format, and writes the header row (row 0) in `header`.
Status xlsx_header_row(lxw_worksheet* sheet, std::span<const SheetColumn> columns,
                       lxw_format* header, lxw_format* body);

}  // namespace casereview
