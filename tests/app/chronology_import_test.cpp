// Importing chronologies from spreadsheets (issue 11, Rule CHR-2; app/documents/chronology_import):
// files that LibreOffice wrote (tests/app/fixtures, see its README) in all three formats, with the
// columns in any order and case, and the all-or-nothing rule: one bad row and nothing is given,
// with every problem listed by row and column.
#include "app/documents/chronology_import.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "support/fixture_files.hpp"

namespace casereview {
namespace {

std::string fixture(const std::string& name) { return testing_support::app_fixture(name); }

std::vector<std::string> texts(const std::vector<ImportProblem>& problems) {
  std::vector<std::string> written;
  for (const ImportProblem& problem : problems) written.push_back(problem.text());
  return written;
}

class ChronologyImportOfFile : public testing::TestWithParam<std::string> {};

// Rule CHR-2: dates as written (a typed date, a month, an uncertain day, a circa year), with the
// header's columns in another order and case, the empty row skipped.
TEST_P(ChronologyImportOfFile, ReadsEveryColumnWhateverItsOrderAndCase) {
  Result<ChronologyImport> read = read_chronology_file(fixture("chronology-import." + GetParam()));
  ASSERT_TRUE(read) << read.error().fields.front().message;
  EXPECT_TRUE(read.value().problems.empty())
      << testing::PrintToString(texts(read.value().problems));
  const std::vector<ChronologyEntry>& entries = read.value().entries;
  ASSERT_EQ(entries.size(), 4u);

  EXPECT_EQ(entries[0].date.text(), "12 May 2021");
  ASSERT_TRUE(entries[0].time);
  EXPECT_EQ(entries[0].time->text(), "14:30");
  EXPECT_EQ(entries[0].sequence, 1);
  EXPECT_EQ(entries[0].source, "GP record");
  EXPECT_EQ(entries[0].subject, "Child A");
  EXPECT_EQ(entries[0].event, "Home visit; mother said \"tired\", 2 children seen");
  EXPECT_EQ(entries[0].action, "Referral to early help");
  EXPECT_EQ(entries[0].outcome, "Accepted");
  EXPECT_EQ(entries[0].significance, "High");
  EXPECT_EQ(entries[0].position, 0);

  EXPECT_EQ(entries[1].date.text(), "May 2021");
  EXPECT_EQ(entries[1].date.precision(), DatePrecision::month);
  ASSERT_TRUE(entries[1].end_date);
  EXPECT_EQ(entries[1].end_date->text(), "June 2021");
  EXPECT_FALSE(entries[1].time);
  EXPECT_FALSE(entries[1].sequence);

  EXPECT_EQ(entries[2].date.text(), "12 May 2021 (uncertain)");
  EXPECT_EQ(entries[2].sequence, 2);
  EXPECT_EQ(entries[2].position, 2);
  EXPECT_EQ(entries[3].date.text(), "2019 (uncertain)");
  EXPECT_EQ(entries[3].significance, "Low");
}

// Rule CHR-2: all or nothing — every problem of every row, by row and column, and no entry.
TEST_P(ChronologyImportOfFile, GivesNothingAndEveryProblemWhenAnyRowIsWrong) {
  Result<ChronologyImport> read =
      read_chronology_file(fixture("chronology-import-errors." + GetParam()));
  ASSERT_TRUE(read);
  EXPECT_TRUE(read.value().entries.empty());
  EXPECT_EQ(texts(read.value().problems),
            (std::vector<std::string>{
                "Row 3, start date: enter a real date, like 12/05/2021, May 2021 or 2021",
                "Row 4, Source: enter the source",
                "Row 4, TIME: enter a real time, like 14:30",
                "Row 5, End_Date: the end date must be the same as or after the start date",
                "Row 5, sequence: enter the sequence as a whole number, like 2",
                "Row 6, EVENT: enter the event or contact",
            }));
  ASSERT_FALSE(read.value().problems.empty());
  EXPECT_EQ(read.value().problems.front().row, 3u);
  EXPECT_EQ(read.value().problems.front().column, "start date");
}

INSTANTIATE_TEST_SUITE_P(LibreOfficeFiles, ChronologyImportOfFile,
                         testing::Values("csv", "xlsx", "ods"));

TEST(ChronologyImport, ReadsCsvWithTheShortNamesOfColumns) {
  Result<ChronologyImport> read = read_chronology_file(
      "date,source,event or contact,action taken\n"
      "2021,Police log,Call,Attended\n");
  ASSERT_TRUE(read);
  ASSERT_EQ(read.value().entries.size(), 1u);
  EXPECT_EQ(read.value().entries[0].event, "Call");
  EXPECT_EQ(read.value().entries[0].action, "Attended");
}

TEST(ChronologyImport, RefusesUnknownAndRepeatedColumnsAndNamesTheMissingOnes) {
  Result<ChronologyImport> read = read_chronology_file("Date,Evnet,Date\n2021,Call,2021\n");
  ASSERT_TRUE(read);
  EXPECT_TRUE(read.value().entries.empty());
  EXPECT_EQ(texts(read.value().problems),
            (std::vector<std::string>{
                "Row 1, Evnet: remove this column or name it as one of the template's columns, "
                "like Start date, Source or Event",
                "Row 1, Date: keep only one column for start date",
                "Row 1, Source: add a column named source to the header row",
                "Row 1, Event: add a column named event to the header row",
            }));
}

TEST(ChronologyImport, RefusesASheetWithNoEntries) {
  Result<ChronologyImport> read = read_chronology_file("Start date,Source,Event\n,,\n");
  ASSERT_TRUE(read);
  EXPECT_EQ(
      texts(read.value().problems),
      std::vector<std::string>{"Row 2, Start date: add at least one entry below the header row"});
}

TEST(ChronologyImport, TakesTheTimeFromADateCellThatHoldsOne) {
  Result<ChronologyImport> read =
      read_chronology_file("Start date,Source,Event\n2021-05-12 09:15,GP,Visit\n");
  ASSERT_TRUE(read);
  ASSERT_EQ(read.value().entries.size(), 1u);
  EXPECT_EQ(read.value().entries[0].date.text(), "12 May 2021");
  ASSERT_TRUE(read.value().entries[0].time);
  EXPECT_EQ(read.value().entries[0].time->text(), "09:15");
}

TEST(ChronologyImport, FailsOnTheFileWhenItCannotBeRead) {
  Result<ChronologyImport> read = read_chronology_file("Start date\n\xff\xfe\n");
  ASSERT_FALSE(read);
  EXPECT_EQ(read.error().code, ErrorCode::invalid_input);
  EXPECT_EQ(read.error().fields.front().field, "file");
}

TEST(ChronologyImport, TemplateHeaderNamesEveryColumnInOrder) {
  EXPECT_EQ(chronology_template_header(),
            (std::vector<std::string>{"Start date", "Time", "End date", "Sequence", "Source",
                                      "Subject", "Event", "Action", "Outcome", "Significance"}));
}

}  // namespace
}  // namespace casereview
