// The chronology template's two forms (Rule CHR-2): the header comes from the importer itself, so
// the two can never disagree; the instructions for each column are written here.
#include "app/documents/chronology_template.hpp"

#include <array>
#include <string_view>

#include "app/documents/chronology_import.hpp"
#include "app/documents/xlsx_file.hpp"
#include "domain/csv.hpp"

namespace casereview {

namespace {

enum class Requirement { required, optional };

struct ColumnGuidance {
  std::string_view column;  // as chronology_template_header() names it
  Requirement requirement;
  double width;  // in characters, as Excel measures a column
  std::string_view instructions;
  std::string_view example;
};

// Rule CHR-2: what each column holds, in the words a contributor reads.
constexpr std::array<ColumnGuidance, 10> guidance = {{
    {"Start date", Requirement::required, 16,
     "The day it happened, or the month or year when that is all the record says. Put ? before a "
     "date you are unsure of, or c. before a year.",
     "12/05/2021"},
    {"Time", Requirement::optional, 8, "The time of day, on the 24-hour clock.", "14:30"},
    {"End date", Requirement::optional, 16,
     "For something that lasted, such as a placement: the day, month or year it ended.", ""},
    {"Sequence", Requirement::optional, 10,
     "A whole number that puts entries of the same day and time in order.", ""},
    {"Source", Requirement::required, 20, "The record the entry comes from.", "GP record"},
    {"Subject", Requirement::optional, 16,
     "Who the entry is about: a pseudonym (Child A) or a role, never a name.", "Child A"},
    {"Event", Requirement::required, 50, "The event or contact: what happened.",
     "Home visit: mother said Child A was tired and not eating"},
    {"Action", Requirement::optional, 36, "The action your agency took.", "Referral to early help"},
    {"Outcome", Requirement::optional, 30, "What came of it.", "Early help assessment offered"},
    {"Significance", Requirement::optional, 30, "Why it matters to the review.",
     "First sign of neglect"},
}};

const ColumnGuidance* guidance_for(std::string_view column) {
  for (const ColumnGuidance& each : guidance)
    if (each.column == column) return &each;
  return nullptr;
}

Status fill(lxw_workbook* workbook) {
  const std::vector<std::string> header = chronology_template_header();
  lxw_doc_properties properties{};
  properties.title = const_cast<char*>("Chronology template");
  TRY(xlsx_check(workbook_set_properties(workbook, &properties), "set the title"));

  lxw_format* bold = workbook_add_format(workbook);
  format_set_bold(bold);
  format_set_text_wrap(bold);
  format_set_align(bold, LXW_ALIGN_VERTICAL_TOP);
  lxw_format* text = workbook_add_format(workbook);
  format_set_num_format(text, "@");
  format_set_text_wrap(text);
  format_set_align(text, LXW_ALIGN_VERTICAL_TOP);
  lxw_format* heading = workbook_add_format(workbook);
  format_set_bold(heading);
  format_set_font_size(heading, 16);

  lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Chronology");
  lxw_worksheet* instructions = workbook_add_worksheet(workbook, "Instructions");
  if (sheet == nullptr || instructions == nullptr)
    return Error::of(ErrorCode::internal, "libxlsxwriter could not add the sheets");

  // The sheet people fill in: the header row, and text cells below it.
  for (std::size_t column = 0; column < header.size(); ++column) {
    const ColumnGuidance* column_guidance = guidance_for(header[column]);
    if (column_guidance == nullptr)
      return Error::of(ErrorCode::internal,
                       "The template has no instructions for the column " + header[column]);
    TRY(xlsx_check(worksheet_set_column(sheet, column, column, column_guidance->width, text),
                   "set a column's width"));
    TRY(xlsx_check(worksheet_write_string(sheet, 0, column, header[column].c_str(), bold),
                   "write the header"));
  }
  worksheet_freeze_panes(sheet, 1, 0);
  worksheet_activate(sheet);

  // The instructions: a few lines, then a table of the columns with an example of each.
  TRY(xlsx_check(worksheet_set_column(instructions, 0, 0, 18, text), "set a column's width"));
  TRY(xlsx_check(worksheet_set_column(instructions, 1, 1, 12, text), "set a column's width"));
  TRY(xlsx_check(worksheet_set_column(instructions, 2, 3, 60, text), "set a column's width"));
  const std::array<const char*, 4> lines = {
      "How to fill in your chronology",
      "Write one entry a row on the Chronology sheet, under its header row. Keep the header row "
      "as it is; the columns may be in any order. Leave out the children's and family's names: "
      "use their pseudonyms.",
      "Dates may be written as 2021-05-12, 12/05/2021, 12 May 2021, May 2021 or 2021; put ? "
      "before a date you are unsure of (?12/05/2021) and c. before an approximate year (c. 2019).",
      "Upload the file from your request page. If any row has a problem, nothing is imported and "
      "every problem is listed by row and column, so you can correct them all at once.",
  };
  lxw_row_t row = 0;
  for (const char* line : lines) {
    TRY(xlsx_check(worksheet_write_string(instructions, row, 0, line, row == 0 ? heading : nullptr),
                   "write the instructions"));
    ++row;
  }
  ++row;
  const std::array<const char*, 4> table_header = {"Column", "Required", "What to write",
                                                   "Example"};
  for (std::size_t column = 0; column < table_header.size(); ++column)
    TRY(xlsx_check(worksheet_write_string(instructions, row, column, table_header[column], bold),
                   "write the instructions"));
  ++row;
  for (const std::string& column : header) {
    const ColumnGuidance& each = *guidance_for(column);
    const std::array<std::string, 4> cells = {
        column, each.requirement == Requirement::required ? "Required" : "Optional",
        std::string(each.instructions), std::string(each.example)};
    for (std::size_t cell = 0; cell < cells.size(); ++cell)
      TRY(xlsx_check(worksheet_write_string(instructions, row, cell, cells[cell].c_str(), text),
                     "write the instructions"));
    ++row;
  }
  return ok_status();
}

}  // namespace

Result<std::string> chronology_template_xlsx() { return xlsx_file(fill); }

std::string chronology_template_csv() {
  return "\xEF\xBB\xBF" + csv_line(chronology_template_header());
}

}  // namespace casereview
