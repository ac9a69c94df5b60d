// Findings (domain/finding.hpp, Rule RPT-1) and recommendations (domain/recommendation.hpp,
// Rule RPT-2): what each needs, each problem named on its field, and the overload warning.
#include "domain/finding.hpp"

#include <gtest/gtest.h>

#include "domain/recommendation.hpp"

namespace casereview {
namespace {

std::vector<std::string> fields_of(const Error& error) {
  std::vector<std::string> fields;
  for (const FieldError& field : error.fields) fields.push_back(field.field);
  return fields;
}

FindingText complete_finding() {
  return {.title = "  Escalation between agencies  ",
          .kind = "process",
          .text = "Concerns were raised **three times** before a strategy discussion.",
          .episode_ids = {7, 2, 7},
          .agency_ids = {4, 1}};
}

// Rule RPT-1: the kind of issue and the episodes that evidence it, trimmed, ids ascending.
TEST(Finding, AcceptsACompleteFinding) {
  auto finding = finding_from_text(complete_finding());
  ASSERT_TRUE(finding.ok()) << finding.error().message;
  EXPECT_EQ(finding.value().title, "Escalation between agencies");
  EXPECT_EQ(finding.value().kind, FindingKind::process);
  EXPECT_EQ(finding.value().episode_ids, (std::vector<Id>{2, 7}));
  EXPECT_EQ(finding.value().agency_ids, (std::vector<Id>{1, 4}));
}

// Rule RPT-1: a finding that concerns the partnership as a whole names no agency.
TEST(Finding, NeedsNoAgency) {
  FindingText text = complete_finding();
  text.kind = "systemic";
  text.agency_ids.clear();
  auto finding = finding_from_text(text);
  ASSERT_TRUE(finding.ok()) << finding.error().message;
  EXPECT_TRUE(finding.value().agency_ids.empty());
}

// Rule RPT-1: each of the four kinds by name, and nothing else.
TEST(Finding, KnowsTheFourKinds) {
  for (FindingKind kind : all_finding_kinds)
    EXPECT_EQ(finding_kind_from_name(finding_kind_name(kind)), kind);
  EXPECT_EQ(finding_kind_text(FindingKind::systemic), "Systemic");
  EXPECT_FALSE(finding_kind_from_name("Practice").has_value());
}

// Rule RPT-1: every missing part named on its field at once.
TEST(Finding, NamesEveryMissingPart) {
  auto finding = finding_from_text({.title = " ", .kind = "blame", .text = "", .episode_ids = {}});
  ASSERT_FALSE(finding.ok());
  EXPECT_EQ(fields_of(finding.error()),
            (std::vector<std::string>{"title", "kind", "text", "episode_ids"}));
}

TEST(Finding, RefusesTooLongATitleOrText) {
  FindingText text = complete_finding();
  text.title = std::string(limits::finding_title + 1, 'a');
  text.text = std::string(limits::finding_text + 1, 'a');
  auto finding = finding_from_text(text);
  ASSERT_FALSE(finding.ok());
  EXPECT_EQ(fields_of(finding.error()), (std::vector<std::string>{"title", "text"}));
  EXPECT_EQ(finding.error().fields[0].message,
            "The title of the finding must be 200 characters or fewer");
}

// Rule RPT-2: linked to findings and addressed to the partnership, agencies, or both.
TEST(Recommendation, AcceptsOneAddressedToAgencies) {
  auto recommendation = recommendation_from_text(
      {.text = " Agree an escalation route. ", .finding_ids = {3, 1, 3}, .agency_ids = {5}});
  ASSERT_TRUE(recommendation.ok()) << recommendation.error().message;
  EXPECT_EQ(recommendation.value().text, "Agree an escalation route.");
  EXPECT_EQ(recommendation.value().finding_ids, (std::vector<Id>{1, 3}));
  EXPECT_FALSE(recommendation.value().to_partnership);
  EXPECT_EQ(recommendation.value().agency_ids, (std::vector<Id>{5}));
}

// Rule RPT-2: no finding, no one addressed, no text: each named.
TEST(Recommendation, NamesEveryMissingPart) {
  auto recommendation = recommendation_from_text({.text = "", .finding_ids = {}});
  ASSERT_FALSE(recommendation.ok());
  EXPECT_EQ(fields_of(recommendation.error()),
            (std::vector<std::string>{"text", "finding_ids", "addressed_to"}));
  EXPECT_TRUE(recommendation_from_text(
                  {.text = "Review the policy.", .finding_ids = {1}, .to_partnership = true})
                  .ok());
}

// Rule ACT-1: a rapid review's learning answers no findings (it has none), so it needs none and
// may name none; it is addressed to someone all the same.
TEST(Recommendation, FromARapidReviewAnswersNoFindings) {
  auto learning = recommendation_from_text({.source = RecommendationSource::rapid_review,
                                            .text = "Share safety plans.",
                                            .to_partnership = true});
  ASSERT_TRUE(learning.ok()) << learning.error().message;
  EXPECT_EQ(learning.value().source, RecommendationSource::rapid_review);
  EXPECT_TRUE(learning.value().finding_ids.empty());
  auto with_findings = recommendation_from_text({.source = RecommendationSource::rapid_review,
                                                 .text = "Share safety plans.",
                                                 .finding_ids = {1},
                                                 .agency_ids = {2}});
  ASSERT_FALSE(with_findings.ok());
  EXPECT_EQ(fields_of(with_findings.error()), std::vector<std::string>{"finding_ids"});
  auto unaddressed = recommendation_from_text(
      {.source = RecommendationSource::rapid_review, .text = "Share safety plans."});
  ASSERT_FALSE(unaddressed.ok());
  EXPECT_EQ(fields_of(unaddressed.error()), std::vector<std::string>{"addressed_to"});
  for (RecommendationSource source :
       {RecommendationSource::review, RecommendationSource::rapid_review})
    EXPECT_EQ(recommendation_source_from_name(recommendation_source_name(source)), source);
  EXPECT_FALSE(recommendation_source_from_name("Review").has_value());
}

// Rule RPT-2: more than the setting is a warning; up to it, none.
TEST(Recommendation, WarnsOnlyAboveTheSetting) {
  EXPECT_FALSE(recommendation_overload_warning(10, 10).has_value());
  const auto warning = recommendation_overload_warning(11, 10);
  ASSERT_TRUE(warning.has_value());
  EXPECT_NE(warning->find("11 recommendations, more than the 10"), std::string::npos);
  EXPECT_TRUE(recommendation_overload_warning(4, 3).has_value());
}

}  // namespace
}  // namespace casereview
