// The review's values (domain/review_model.hpp): the methodologies a partnership offers when it
// commissions a review (Rule REV-1), from its setting or the default list, and the check of an
// edited list.
#include "domain/review_model.hpp"

#include <gtest/gtest.h>

namespace casereview {
namespace {

// Rule REV-1: with nothing stored, the default list; with a list stored, that list, line by line.
TEST(ReviewMethodologies, TheStoredListOrTheDefaultIsOffered) {
  EXPECT_EQ(offered_methodologies({}), (std::vector<std::string>{"SCIE Learning Together", "SILP",
                                                                 "Practitioner learning event"}));
  EXPECT_EQ(offered_methodologies({{review_methodologies_key, "Appreciative inquiry\nSILP"}}),
            (std::vector<std::string>{"Appreciative inquiry", "SILP"}));
  EXPECT_EQ(offered_methodologies({{review_methodologies_key, "\n \n"}}).size(), 3u);
}

// Rule REV-1: an edited list keeps its order, drops blank lines, spaces and repeats, and refuses
// an empty list, a name too long and "Other" (always offered).
TEST(ReviewMethodologies, AnEditedListIsCheckedAndStoredOneALine) {
  auto stored = check_review_methodologies("  SILP \r\n\nAppreciative inquiry\nSILP\n");
  ASSERT_TRUE(stored.ok());
  EXPECT_EQ(stored.value(), "SILP\nAppreciative inquiry");

  auto empty = check_review_methodologies(" \n ");
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().fields.at(0).field, "review_methodologies");
  EXPECT_EQ(empty.error().fields.at(0).message, "Enter at least one methodology");
  EXPECT_FALSE(check_review_methodologies(std::string(101, 'x')).ok());
  EXPECT_TRUE(check_review_methodologies(std::string(100, 'x')).ok());
  auto other = check_review_methodologies("SILP\nOther");
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(other.error().fields.at(0).message, "Remove \"Other\": it is always offered");
}

}  // namespace
}  // namespace casereview
