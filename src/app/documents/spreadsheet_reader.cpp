// Spreadsheets in: CSV by hand (RFC 4180 is a few lines), XLSX and ODS through libzip (the
// archive) and libxml2's streaming reader (the XML parts), so that a large sheet is never held
// as a tree. Every count that comes from the file is checked against SpreadsheetLimits before it
// is acted on.
#include "app/documents/spreadsheet_reader.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <map>
#include <memory>

#include "app/documents/office_archive.hpp"
#include "domain/civil_date.hpp"

namespace casereview {

namespace {

Error file_error(std::string message) { return Error::invalid({{"file", std::move(message)}}); }

std::string with_commas(std::size_t number) {
  std::string digits = std::to_string(number);
  for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3)
    digits.insert(static_cast<std::size_t>(at), ",");
  return digits;
}

Error too_many_rows(const SpreadsheetLimits& limits) {
  return file_error("The file must have no more than " + with_commas(limits.max_rows - 1) +
                    " rows after the header row");
}
Error too_many_columns(const SpreadsheetLimits& limits) {
  return file_error("The file must have no more than " + with_commas(limits.max_columns) +
                    " columns");
}
Error unreadable(std::string_view format) {
  return file_error("The selected file could not be read as " + std::string(format) +
                    ": save it again from your spreadsheet program");
}

void trim_row(SpreadsheetRow& row) {
  while (!row.empty() && row.back().empty()) row.pop_back();
}
void trim_rows(SpreadsheetRows& rows) {
  for (SpreadsheetRow& row : rows) trim_row(row);
  while (!rows.empty() && rows.back().empty()) rows.pop_back();
}

// Whether `text` is well-formed UTF-8.
bool is_utf8(std::string_view text) {
  std::size_t index = 0;
  while (index < text.size()) {
    const auto byte = static_cast<unsigned char>(text[index]);
    std::size_t length = byte < 0x80           ? 1
                         : (byte >> 5) == 0x6  ? 2
                         : (byte >> 4) == 0xE  ? 3
                         : (byte >> 3) == 0x1E ? 4
                                               : 0;
    if (length == 0 || index + length > text.size()) return false;
    for (std::size_t next = 1; next < length; ++next) {
      if ((static_cast<unsigned char>(text[index + next]) >> 6) != 0x2) return false;
    }
    index += length;
  }
  return true;
}

// A count attribute such as table:number-columns-repeated: 1 when missing or unreadable, and
// held at `cap` (the caller refuses anything above its limit before expanding).
std::size_t repeat_count(const XmlReader& xml, const char* attribute, std::size_t cap) {
  std::optional<std::string> text = xml.attribute(attribute);
  if (!text || text->empty()) return 1;
  std::size_t count = 0;
  for (char digit : *text) {
    if (digit < '0' || digit > '9') return 1;
    count = std::min(cap, count * 10 + static_cast<std::size_t>(digit - '0'));
  }
  return std::max<std::size_t>(1, count);
}

std::string two_digits(long number) {
  return std::string(1, static_cast<char>('0' + number / 10)) +
         static_cast<char>('0' + number % 10);
}

// "Where the last one ended": the next column or row. (A sentinel rather than std::optional,
// whose use here GCC 12 wrongly warns may be uninitialised.)
constexpr std::size_t next_position = static_cast<std::size_t>(-1);

// Collects rows cell by cell, expanding repeats only when content follows them.
class RowBuilder {
 public:
  explicit RowBuilder(const SpreadsheetLimits& limits) : limits_(limits) {}

  // Adds `count` copies of a cell to the current row at `column` (or after the last cell when
  // nothing), or fails when content would lie beyond the column limit.
  Status add_cell(std::string text, std::size_t count = 1, std::size_t column = next_position) {
    const std::size_t at = column == next_position ? next_column_ : column;
    next_column_ = at + count;
    if (text.empty()) return ok_status();
    if (at + count > limits_.max_columns) return too_many_columns(limits_);
    if (row_.size() < at) row_.resize(at);
    for (std::size_t copy = 0; copy < count; ++copy) {
      if (row_.size() == at + copy) {
        row_.push_back(text);
      } else {
        row_[at + copy] = text;
      }
    }
    return ok_status();
  }

