// The report's versions (app/reviews/report_versions.hpp, Rule RPT-1) on both engines: numbered
// per case and never changed, written in the template's sections or uploaded as DOCX or PDF with
// their text extracted, files that are not what they say refused with nothing saved, two saves at
// once never sharing a number — and who is refused, across partnerships and for reviewers not
// appointed. Any two versions compared: their Markdown, or the text extracted from two DOCX files.
#include <gtest/gtest.h>

#include <latch>
#include <set>
#include <thread>

#include "app/documents/report_text.hpp"
#include "app/review_fixture.hpp"
#include "app/reviews/report_comparison.hpp"
#include "app/reviews/report_versions.hpp"
#include "app/reviews/reviewers.hpp"
#include "support/fixture_files.hpp"

namespace casereview {
namespace {

constexpr const char* docx_type =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

class ReportUseCases : public AppointedReviewTest {
 protected:
  ReportVersion written(const std::string& markdown) {
    auto saved = write_report_version(context(), as(reviewer), case_id, markdown);
    EXPECT_TRUE(saved.ok()) << saved.error().message;
    return saved.ok() ? saved.value() : ReportVersion{};
  }

  int version_count() {
    auto overview = report_overview(context(), as(manager), case_id);
    EXPECT_TRUE(overview.ok());
    return overview.ok() ? overview.value().total : -1;
  }
};

// Rule RPT-1: versions are numbered 1, 2, … per case and read back as saved.
TEST_P(ReportUseCases, VersionsAreNumberedInTheOrderSavedAndReadBackAsSaved) {
  EXPECT_EQ(written("## Summary\n\nFirst draft.").number, 1);
  EXPECT_EQ(written("## Summary\n\nSecond draft.").number, 2);
  auto first = view_report_version(context(), as(committee), case_id, 1);
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(first.value().text, "## Summary\n\nFirst draft.");
  EXPECT_EQ(first.value().format, ReportFormat::markdown);
  EXPECT_EQ(first.value().created_by, reviewer.user.id);
  auto overview = report_overview(context(), as(reviewer), case_id);
  ASSERT_TRUE(overview.ok());
  EXPECT_EQ(overview.value().total, 2);
  ASSERT_EQ(overview.value().versions.size(), 2U);
  EXPECT_EQ(overview.value().versions[0].number, 2);       // newest first
  EXPECT_TRUE(overview.value().versions[0].text.empty());  // the list leaves the text out
  EXPECT_TRUE(overview.value().can_write);
  EXPECT_FALSE(report_overview(context(), as(manager), case_id).value().can_write);
  EXPECT_EQ(view_report_version(context(), as(manager), case_id, 3).error().code,
            ErrorCode::not_found);
  // Another case's numbering starts again at 1.
  clock_.advance(std::chrono::seconds(security::totp_period_seconds));
  const Id other = case_awaiting_decision();
  ASSERT_TRUE(record_panel_decision(
                  context(), as(manager), other,
                  PanelDecisionInput{"disagrees", "local_cspr", "Learning", days_ago(0), {}, ""})
                  .ok());
  commission_for_agencies(other, {police.id});
  ASSERT_TRUE(appoint_reviewer(context(), as(manager), other,
                               AppointInput{reviewer.user.id, "lead_reviewer", ""})
                  .ok());
  auto first_of_other = write_report_version(context(), as(reviewer), other, "## Summary\n\nOther");
  ASSERT_TRUE(first_of_other.ok());
  EXPECT_EQ(first_of_other.value().number, 1);
}

// Rule RPT-1: the next version's form holds the template's sections filled from the last written.
TEST_P(ReportUseCases, TheNewVersionFormIsTheTemplateFilledFromTheLastWrittenVersion) {
  auto empty = new_report_sections(context(), as(reviewer), case_id);
  ASSERT_TRUE(empty.ok());
  ASSERT_EQ(empty.value().size(), 6U);
  EXPECT_EQ(empty.value()[3].title, "Findings");
  EXPECT_EQ(empty.value()[3].text, "");
  auto saved = write_report_sections(context(), as(reviewer), case_id,
                                     {{"Summary", "What happened."}, {"Findings", "Finding 1."}});
  ASSERT_TRUE(saved.ok());
  auto filled = new_report_sections(context(), as(reviewer), case_id);
  ASSERT_TRUE(filled.ok());
  EXPECT_EQ(filled.value()[0].text, "What happened.");
  EXPECT_EQ(filled.value()[3].text, "Finding 1.");
  const Error blank =
      write_report_sections(context(), as(reviewer), case_id, {{"Summary", " "}}).error();
  EXPECT_EQ(blank.code, ErrorCode::invalid_input);
  EXPECT_EQ(blank.fields.front().field, "markdown");
  EXPECT_EQ(version_count(), 1);
}

// Rule RPT-1: a DOCX (LibreOffice's) and a PDF keep their file, name, size and SHA-256, and their
// text is extracted on upload, the DOCX's headings kept.
TEST_P(ReportUseCases, UploadedDocxAndPdfKeepTheirFileAndTheirTextIsExtracted) {
  const std::string docx = testing_support::app_fixture("report-v1.docx");
  auto uploaded = upload_report_version(context(), as(reviewer), case_id,
                                        {"C:\\fakepath\\report-v1.docx", docx_type, docx});
  ASSERT_TRUE(uploaded.ok()) << uploaded.error().message;
  EXPECT_EQ(uploaded.value().number, 1);
  auto read = view_report_version(context(), as(manager), case_id, 1);
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read.value().format, ReportFormat::docx);
  EXPECT_EQ(read.value().file_name, "report-v1.docx");
  EXPECT_EQ(read.value().file_size, docx.size());
  EXPECT_EQ(read.value().sha256, sha256_hex(docx));
  EXPECT_NE(read.value().text.find("# Summary\n"), std::string::npos) << read.value().text;
  EXPECT_NE(read.value().text.find("The police were called twice in 2024.\n"), std::string::npos);
  auto file = report_version_file(context(), as(committee), case_id, 1);
  ASSERT_TRUE(file.ok());
  EXPECT_EQ(file.value().bytes, docx);  // byte for byte, through base64 storage
  EXPECT_EQ(file.value().media_type, docx_type);

