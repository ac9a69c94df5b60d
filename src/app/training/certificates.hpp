// Certificates of attendance: downloaded by their holder from My training as a PDF (made by
// app/documents/certificate_pdf with cairo and pango), and verified by anyone at
// /certificates/verify by their code.
//
// Decision on names: a certificate always renders from the holder's current account name, so a
// corrected name (the account page's "Change your details", change_own_details in app/accounts.hpp)
// re-issues the same certificate with the same code; the correction is audited.
#pragma once

#include <optional>
#include <string>

#include "app/context.hpp"
#include "app/training/bookings.hpp"

namespace casereview {

// The caller's certificate as a PDF naming them (current name), the course, the session date, the
// partnership, and the verification code. not_found when it is not theirs or has been withdrawn.
Result<DownloadFile> certificate_pdf(AppContext& context, const Caller& caller, Id certificate_id);

struct CertificateVerification {
  std::string code;  // grouped
  std::string name;
  std::string course;
  CivilDate date = *CivilDate::from_ymd(2026, 1, 1);
  std::string partnership;
};

// Public: the certificate with this code (typed in any case, with or without spaces or hyphens).
// not_found for an unknown, malformed or withdrawn code, with the same message in every case
// ("No certificate has this code"), revealing nothing else. Not audited per lookup.
Result<CertificateVerification> verify_certificate(AppContext& context, const std::string& code);

}  // namespace casereview