  // Ends the current row, repeated `count` times, placed at `row_index` (0-based) when given.
  Status end_row(std::size_t count = 1, std::size_t row_index = next_position) {
    const std::size_t at = row_index == next_position ? next_row_ : row_index;
    next_row_ = at + count;
    next_column_ = 0;
    SpreadsheetRow row = std::move(row_);
    row_.clear();
    if (row.empty()) return ok_status();
    if (at + count > limits_.max_rows) return too_many_rows(limits_);
    rows_.resize(std::max(rows_.size(), at));
    for (std::size_t copy = 0; copy < count; ++copy) rows_.push_back(row);
    return ok_status();
  }

  SpreadsheetRows finish() {
    trim_rows(rows_);
    return std::move(rows_);
  }

 private:
  const SpreadsheetLimits& limits_;
  SpreadsheetRows rows_;
  SpreadsheetRow row_;
  std::size_t next_row_ = 0;
  std::size_t next_column_ = 0;
};

// ---------------------------------------------------------------------------------------------
// CSV (RFC 4180)

Result<SpreadsheetRows> read_csv(std::string_view text, const SpreadsheetLimits& limits) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  if (!is_utf8(text)) return file_error("Save the file as CSV UTF-8 and choose it again");
  RowBuilder rows(limits);
  std::string cell;
  bool quoted = false;       // inside a quoted cell
  bool row_started = false;  // something of the current row has been read
  for (std::size_t index = 0; index < text.size(); ++index) {
    const char character = text[index];
    if (quoted) {
      if (character != '"') {
        cell += character;
      } else if (index + 1 < text.size() && text[index + 1] == '"') {
        cell += '"';
        ++index;
      } else {
        quoted = false;
      }
      continue;
    }
    row_started = true;
    if (character == '"' && cell.empty()) {
      quoted = true;
    } else if (character == ',') {
      TRY(rows.add_cell(std::move(cell)));
      cell.clear();
    } else if (character == '\r' || character == '\n') {
      if (character == '\r' && index + 1 < text.size() && text[index + 1] == '\n') ++index;
      TRY(rows.add_cell(std::move(cell)));
      cell.clear();
      TRY(rows.end_row());
      row_started = false;
    } else {
      cell += character;
    }
  }
  if (quoted)
    return file_error(
        "The file has a quoted cell with no closing quote mark: save it again as CSV UTF-8");
  if (row_started) {
    TRY(rows.add_cell(std::move(cell)));
    TRY(rows.end_row());
  }
  return rows.finish();
}

// ---------------------------------------------------------------------------------------------
// ODS: content.xml, the first table:table.

// "PT14H30M00S" → "14:30"; empty when it is not that shape.
std::string ods_time(std::string_view duration) {
  if (duration.substr(0, 2) != "PT") return "";
  long hours = 0, minutes = 0, number = 0;
  for (char character : duration.substr(2)) {
    if (character >= '0' && character <= '9') {
      number = number * 10 + (character - '0');
      if (number > 100000) return "";
    } else if (character == 'H') {
      hours = number, number = 0;
    } else if (character == 'M') {
      minutes = number, number = 0;
    } else if (character == 'S' || character == '.') {
      number = 0;
    }
  }
  return two_digits(hours % 24) + ":" + two_digits(minutes % 60);
}

// "2021-05-12" or "2021-05-12T14:30:00" → "2021-05-12" or "2021-05-12 14:30" (ODS date values
// and XLSX cells of type d).
std::string ods_date(std::string_view value) {
  std::string day(value.substr(0, 10));
  if (value.size() >= 16 && value[10] == 'T') {
    std::string_view time = value.substr(11, 5);
    if (time != "00:00") return day + " " + std::string(time);
  }
  return day;
}

