// CSV downloads (domain/csv.hpp): RFC 4180 quoting and the guard against formula injection.
#include "domain/csv.hpp"

#include <gtest/gtest.h>

namespace casereview {
namespace {

TEST(Csv, QuotesCellsThatNeedItAndDisarmsFormulas) {
  EXPECT_EQ(csv_cell("NBP-2026-001"), "NBP-2026-001");
  EXPECT_EQ(csv_cell("Child A, Child B"), "\"Child A, Child B\"");
  EXPECT_EQ(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csv_cell("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(csv_cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
  EXPECT_EQ(csv_cell("+1"), "'+1");
  EXPECT_EQ(csv_cell("-2+3"), "'-2+3");
  EXPECT_EQ(csv_cell("-"), "'-");
  EXPECT_EQ(csv_cell("-1e5"), "'-1e5");
  EXPECT_EQ(csv_cell("-2."), "'-2.");
  EXPECT_EQ(csv_cell("-.5"), "'-.5");
  EXPECT_EQ(csv_cell("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(csv_line({"a", "b,c", ""}), "a,\"b,c\",\r\n");
}

// A number stays a number: "2 working days overdue" is -2 in a download, not the text '-2.
TEST(Csv, LeavesPlainNumbersAloneNegativeOrDecimal) {
  EXPECT_EQ(csv_cell("-2"), "-2");
  EXPECT_EQ(csv_cell("-0.25"), "-0.25");
  EXPECT_EQ(csv_cell("3.5"), "3.5");
  EXPECT_EQ(csv_cell("17"), "17");
}

}  // namespace
}  // namespace casereview
