// Chronology import (Rule CHR-2): the header row is mapped to columns once, then each row is read
// cell by cell with the domain's parsers (dates, times) and checked with chronology_entry_errors;
// every problem is collected before deciding, so that an import is all or nothing.
#include "app/documents/chronology_import.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <utility>

#include "domain/text.hpp"

namespace casereview {

namespace {

enum class Column {
  start_date,
  time,
  end_date,
  sequence,
  source,
  subject,
  event,
  action,
  outcome,
  significance
};

struct ColumnName {
  Column column;
  std::string_view name;  // as the template writes it
};

// The template's order and words; also the names a header may use, lower-cased.
constexpr std::array<ColumnName, 10> column_names = {{
    {Column::start_date, "Start date"},
    {Column::time, "Time"},
    {Column::end_date, "End date"},
    {Column::sequence, "Sequence"},
    {Column::source, "Source"},
    {Column::subject, "Subject"},
    {Column::event, "Event"},
    {Column::action, "Action"},
    {Column::outcome, "Outcome"},
    {Column::significance, "Significance"},
}};

struct ColumnAlias {
  std::string_view alias;
  Column column;
};
constexpr std::array<ColumnAlias, 5> column_aliases = {{
    {"date", Column::start_date},
    {"event or contact", Column::event},
    {"contact", Column::event},
    {"action taken", Column::action},
    {"sequence number", Column::sequence},
}};

std::string_view template_name(Column column) {
  for (const ColumnName& known : column_names)
    if (known.column == column) return known.name;
  return {};
}

// Lower case, trimmed, "_" and "-" as spaces, runs of spaces as one.
std::string normalised_header(std::string_view header) {
  std::string words;
  for (const char character : header) {
    const bool space = character == ' ' || character == '_' || character == '-' ||
                       character == '\t' || character == '\n' || character == '\r';
    if (space) {
      if (!words.empty() && words.back() != ' ') words += ' ';
    } else {
      words += static_cast<char>(std::tolower(static_cast<unsigned char>(character)));
    }
  }
  if (!words.empty() && words.back() == ' ') words.pop_back();
  return words;
}

std::optional<Column> column_named(std::string_view header) {
  const std::string words = normalised_header(header);
  for (const ColumnName& known : column_names)
    if (normalised_header(known.name) == words) return known.column;
  for (const ColumnAlias& alias : column_aliases)
    if (alias.alias == words) return alias.column;
  return std::nullopt;
}

std::string lower_first(std::string_view message) {
  std::string text(message);
  if (!text.empty()) text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
  return text;
}

bool row_is_empty(const SpreadsheetRow& row) {
  return std::all_of(row.begin(), row.end(),
                     [](const std::string& cell) { return is_blank(cell); });
}

// Where each column is in the file, and its header as written.
struct HeaderMap {
  std::array<std::optional<std::size_t>, column_names.size()> index;
  std::array<std::string, column_names.size()> written;