// The text of a cell: paragraphs joined by line breaks, text:s as spaces, annotations left out.
// Leaves the reader on the cell's end.
Result<std::string> ods_cell_text(XmlReader& xml) {
  std::string text;
  const int cell_depth = xml.depth();
  int paragraphs = 0;
  int open_paragraphs = 0;  // text outside text:p is layout whitespace
  int skip_below = -1;      // inside an office:annotation
  while (true) {
    switch (xml.next()) {
      case XmlReader::Step::error:
      case XmlReader::Step::end:
        return unreadable("ODS");
      case XmlReader::Step::node:
        break;
    }
    if (xml.depth() <= cell_depth) return text;  // the cell's end element
    if (skip_below >= 0) {
      if (xml.depth() == skip_below && xml.type() == XML_READER_TYPE_END_ELEMENT) skip_below = -1;
      continue;
    }
    if (xml.is_start("office:annotation") && !xml.is_empty_element()) {
      skip_below = xml.depth();
    } else if (xml.is_start("text:p") || xml.is_start("text:h")) {
      if (paragraphs++ > 0) text += '\n';
      if (!xml.is_empty_element()) ++open_paragraphs;
    } else if (xml.is_end("text:p") || xml.is_end("text:h")) {
      --open_paragraphs;
    } else if (xml.is_start("text:s")) {
      text.append(repeat_count(xml, "text:c", 1000), ' ');
    } else if (xml.is_start("text:tab")) {
      text += '\t';
    } else if (xml.is_start("text:line-break")) {
      text += '\n';
    } else if (xml.is_text() && open_paragraphs > 0) {
      text += xml.value();
    }
  }
}

// The text a typed cell shows in a chronology: see the header.
std::string ods_typed_value(const XmlReader& xml, const std::string& type, std::string text) {
  if (type == "float" || type == "percentage" || type == "currency")
    return xml.attribute("office:value").value_or(text);
  if (type == "date") {
    std::optional<std::string> value = xml.attribute("office:date-value");
    return value ? ods_date(*value) : text;
  }
  if (type == "time") {
    std::optional<std::string> value = xml.attribute("office:time-value");
    std::string time = value ? ods_time(*value) : "";
    return time.empty() ? text : time;
  }
  if (type == "boolean") {
    std::optional<std::string> value = xml.attribute("office:boolean-value");
    if (value) return *value == "true" ? "TRUE" : "FALSE";
  }
  return text;
}

Result<SpreadsheetRows> read_ods_content(const std::string& content,
                                         const SpreadsheetLimits& limits) {
  XmlReader xml(content);
  RowBuilder rows(limits);
  int table_depth = -1;
  std::size_t row_count = 1;
  while (true) {
    switch (xml.next()) {
      case XmlReader::Step::error:
        return unreadable("ODS");
      case XmlReader::Step::end:
        return rows.finish();
      case XmlReader::Step::node:
        break;
    }
    if (table_depth < 0) {
      if (xml.is_start("table:table")) table_depth = xml.depth();
      continue;
    }
    if (xml.is_end("table:table") && xml.depth() == table_depth) return rows.finish();
    if (xml.is_start("table:table-row")) {
      row_count = repeat_count(xml, "table:number-rows-repeated", limits.max_rows + 1);
      if (xml.is_empty_element()) TRY(rows.end_row(row_count));
    } else if (xml.is_end("table:table-row")) {
      TRY(rows.end_row(row_count));
    } else if (xml.is_start("table:table-cell") || xml.is_start("table:covered-table-cell")) {
      const std::size_t repeated =
          repeat_count(xml, "table:number-columns-repeated", limits.max_columns + 1);
      const std::string type = xml.attribute("office:value-type").value_or("");
      // The typed value is read from the attributes before the reader moves into the cell.
      const std::string typed = ods_typed_value(xml, type, "");
      std::string text;
      if (!xml.is_empty_element()) text = TRY(ods_cell_text(xml));
      if (!typed.empty()) text = typed;
      TRY(rows.add_cell(std::move(text), repeated));
    }
  }
}

// ---------------------------------------------------------------------------------------------
// XLSX: xl/workbook.xml names the first sheet, its relationship file gives its part; cells refer
// to xl/sharedStrings.xml and to number formats in xl/styles.xml.

