// Publication and the learning library (app/library/, issue 14) on both engines: the gates of
// publishing in order (Rule PUB-1 decision, Rule PUB-2 advance copies and the earliest date,
// Rule LIB-1 entry, Rule PUB-3 anonymisation check with its dismissals, also of an uploaded DOCX or
// PDF report), the final report sent by email with a link that expires (Rule PUB-2), and the
// public library's search — stemming, ranking, filters with counts that leave their own filter
// out, snippets — giving the same answers on SQLite and PostgreSQL.
#include <gtest/gtest.h>

#include "app/library/advance_copies.hpp"
#include "app/library/learning_library.hpp"
#include "app/publication_fixture.hpp"
#include "support/fixture_files.hpp"
#include "support/poppler.hpp"

namespace casereview {
namespace {

class PublicationUseCases : public PublicationTest {};

// Rule PUB-1: a report not published in full says why; the fields are named.
TEST_P(PublicationUseCases, TheDecisionNeedsAReasonUnlessTheReportIsPublishedInFull) {
  auto bad = decide_publication(context(), as(manager), case_id,
                                {.decision = "hide", .planned_on = "soon"});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(fields_of(bad.error()), (std::vector<std::string>{"decision", "planned_on"}));
  auto no_reason =
      decide_publication(context(), as(manager), case_id,
                         {.decision = "withhold", .planned_on = today().to_iso_string()});
  EXPECT_EQ(fields_of(no_reason.error()), std::vector<std::string>{"reason"});
  EXPECT_FALSE(view_publication(context(), as(manager), case_id).value().publication)
      << "a refused decision changes nothing";
  ASSERT_TRUE(decide("withhold", "Criminal proceedings").ok());
  const auto decided = view_publication(context(), as(manager), case_id).value().publication;
  ASSERT_TRUE(decided);
  EXPECT_EQ(decided->decision, PublicationDecision::withhold);
  EXPECT_EQ(decided->reason, "Criminal proceedings");
}

// Rule PUB-1, Rule PUB-2, Rule PUB-3, Rule LIB-1: each gate refuses in turn, naming what is
// missing, until every one is passed.
TEST_P(PublicationUseCases, PublishingWaitsForEveryGateAndNamesEachOne) {
  EXPECT_EQ(publish_refusal(),
            "Record the publication decision first (publish the report, the improvements only, "
            "or withhold it for now)");
  ASSERT_TRUE(decide("withhold", "Criminal proceedings are under way").ok());
  std::string refused = publish_refusal();
  EXPECT_NE(refused.find("withhold the report for now"), std::string::npos) << refused;

  ASSERT_TRUE(decide("publish").ok());
  refused = publish_refusal();
  EXPECT_NE(refused.find("Mark a version of the report final"), std::string::npos) << refused;
  EXPECT_NE(refused.find("Write the library entry"), std::string::npos) << refused;
  EXPECT_NE(refused.find("Send the final report to the National Panel, the Secretary of State "
                         "and Ofsted"),
            std::string::npos)
      << refused;
  EXPECT_NE(refused.find("Run the anonymisation check"), std::string::npos) << refused;

  mark_final("## Summary\n\nThe review of Child A.");
  write_entry("Agencies held pieces of the picture.");
  send_all_copies(0);
  refused = publish_refusal();
  const std::string earliest =
      day_month_year(*view_publication(context(), as(manager), case_id).value().earliest);
  EXPECT_NE(refused.find("can be published on " + earliest + " at the earliest"), std::string::npos)
      << refused;

  send_all_copies(20);  // corrected: sent four weeks ago
  auto check = run_anonymisation_check(context(), as(manager), case_id);
  ASSERT_TRUE(check.ok()) << check.error().message;
  EXPECT_TRUE(check.value().clear);
  auto published = publish_review(context(), as(manager), case_id);
  ASSERT_TRUE(published.ok()) << published.error().message;
  auto entry = read_library_entry(context(), published.value().library_id);
  ASSERT_TRUE(entry.ok());
  EXPECT_EQ(entry.value().report, "## Summary\n\nThe review of Child A.");
  EXPECT_EQ(entry.value().themes.size(), 2u);
  EXPECT_EQ(publish_review(context(), as(manager), case_id).error().code, ErrorCode::wrong_state)
      << "published once";
}

// Rule PUB-3: the child's names in any case and form, the date of birth, a postcode, a phone
// number; a finding is mended by changing the text or dismissed with a reason that holds.
TEST_P(PublicationUseCases, TheCheckFindsTheChildsNamesAndWaitsForEachFinding) {
  ASSERT_TRUE(decide("improvements_only", "The family asked").ok());
  write_entry(
      "AMELIA's school saw Testchild-Smith often; born 4 May 2019; lived near NB1 2AB; "
      "call 01632 960123.");
  send_all_copies(20);
  auto check = run_anonymisation_check(context(), as(manager), case_id);
  ASSERT_TRUE(check.ok()) << check.error().message;
  EXPECT_FALSE(check.value().clear);
  std::vector<std::string> kinds;
  for (const PublicationFinding& finding : check.value().findings) {
    kinds.push_back(finding.kind);
    EXPECT_EQ(finding.excerpt.find("Amelia"), std::string::npos) << finding.excerpt;
    EXPECT_EQ(finding.excerpt.find("AMELIA"), std::string::npos) << finding.excerpt;
    EXPECT_EQ(finding.excerpt.find("Testchild"), std::string::npos) << finding.excerpt;
    EXPECT_EQ(finding.part, "Learning");
  }
  EXPECT_EQ(kinds,
            (std::vector<std::string>{"name", "name", "date_of_birth", "postcode", "phone"}));
  EXPECT_NE(publish_refusal().find("5 findings of the anonymisation check wait"),
            std::string::npos);

  const Id postcode = check.value().findings[3].id;
  EXPECT_EQ(fields_of(dismiss_finding(context(), as(manager), case_id, postcode, " ").error()),
            std::vector<std::string>{"reason"});
  ASSERT_TRUE(dismiss_finding(context(), as(manager), case_id, postcode,
                              "A fictional code used in training")
                  .ok());
  EXPECT_EQ(dismiss_finding(context(), as(manager), case_id, postcode, "again").error().code,
            ErrorCode::not_found);

  // The names and date mended; the dismissed postcode still there, still dismissed.
  write_entry("The child's school saw her often; lived near NB1 2AB.");
  EXPECT_NE(publish_refusal().find("The text has changed since the anonymisation check"),
            std::string::npos);
  auto again = run_anonymisation_check(context(), as(manager), case_id);
  ASSERT_TRUE(again.ok());
  ASSERT_EQ(again.value().findings.size(), 1u);
  EXPECT_TRUE(again.value().findings[0].dismissed());
  EXPECT_TRUE(again.value().clear);
  auto published = publish_review(context(), as(manager), case_id);
  ASSERT_TRUE(published.ok()) << published.error().message;
  EXPECT_EQ(read_library_entry(context(), published.value().library_id).value().report, "")
      << "improvements only: no report";
}

// Rule PUB-3: an uploaded final report is checked by the text extracted from it — a DOCX and a PDF
// that LibreOffice wrote, with the child's names, date of birth and a postcode planted — and no
// excerpt shows what it found.
TEST_P(PublicationUseCases, TheCheckReadsTheTextOfAnUploadedDocxOrPdfReport) {
  ASSERT_TRUE(decide("publish").ok());
  write_entry("Agencies held pieces of the picture.");
  const std::pair<const char*, const char*> files[] = {
      {"report-planted.docx",
       "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
      {"report-planted.pdf", "application/pdf"}};
  int version = 0;
  for (const auto& [file_name, media_type] : files) {
    auto uploaded =
        upload_report_version(context(), as(reviewer), case_id,
                              {file_name, media_type, testing_support::app_fixture(file_name)});
    ASSERT_TRUE(uploaded.ok()) << uploaded.error().message;
    ASSERT_TRUE(mark_report_final(context(), as(committee), case_id, {.version = ++version}).ok());
    auto check = run_anonymisation_check(context(), as(manager), case_id);
    ASSERT_TRUE(check.ok()) << check.error().message;
    std::vector<std::string> kinds;
    for (const PublicationFinding& finding : check.value().findings) {
      if (finding.part != "The report") continue;
      kinds.push_back(finding.kind);
      EXPECT_EQ(finding.excerpt.find("Amelia"), std::string::npos) << finding.excerpt;
      EXPECT_EQ(finding.excerpt.find("AMELIA"), std::string::npos) << finding.excerpt;
      EXPECT_EQ(finding.excerpt.find("NB1"), std::string::npos) << finding.excerpt;
    }
    EXPECT_EQ(kinds, (std::vector<std::string>{"name", "date_of_birth", "postcode", "name"}))
        << file_name;
  }
}

// Need to know: another partnership's manager finds no such case; a reviewer may not publish.
TEST_P(PublicationUseCases, OnlyThePartnershipsManagersAndCommitteeMayPublish) {
  EXPECT_EQ(view_publication(context(), as(south_manager), case_id).error().code,
            ErrorCode::not_found);
  EXPECT_EQ(view_publication(context(), as(reviewer), case_id).error().code, ErrorCode::forbidden);
  EXPECT_EQ(run_anonymisation_check(context(), as(manager), case_id).error().code,
            ErrorCode::wrong_state);
}

// Rule LIB-1: stemming, every word, ranking by the title, filters with counts, snippets, paging,
// and an unknown filter named.
TEST_P(PublicationUseCases, TheLibrarySearchStemsRanksFiltersAndHighlights) {
  ASSERT_TRUE(decide("improvements_only", "The family asked").ok());
  write_entry("Professionals neglected to share the school's concerns.");
  send_all_copies(20);
  ASSERT_TRUE(run_anonymisation_check(context(), as(manager), case_id).ok());
  ASSERT_TRUE(publish_review(context(), as(manager), case_id).ok());

  auto stemmed = search_library(context(), {.q = "neglect"});
  ASSERT_TRUE(stemmed.ok()) << stemmed.error().message;
  ASSERT_EQ(stemmed.value().total, 1);
  const std::string& snippet = stemmed.value().hits[0].snippet;
  // Each engine picks its own passage (SQLite's may be the theme's name); either way the word
  // found is marked, stemmed as searched.
  const auto open = snippet.find('\x02');
  ASSERT_NE(open, std::string::npos) << snippet;
  std::string marked = snippet.substr(open + 1, snippet.find('\x03', open) - open - 1);
  for (char& c : marked) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  EXPECT_TRUE(marked.starts_with("neglect")) << marked;
  EXPECT_EQ(search_library(context(), {.q = "neglect unicorns"}).value().total, 0)
      << "every word must match";
  EXPECT_EQ(
      search_library(context(), {.q = "sharing", .theme = "information-sharing"}).value().total, 1);
  EXPECT_EQ(search_library(context(), {.theme = "poverty"}).value().total, 0);
  EXPECT_EQ(search_library(context(), {.kind = "local_cspr", .age_band = "5_to_10"}).value().total,
            1);
  auto all = search_library(context(), {});
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all.value().facets.themes.size(), 2u);
  EXPECT_EQ(all.value().facets.themes[0].label, "Neglect");
  EXPECT_EQ(all.value().facets.themes[0].count, 1);
  EXPECT_EQ(all.value().facets.years.at(0).value, std::to_string(today().year()));
  auto bad = search_library(context(), {.theme = "nonsense", .year = "last", .kind = "none"});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(fields_of(bad.error()), (std::vector<std::string>{"theme", "year", "kind"}));
}

// Rule LIB-1: each filter's counts leave that filter out (what choosing another value would give);
// the total keeps every filter, and agrees with the results.
TEST_P(PublicationUseCases, EachFiltersCountsLeaveItOutAndTheTotalKeepsEveryFilter) {
  const Id partnership_id = *manager.user.partnership_id;
  const auto add = [&](int year, ReviewOutcome kind, AgeBand band) {
    Status added =
        storage_->transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
          LibraryEntry entry;
          entry.partnership_id = partnership_id;
          entry.year = year;
          entry.kind = kind;
          entry.text = {.title = "A review",
                        .summary = "What it found.",
                        .theme_slugs = {"neglect"},
                        .age_band = band};
          const Id id = transaction.library().save(entry, manager.user.id, clock_.now());
          transaction.library().publish(partnership_id, id, CivilDate::from_ymd(year, 6, 1).value(),
                                        "");
          return ok_status();
        });
    ASSERT_TRUE(added.ok());
  };
  add(2024, ReviewOutcome::local_cspr, AgeBand::under_1);
  add(2024, ReviewOutcome::learning_review, AgeBand::under_1);
  add(2025, ReviewOutcome::local_cspr, AgeBand::age_5_to_10);
  add(2025, ReviewOutcome::local_cspr, AgeBand::under_1);

