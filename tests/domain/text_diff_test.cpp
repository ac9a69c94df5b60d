// Line differences (domain/text_diff.hpp, Rule RPT-1: any two versions of the report compared):
// the lines shared and changed, the unified difference as diff(1) writes it, and the side-by-side
// rows.
#include "domain/text_diff.hpp"

#include <gtest/gtest.h>

namespace casereview {
namespace {

std::string kinds(const std::vector<DiffLine>& lines) {
  std::string text;
  for (const DiffLine& line : lines)
    text += line.kind == DiffKind::same ? '=' : line.kind == DiffKind::removed ? '-' : '+';
  return text;
}

TEST(TextDiff, FindsTheSharedAndChangedLines) {
  const auto lines = diff_lines("a\nb\nc\nd\n", "a\nc\nx\nd");
  EXPECT_EQ(kinds(lines), "=-=+=");
  EXPECT_EQ(lines[1].text, "b");
  EXPECT_EQ(lines[1].old_line, 2);
  EXPECT_EQ(lines[1].new_line, 0);
  EXPECT_EQ(lines[3].text, "x");
  EXPECT_EQ(lines[3].new_line, 3);
  EXPECT_EQ(lines[4].old_line, 4);
  EXPECT_EQ(lines[4].new_line, 4);
  EXPECT_TRUE(has_changes(lines));
}

TEST(TextDiff, SameTextsHaveNoChangesWhateverTheirLineEndings) {
  const auto lines = diff_lines("one\r\ntwo\r\n", "one\ntwo");
  EXPECT_EQ(kinds(lines), "==");
  EXPECT_FALSE(has_changes(lines));
  EXPECT_EQ(unified_diff(lines, "Version 1", "Version 2"), "");
}

TEST(TextDiff, PutsRemovedLinesBeforeAddedOnesInAChange) {
  EXPECT_EQ(kinds(diff_lines("a\nold\nz", "a\nnew\nz")), "=-+=");
  EXPECT_EQ(kinds(diff_lines("", "a\nb")), "++");
  EXPECT_EQ(kinds(diff_lines("a\nb", "")), "--");
}

// The unified difference of diff -u: three lines of context, hunks joined when close.
TEST(TextDiff, WritesTheUnifiedDifference) {
  const std::string before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n";
  const std::string after = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\n";
  EXPECT_EQ(unified_diff(diff_lines(before, after), "Version 1", "Version 2"),
            "--- Version 1\n+++ Version 2\n"
            "@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n"
            "@@ -13,3 +13,4 @@\n 13\n 14\n 15\n+16\n");
}

TEST(TextDiff, StartsAnEmptySideAtTheLineBefore) {
  const auto hunks = diff_hunks(diff_lines("a\nb\nc", "a\nb\nx\nc"), 0);
  ASSERT_EQ(hunks.size(), 1u);
  EXPECT_EQ(hunks[0].old_start, 2);
  EXPECT_EQ(hunks[0].old_count, 0);
  EXPECT_EQ(hunks[0].new_start, 3);
  EXPECT_EQ(hunks[0].new_count, 1);
}

TEST(TextDiff, PairsChangedLinesSideBySide) {
  const auto rows = side_by_side(diff_lines("a\nb\nc\nz", "a\nB\nz"));
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0].left->text, "a");
  EXPECT_EQ(rows[0].right->text, "a");
  EXPECT_EQ(rows[1].left->text, "b");
  EXPECT_EQ(rows[1].right->text, "B");
  EXPECT_EQ(rows[2].left->text, "c");
  EXPECT_FALSE(rows[2].right.has_value());
  EXPECT_EQ(rows[3].left->text, "z");
}

// A middle too large to compare line by line is still a true difference: all removed, all added.
TEST(TextDiff, ShowsAHugeMiddleAsRemovedThenAdded) {
  std::string before;
  std::string after;
  for (int line = 0; line < 2500; ++line) {
    before += "old " + std::to_string(line) + "\n";
    after += "new " + std::to_string(line) + "\n";
  }
  const auto lines = diff_lines(before, after);
  ASSERT_EQ(lines.size(), 5000u);
  EXPECT_EQ(lines.front().kind, DiffKind::removed);
  EXPECT_EQ(lines.back().kind, DiffKind::added);
}

}  // namespace
}  // namespace casereview