// What a number with a given cell style shows.
enum class NumberKind { number, date, time, date_and_time };

// Built-in number formats 14-22 and 45-47 are dates and times (ECMA-376 part 1, 18.8.30).
NumberKind builtin_number_kind(int id) {
  if ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58))
    return id == 22 ? NumberKind::date_and_time : NumberKind::date;
  if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47)) return NumberKind::time;
  return NumberKind::number;
}

// A custom format is a date when, outside quoted text, escapes and [colour] parts, it has d or y;
// a time when it has h or s.
NumberKind custom_number_kind(std::string_view code) {
  bool date = false, time = false, quoted = false;
  for (std::size_t index = 0; index < code.size(); ++index) {
    const char character = static_cast<char>(code[index] | 0x20);  // lower case for letters
    if (code[index] == '"') {
      quoted = !quoted;
    } else if (quoted) {
      continue;
    } else if (code[index] == '\\' || code[index] == '_' || code[index] == '*') {
      ++index;
    } else if (code[index] == '[') {
      const std::size_t close = code.find(']', index);
      const std::string_view inside =
          code.substr(index + 1, close == std::string_view::npos ? 0 : close - index - 1);
      if (!inside.empty() &&
          (inside[0] == 'h' || inside[0] == 'H' || inside[0] == 'm' || inside[0] == 's'))
        time = true;
      if (close == std::string_view::npos) break;
      index = close;
    } else if (character == 'd' || character == 'y') {
      date = true;
    } else if (character == 'h' || character == 's') {
      time = true;
    }
  }
  if (date && time) return NumberKind::date_and_time;
  if (date) return NumberKind::date;
  if (time) return NumberKind::time;
  return NumberKind::number;
}

struct XlsxStyles {
  std::vector<NumberKind> cell_formats;  // by the cell's s attribute
};

Result<XlsxStyles> read_styles(const std::string& xml_text) {
  XmlReader xml(xml_text);
  std::map<int, NumberKind> custom;
  XlsxStyles styles;
  bool in_cell_formats = false;
  while (true) {
    switch (xml.next()) {
      case XmlReader::Step::error:
        return unreadable("XLSX");
      case XmlReader::Step::end:
        return styles;
      case XmlReader::Step::node:
        break;
    }
    if (xml.is_start("numFmt")) {
      const int id = std::atoi(xml.attribute("numFmtId").value_or("0").c_str());
      custom[id] = custom_number_kind(xml.attribute("formatCode").value_or(""));
    } else if (xml.is_start("cellXfs")) {
      in_cell_formats = !xml.is_empty_element();
    } else if (xml.is_end("cellXfs")) {
      in_cell_formats = false;
    } else if (in_cell_formats && xml.is_start("xf")) {
      const int id = std::atoi(xml.attribute("numFmtId").value_or("0").c_str());
      auto found = custom.find(id);
      styles.cell_formats.push_back(found != custom.end() ? found->second
                                                          : builtin_number_kind(id));
    }
  }
}

// The strings of xl/sharedStrings.xml: the <t> runs of each <si>, phonetic runs left out.
Result<std::vector<std::string>> read_shared_strings(const std::string& xml_text) {
  XmlReader xml(xml_text);
  std::vector<std::string> strings;
  bool in_text = false;
  int phonetic_depth = -1;
  while (true) {
    switch (xml.next()) {
      case XmlReader::Step::error:
        return unreadable("XLSX");
      case XmlReader::Step::end:
        return strings;
      case XmlReader::Step::node:
        break;
    }
    if (xml.is_start("si")) {
      strings.emplace_back();
    } else if (xml.is_start("rPh") && !xml.is_empty_element()) {
      phonetic_depth = xml.depth();
    } else if (xml.is_end("rPh") && xml.depth() == phonetic_depth) {
      phonetic_depth = -1;
    } else if (xml.is_start("t")) {
      in_text = !xml.is_empty_element();
    } else if (xml.is_end("t")) {
      in_text = false;
    } else if (in_text && phonetic_depth < 0 && xml.is_text() && !strings.empty()) {
      strings.back() += xml.value();
    }
  }
}

