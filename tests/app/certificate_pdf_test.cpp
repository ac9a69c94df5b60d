// Certificates of attendance as PDF: the text poppler's pdftotext extracts names the person, the
// course, the date, the partnership, the code and the page where it can be checked; names with
// letters beyond ASCII come out as written; a very long name still fits on the one A4 landscape
// page; the PDF's title and author are set, its text tagged and the address a link; incomplete
// details are refused.
#include "app/documents/certificate_pdf.hpp"

#include <gtest/gtest.h>

#include <map>
#include <string>

#include "support/poppler.hpp"

namespace casereview::documents {
namespace {

using testing_support::pdf_information;
using testing_support::poppler_output;

CertificateDetails details_for(std::string name) {
  return {
      .person_name = std::move(name),
      .course_title = "Case reviews",
      .session_date = *CivilDate::from_ymd(2026, 11, 25),
      .partnership_name = "Northbrook Safeguarding Children Partnership",
      .verification_code = "K7QM-2XRT-9PLD",
      .public_url = "https://casereview.northbrook.example/",
  };
}

std::string certificate_text(const CertificateDetails& details) {
  Result<std::string> pdf = certificate_pdf(details);
  EXPECT_TRUE(pdf.ok()) << (pdf.ok() ? "" : pdf.error().message);
  if (!pdf.ok()) return "";
  EXPECT_EQ(pdf.value().rfind("%PDF-", 0), 0u);
  return testing_support::pdf_text(pdf.value());
}

TEST(CertificatePdf, NamesThePersonCourseDatePartnershipAndVerificationCode) {
  const std::string text = certificate_text(details_for("Priya Shah"));
  EXPECT_NE(text.find("Certificate of attendance"), std::string::npos) << text;
  EXPECT_NE(text.find("Priya Shah"), std::string::npos) << text;
  EXPECT_NE(text.find("Case reviews"), std::string::npos) << text;
  EXPECT_NE(text.find("25 November 2026"), std::string::npos) << text;
  EXPECT_NE(text.find("Northbrook Safeguarding Children Partnership"), std::string::npos) << text;
  EXPECT_NE(text.find("K7QM-2XRT-9PLD"), std::string::npos) << text;
  EXPECT_NE(text.find("https://casereview.northbrook.example/certificates/verify"),
            std::string::npos)
      << text;
}

TEST(CertificatePdf, IsOneA4LandscapePageWithItsTitleAndAuthorSet) {
  Result<std::string> pdf = certificate_pdf(details_for("Priya Shah"));
  ASSERT_TRUE(pdf.ok()) << pdf.error().message;
  std::map<std::string, std::string> information = pdf_information(pdf.value());
  EXPECT_EQ(information["Title"], "Certificate of attendance: Case reviews");
  EXPECT_EQ(information["Author"], "Northbrook Safeguarding Children Partnership");
  EXPECT_EQ(information["Pages"], "1");
  EXPECT_EQ(information["Page size"], "841.89 x 595.28 pts (A4)");
  EXPECT_EQ(information["Tagged"], "yes");
  // The address to check the certificate is a link, and the headline is tagged as a heading.
  const std::string links = poppler_output(pdf.value(), "pdfinfo -url");
  EXPECT_NE(links.find("https://casereview.northbrook.example/certificates/verify"),
            std::string::npos)
      << links;
  const std::string structure = poppler_output(pdf.value(), "pdfinfo -struct");
  EXPECT_NE(structure.find("H1"), std::string::npos) << structure;
}

TEST(CertificatePdf, NamesWithLettersBeyondAsciiComeOutAsWritten) {
  const std::string text = certificate_text(details_for("Siân O'Connor-Łukasz Ærøskøbing-Dvořák"));
  EXPECT_NE(text.find("Siân O'Connor-Łukasz Ærøskøbing-Dvořák"), std::string::npos) << text;
}

TEST(CertificatePdf, AVeryLongNameStillFitsOnThePage) {
  std::string name;
  for (int part = 0; part < 12; ++part)
    name += (part == 0 ? "" : " ") + std::string("Bartholomew-Fitzwilliam");
  CertificateDetails details = details_for(name);
  details.course_title =
      "Case reviews: " + std::string(40, 'w') + " and learning from them in practice";
  const std::string text = certificate_text(details);
  // Every word of the name is on the page, and so is what comes after it.
  std::size_t count = 0;
  for (std::size_t at = text.find("Bartholomew-Fitzwilliam"); at != std::string::npos;
       at = text.find("Bartholomew-Fitzwilliam", at + 1)) {
    ++count;
  }
  EXPECT_EQ(count, 12u) << text;
  EXPECT_NE(text.find("25 November 2026"), std::string::npos) << text;
  EXPECT_NE(text.find("K7QM-2XRT-9PLD"), std::string::npos) << text;
  Result<std::string> pdf = certificate_pdf(details);
  ASSERT_TRUE(pdf.ok());
  EXPECT_EQ(pdf_information(pdf.value())["Pages"], "1");
}

TEST(CertificatePdf, WritesDatesAsGovUkDoesAndBuildsTheVerificationAddress) {
  EXPECT_EQ(certificate_date_text(*CivilDate::from_ymd(2026, 11, 25)), "25 November 2026");
  EXPECT_EQ(certificate_date_text(*CivilDate::from_ymd(2027, 1, 4)), "4 January 2027");
  EXPECT_EQ(certificate_verification_url("https://a.example"),
            "https://a.example/certificates/verify");
  EXPECT_EQ(certificate_verification_url("https://a.example/"),
            "https://a.example/certificates/verify");
}

TEST(CertificatePdf, RefusesIncompleteDetailsOrTextThatIsNotUtf8) {
  CertificateDetails details = details_for("");
  details.verification_code = "";
  Result<std::string> pdf = certificate_pdf(details);
  ASSERT_FALSE(pdf.ok());
  EXPECT_EQ(pdf.error().code, ErrorCode::invalid_input);
  ASSERT_EQ(pdf.error().fields.size(), 2u);
  EXPECT_EQ(pdf.error().fields[0].field, "person_name");
  EXPECT_EQ(pdf.error().fields[1].field, "verification_code");

  pdf = certificate_pdf(details_for("Bad \xff\xfe byte"));
  ASSERT_FALSE(pdf.ok());
  ASSERT_EQ(pdf.error().fields.size(), 1u);
  EXPECT_EQ(pdf.error().fields[0].field, "person_name");
}

}  // namespace
}  // namespace casereview::documents
