// One page of a list paged in the database (domain/paging.hpp): the page asked for within the
// pages there are, and where it starts.
#include "domain/paging.hpp"

#include <gtest/gtest.h>

namespace casereview {
namespace {

TEST(Paging, ThePageAskedForWithinThePagesThereAreAndWhereItStarts) {
  const PageWindow third = page_window(3, 45, 20);
  EXPECT_EQ(third.page, 3);
  EXPECT_EQ(third.page_count, 3);
  EXPECT_EQ(third.offset, 40);
  EXPECT_EQ(page_window(9, 45, 20).page, 3) << "beyond the last gives the last";
  EXPECT_EQ(page_window(0, 45, 20).page, 1) << "below the first gives the first";
  EXPECT_EQ(page_window(2, 40, 20).page_count, 2) << "a full last page adds none";
  const PageWindow empty = page_window(1, 0, 20);
  EXPECT_EQ(empty.page_count, 1);
  EXPECT_EQ(empty.offset, 0);
}

}  // namespace
}  // namespace casereview