// The part of the first sheet, e.g. "xl/worksheets/sheet1.xml".
Result<std::string> first_sheet_part(ZipArchive& archive) {
  std::optional<std::string> workbook = TRY(archive.read("xl/workbook.xml"));
  std::optional<std::string> relationships = TRY(archive.read("xl/_rels/workbook.xml.rels"));
  const std::string fallback = "xl/worksheets/sheet1.xml";
  if (!workbook || !relationships) return fallback;
  std::string sheet_id;
  {
    XmlReader xml(*workbook);
    while (sheet_id.empty()) {
      XmlReader::Step step = xml.next();
      if (step == XmlReader::Step::error) return unreadable("XLSX");
      if (step == XmlReader::Step::end) break;
      if (xml.is_start("sheet")) sheet_id = xml.attribute("r:id").value_or("");
    }
  }
  XmlReader xml(*relationships);
  while (true) {
    XmlReader::Step step = xml.next();
    if (step == XmlReader::Step::error) return unreadable("XLSX");
    if (step == XmlReader::Step::end) return fallback;
    if (xml.is_start("Relationship") && xml.attribute("Id") == sheet_id) {
      std::string target = xml.attribute("Target").value_or("");
      if (target.empty()) return fallback;
      return target[0] == '/' ? target.substr(1) : "xl/" + target;
    }
  }
}

// "C12" → column 2 (0-based), row 11; nothing when it is not a cell reference. Columns and rows
// past the caps are held there (the caller refuses them when the cell has content).
struct CellReference {
  std::size_t column = 0;
  std::size_t row = 0;
};
std::optional<CellReference> cell_reference(std::string_view text, std::size_t cap) {
  CellReference reference;
  std::size_t index = 0;
  std::size_t column = 0;
  while (index < text.size() && text[index] >= 'A' && text[index] <= 'Z') {
    column = std::min(cap, column * 26 + static_cast<std::size_t>(text[index] - 'A' + 1));
    ++index;
  }
  if (index == 0 || index == text.size()) return std::nullopt;
  std::size_t row = 0;
  for (; index < text.size(); ++index) {
    if (text[index] < '0' || text[index] > '9') return std::nullopt;
    row = std::min(cap, row * 10 + static_cast<std::size_t>(text[index] - '0'));
  }
  if (row == 0) return std::nullopt;
  reference.column = column - 1;
  reference.row = row - 1;
  return reference;
}

// A serial day number (days since 30 December 1899, Lotus's leap day 1900 included; or since
// 1 January 1904) as the text of its kind.
std::string xlsx_serial_text(const std::string& stored, NumberKind kind, bool from_1904) {
  char* end = nullptr;
  const double serial = std::strtod(stored.c_str(), &end);
  if (end == stored.c_str() || !std::isfinite(serial) || serial < 0 || serial > 2958465)
    return stored;
  long days = static_cast<long>(std::floor(serial));
  long minutes = std::lround((serial - static_cast<double>(days)) * 24 * 60);
  if (minutes == 24 * 60) ++days, minutes = 0;
  const std::string time = two_digits(minutes / 60) + ":" + two_digits(minutes % 60);
  if (kind == NumberKind::time) return time;
  // 1900 system: serial 1 is 1 January 1900 and serial 60 the 29 February 1900 that never was.
  const CivilDate base = from_1904   ? *CivilDate::from_ymd(1904, 1, 1)
                         : days < 60 ? *CivilDate::from_ymd(1899, 12, 31)
                                     : *CivilDate::from_ymd(1899, 12, 30);
  if (!from_1904 && days == 60) return stored;
  if (days == 0 && !from_1904) return kind == NumberKind::date_and_time ? time : stored;
  const std::string day = base.add_days(static_cast<int>(days)).to_iso_string();
  if (kind == NumberKind::date_and_time && minutes != 0) return day + " " + time;
  return day;
}

