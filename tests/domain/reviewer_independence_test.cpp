// Reviewer independence (Rule REV-4, see domain/reviewer_independence.hpp): refusals for a CSPR,
// exceptions with their reason, warnings for a learning review, and the N-year window.
#include "domain/reviewer_independence.hpp"

#include <gtest/gtest.h>

namespace casereview {
namespace {

CivilDate date(int year, int month, int day) { return *CivilDate::from_ymd(year, month, day); }

const std::vector<AgencyInScope> agencies = {{11, "Northbrook Police"},
                                             {12, "Northbrook Children's Services"}};
const CivilDate appointed_on = date(2026, 3, 1);

DeclaredAffiliation police_until(std::optional<CivilDate> to) {
  return DeclaredAffiliation{11, "Northbrook Police", date(2015, 4, 1), to};
}

TEST(ReviewerIndependence, RefusesACsprReviewerFromAnAgencyInScope) {  // Rule REV-4
  for (ReviewOutcome kind : {ReviewOutcome::local_cspr, ReviewOutcome::national_review}) {
    Result<IndependenceCheck> check = check_reviewer_independence(
        kind, {police_until(date(2023, 3, 31))}, agencies, appointed_on, 5, "");
    ASSERT_FALSE(check.ok());
    EXPECT_EQ(check.error().code, ErrorCode::invalid_input);
    ASSERT_EQ(check.error().fields.size(), 1u);
    EXPECT_EQ(check.error().fields[0].field, "exception_reason");
    EXPECT_EQ(check.error().fields[0].message,
              "The reviewer was affiliated with an agency in scope within 5 years (Northbrook "
              "Police from 1 April 2015 to 31 March 2023): choose another reviewer, or enter the "
              "reason for an exception");
  }
}

TEST(ReviewerIndependence, AppointsWithAnExceptionAndItsReason) {  // Rule REV-4
  Result<IndependenceCheck> check = check_reviewer_independence(
      ReviewOutcome::local_cspr, {police_until(std::nullopt)}, agencies, appointed_on, 5,
      "Only reviewer with the expertise; worked in another district");
  ASSERT_TRUE(check.ok());
  EXPECT_EQ(check.value().verdict, IndependenceVerdict::exception);
  EXPECT_EQ(check.value().exception_reason,
            "Only reviewer with the expertise; worked in another district");
  ASSERT_EQ(check.value().conflicts.size(), 1u);
  EXPECT_EQ(check.value().conflicts[0].description,
            "Northbrook Police from 1 April 2015 (continuing)");
  Result<IndependenceCheck> blank = check_reviewer_independence(
      ReviewOutcome::local_cspr, {police_until(std::nullopt)}, agencies, appointed_on, 5, "  ");
  EXPECT_FALSE(blank.ok());
}

TEST(ReviewerIndependence, OnlyWarnsForALearningReview) {  // Rule REV-4
  Result<IndependenceCheck> check = check_reviewer_independence(
      ReviewOutcome::learning_review, {police_until(std::nullopt)}, agencies, appointed_on, 5, "");
  ASSERT_TRUE(check.ok());
  EXPECT_EQ(check.value().verdict, IndependenceVerdict::warning);
  EXPECT_EQ(check.value().conflicts.size(), 1u);
}

TEST(ReviewerIndependence, IgnoresAffiliationsThatEndedMoreThanNYearsBefore) {  // Rule REV-4
  auto verdict = [](CivilDate ended, int years) {
    Result<IndependenceCheck> check = check_reviewer_independence(
        ReviewOutcome::local_cspr, {police_until(ended)}, agencies, appointed_on, years, "reason");
    return check.ok() ? check.value().verdict : IndependenceVerdict::independent;
  };
  EXPECT_EQ(verdict(date(2021, 3, 1), 5), IndependenceVerdict::exception);  // exactly 5 years
  EXPECT_EQ(verdict(date(2021, 2, 28), 5), IndependenceVerdict::independent);
  EXPECT_EQ(verdict(date(2021, 2, 28), 6), IndependenceVerdict::exception);
  EXPECT_EQ(verdict(date(2023, 2, 28), 2), IndependenceVerdict::independent);
}

TEST(ReviewerIndependence, MatchesAnOrganisationByNameAndIgnoresOthers) {  // Rule REV-4
  std::vector<DeclaredAffiliation> affiliations = {
      {std::nullopt, "northbrook  children's services.", date(2018, 1, 1), std::nullopt},
      {std::nullopt, "Southmoor Police", date(2018, 1, 1), std::nullopt},
      {99, "Northbrook Schools", date(2018, 1, 1), std::nullopt}};
  Result<IndependenceCheck> check = check_reviewer_independence(
      ReviewOutcome::learning_review, affiliations, agencies, appointed_on, 5, "");
  ASSERT_TRUE(check.ok());
  ASSERT_EQ(check.value().conflicts.size(), 1u);
  EXPECT_EQ(check.value().conflicts[0].agency.id, 12);
}

TEST(ReviewerIndependence, FindsAnIndependentReviewerIndependent) {  // Rule REV-4
  Result<IndependenceCheck> check = check_reviewer_independence(
      ReviewOutcome::local_cspr,
      {{std::nullopt, "University of Southmoor", date(2010, 9, 1), std::nullopt}}, agencies,
      appointed_on, 5, "");
  ASSERT_TRUE(check.ok());
  EXPECT_EQ(check.value().verdict, IndependenceVerdict::independent);
  EXPECT_TRUE(check.value().conflicts.empty());
}

TEST(ReviewerIndependence, HasNoReviewerToCheckWithoutAReview) {  // Rule REV-4
  Result<IndependenceCheck> check =
      check_reviewer_independence(ReviewOutcome::no_review, {}, agencies, appointed_on, 5, "");
  ASSERT_FALSE(check.ok());
  EXPECT_EQ(check.error().code, ErrorCode::wrong_state);
}

TEST(ReviewerIndependence, ChecksTheDeclaredAffiliations) {  // Rule REV-4
  Status status =
      check_affiliations({{std::nullopt, "Northbrook Police", date(2018, 1, 1), std::nullopt},
                          {std::nullopt, " ", date(2018, 1, 1), date(2017, 1, 1)}});
  ASSERT_FALSE(status.ok());
  ASSERT_EQ(status.error().fields.size(), 2u);
  EXPECT_EQ(status.error().fields[0].field, "affiliations[1].organisation");
  EXPECT_EQ(status.error().fields[0].message, "Enter the organisation");
  EXPECT_EQ(status.error().fields[1].field, "affiliations[1].to");
  EXPECT_TRUE(check_affiliations({police_until(std::nullopt)}).ok());
}

}  // namespace
}  // namespace casereview