  auto found = search_library(context(), {.year = "2025", .kind = "local_cspr"});
  ASSERT_TRUE(found.ok()) << found.error().message;
  EXPECT_EQ(found.value().total, 2);
  EXPECT_EQ(found.value().hits.size(), 2u);
  const auto counts = [](const std::vector<FacetCount>& facet) {
    std::vector<std::pair<std::string, int>> listed;
    for (const FacetCount& count : facet) listed.emplace_back(count.value, count.count);
    return listed;
  };
  using Counts = std::vector<std::pair<std::string, int>>;
  EXPECT_EQ(counts(found.value().facets.years), (Counts{{"2025", 2}, {"2024", 1}}))
      << "local CSPRs of every year, the latest first";
  EXPECT_EQ(counts(found.value().facets.kinds), (Counts{{"local_cspr", 2}})) << "2025's kinds";
  EXPECT_EQ(counts(found.value().facets.age_bands), (Counts{{"under_1", 1}, {"5_to_10", 1}}))
      << "in the bands' own order";
  EXPECT_EQ(counts(found.value().facets.themes), (Counts{{"neglect", 2}}));
  auto under_one = search_library(context(), {.kind = "local_cspr", .age_band = "under_1"});
  EXPECT_EQ(under_one.value().total, 2);
  EXPECT_EQ(counts(under_one.value().facets.kinds),
            (Counts{{"learning_review", 1}, {"local_cspr", 2}}));
  EXPECT_EQ(search_library(context(), {.year = "2030"}).value().total, 0);
}