Result<SpreadsheetRows> read_xlsx_sheet(const std::string& sheet,
                                        const std::vector<std::string>& strings,
                                        const XlsxStyles& styles, bool from_1904,
                                        const SpreadsheetLimits& limits) {
  XmlReader xml(sheet);
  RowBuilder rows(limits);
  const std::size_t cap = std::max(limits.max_rows, limits.max_columns) + 1;
  std::size_t row_index = next_position;
  bool in_sheet_data = false;
  // The cell being read.
  std::size_t column = next_position;
  std::string type, value, inline_text;
  std::size_t style = 0;
  enum class Inside { nothing, value, inline_text } inside = Inside::nothing;
  bool in_inline = false;  // inside <is>; its text is in <t> elements
  while (true) {
    switch (xml.next()) {
      case XmlReader::Step::error:
        return unreadable("XLSX");
      case XmlReader::Step::end:
        return rows.finish();
      case XmlReader::Step::node:
        break;
    }
    if (xml.is_start("sheetData")) {
      in_sheet_data = !xml.is_empty_element();
      continue;
    }
    if (!in_sheet_data) continue;
    if (xml.is_end("sheetData")) return rows.finish();
    if (xml.is_start("row")) {
      row_index = next_position;
      if (std::optional<std::string> r = xml.attribute("r")) {
        const std::size_t number =
            std::min<std::size_t>(cap, std::strtoul(r->c_str(), nullptr, 10));
        if (number > 0) row_index = number - 1;
      }
      if (xml.is_empty_element()) TRY(rows.end_row(1, row_index));
    } else if (xml.is_end("row")) {
      TRY(rows.end_row(1, row_index));
    } else if (xml.is_start("c")) {
      column = next_position;
      if (std::optional<std::string> r = xml.attribute("r")) {
        if (std::optional<CellReference> reference = cell_reference(*r, cap))
          column = reference->column;
      }
      type = xml.attribute("t").value_or("n");
      style = std::strtoul(xml.attribute("s").value_or("0").c_str(), nullptr, 10);
      value.clear();
      inline_text.clear();
      if (xml.is_empty_element()) TRY(rows.add_cell("", 1, column));
    } else if (xml.is_end("c")) {
      std::string text;
      if (type == "s") {
        const std::size_t index = std::strtoul(value.c_str(), nullptr, 10);
        if (value.empty() || index >= strings.size()) return unreadable("XLSX");
        text = strings[index];
      } else if (type == "inlineStr") {
        text = inline_text;
      } else if (type == "b") {
        text = value.empty() ? "" : value == "1" ? "TRUE" : "FALSE";
      } else if (type == "n" && !value.empty()) {
        const NumberKind kind =
            style < styles.cell_formats.size() ? styles.cell_formats[style] : NumberKind::number;
        text = kind == NumberKind::number ? value : xlsx_serial_text(value, kind, from_1904);
      } else if (type == "d") {
        text = ods_date(value);  // an ISO 8601 date, as strict Office Open XML may store one
      } else {
        text = value;  // "str" (a formula's text), "e" (an error such as #N/A)
      }
      TRY(rows.add_cell(std::move(text), 1, column));
    } else if (xml.is_start("v")) {
      inside = xml.is_empty_element() ? Inside::nothing : Inside::value;
    } else if (xml.is_start("is")) {
      in_inline = !xml.is_empty_element();
    } else if (xml.is_end("is")) {
      in_inline = false;
    } else if (in_inline && xml.is_start("t")) {
      inside = xml.is_empty_element() ? Inside::nothing : Inside::inline_text;
    } else if (xml.is_end("v") || xml.is_end("t")) {
      inside = Inside::nothing;
    } else if (xml.is_text()) {
      if (inside == Inside::value) value += xml.value();
      if (inside == Inside::inline_text) inline_text += xml.value();
    }
  }
}

