// The final report (app/reviews/report_final.hpp, Rule RPT-3, Rule SIGN-1) on both engines: the
// committee marks a version final with the partnership's response (never before there is a
// version); each partner's signatory signs it off once with a current authenticator code; another
// version or a changed response after sign-off is refused unless it clears the sign-offs; the
// document holds the version, its numbered findings and recommendations.
#include <gtest/gtest.h>

#include "app/review_fixture.hpp"
#include "app/reviews/findings.hpp"
#include "app/reviews/key_practice_episodes.hpp"
#include "app/reviews/report_final.hpp"
#include "app/reviews/report_versions.hpp"

namespace casereview {
namespace {

class ReportFinalUseCases : public ReviewedCaseTest {
 protected:
  void SetUp() override {
    ReviewedCaseTest::SetUp();
    // The signatories used this time step's code signing the rapid review off.
    clock_.advance(std::chrono::seconds(security::totp_period_seconds));
  }

  void write_versions(int count) {
    for (int number = 1; number <= count; ++number) {
      auto saved = write_report_version(context(), as(reviewer), case_id,
                                        "## Summary\n\nDraft " + std::to_string(number) + ".");
      ASSERT_TRUE(saved.ok()) << saved.error().message;
    }
  }

  FinalMarked mark(int version, const std::string& response, bool clear = false) {
    auto marked = mark_report_final(
        context(), as(committee), case_id,
        {.version = version, .partnership_response = response, .clear_sign_offs = clear});
    EXPECT_TRUE(marked.ok()) << marked.error().message;
    return marked.ok() ? marked.value() : FinalMarked{};
  }

  Status sign_as(const Account& signatory, const std::string& code) {
    return sign_off_report(context(), as(signatory), case_id, {.totp_code = code});
  }