  std::optional<std::size_t> at(Column column) const {
    return index[static_cast<std::size_t>(column)];
  }
  std::string header(Column column) const {
    const std::string& as_written = written[static_cast<std::size_t>(column)];
    return as_written.empty() ? std::string(template_name(column)) : as_written;
  }
};

HeaderMap map_header(const SpreadsheetRow& header, std::vector<ImportProblem>& problems) {
  HeaderMap map;
  for (std::size_t index = 0; index < header.size(); ++index) {
    const std::string written = trimmed(header[index]);
    if (written.empty()) continue;
    const std::optional<Column> column = column_named(written);
    if (!column) {
      problems.push_back({1, written,
                          "Remove this column or name it as one of the template's columns, like "
                          "Start date, Source or Event"});
      continue;
    }
    const auto slot = static_cast<std::size_t>(*column);
    if (map.index[slot]) {
      problems.push_back(
          {1, written, "Keep only one column for " + lower_first(template_name(*column))});
      continue;
    }
    map.index[slot] = index;
    map.written[slot] = written;
  }
  // Rule CHR-2: every entry has a start date and a source, and says what happened.
  for (const Column required : {Column::start_date, Column::source, Column::event})
    if (!map.at(required))
      problems.push_back(
          {1, std::string(template_name(required)),
           "Add a column named " + lower_first(template_name(required)) + " to the header row"});
  return map;
}

std::string cell(const SpreadsheetRow& row, std::optional<std::size_t> index) {
  if (!index || *index >= row.size()) return {};
  return row[*index];
}

// A date cell typed as a date and time in the spreadsheet arrives as "2021-05-12 14:30": the day,
// and the time when the row has no time of its own.
struct SplitDate {
  std::string date;
  std::string time;
};
SplitDate split_date_and_time(const std::string& cell_text) {
  const std::string text = trimmed(cell_text);
  if (text.size() == 16 && text[4] == '-' && text[7] == '-' && text[10] == ' ' && text[13] == ':')
    return {text.substr(0, 10), text.substr(11)};
  return {text, {}};
}

// The column an entry's field comes from (the fields of ChronologyEntryText).
constexpr std::array<std::pair<std::string_view, Column>, 10> field_columns = {{
    {"start_date", Column::start_date},
    {"time", Column::time},
    {"end_date", Column::end_date},
    {"sequence", Column::sequence},
    {"source", Column::source},
    {"subject", Column::subject},
    {"event", Column::event},
    {"action", Column::action},
    {"outcome", Column::outcome},
    {"significance", Column::significance},
}};

// Rule CHR-2: reads one row into `entry` with the domain's rules for an entry, adding a problem
// per cell that is wrong, in the order of the file's columns.
void read_row(const SpreadsheetRow& row, std::size_t row_number, const HeaderMap& map,
              ChronologyEntry& entry, std::vector<ImportProblem>& problems) {
  const SplitDate start = split_date_and_time(cell(row, map.at(Column::start_date)));
  ChronologyEntryText text;
  text.start_date = start.date;
  text.time = cell(row, map.at(Column::time));
  if (is_blank(text.time)) text.time = start.time;
  text.end_date = split_date_and_time(cell(row, map.at(Column::end_date))).date;
  text.sequence = cell(row, map.at(Column::sequence));
  text.source = cell(row, map.at(Column::source));
  text.subject = cell(row, map.at(Column::subject));
  text.event = cell(row, map.at(Column::event));
  text.action = cell(row, map.at(Column::action));
  text.outcome = cell(row, map.at(Column::outcome));
  text.significance = cell(row, map.at(Column::significance));
  Result<ChronologyEntry> read = chronology_entry_from_text(text);
  if (read) {
    const int position = entry.position;
    entry = std::move(read).value();
    entry.position = position;
    return;
  }
  std::vector<std::pair<std::size_t, ImportProblem>> found;
  for (const FieldError& error : read.error().fields) {
    Column column = Column::start_date;
    for (const auto& [field, its_column] : field_columns)
      if (field == error.field) column = its_column;
    found.push_back({map.at(column).value_or(0), {row_number, map.header(column), error.message}});
  }
  std::stable_sort(found.begin(), found.end(), [](const auto& first, const auto& second) {
    return first.first < second.first;
  });
  for (auto& [index, each] : found) problems.push_back(std::move(each));
}

}  // namespace

std::string ImportProblem::text() const {
  return "Row " + std::to_string(row) + ", " + column + ": " + lower_first(message);
}

ChronologyImport chronology_from_rows(const SpreadsheetRows& rows) {
  ChronologyImport result;
  if (rows.empty()) {
    result.problems.push_back(
        {1, "Start date",
         "Add a header row naming the columns, like Start date, Source and Event"});
    return result;
  }
  const HeaderMap map = map_header(rows.front(), result.problems);
  if (!result.problems.empty()) return result;
  result.entries.reserve(rows.size() - 1);
  for (std::size_t index = 1; index < rows.size(); ++index) {
    if (row_is_empty(rows[index])) continue;
    ChronologyEntry entry;
    entry.position = static_cast<int>(result.entries.size());
    read_row(rows[index], index + 1, map, entry, result.problems);
    result.entries.push_back(std::move(entry));
  }
  if (result.entries.empty() && result.problems.empty())
    result.problems.push_back(
        {2, map.header(Column::start_date), "Add at least one entry below the header row"});
  if (!result.problems.empty()) result.entries.clear();
  return result;
}

Result<ChronologyImport> read_chronology_file(std::string_view bytes) {
  SpreadsheetRows rows = TRY(read_spreadsheet(bytes));
  return chronology_from_rows(rows);
}

std::vector<std::string> chronology_template_header() {
  std::vector<std::string> header;
  for (const ColumnName& known : column_names) header.emplace_back(known.name);
  return header;
}

}  // namespace casereview
