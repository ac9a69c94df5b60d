// The merged chronology's downloads (issue 11 "Downloads", Rule CHR-3) made from a real case on
// both engines: the PDF read with poppler's pdftotext (the case reference, a pseudonym, the
// entries, "Page 1 of", never a child's name), long chronologies across numbered pages; the XLSX
// read back with the program's own spreadsheet reader (libzip + libxml2, no LibreOffice), its
// header, entries in merged order, gap rows, dates as written beside their ISO form, flags in
// words, and the workbook's title naming the case by reference and pseudonym, never by the child's
// name. The chronology template (Rule CHR-2): its header is the importer's, it gives no entry and
// no column problem as it comes, and one row filled in imports.
#include <gtest/gtest.h>
#include <zip.h>

#include <algorithm>
#include <string>
#include <vector>

#include "app/case_fixture.hpp"
#include "app/documents/chronology_import.hpp"
#include "app/documents/chronology_pdf.hpp"
#include "app/documents/chronology_template.hpp"
#include "app/documents/chronology_xlsx.hpp"
#include "app/documents/spreadsheet_reader.hpp"
#include "app/reviews/chronologies.hpp"
#include "support/poppler.hpp"

namespace casereview {
namespace {

// The real name the case fixture gives the child; no download may hold it.
constexpr const char* child_first_name = "Amelia";
constexpr const char* child_last_name = "Testchild";

class ChronologyDocuments : public CaseUseCaseTest {
 protected:
  void SetUp() override {
    CaseUseCaseTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    case_id = case_awaiting_decision();
    ASSERT_TRUE(record_panel_decision(
                    context(), as(manager), case_id,
                    PanelDecisionInput{
                        "disagrees", "local_cspr", "Learning for the area", days_ago(0), {}, ""})
                    .ok());
    commission_for_agencies(case_id, {police.id, school.id});
    auto asked = request_chronologies(context(), as(manager), case_id,
                                      {{police.id, school.id}, "", "From the first referral"});
    ASSERT_TRUE(asked.ok()) << asked.error().message;
    const Id police_request = asked.value()[0].id;
    const Id school_request = asked.value()[1].id;
    // Each agency's entries in its own order, so that only the flags asked for are raised.
    add(police_request, police_contributor, "May 2021", "Call from a neighbour", "");
    add(police_request, police_contributor, "?12/05/2021", "Home visit, mother said tired",
        "Referral to early help");
    add(school_request, school_contributor, "2018", "Before the scope", "");
    add(school_request, school_contributor, "12/05/2021", "Home visit, mother said tired", "");
    add(school_request, school_contributor, "03/03/2022", "Attendance officer phoned", "");
    ASSERT_TRUE(
        submit_chronology(context(), as(police_contributor), police_request, Involvement::involved)
            .ok());
    ASSERT_TRUE(
        submit_chronology(context(), as(school_contributor), school_request, Involvement::involved)
            .ok());
    auto merged = merged_chronology(context(), as(manager), case_id);
    ASSERT_TRUE(merged.ok()) << merged.error().message;
    view = merged.value();
  }

  void add(Id request_id, const Account& contributor, const std::string& date,
           const std::string& event, const std::string& action) {
    ChronologyEntryInput input;
    input.start_date = date;
    input.source = "Case record";
    input.subject = "Child A";
    input.event = event;
    input.action = action;
    auto added = add_chronology_entry(context(), as(contributor), request_id, input);
    ASSERT_TRUE(added.ok()) << added.error().message;
  }

