// The merged chronology's XLSX download (Rule CHR-3), written cell by cell with libxlsxwriter.
#include "app/documents/chronology_xlsx.hpp"

#include <array>

#include "app/documents/merged_chronology_document.hpp"
#include "app/documents/xlsx_file.hpp"
#include "domain/civil_date.hpp"

namespace casereview {

namespace {

constexpr std::array<SheetColumn, 14> columns = {{
    {"Start date", 22},
    {"Start date (ISO)", 14},
    {"Time", 7},
    {"End date", 22},
    {"Sequence", 9},
    {"Agency", 24},
    {"Agency code", 11},
    {"Source", 18},
    {"Subject", 16},
    {"Event", 50},
    {"Action", 36},
    {"Outcome", 36},
    {"Significance", 30},
    {"Flags", 26},
}};

// The cells of one line, as text, in the order of `columns`.
std::array<std::string, columns.size()> cells_of(const MergedChronologyLine& line) {
  if (line.gap != nullptr) {
    const ChronologyGap& gap = *line.gap;
    return {day_month_year(gap.from),
            gap.from.to_iso_string(),
            "",
            day_month_year(gap.to),
            "",
            "",
            "",
            "",
            "",
            gap_description(gap),
            "",
            "",
            "",
            "Gap"};
  }
  const MergedChronologyRow& row = *line.row;
  const ChronologyEntry& entry = row.entry;
  return {entry.date.text(),
          entry.date.value(),
          entry.time ? entry.time->text() : "",
          entry.end_date ? entry.end_date->text() : "",
          "",  // the sequence is written as a number
          row.agency_name,
          row.agency_marker,
          entry.source,
          entry.subject,
          entry.event,
          entry.action,
          entry.outcome,
          entry.significance,
          flags_in_words(row.flags, "; ")};
}

std::string workbook_title(const MergedChronologyView& view) {
  std::string title = "Merged chronology, case " + view.case_reference;
  for (std::size_t index = 0; index < view.pseudonyms.size(); ++index)
    title += (index == 0 ? " (" : ", ") + view.pseudonyms[index];
  return view.pseudonyms.empty() ? title : title + ")";
}

Status fill(lxw_workbook* workbook, const MergedChronologyView& view) {
  const std::string title = workbook_title(view);
  lxw_doc_properties properties{};
  properties.title = const_cast<char*>(title.c_str());
  properties.comments = const_cast<char*>("Rule CHR-3: flags are for the reviewer to look at");
  TRY(xlsx_check(workbook_set_properties(workbook, &properties), "set the title"));

  lxw_format* header = workbook_add_format(workbook);
  format_set_bold(header);
  format_set_text_wrap(header);
  format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
  format_set_bottom(header, LXW_BORDER_THIN);
  lxw_format* body = workbook_add_format(workbook);
  format_set_text_wrap(body);
  format_set_align(body, LXW_ALIGN_VERTICAL_TOP);
  lxw_format* gap = workbook_add_format(workbook);
  format_set_italic(gap);
  format_set_text_wrap(gap);
  format_set_align(gap, LXW_ALIGN_VERTICAL_TOP);

  lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Chronology");
  if (sheet == nullptr)
    return Error::of(ErrorCode::internal, "libxlsxwriter could not add the sheet");
  TRY(xlsx_header_row(sheet, columns, header, body));
  lxw_row_t row = 1;
  for (const MergedChronologyLine& line : merged_chronology_lines(view)) {
    const auto cells = cells_of(line);
    lxw_format* format = line.gap != nullptr ? gap : body;
    for (std::size_t column = 0; column < cells.size(); ++column) {
      if (cells[column].empty()) continue;
      TRY(xlsx_check(worksheet_write_string(sheet, row, column, cells[column].c_str(), format),
                     "write a cell"));
    }
    if (line.row != nullptr && line.row->entry.sequence)
      TRY(xlsx_check(worksheet_write_number(sheet, row, 4, *line.row->entry.sequence, format),
                     "write a sequence"));
    ++row;
  }
  worksheet_freeze_panes(sheet, 1, 0);
  TRY(xlsx_check(worksheet_autofilter(sheet, 0, 0, row - 1, columns.size() - 1),
                 "filter the header row"));
  return ok_status();
}

}  // namespace

std::vector<std::string> merged_chronology_xlsx_header() {
  std::vector<std::string> header;
  header.reserve(columns.size());
  for (const SheetColumn& column : columns) header.emplace_back(column.header);
  return header;
}

Result<std::string> merged_chronology_xlsx(const MergedChronologyView& view) {
  return xlsx_file([&view](lxw_workbook* workbook) { return fill(workbook, view); });
}

}  // namespace casereview