// Rule PUB-2: the final report sent from the program: the email's link downloads the PDF until it
// expires, and the copy is recorded as sent today.
TEST_P(PublicationUseCases, TheFinalReportIsSentByEmailWithALinkThatExpires) {
  const AdvanceCopyEmailInput to_panel{.recipient = "panel", .email = "Reviews@Panel.example"};
  EXPECT_EQ(send_advance_copy(context(), as(manager), case_id, to_panel).error().code,
            ErrorCode::wrong_state)
      << "no decision yet";
  ASSERT_TRUE(decide("publish").ok());
  EXPECT_EQ(send_advance_copy(context(), as(manager), case_id, to_panel).error().code,
            ErrorCode::wrong_state)
      << "no final report yet";
  mark_final("## Summary\n\nThe quillwort review of Child A.");
  auto bad = send_advance_copy(context(), as(manager), case_id,
                               {.recipient = "the press", .email = "nobody"});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(fields_of(bad.error()), (std::vector<std::string>{"recipient", "email"}));
  EXPECT_EQ(send_advance_copy(context(), as(reviewer), case_id, to_panel).error().code,
            ErrorCode::forbidden);

  ASSERT_TRUE(send_advance_copy(context(), as(manager), case_id, to_panel).ok());
  const auto sent = outbox_to("reviews@panel.example");
  ASSERT_EQ(sent.size(), 1u);
  const std::string& body = sent[0].email.body;
  const std::string marker = "/advance-copies?token=";
  ASSERT_NE(body.find(marker), std::string::npos) << body;
  const std::size_t start = body.find(marker) + marker.size();
  const std::string token = body.substr(start, body.find('\n', start) - start);
  const auto copies = view_publication(context(), as(manager), case_id).value().publication;
  ASSERT_EQ(copies->advance_copies.size(), 1u);
  EXPECT_EQ(copies->advance_copies[0].recipient, AdvanceCopyRecipient::panel);
  EXPECT_EQ(copies->advance_copies[0].sent_on, today());

  auto by_link = advance_copy_by_link(context(), token);
  ASSERT_TRUE(by_link.ok());
  EXPECT_FALSE(by_link.value().expired);
  auto pdf = advance_copy_pdf(context(), token);
  ASSERT_TRUE(pdf.ok()) << pdf.error().message;
  EXPECT_NE(testing_support::pdf_text(pdf.value()).find("quillwort"), std::string::npos);
  EXPECT_EQ(advance_copy_pdf(context(), token + "x").error().code, ErrorCode::not_found);

  clock_.advance(std::chrono::hours(24 * (advance_copy_link_days + 1)));
  EXPECT_TRUE(advance_copy_by_link(context(), token).value().expired);
  EXPECT_EQ(advance_copy_pdf(context(), token).error().code, ErrorCode::wrong_state);
}

INSTANTIATE_TEST_SUITE_P(Engines, PublicationUseCases,
                         ::testing::ValuesIn(testing_support::test_engines()));

}  // namespace
}  // namespace casereview