  const std::string pdf = testing_support::app_fixture("report-v1.pdf");
  auto pdf_version = upload_report_version(context(), as(reviewer), case_id,
                                           {"report-v1.pdf", "application/octet-stream", pdf});
  ASSERT_TRUE(pdf_version.ok()) << pdf_version.error().message;
  EXPECT_EQ(pdf_version.value().format, ReportFormat::pdf);
  EXPECT_NE(pdf_version.value().text.find("The police were called twice in 2024."),
            std::string::npos)
      << pdf_version.value().text;
  EXPECT_EQ(report_version_file(context(), as(manager), case_id, 2).value().bytes, pdf);
  EXPECT_EQ(report_version_file(context(), as(manager), case_id, 3).error().code,
            ErrorCode::not_found);
}

// Rule RPT-1: a file that is not what it says is refused on "file", and nothing is saved.
TEST_P(ReportUseCases, AFileThatIsNotWhatItSaysIsRefusedAndNothingIsSaved) {
  const std::string docx = testing_support::app_fixture("report-v1.docx");
  const std::vector<ReportUpload> bad = {
      {"report.docx", docx_type, "PK\x03\x04 not really a zip"},
      {"report.docx", docx_type, testing_support::app_fixture("chronology.xlsx")},
      {"report.pdf", "application/pdf", "%PDF-1.7 but nothing after"},
      {"report.pdf", "application/pdf", docx},
      {"report.txt", "text/plain", "Plain text"},
      {"report.docx", docx_type, ""},
      {"report.docx", docx_type, std::string(report_file_limit + 1, 'x')},
  };
  for (const ReportUpload& upload : bad) {
    auto refused = upload_report_version(context(), as(reviewer), case_id, upload);
    ASSERT_FALSE(refused.ok()) << upload.file_name;
    EXPECT_EQ(refused.error().code, ErrorCode::invalid_input) << upload.file_name;
    EXPECT_EQ(refused.error().fields.front().field, "file") << upload.file_name;
  }
  EXPECT_EQ(version_count(), 0);
}

// Rule RPT-1: two saves at once, each with its own connection, take different numbers.
TEST_P(ReportUseCases, TwoSavesAtOnceNeverShareANumber) {
  store::SqlStorage crowd_storage(store::parse_database_url(database_->url()).value(),
                                  store::PoolSettings{1, 12, 60});
  AppContext crowd{crowd_storage, clock_, context().settings};
  constexpr int savers = 8;
  std::vector<std::optional<Result<ReportVersion>>> results(savers);
  std::latch start(savers);
  std::vector<std::thread> threads;
  for (int index = 0; index < savers; ++index)
    threads.emplace_back([&, index] {
      start.arrive_and_wait();
      results[index].emplace(
          write_report_version(crowd, as(reviewer), case_id, "Draft " + std::to_string(index)));
    });
  for (std::thread& thread : threads) thread.join();
  std::set<int> numbers;
  for (const auto& result : results) {
    ASSERT_TRUE(result->ok()) << result->error().message;
    numbers.insert(result->value().number);
  }
  EXPECT_EQ(numbers, (std::set<int>{1, 2, 3, 4, 5, 6, 7, 8}));
}

// Rule RPT-1, Rule NTK-2: only the appointed reviewer writes; the manager and committee read; an
// unappointed reviewer, a contributor and another partnership get not_found or forbidden.
TEST_P(ReportUseCases, OnlyTheAppointedReviewerWritesAndOthersOfThePartnershipRead) {
  written("## Summary\n\nDraft.");
  EXPECT_EQ(write_report_version(context(), as(manager), case_id, "x").error().code,
            ErrorCode::forbidden);
  EXPECT_EQ(write_report_version(context(), as(other_reviewer), case_id, "x").error().code,
            ErrorCode::not_found);
  EXPECT_EQ(view_report_version(context(), as(other_reviewer), case_id, 1).error().code,
            ErrorCode::not_found);
  EXPECT_EQ(view_report_version(context(), as(police_contributor), case_id, 1).error().code,
            ErrorCode::forbidden);
  EXPECT_EQ(view_report_version(context(), as(south_manager), case_id, 1).error().code,
            ErrorCode::not_found);
  EXPECT_EQ(report_overview(context(), as(south_manager), case_id).error().code,
            ErrorCode::not_found);
  EXPECT_TRUE(view_report_version(context(), as(manager), case_id, 1).ok());
  EXPECT_TRUE(view_report_version(context(), as(committee), case_id, 1).ok());
  EXPECT_EQ(version_count(), 1);
}

// Rule RPT-1: any two versions compared, either way round; the lines changed named.
TEST_P(ReportUseCases, ComparesTwoWrittenVersions) {
  written("## Summary\n\nFirst draft.\n\n## Findings\n\nNone yet.");
  written("## Summary\n\nSecond draft.\n\n## Findings\n\nNone yet.\n\nOne more.");
  auto compared = compare_report_versions(context(), as(committee), case_id, 2, 1);
  ASSERT_TRUE(compared.ok()) << compared.error().message;
  EXPECT_EQ(compared.value().from.number, 1);
  EXPECT_EQ(compared.value().to.number, 2);
  EXPECT_EQ(unified_diff(compared.value().lines, "Version 1", "Version 2"),
            "--- Version 1\n+++ Version 2\n@@ -1,7 +1,9 @@\n ## Summary\n \n-First draft.\n"
            "+Second draft.\n \n ## Findings\n \n None yet.\n+\n+One more.\n");
  auto backwards = compare_report_versions(context(), as(reviewer), case_id, 1, 2);
  ASSERT_TRUE(backwards.ok());
  EXPECT_EQ(backwards.value().lines[2].kind, DiffKind::removed);
  EXPECT_EQ(backwards.value().lines[2].text, "Second draft.");

  auto no_such = compare_report_versions(context(), as(reviewer), case_id, 2, 9);
  ASSERT_FALSE(no_such.ok());
  EXPECT_EQ(fields_of(no_such.error()), std::vector<std::string>{"against"});
  EXPECT_EQ(compare_report_versions(context(), as(reviewer), case_id, 9, 1).error().code,
            ErrorCode::not_found);
  EXPECT_EQ(compare_report_versions(context(), as(other_reviewer), case_id, 2, 1).error().code,
            ErrorCode::not_found);
  EXPECT_EQ(compare_report_versions(context(), as(south_manager), case_id, 2, 1).error().code,
            ErrorCode::not_found);
}

// Rule RPT-1: two DOCX files compared by the text extracted from them (libzip and libxml2).
TEST_P(ReportUseCases, ComparesTheTextOfTwoDocxFiles) {
  for (const char* name : {"report-v1.docx", "report-v2.docx"})
    ASSERT_TRUE(upload_report_version(context(), as(reviewer), case_id,
                                      {name, docx_type, testing_support::app_fixture(name)})
                    .ok());
  auto compared = compare_report_versions(context(), as(manager), case_id, 2, 1);
  ASSERT_TRUE(compared.ok()) << compared.error().message;
  std::vector<std::string> removed;
  std::vector<std::string> added;
  for (const DiffLine& line : compared.value().lines) {
    if (line.kind == DiffKind::removed) removed.push_back(line.text);
    if (line.kind == DiffKind::added) added.push_back(line.text);
  }
  EXPECT_EQ(removed, std::vector<std::string>{"The police were called twice in 2024."});
  EXPECT_EQ(added,
            (std::vector<std::string>{"The police were called three times in 2024.",
                                      "Finding 2: the school's concerns were not escalated."}));
}

INSTANTIATE_TEST_SUITE_P(Engines, ReportUseCases,
                         ::testing::ValuesIn(testing_support::test_engines()));

}  // namespace
}  // namespace casereview
