// Reading chronologies from spreadsheets (issue 11; app/documents/spreadsheet_reader.hpp): files
// that LibreOffice wrote (tests/app/fixtures, see its README), CSV as Excel and LibreOffice write
// it, what Excel writes that LibreOffice does not (booleans, inline strings, the 1904 calendar),
// made here as small archives, and the limits that keep a hostile file from taking the server
// down.
#include "app/documents/spreadsheet_reader.hpp"

#include <gtest/gtest.h>
#include <zip.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "support/fixture_files.hpp"

namespace casereview {
namespace {

std::string fixture(const std::string& name) { return testing_support::app_fixture(name); }

// A zip archive in memory holding these parts, made with libzip.
std::string zip_of(const std::vector<std::pair<std::string, std::string>>& parts) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (archive == nullptr) throw std::runtime_error("zip_open_from_source");
  zip_source_keep(buffer);
  for (const auto& [name, content] : parts) {
    zip_source_t* part = zip_source_buffer(archive, content.data(), content.size(), 0);
    if (zip_file_add(archive, name.c_str(), part, ZIP_FL_OVERWRITE) < 0)
      throw std::runtime_error("zip_file_add");
  }
  if (zip_close(archive) != 0) throw std::runtime_error("zip_close");
  zip_stat_t stat;
  zip_source_open(buffer);
  zip_source_stat(buffer, &stat);
  std::string bytes(stat.size, '\0');
  zip_source_read(buffer, bytes.data(), stat.size);
  zip_source_close(buffer);
  zip_source_free(buffer);
  zip_error_fini(&error);
  return bytes;
}

const std::string sheet_start =
    R"(<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)";
const std::string sheet_end = "</sheetData></worksheet>";

std::string xlsx_of(const std::string& rows, const std::string& workbook_properties = "",
                    const std::string& styles = "") {
  std::vector<std::pair<std::string, std::string>> parts = {
      {"xl/workbook.xml",
       R"(<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)" +
           workbook_properties +
           R"(<sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>)"},
      {"xl/_rels/workbook.xml.rels",
       R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="worksheet" Target="worksheets/first.xml"/></Relationships>)"},
      {"xl/worksheets/first.xml", sheet_start + rows + sheet_end}};
  if (!styles.empty()) parts.push_back({"xl/styles.xml", styles});
  return zip_of(parts);
}

SpreadsheetRows read_ok(const std::string& bytes, const SpreadsheetLimits& limits = {}) {
  Result<SpreadsheetRows> rows = read_spreadsheet(bytes, limits);
  EXPECT_TRUE(rows.ok()) << (rows                          ? ""
                             : rows.error().fields.empty() ? rows.error().message
                                                           : rows.error().fields[0].message);
  return rows ? rows.value() : SpreadsheetRows{};
}

std::string refusal(const std::string& bytes, const SpreadsheetLimits& limits = {}) {
  Result<SpreadsheetRows> rows = read_spreadsheet(bytes, limits);
  EXPECT_FALSE(rows.ok());
  if (rows) return "";
  EXPECT_EQ(rows.error().code, ErrorCode::invalid_input);
  EXPECT_EQ(rows.error().fields.size(), 1u);
  EXPECT_EQ(rows.error().fields[0].field, "file");
  return rows.error().fields[0].message;
}

const SpreadsheetRows libreoffice_rows = {
    {"Date", "Time", "Source", "Event", "Significance", "Count", "Checked"},
    {"2021-05-12", "14:30", "GP record", "Home visit; mother said \"tired\", 2 children seen",
     "High", "3", "1"},
    {"May 2021", "", "Police log", "Call from neighbour\nOfficers attended", "", "2.5", "0"},
    {},
    {"?12/05/2021", "", "", "Café visit —  two  spaces"},
};

TEST(SpreadsheetReader, ReadsTheFirstSheetOfAnXlsxLibreOfficeWrote) {
  EXPECT_EQ(read_ok(fixture("chronology.xlsx")), libreoffice_rows);
}

TEST(SpreadsheetReader, ReadsTheFirstSheetOfAnOdsLibreOfficeWrote) {
  EXPECT_EQ(read_ok(fixture("chronology.ods")), libreoffice_rows);
}

TEST(SpreadsheetReader, ReadsACsvLibreOfficeWrote) {
  SpreadsheetRows expected = libreoffice_rows;
  expected[1][0] = "12/05/2021";  // CSV holds the date as the sheet showed it
  EXPECT_EQ(read_ok(fixture("chronology-libreoffice.csv")), expected);
}

TEST(SpreadsheetReader, ReadsCsvUtf8WithAByteOrderMarkAndCrlf) {
  EXPECT_EQ(read_ok(fixture("chronology-utf8-bom.csv")),
            (SpreadsheetRows{{"Date", "Source", "Event"},
                             {"12/05/2021", "GP record", "Home visit, \"tired\"\r\nsecond line"},
                             {"May 2021", "Police", "Call"}}));
}

TEST(SpreadsheetReader, DoesNotExpandTheRepeatedEmptyAreaOfFormattedColumns) {
  SpreadsheetRows ods = read_ok(fixture("formatted-columns.ods"));
  EXPECT_EQ(ods, libreoffice_rows);
  SpreadsheetRows xlsx = read_ok(fixture("formatted-columns.xlsx"));
  EXPECT_EQ(xlsx, libreoffice_rows);
}

TEST(SpreadsheetReader, ReadsCsvEdgeCases) {
  EXPECT_EQ(read_ok("a,b\nc"), (SpreadsheetRows{{"a", "b"}, {"c"}}));
  EXPECT_EQ(read_ok("a,\"\"\r\n\r\n\"x,y\",z\r\n"), (SpreadsheetRows{{"a"}, {}, {"x,y", "z"}}));
  EXPECT_EQ(read_ok("a\r\r\nb"), (SpreadsheetRows{{"a"}, {}, {"b"}}));
}

TEST(SpreadsheetReader, RefusesCsvThatIsNotUtf8OrHasAnOpenQuote) {
  EXPECT_EQ(refusal("Date,Event\n12/05/2021,Caf\xE9 visit\n"),
            "Save the file as CSV UTF-8 and choose it again");
  EXPECT_EQ(refusal("Date,Event\n12/05/2021,\"visit\n"),
            "The file has a quoted cell with no closing quote mark: save it again as CSV UTF-8");
}

TEST(SpreadsheetReader, ReadsWhatExcelWritesBooleansInlineStringsAndSparseCells) {
  const std::string rows =
      R"(<row r="1"><c r="A1" t="inlineStr"><is><t>Checked</t></is></c><c r="C1" t="inlineStr"><is><r><t>Rich </t></r><r><t>text</t></r></is></c></row>)"
      R"(<row r="3"><c r="A3" t="b"><v>1</v></c><c r="B3" t="b"><v>0</v></c><c r="D3" t="str"><v>formula text</v></c><c r="E3" t="e"><v>#N/A</v></c><c r="F3" t="d"><v>2021-05-12T00:00:00</v></c></row>)";
  EXPECT_EQ(read_ok(xlsx_of(rows)),
            (SpreadsheetRows{{"Checked", "", "Rich text"},
                             {},
                             {"TRUE", "FALSE", "", "formula text", "#N/A", "2021-05-12"}}));
}

TEST(SpreadsheetReader, ReadsXlsxDatesOfBothCalendarsAndBuiltInFormats) {
  const std::string styles =
      R"(<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="170" formatCode="[$-809]dd\ mmmm\ yyyy;@"/></numFmts><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="22"/><xf numFmtId="170"/><xf numFmtId="20"/></cellXfs></styleSheet>)";
  const std::string rows =
      R"(<row r="1"><c r="A1" s="1"><v>44328</v></c><c r="B1" s="2"><v>44328.75</v></c><c r="C1" s="3"><v>44328</v></c><c r="D1" s="4"><v>0.5</v></c><c r="E1" s="0"><v>44328</v></c><c r="F1" s="1"><v>59</v></c><c r="G1" s="1"><v>61</v></c></row>)";
  EXPECT_EQ(read_ok(xlsx_of(rows, "", styles)),
            (SpreadsheetRows{{"2021-05-12", "2021-05-12 18:00", "2021-05-12", "12:00", "44328",
                              "1900-02-28", "1900-03-01"}}));
  // The 1904 calendar (old Mac Excel): serial 42866 is the same day.
  EXPECT_EQ(read_ok(xlsx_of(R"(<row r="1"><c r="A1" s="1"><v>42866</v></c></row>)",
                            R"(<workbookPr date1904="1"/>)", styles)),
            (SpreadsheetRows{{"2021-05-12"}}));
}

TEST(SpreadsheetReader, ReadsOdsBooleansDatesWithTimesAndRepeatedContent) {
  const std::string content =
      R"(<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="A">)"
      R"(<table:table-row><table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>TRUE</text:p></table:table-cell><table:table-cell office:value-type="date" office:date-value="2021-05-12T09:15:00"><text:p>12/05/21 09:15</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>a<text:s text:c="3"/>b<office:annotation><text:p>a comment</text:p></office:annotation></text:p></table:table-cell></table:table-row>)"
      R"(<table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="2" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>)"
      R"(</table:table></office:spreadsheet></office:body></office:document-content>)";
  EXPECT_EQ(read_ok(zip_of({{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"},
                            {"content.xml", content}})),
            (SpreadsheetRows{{"TRUE", "2021-05-12 09:15", "a   b"}, {"x", "x"}, {"x", "x"}}));
}

TEST(SpreadsheetReader, RefusesMoreRowsThanTheLimit) {
  SpreadsheetLimits limits;
  limits.max_rows = 3;
  EXPECT_EQ(read_ok("h\n1\n2\n\n\n", limits).size(), 3u);
  EXPECT_EQ(refusal("h\n1\n2\n3\n", limits),
            "The file must have no more than 2 rows after the header row");
  std::string many = "Date,Event\r\n";
  for (int row = 0; row < 10'001; ++row) many += "12/05/2021,Visit\r\n";
  EXPECT_EQ(refusal(many), "The file must have no more than 10,000 rows after the header row");
  EXPECT_EQ(refusal(xlsx_of(
                R"(<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>x</t></is></c></row>)")),
            "The file must have no more than 10,000 rows after the header row");
}

TEST(SpreadsheetReader, RefusesAbsurdRepeatsBeforeExpandingThem) {
  const std::string content =
      R"(<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="A">)";
  const std::string end =
      "</table:table></office:spreadsheet></office:body></office:document-content>";
  const std::string rows_bomb =
      R"(<table:table-row table:number-rows-repeated="999999999"><table:table-cell><text:p>x</text:p></table:table-cell></table:table-row>)";
  EXPECT_EQ(refusal(zip_of({{"content.xml", content + rows_bomb + end}})),
            "The file must have no more than 10,000 rows after the header row");
  const std::string columns_bomb =
      R"(<table:table-row><table:table-cell table:number-columns-repeated="999999999"><text:p>x</text:p></table:table-cell></table:table-row>)";
  EXPECT_EQ(refusal(zip_of({{"content.xml", content + columns_bomb + end}})),
            "The file must have no more than 100 columns");
}

TEST(SpreadsheetReader, RefusesAZipBomb) {
  SpreadsheetLimits limits;
  limits.max_unpacked_bytes = 1024 * 1024;
  const std::string padding(2 * 1024 * 1024, ' ');  // compresses to a few kilobytes
  const std::string bomb =
      xlsx_of("<row r=\"1\"><c t=\"inlineStr\"><is><t>x</t></is></c></row>" + padding);
  EXPECT_LT(bomb.size(), 64u * 1024);
  EXPECT_EQ(refusal(bomb, limits),
            "The selected file is too large when unpacked: save it with less in it");
}

TEST(SpreadsheetReader, RefusesLargeEmptyAndForeignFiles) {
  SpreadsheetLimits limits;
  limits.max_file_bytes = 2048;
  EXPECT_EQ(refusal(std::string(2049, 'a'), limits), "The selected file must be smaller than 2 KB");
  EXPECT_EQ(refusal(std::string(11 * 1024 * 1024, 'a')),
            "The selected file must be smaller than 10 MB");
  EXPECT_EQ(refusal(""), "The selected file is empty");
  EXPECT_EQ(refusal(zip_of({{"word/document.xml", "<w/>"}})),
            "The selected file must be a CSV, XLSX or ODS spreadsheet");
  EXPECT_EQ(refusal(std::string("PK\x03\x04") + " not really a zip"),
            "The selected file must be a CSV, XLSX or ODS spreadsheet");
}

TEST(SpreadsheetReader, RefusesXmlWithADoctypeOrThatDoesNotParse) {
  const std::string entities =
      R"(<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c t="inlineStr"><is><t>&a;</t></is></c></row></sheetData></worksheet>)";
  EXPECT_EQ(
      refusal(zip_of({{"xl/workbook.xml", "<workbook/>"}, {"xl/worksheets/sheet1.xml", entities}})),
      "The selected file could not be read as XLSX: save it again from your spreadsheet program");
  EXPECT_EQ(
      refusal(xlsx_of("<row><c>")),
      "The selected file could not be read as XLSX: save it again from your spreadsheet program");
}

TEST(SpreadsheetReader, TellsFormatsByMediaType) {
  EXPECT_EQ(spreadsheet_format_from_media_type("text/csv; charset=utf-8"), SpreadsheetFormat::csv);
  EXPECT_EQ(spreadsheet_format_from_media_type(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            SpreadsheetFormat::xlsx);
  EXPECT_EQ(spreadsheet_format_from_media_type("application/vnd.oasis.opendocument.spreadsheet"),
            SpreadsheetFormat::ods);
  EXPECT_EQ(spreadsheet_format_from_media_type("application/pdf"), std::nullopt);
}

}  // namespace
}  // namespace casereview
