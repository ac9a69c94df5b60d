// An action plan as a table to download: see action_plan_sheet.hpp.
#include "app/documents/action_plan_sheet.hpp"

#include <array>

#include "app/documents/xlsx_file.hpp"

namespace casereview {

namespace {

constexpr std::array<SheetColumn, 13> columns = {{{"Review", 14},
                                                  {"Recommendation", 9},
                                                  {"Action", 50},
                                                  {"Agency", 28},
                                                  {"Owner", 24},
                                                  {"Kind", 22},
                                                  {"Success measure", 40},
                                                  {"Start date", 12},
                                                  {"Due date", 12},
                                                  {"Status", 16},
                                                  {"RAG rating", 11},
                                                  {"Last update", 12},
                                                  {"Closed", 12}}};

}  // namespace

std::vector<std::string> action_plan_header() {
  std::vector<std::string> header;
  for (const SheetColumn& column : columns) header.emplace_back(column.header);
  return header;
}

std::vector<std::string> action_plan_cells(const ActionRow& row) {
  const Action& action = row.listing.action;
  return {row.listing.case_reference,
          std::to_string(action.recommendation_number),
          action.text,
          row.listing.agency_name,
          row.listing.owner_name,
          std::string(action_kind_text(action.kind)),
          action.success_measure,
          action.start_on.to_iso_string(),
          action.due_on.to_iso_string(),
          std::string(action_status_text(action.status)),
          std::string(rag_text(row.rag)),
          action.last_update_on.to_iso_string(),
          action.closed_at ? format_instant(*action.closed_at).substr(0, 10) : ""};
}

Result<std::string> action_plan_xlsx(const std::vector<ActionRow>& rows) {
  return xlsx_file([&](lxw_workbook* workbook) -> Status {
    lxw_format* header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_text_wrap(header);
    format_set_bottom(header, LXW_BORDER_THIN);
    lxw_format* body = workbook_add_format(workbook);
    format_set_text_wrap(body);
    format_set_align(body, LXW_ALIGN_VERTICAL_TOP);
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Action plan");
    if (sheet == nullptr)
      return Error::of(ErrorCode::internal, "libxlsxwriter could not add the sheet");
    TRY(xlsx_header_row(sheet, columns, header, body));
    lxw_row_t line = 1;
    for (const ActionRow& row : rows) {
      const auto cells = action_plan_cells(row);
      for (std::size_t column = 0; column < cells.size(); ++column)
        if (!cells[column].empty())
          TRY(xlsx_check(worksheet_write_string(sheet, line, column, cells[column].c_str(), body),
                         "write a cell"));
      ++line;
    }
    worksheet_freeze_panes(sheet, 1, 0);
    return xlsx_check(worksheet_autofilter(sheet, 0, 0, line - 1, columns.size() - 1),
                      "filter the header row");
  });
}

}  // namespace casereview
