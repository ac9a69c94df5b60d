// A case with an appointed reviewer, and the steps of publishing it (issue 14), for the tests of
// publication, the learning library, the 7-minute briefing and withdrawal.
#pragma once

#include "app/library/publication.hpp"
#include "app/review_fixture.hpp"
#include "app/reviews/report_final.hpp"
#include "app/reviews/report_versions.hpp"

namespace casereview {

class PublicationTest : public AppointedReviewTest {
 protected:
  Status decide(const std::string& decision, const std::string& reason = "") {
    auto decided = decide_publication(context(), as(committee), case_id,
                                      {.decision = decision,
                                       .reason = reason,
                                       .planned_on = today().add_days(30).to_iso_string()});
    if (!decided) return decided.error();
    return ok_status();
  }

  void send_all_copies(int days_ago_sent) {
    for (const char* recipient : {"panel", "secretary_of_state", "ofsted"}) {
      Status sent =
          record_advance_copy(context(), as(manager), case_id,
                              {.recipient = recipient, .sent_on = days_ago(days_ago_sent)});
      ASSERT_TRUE(sent.ok()) << sent.error().message;
    }
  }

  void write_entry(const std::string& learning) {
    auto saved = save_library_entry(context(), as(manager), case_id,
                                    {.title = "Child A: what the review found",
                                     .summary = "A child was harmed; agencies did not share what "
                                                "they knew.",
                                     .learning = learning,
                                     .theme_slugs = {"information-sharing", "neglect"},
                                     .keywords = {"referrals"},
                                     .age_band = AgeBand::age_5_to_10});
    ASSERT_TRUE(saved.ok()) << saved.error().message;
  }

  void mark_final(const std::string& text) {
    ASSERT_TRUE(write_report_version(context(), as(reviewer), case_id, text).ok());
    ASSERT_TRUE(mark_report_final(context(), as(committee), case_id, {.version = 1}).ok());
  }

  // Every gate passed and published today, with the report: the library entry's id.
  Id publish_with_report(const std::string& report = "## Summary\n\nThe review of Child A.") {
    EXPECT_TRUE(decide("publish").ok());
    mark_final(report);
    write_entry("Agencies held pieces of the picture.");
    send_all_copies(20);
    EXPECT_TRUE(run_anonymisation_check(context(), as(manager), case_id).ok());
    auto published = publish_review(context(), as(manager), case_id);
    EXPECT_TRUE(published.ok()) << published.error().message;
    return published.ok() ? published.value().library_id : 0;
  }

  std::string publish_refusal() {
    auto published = publish_review(context(), as(manager), case_id);
    EXPECT_FALSE(published.ok());
    return published.ok() ? "" : published.error().message;
  }
};

}  // namespace casereview
