// The field-error wording built in one place (domain/messages.hpp), as the GOV.UK Design System
// words it.
#include "domain/messages.hpp"

#include <gtest/gtest.h>

namespace casereview {
namespace {

TEST(Messages, EnterAsksForWhatIsMissing) {
  EXPECT_EQ(enter("your email address"), "Enter your email address");
}

TEST(Messages, TooLongStatesTheLimit) {
  EXPECT_EQ(too_long("The outline", limits::case_outline),
            "The outline must be 5,000 characters or fewer");
  EXPECT_EQ(too_long("Name", limits::name), "Name must be 200 characters or fewer");
}

TEST(Messages, NumbersOver999HaveCommasBetweenGroupsOfThreeDigits) {
  EXPECT_EQ(with_commas(0), "0");
  EXPECT_EQ(with_commas(999), "999");
  EXPECT_EQ(with_commas(1000), "1,000");
  EXPECT_EQ(with_commas(20000), "20,000");
  EXPECT_EQ(with_commas(1234567), "1,234,567");
}

}  // namespace
}  // namespace casereview
