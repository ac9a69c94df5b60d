// The small text helpers of domain/text.hpp that have no other home for their tests.
#include "domain/text.hpp"

#include <gtest/gtest.h>

namespace casereview {
namespace {

TEST(Text, ListedInWordsJoinsTheLastTwoWithAnd) {
  EXPECT_EQ(listed_in_words({}), "");
  EXPECT_EQ(listed_in_words({"Police"}), "Police");
  EXPECT_EQ(listed_in_words({"Police", "Health"}), "Police and Health");
  EXPECT_EQ(listed_in_words({"Local authority", "Police", "Health"}),
            "Local authority, Police and Health");
}

}  // namespace
}  // namespace casereview
