// A chronology request's life (domain/chronology_request.hpp, Rule CHR-1 and Rule CHR-2): entries
// change only until submission, a submission has entries or says "no involvement", and only a
// submitted chronology is returned, with a reason.
#include "domain/chronology_request.hpp"

#include <gtest/gtest.h>

namespace casereview {
namespace {

ChronologyRequest in_status(ChronologyStatus status) {
  ChronologyRequest request;
  request.status = status;
  return request;
}

// Rule CHR-2: a submitted chronology is locked; a returned one is open again.
TEST(ChronologyRequest, EntriesChangeOnlyWhileNotSubmitted) {
  EXPECT_TRUE(check_chronology_editable(in_status(ChronologyStatus::requested)));
  EXPECT_TRUE(check_chronology_editable(in_status(ChronologyStatus::returned)));
  const Status locked = check_chronology_editable(in_status(ChronologyStatus::submitted));
  ASSERT_FALSE(locked);
  EXPECT_EQ(locked.error().code, ErrorCode::wrong_state);
}

// Rule CHR-2: "no involvement with the child or family" is a valid return.
TEST(ChronologyRequest, SubmissionHasEntriesOrSaysNoInvolvement) {
  const ChronologyRequest open = in_status(ChronologyStatus::requested);
  EXPECT_TRUE(check_chronology_submission(open, 3, Involvement::involved));
  EXPECT_TRUE(check_chronology_submission(open, 0, Involvement::no_involvement));
  EXPECT_TRUE(
      check_chronology_submission(in_status(ChronologyStatus::returned), 1, Involvement::involved));

  const Status empty = check_chronology_submission(open, 0, Involvement::involved);
  ASSERT_FALSE(empty);
  EXPECT_EQ(empty.error().code, ErrorCode::invalid_input);
  EXPECT_EQ(empty.error().fields.front().field, "no_involvement");
  const Status both = check_chronology_submission(open, 2, Involvement::no_involvement);
  ASSERT_FALSE(both);
  EXPECT_EQ(both.error().fields.front().field, "no_involvement");

  const Status again =
      check_chronology_submission(in_status(ChronologyStatus::submitted), 1, Involvement::involved);
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::wrong_state);
}

// Rule CHR-1: returned through the system, with the reason.
TEST(ChronologyRequest, OnlyASubmittedChronologyIsReturnedAndAlwaysWithAReason) {
  const ChronologyRequest submitted = in_status(ChronologyStatus::submitted);
  EXPECT_TRUE(check_chronology_return(submitted, "Dates in rows 3 to 5 are the wrong year"));

  const Status blank = check_chronology_return(submitted, "  ");
  ASSERT_FALSE(blank);
  EXPECT_EQ(blank.error().fields.front().field, "reason");
  EXPECT_EQ(blank.error().fields.front().message, "Enter the reason for returning the chronology");
  const Status long_reason =
      check_chronology_return(submitted, std::string(chronology_note_limit + 1, 'x'));
  ASSERT_FALSE(long_reason);
  EXPECT_EQ(long_reason.error().fields.front().message,
            "The reason must be 5,000 characters or fewer");

  for (ChronologyStatus status : {ChronologyStatus::requested, ChronologyStatus::returned}) {
    const Status refused = check_chronology_return(in_status(status), "A reason");
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::wrong_state);
  }
}

TEST(ChronologyRequest, StatusesAndVerdictsReadBackFromTheirNames) {
  for (ChronologyStatus status : all_chronology_statuses)
    EXPECT_EQ(chronology_status_from_name(chronology_status_name(status)), status);
  EXPECT_FALSE(chronology_status_from_name("draft"));
  for (DuplicateVerdict verdict : all_duplicate_verdicts)
    EXPECT_EQ(duplicate_verdict_from_name(duplicate_verdict_name(verdict)), verdict);
  EXPECT_EQ(duplicate_verdict_name(DuplicateVerdict::same_event), "same");
  EXPECT_FALSE(duplicate_verdict_from_name("maybe"));
}

}  // namespace
}  // namespace casereview