Result<SpreadsheetRows> read_xlsx(ZipArchive& archive, const SpreadsheetLimits& limits) {
  const std::string sheet_part = TRY(first_sheet_part(archive));
  std::optional<std::string> sheet = TRY(archive.read(sheet_part));
  if (!sheet) return unreadable("XLSX");
  std::vector<std::string> strings;
  if (std::optional<std::string> shared = TRY(archive.read("xl/sharedStrings.xml")))
    strings = TRY(read_shared_strings(*shared));
  XlsxStyles styles;
  if (std::optional<std::string> style_part = TRY(archive.read("xl/styles.xml")))
    styles = TRY(read_styles(*style_part));
  bool from_1904 = false;
  if (std::optional<std::string> workbook = TRY(archive.read("xl/workbook.xml"))) {
    XmlReader xml(*workbook);
    while (xml.next() == XmlReader::Step::node) {
      if (xml.is_start("workbookPr")) {
        const std::string setting = xml.attribute("date1904").value_or("false");
        from_1904 = setting == "1" || setting == "true";
        break;
      }
    }
  }
  return read_xlsx_sheet(*sheet, strings, styles, from_1904, limits);
}

// An ODS or XLSX file, told apart by its parts whatever its name or media type said.
Result<SpreadsheetRows> read_zip(std::string_view bytes, const SpreadsheetLimits& limits) {
  std::unique_ptr<ZipArchive> archive =
      ZipArchive::open(bytes, limits.max_unpacked_bytes, "spreadsheet program");
  if (!archive) return file_error("The selected file must be a CSV, XLSX or ODS spreadsheet");
  const bool ods = archive->has("content.xml");
  const bool xlsx = archive->has("xl/workbook.xml") || archive->has("xl/worksheets/sheet1.xml");
  if (ods) {
    std::optional<std::string> content = TRY(archive->read("content.xml"));
    if (!content) return unreadable("ODS");
    return read_ods_content(*content, limits);
  }
  if (xlsx) return read_xlsx(*archive, limits);
  return file_error("The selected file must be a CSV, XLSX or ODS spreadsheet");
}

bool is_zip(std::string_view bytes) {
  return bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4);
}

}  // namespace

std::optional<SpreadsheetFormat> spreadsheet_format_from_media_type(std::string_view media_type) {
  media_type = media_type.substr(0, media_type.find(';'));
  while (!media_type.empty() && media_type.back() == ' ') media_type.remove_suffix(1);
  std::string lower;
  for (char character : media_type)
    lower +=
        character >= 'A' && character <= 'Z' ? static_cast<char>(character - 'A' + 'a') : character;
  if (lower == "text/csv") return SpreadsheetFormat::csv;
  if (lower == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    return SpreadsheetFormat::xlsx;
  if (lower == "application/vnd.oasis.opendocument.spreadsheet") return SpreadsheetFormat::ods;
  return std::nullopt;
}

Result<SpreadsheetRows> read_spreadsheet(std::string_view bytes, const SpreadsheetLimits& limits) {
  return read_spreadsheet(bytes, is_zip(bytes) ? SpreadsheetFormat::xlsx : SpreadsheetFormat::csv,
                          limits);
}

Result<SpreadsheetRows> read_spreadsheet(std::string_view bytes, SpreadsheetFormat format,
                                         const SpreadsheetLimits& limits) {
  if (bytes.empty()) return file_error("The selected file is empty");
  if (bytes.size() > limits.max_file_bytes) {
    const std::size_t megabyte = 1024 * 1024;
    const std::string size = limits.max_file_bytes >= megabyte
                                 ? with_commas(limits.max_file_bytes / megabyte) + " MB"
                                 : with_commas(limits.max_file_bytes / 1024) + " KB";
    return file_error("The selected file must be smaller than " + size);
  }
  // A zip archive is read as what its parts say it is, whatever the caller expected.
  if (is_zip(bytes)) return read_zip(bytes, limits);
  switch (format) {
    case SpreadsheetFormat::csv:
      return read_csv(bytes, limits);
    case SpreadsheetFormat::xlsx:
    case SpreadsheetFormat::ods:
      return file_error("The selected file must be a CSV, XLSX or ODS spreadsheet");
  }
  return file_error("The selected file must be a CSV, XLSX or ODS spreadsheet");
}

}  // namespace casereview