  Id case_id = 0;
  MergedChronologyView view;
};

// One part of a zip archive (an XLSX file) as text, or "" when it is not there.
std::string zip_part(const std::string& bytes, const char* name) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  zip_t* archive = source == nullptr ? nullptr : zip_open_from_source(source, ZIP_RDONLY, &error);
  zip_error_fini(&error);
  if (archive == nullptr) {
    if (source != nullptr) zip_source_free(source);
    return "";
  }
  std::string text;
  if (zip_file_t* file = zip_fopen(archive, name, 0)) {
    char buffer[4096];
    for (zip_int64_t read; (read = zip_fread(file, buffer, sizeof buffer)) > 0;)
      text.append(buffer, static_cast<std::size_t>(read));
    zip_fclose(file);
  }
  zip_close(archive);
  return text;
}

// Rule CHR-3: the XLSX holds every entry in merged order, the gaps as rows of their own, dates
// as written with their ISO form, the agency, and the flags in words.
TEST_P(ChronologyDocuments, TheXlsxHoldsTheMergedChronologyRowByRow) {
  auto xlsx = merged_chronology_xlsx(view);
  ASSERT_TRUE(xlsx.ok()) << xlsx.error().message;
  auto rows = read_spreadsheet(xlsx.value(), SpreadsheetFormat::xlsx);
  ASSERT_TRUE(rows.ok()) << rows.error().message;
  const SpreadsheetRows& sheet = rows.value();
  ASSERT_EQ(sheet[0], merged_chronology_xlsx_header());
  ASSERT_EQ(sheet.size(), 1 + view.rows.size() + view.gaps.size());
  ASSERT_FALSE(view.gaps.empty()) << "2018 to May 2021 has no contact";

  // The header's columns by name, so the checks read as sentences.
  const auto cell = [&](std::size_t row, const std::string& column) -> std::string {
    const std::vector<std::string> header = merged_chronology_xlsx_header();
    const auto at = std::find(header.begin(), header.end(), column) - header.begin();
    return static_cast<std::size_t>(at) < sheet[row].size() ? sheet[row][at] : "";
  };
  EXPECT_EQ(cell(1, "Start date"), "2018");
  EXPECT_EQ(cell(1, "Start date (ISO)"), "2018");
  EXPECT_EQ(cell(1, "Agency code"), "SCHOOL");
  EXPECT_EQ(cell(1, "Event"), "Before the scope");
  EXPECT_EQ(cell(1, "Flags"), "Outside the scope period");
  // The gap after 2018: a row of its own, in the Event column, flagged as a gap.
  EXPECT_EQ(cell(2, "Flags"), "Gap");
  EXPECT_NE(cell(2, "Event").find("No contact from any agency for"), std::string::npos);
  EXPECT_EQ(cell(2, "Agency"), "");
  // May 2021 sorts before the days of May 2021 and keeps its precision.
  EXPECT_EQ(cell(3, "Start date"), "May 2021");
  EXPECT_EQ(cell(3, "Start date (ISO)"), "2021-05");
  EXPECT_EQ(cell(4, "Start date"), "12 May 2021 (uncertain)");
  EXPECT_EQ(cell(4, "Start date (ISO)"), "2021-05-12");
  EXPECT_EQ(cell(4, "Action"), "Referral to early help");
  EXPECT_EQ(cell(4, "Flags"), "Possible duplicate");
  EXPECT_EQ(cell(5, "Flags"), "Possible duplicate");
  EXPECT_EQ(cell(5, "Agency"), view.rows[3].agency_name);
  EXPECT_EQ(cell(6, "Flags"), "Gap");
  EXPECT_EQ(cell(6, "Start date (ISO)"), "2021-06-01");
  EXPECT_EQ(cell(7, "Event"), "Attendance officer phoned");
  EXPECT_EQ(cell(7, "Subject"), "Child A");
  EXPECT_EQ(cell(7, "Source"), "Case record");
  EXPECT_EQ(cell(7, "Flags"), "");
}

// The workbook's title names the case by its reference and pseudonyms, never by a name; the
// file is an Office Open XML spreadsheet that needs nothing but a zip reader to open.
TEST_P(ChronologyDocuments, TheXlsxNamesTheCaseByReferenceAndPseudonymOnly) {
  auto xlsx = merged_chronology_xlsx(view);
  ASSERT_TRUE(xlsx.ok()) << xlsx.error().message;
  const std::string core = zip_part(xlsx.value(), "docProps/core.xml");
  ASSERT_FALSE(core.empty());
  EXPECT_NE(core.find(view.case_reference), std::string::npos) << core;
  ASSERT_FALSE(view.pseudonyms.empty());
  EXPECT_NE(core.find(view.pseudonyms[0]), std::string::npos) << core;
  EXPECT_NE(zip_part(xlsx.value(), "xl/workbook.xml").find("Chronology"), std::string::npos);
  for (const char* part :
       {"docProps/core.xml", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml"}) {
    const std::string text = zip_part(xlsx.value(), part);
    EXPECT_EQ(text.find(child_first_name), std::string::npos) << part;
    EXPECT_EQ(text.find(child_last_name), std::string::npos) << part;
  }
}

// Rule CHR-3: the PDF names the case by reference and pseudonym, never by the child's name, and
// holds the entries with their agencies and flags in words, and page numbers.
TEST_P(ChronologyDocuments, ThePdfShowsTheEntriesUnderTheCaseReferenceAndPseudonymOnly) {
  auto pdf = documents::merged_chronology_pdf(view);
  ASSERT_TRUE(pdf.ok()) << pdf.error().message;
  const std::string text = testing_support::pdf_text(pdf.value());
  EXPECT_NE(text.find("Merged chronology"), std::string::npos) << text;
  EXPECT_NE(text.find(view.case_reference), std::string::npos) << text;
  ASSERT_FALSE(view.pseudonyms.empty());
  EXPECT_NE(text.find(view.pseudonyms[0]), std::string::npos) << text;
  EXPECT_NE(text.find("Attendance officer phoned"), std::string::npos) << text;
  EXPECT_NE(text.find("Referral to early help"), std::string::npos) << text;
  EXPECT_NE(text.find("12 May 2021 (uncertain)"), std::string::npos) << text;
  EXPECT_NE(text.find("Possible duplicate"), std::string::npos) << text;
  EXPECT_NE(text.find("Outside the scope period"), std::string::npos) << text;
  EXPECT_NE(text.find("No contact from any agency for"), std::string::npos) << text;
  EXPECT_NE(text.find("Page 1 of 1"), std::string::npos) << text;
  EXPECT_EQ(text.find(child_first_name), std::string::npos) << text;
  EXPECT_EQ(text.find(child_last_name), std::string::npos) << text;
  const auto information = testing_support::pdf_information(pdf.value());
  EXPECT_EQ(information.at("Title").find(child_first_name), std::string::npos);
  EXPECT_NE(information.at("Title").find(view.case_reference), std::string::npos);
}

// A merged chronology by hand: `entries` rows of one agency, each event `event`.
MergedChronologyView view_of(int entries, const std::string& event) {
  MergedChronologyView view;
  view.case_reference = "NB-2026-0042";
  view.pseudonyms = {"Child B"};
  for (int index = 0; index < entries; ++index) {
    MergedChronologyRow row;
    row.entry.id = index + 1;
    row.entry.date = ApproximateDate::on_day(*CivilDate::from_ymd(2021, 1 + index % 12, 1));
    row.entry.source = "GP record";
    row.entry.event = event + " " + std::to_string(index + 1);
    row.agency_name = "Northbrook Health";
    row.agency_marker = "HEALTH";
    view.rows.push_back(row);
  }
  return view;
}

// Rule CHR-3: many entries make many A4 landscape pages, each numbered "Page N of M", with the
// heading tagged and the table tagged as one; an entry longer than a whole page is carried on to
// the next, every word of it shown.
TEST(ChronologyPdf, RunsOnAcrossNumberedLandscapePagesCuttingNoText) {
  std::string long_event;
  for (int word = 1; word <= 900; ++word) long_event += "word" + std::to_string(word) + " ";
  MergedChronologyView view = view_of(120, "Home visit");
  view.rows[60].entry.event = long_event + "the end";
  auto pdf = documents::merged_chronology_pdf(view);
  ASSERT_TRUE(pdf.ok()) << pdf.error().message;
  const auto information = testing_support::pdf_information(pdf.value());
  const int pages = std::stoi(information.at("Pages"));
  EXPECT_GE(pages, 4);
  EXPECT_NE(information.at("Page size").find("841.89 x 595.28"), std::string::npos)
      << information.at("Page size");
  const std::string text = testing_support::pdf_text(pdf.value());
  for (const std::string& expected :
       {std::string("Page 1 of "), "Page " + std::to_string(pages) + " of " + std::to_string(pages),
        std::string("Home visit 1 "), std::string("Home visit 120"), std::string("word1 "),
        std::string("word450 "), std::string("word900 the end")})
    EXPECT_NE(text.find(expected), std::string::npos) << expected;
  const std::string structure = testing_support::poppler_output(pdf.value(), "pdfinfo -struct");
  EXPECT_NE(structure.find("H1"), std::string::npos) << structure.substr(0, 2000);
  EXPECT_NE(structure.find("Table"), std::string::npos);
  EXPECT_NE(structure.find("TH"), std::string::npos);
}

TEST(ChronologyPdf, SaysSoWhenNoAgencyHasSubmitted) {
  auto pdf = documents::merged_chronology_pdf(view_of(0, ""));
  ASSERT_TRUE(pdf.ok()) << pdf.error().message;
  const std::string text = testing_support::pdf_text(pdf.value());
  EXPECT_NE(text.find("No agency has submitted its chronology yet."), std::string::npos) << text;
  EXPECT_NE(text.find("Page 1 of 1"), std::string::npos) << text;
}

// Rule CHR-2: the template's first sheet is exactly the importer's header, with nothing below it:
// read back it gives no entry, and its only problem is the empty sheet's, never a column's.
TEST(ChronologyTemplate, TheXlsxTemplateIsTheImportersHeaderAndNothingElse) {
  auto xlsx = chronology_template_xlsx();
  ASSERT_TRUE(xlsx.ok()) << xlsx.error().message;
  auto rows = read_spreadsheet(xlsx.value());
  ASSERT_TRUE(rows.ok()) << rows.error().message;
  ASSERT_EQ(rows.value(), SpreadsheetRows{chronology_template_header()});
  const ChronologyImport empty = chronology_from_rows(rows.value());
  EXPECT_TRUE(empty.entries.empty());
  ASSERT_EQ(empty.problems.size(), 1u);
  EXPECT_EQ(empty.problems[0].row, 2u) << "no problem with the header row";
  EXPECT_EQ(empty.problems[0].message, "Add at least one entry below the header row");

  // The instructions are the second sheet, so the importer never reads them.
  const std::string workbook = zip_part(xlsx.value(), "xl/workbook.xml");
  const std::size_t chronology = workbook.find("name=\"Chronology\"");
  const std::size_t instructions = workbook.find("name=\"Instructions\"");
  ASSERT_NE(chronology, std::string::npos) << workbook;
  ASSERT_NE(instructions, std::string::npos) << workbook;
  EXPECT_LT(chronology, instructions);
  EXPECT_NE(zip_part(xlsx.value(), "xl/sharedStrings.xml").find("c. 2019"), std::string::npos);
}

// Rule CHR-2: filled in with a row, the template imports.
TEST(ChronologyTemplate, TheXlsxTemplateFilledInWithOneRowImports) {
  auto xlsx = chronology_template_xlsx();
  ASSERT_TRUE(xlsx.ok()) << xlsx.error().message;
  auto rows = read_spreadsheet(xlsx.value());
  ASSERT_TRUE(rows.ok());
  SpreadsheetRows filled = rows.value();
  filled.push_back({"May 2021", "", "", "", "GP record", "Child A", "Missed appointment",
                    "Letter sent", "", "Low"});
  const ChronologyImport read = chronology_from_rows(filled);
  ASSERT_TRUE(read.problems.empty()) << read.problems[0].text();
  ASSERT_EQ(read.entries.size(), 1u);
  EXPECT_EQ(read.entries[0].date.text(), "May 2021");
  EXPECT_EQ(read.entries[0].event, "Missed appointment");
  EXPECT_EQ(read.entries[0].significance, "Low");
}

// Rule CHR-2: the CSV template is the header alone; a line added below it imports.
TEST(ChronologyTemplate, TheCsvTemplateIsTheHeaderAndImportsOnceFilledIn) {
  const std::string csv = chronology_template_csv();
  EXPECT_EQ(csv.rfind("\xEF\xBB\xBF", 0), 0u) << "a byte order mark, for Excel";
  auto rows = read_spreadsheet(csv);
  ASSERT_TRUE(rows.ok()) << rows.error().message;
  ASSERT_EQ(rows.value(), SpreadsheetRows{chronology_template_header()});
  auto empty = read_chronology_file(csv);
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE(empty.value().entries.empty());
  ASSERT_EQ(empty.value().problems.size(), 1u);
  EXPECT_EQ(empty.value().problems[0].row, 2u);

  auto filled =
      read_chronology_file(csv + "?12/05/2021,09:15,,,Police record,,Welfare check,,,\r\n");
  ASSERT_TRUE(filled.ok()) << filled.error().message;
  ASSERT_TRUE(filled.value().problems.empty()) << filled.value().problems[0].text();
  ASSERT_EQ(filled.value().entries.size(), 1u);
  EXPECT_EQ(filled.value().entries[0].date.text(), "12 May 2021 (uncertain)");
  EXPECT_EQ(filled.value().entries[0].source, "Police record");
}

INSTANTIATE_TEST_SUITE_P(Engines, ChronologyDocuments,
                         ::testing::ValuesIn(testing_support::test_engines()));

}  // namespace
}  // namespace casereview
