// Certificates of attendance as PDF, typeset with pango and drawn with cairo onto an A4 landscape
// page held in memory. A certificate names the person, the course, the date of the session they
// attended and the partnership, and carries a verification code with the public page where anyone
// can check it (`<public URL>/certificates/verify`). The PDF's title and author are set, and all
// text is real text (selectable, searchable, read aloud by screen readers), in DejaVu Sans
// (Debian's fonts-dejavu-core), which covers the letters of every European name.
//
// Long names and course titles are shrunk to fit the page width, then wrapped; nothing is cut.
//
// Example:
//   Result<std::string> pdf = documents::certificate_pdf({
//       .person_name = "Siân O'Connor",
//       .course_title = "Case reviews",
//       .session_date = *CivilDate::from_ymd(2026, 11, 25),
//       .partnership_name = "Northbrook Safeguarding Children Partnership",
//       .verification_code = "K7QM-2XRT-9PLD",
//       .public_url = "https://casereview.northbrook.example",
//   });
//   if (!pdf) return pdf.error();
//   response.send(pdf.value(), "application/pdf");
//
// Thread-safety: may be called from several threads at once (each call has its own surface and
// pango context; fontconfig and pango's font map are thread-safe since pango 1.32).
#pragma once

#include <string>
#include <string_view>

#include "domain/civil_date.hpp"
#include "domain/result.hpp"

namespace casereview::documents {

struct CertificateDetails {
  std::string person_name;  // as the person gave it; any Unicode letters
  std::string course_title;
  CivilDate session_date;         // the UK date of the session attended
  std::string partnership_name;   // e.g. "Northbrook Safeguarding Children Partnership"
  std::string verification_code;  // unique per certificate; printed as given
  std::string public_url;         // the service's public URL, with or without a final "/"
};

// The page where a certificate's code can be checked: public_url without its final "/", then
// "/certificates/verify".
std::string certificate_verification_url(std::string_view public_url);

// "25 November 2026": the date as certificates (and GOV.UK) write it.
std::string certificate_date_text(CivilDate date);

// The PDF bytes of one certificate (PDF 1.5, one A4 landscape page). Fails with invalid_input,
// making nothing, when the name, course title, partnership name, verification code or public URL
// is empty or not valid UTF-8; with internal (message from cairo) when cairo cannot make the
// surface or finish the document.
Result<std::string> certificate_pdf(const CertificateDetails& details);

}  // namespace casereview::documents
