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
            "The outline must be 5000 characters or fewer");
  EXPECT_EQ(too_long("Name", limits::name), "Name must be 200 characters or fewer");
}

}  // namespace
}  // namespace casereview
