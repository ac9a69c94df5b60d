// The temporary file behind each XLSX workbook (see xlsx_file.hpp).
#include "app/documents/xlsx_file.hpp"

#include <stdlib.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <system_error>

namespace casereview {

namespace {

// Removes the temporary file however the call ends.
struct TemporaryFile {
  std::string path;
  ~TemporaryFile() {
    if (!path.empty()) ::unlink(path.c_str());
  }
};

Error system_failure(const char* step) {
  return Error::of(ErrorCode::internal, std::string("could not ") + step +
                                            " for the XLSX file: " + std::strerror(errno));
}

}  // namespace

Status xlsx_check(lxw_error error, const char* step) {
  if (error == LXW_NO_ERROR) return ok_status();
  return Error::of(ErrorCode::internal,
                   std::string("libxlsxwriter could not ") + step + ": " + lxw_strerror(error));
}

Result<std::string> xlsx_file(const std::function<Status(lxw_workbook*)>& fill) {
  std::error_code ignored;
  std::string pattern =
      (std::filesystem::temp_directory_path(ignored) / "casereview-XXXXXX.xlsx").string();
  const int descriptor = ::mkstemps(pattern.data(), 5);
  if (descriptor < 0) return system_failure("make a temporary file");
  ::close(descriptor);
  TemporaryFile file{pattern};

  lxw_workbook* workbook = workbook_new(file.path.c_str());
  if (workbook == nullptr)
    return Error::of(ErrorCode::internal, "libxlsxwriter could not make the workbook");
  Status filled = fill(workbook);
  // workbook_close writes the file and frees the workbook, whether or not filling succeeded.
  Status closed = xlsx_check(workbook_close(workbook), "write the workbook");
  if (!filled) return filled.error();
  if (!closed) return closed.error();

  std::ifstream in(file.path, std::ios::binary);
  if (!in) return system_failure("read back the workbook");
  std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (in.bad()) return system_failure("read back the workbook");
  return bytes;
}

Status xlsx_header_row(lxw_worksheet* sheet, std::span<const SheetColumn> columns,
                       lxw_format* header, lxw_format* body) {
  for (std::size_t column = 0; column < columns.size(); ++column) {
    const auto at = static_cast<lxw_col_t>(column);
    TRY(xlsx_check(worksheet_set_column(sheet, at, at, columns[column].width, body),
                   "set a column's width"));
    TRY(xlsx_check(worksheet_write_string(sheet, 0, at, columns[column].header, header),
                   "write the header"));
  }
  return ok_status();
}

}  // namespace casereview
