// PDF/UA as far as cairo allows (issue 17, item 8): every PDF the program makes says its language
// and asks readers to show its title, added to cairo's finished file as an incremental update
// (app/documents/pdf_support.hpp). Read back from the bytes (the catalog written again after
// cairo's, its cross-reference section found where the new trailer says) and with poppler, which
// must still read the title, the tags and the text through the update.
#include <gtest/gtest.h>

#include <string>

#include "app/documents/certificate_pdf.hpp"
#include "app/documents/pdf_support.hpp"
#include "app/documents/report_pdf.hpp"
#include "support/poppler.hpp"

namespace casereview::documents {
namespace {

using testing_support::pdf_information;
using testing_support::pdf_text;

// The catalog as the PDF's last trailer reaches it: the object its cross-reference section gives
// for /Root, or "" when the bytes do not lead there.
std::string last_catalog(const std::string& pdf) {
  const std::size_t startxref = pdf.rfind("startxref\n");
  if (startxref == std::string::npos) return "";
  const std::size_t table = std::stoull(pdf.substr(startxref + 10));
  if (pdf.compare(table, 5, "xref\n") != 0) return "";
  // "xref\n<root> 1\n<offset> 00000 n \n"
  const std::size_t count_line = pdf.find('\n', table + 5);
  const std::size_t offset = std::stoull(pdf.substr(count_line + 1, 10));
  const std::size_t end = pdf.find("endobj", offset);
  return end == std::string::npos ? "" : pdf.substr(offset, end - offset);
}

void expect_language_and_title_shown(const std::string& pdf, const std::string& title) {
  const std::string catalog = last_catalog(pdf);
  EXPECT_NE(catalog.find("/Type /Catalog"), std::string::npos) << catalog;
  EXPECT_NE(catalog.find("/Lang (en-GB)"), std::string::npos) << catalog;
  EXPECT_NE(catalog.find("/ViewerPreferences << /DisplayDocTitle true >>"), std::string::npos)
      << catalog;
  EXPECT_NE(catalog.find("/StructTreeRoot"), std::string::npos) << "cairo's entries kept";
  const std::string trailer = pdf.substr(pdf.rfind("trailer"));
  EXPECT_NE(trailer.find("/Prev "), std::string::npos) << "the new trailer points back to cairo's";
  const auto information = pdf_information(pdf);
  EXPECT_EQ(information.at("Title"), title);
  EXPECT_EQ(information.at("Tagged"), "yes");
}

Result<std::string> a_certificate() {
  return certificate_pdf({
      .person_name = "A Practitioner",
      .course_title = "Case reviews",
      .session_date = *CivilDate::from_ymd(2026, 11, 25),
      .partnership_name = "Northbrook Safeguarding Children Partnership",
      .verification_code = "K7QM-2XRT-9PLD",
      .public_url = "https://casereview.northbrook.example/",
  });
}

TEST(PdfLanguage, TheFinalReportSaysItsLanguageAndShowsItsTitle) {
  Result<std::string> pdf = report_pdf(
      {.title = "Final report: NBP-2026-007",
       .lines = {"Northbrook Safeguarding Children Partnership"},
       .sections = {{"Summary", {{ReportBlockKind::paragraph, "What the review found."}}}}});
  ASSERT_TRUE(pdf.ok()) << pdf.error().message;
  expect_language_and_title_shown(pdf.value(), "Final report: NBP-2026-007");
  EXPECT_NE(pdf_text(pdf.value()).find("What the review found."), std::string::npos);
}

TEST(PdfLanguage, ACertificateSaysItsLanguageAndShowsItsTitle) {
  Result<std::string> pdf = a_certificate();
  ASSERT_TRUE(pdf.ok()) << pdf.error().message;
  expect_language_and_title_shown(pdf.value(), "Certificate of attendance: Case reviews");
}

// What is not laid out as cairo writes it is refused rather than made into a broken file.
TEST(PdfLanguage, RefusesWhatCairoDidNotWrite) {
  EXPECT_EQ(with_language_and_title_shown("not a PDF", "en-GB").error().code, ErrorCode::internal);
  // A trailer pointing past the end of the file, or at no cross-reference table.
  for (const char* broken :
       {"%PDF-1.5\ntrailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n999999\n%%EOF\n",
        "%PDF-1.5\ntrailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n0\n%%EOF\n",
        "%PDF-1.5\nxref\n0 3\n0000000000 65535 f \nabcdefghij 00000 n \ntrailer\n<< /Size 3 /Root "
        "1 0 "
        "R >>\nstartxref\n9\n%%EOF\n"})
    EXPECT_EQ(with_language_and_title_shown(broken, "en-GB").error().code, ErrorCode::internal)
        << broken;
  Result<std::string> pdf = a_certificate();
  ASSERT_TRUE(pdf.ok());
  // Once updated, its last table is the update's one-object section, not cairo's whole table.
  EXPECT_FALSE(with_language_and_title_shown(pdf.value(), "en-GB").ok());
}

}  // namespace
}  // namespace casereview::documents