  ReportFinal final_now() {
    auto report = view_final_report(context(), as(manager), case_id);
    EXPECT_TRUE(report.ok() && report.value().final);
    return report.ok() && report.value().final ? *report.value().final : ReportFinal{};
  }
};

// Rule RPT-3: a chosen version, with the partnership's response; not before there is a version.
TEST_P(ReportFinalUseCases, TheCommitteeMarksAVersionFinalWithThePartnershipsResponse) {
  auto too_soon = mark_report_final(context(), as(committee), case_id, {.version = 1});
  EXPECT_EQ(too_soon.error().code, ErrorCode::wrong_state);
  write_versions(2);
  auto missing = mark_report_final(context(), as(committee), case_id, {.version = 5});
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(fields_of(missing.error()), std::vector<std::string>{"version"});
  EXPECT_EQ(mark_report_final(context(), as(reviewer), case_id, {.version = 2}).error().code,
            ErrorCode::forbidden);
  EXPECT_EQ(mark_report_final(context(), as(south_manager), case_id, {.version = 2}).error().code,
            ErrorCode::not_found);
  EXPECT_EQ(mark(2, "  The partnership accepts every recommendation.  ").final.version_number, 2);

  auto report = view_final_report(context(), as(reviewer), case_id);
  ASSERT_TRUE(report.ok()) << report.value().case_reference;
  ASSERT_TRUE(report.value().final);
  EXPECT_EQ(report.value().final->partnership_response,
            "The partnership accepts every recommendation.");
  EXPECT_EQ(report.value().version.text, "## Summary\n\nDraft 2.");
  EXPECT_EQ(report.value().version_count, 2);
  EXPECT_FALSE(report.value().can_mark);
  EXPECT_TRUE(view_final_report(context(), as(committee), case_id).value().can_mark);
}

// Rule RPT-3, Rule SIGN-1: each partner once, with a current code; a wrong code is audited.
TEST_P(ReportFinalUseCases, EachPartnerSignsTheFinalOffOnceWithACurrentCode) {
  EXPECT_EQ(sign_as(la_signatory, authenticator_code()).error().code, ErrorCode::wrong_state);
  write_versions(1);
  const ReportFinal marked = mark(1, "").final;
  Status wrong = sign_as(la_signatory, "000000");
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(fields_of(wrong.error()), std::vector<std::string>{"totp_code"});
  EXPECT_EQ(audit_entries(audit_action::sign_off_report, audit_outcome::failure).size(), 1U);
  // A signatory who read the final before it was marked again must read it again.
  EXPECT_EQ(sign_off_report(
                context(), as(la_signatory), case_id,
                {.totp_code = authenticator_code(), .final_marked_at = "2020-01-01T00:00:00Z"})
                .error()
                .code,
            ErrorCode::wrong_state);
  ASSERT_TRUE(sign_off_report(context(), as(la_signatory), case_id,
                              {.totp_code = authenticator_code(),
                               .final_marked_at = format_instant(marked.marked_at)})
                  .ok());
  EXPECT_EQ(sign_as(la_signatory, authenticator_code(1)).error().code, ErrorCode::wrong_state);
  EXPECT_FALSE(report_signed_off(final_now()));
  ASSERT_TRUE(sign_as(police_signatory, authenticator_code()).ok());
  ASSERT_TRUE(sign_as(health_signatory, authenticator_code()).ok());
  const ReportFinal signed_off = final_now();
  EXPECT_TRUE(report_signed_off(signed_off));
  ASSERT_EQ(signed_off.sign_offs.size(), 3U);
  EXPECT_EQ(signed_off.sign_offs[0].partner, StatutoryPartner::local_authority);
  EXPECT_EQ(signed_off.sign_offs[0].name, la_signatory.user.name);
  EXPECT_EQ(sign_as(manager, authenticator_code()).error().code, ErrorCode::forbidden);
  auto to_sign = final_reports_to_sign(context(), as(police_signatory), 1);
  ASSERT_TRUE(to_sign.ok());
  ASSERT_EQ(to_sign.value().total, 1);
  EXPECT_TRUE(to_sign.value().rows[0].signed_by_partner);
}

// Rule RPT-3: changing the final after sign-off clears the sign-offs, and only when asked to.
TEST_P(ReportFinalUseCases, ChangingTheFinalAfterSignOffClearsTheSignOffsOnlyWhenAsked) {
  write_versions(2);
  mark(1, "Accepted.");
  ASSERT_TRUE(sign_as(la_signatory, authenticator_code()).ok());
  ASSERT_TRUE(sign_as(police_signatory, authenticator_code()).ok());
  // The same version and response again changes nothing partners signed.
  EXPECT_EQ(mark(1, "Accepted.").sign_offs_cleared, 0);
  EXPECT_EQ(final_now().sign_offs.size(), 2U);
  auto silent = mark_report_final(context(), as(committee), case_id,
                                  {.version = 2, .partnership_response = "Accepted."});
  EXPECT_EQ(silent.error().code, ErrorCode::wrong_state);
  auto reworded = mark_report_final(context(), as(committee), case_id,
                                    {.version = 1, .partnership_response = "Accepted in part."});
  EXPECT_EQ(reworded.error().code, ErrorCode::wrong_state);
  EXPECT_EQ(final_now().version_number, 1);
  EXPECT_EQ(final_now().sign_offs.size(), 2U);
  const FinalMarked changed = mark(2, "Accepted.", true);
  EXPECT_EQ(changed.sign_offs_cleared, 2);
  EXPECT_TRUE(changed.final.sign_offs.empty());
  EXPECT_EQ(final_now().version_number, 2);
  ASSERT_TRUE(sign_as(la_signatory, authenticator_code(1)).ok());
}

// Rule RPT-3, Rule RPT-1, Rule RPT-2: the final document holds the case's findings and its
// numbered recommendations.
TEST_P(ReportFinalUseCases, TheFinalDocumentHoldsTheFindingsAndNumberedRecommendations) {
  write_versions(1);
  mark(1, "");
  const Id finding_id = evidenced_finding({police.id});
  ASSERT_NE(finding_id, 0);
  for (const char* text : {"Agree an escalation route.", "Audit the route in a year."})
    ASSERT_TRUE(
        add_recommendation(context(), as(reviewer), case_id,
                           {.text = text, .finding_ids = {finding_id}, .to_partnership = true})
            .ok());
  auto report = final_report_for_sign_off(context(), as(health_signatory), case_id);
  ASSERT_TRUE(report.ok()) << report.error().message;
  ASSERT_EQ(report.value().report.findings.size(), 1U);
  EXPECT_EQ(report.value().report.findings[0].title, "Escalation");
  ASSERT_EQ(report.value().report.recommendations.size(), 2U);
  EXPECT_EQ(report.value().report.recommendations[1].number, 2);
  EXPECT_EQ(report.value().report.agency_name(police.id), police.name);
  EXPECT_TRUE(report.value().can_sign);
}

INSTANTIATE_TEST_SUITE_P(Engines, ReportFinalUseCases,
                         ::testing::ValuesIn(testing_support::test_engines()));

}  // namespace
}  // namespace casereview
