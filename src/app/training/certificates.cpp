#include "app/training/certificates.hpp"

#include "app/documents/certificate_pdf.hpp"
#include "app/training/training_support.hpp"

namespace casereview {

namespace {

struct CertificateFacts {
  Certificate certificate;
  std::string name;
  std::string course;
  CivilDate date = *CivilDate::from_ymd(2026, 1, 1);
  std::string partnership;
};

// What a certificate says, from the current rows: the holder's current name (a corrected name
// re-issues the certificate with the same code).
Result<CertificateFacts> facts_of(Transaction& transaction, const Certificate& certificate) {
  auto booking = transaction.bookings().find(certificate.partnership_id, certificate.booking_id);
  auto session = booking ? transaction.training_sessions().find(certificate.partnership_id,
                                                                booking->session_id)
                         : std::nullopt;
  auto course = session ? transaction.courses().find(certificate.partnership_id, session->course_id)
                        : std::nullopt;
  auto holder = transaction.accounts().find(certificate.user_id);
  auto partnership = transaction.partnerships().find(certificate.partnership_id);
  if (!course || !holder || !partnership)
    return Error::of(ErrorCode::internal, "A certificate's records are missing");
  return CertificateFacts{certificate, holder->user.name, course->title, session->date,
                          partnership->name};
}

}  // namespace

Result<DownloadFile> certificate_pdf(AppContext& context, const Caller& caller, Id certificate_id) {
  TRY(require_signed_in(caller));
  const CertificateFacts facts = TRY(context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<CertificateFacts> {
        auto certificate =
            transaction.certificates().find_for_user(caller.actor->user_id, certificate_id);
        if (!certificate) return Error::of(ErrorCode::not_found, "No such certificate");
        return facts_of(transaction, *certificate);
      }));
  const std::string pdf = TRY(documents::certificate_pdf(
      {.person_name = facts.name,
       .course_title = facts.course,
       .session_date = facts.date,
       .partnership_name = facts.partnership,
       .verification_code = group_certificate_code(facts.certificate.code),
       .public_url = context.settings.public_url}));
  return DownloadFile{"certificate-" + group_certificate_code(facts.certificate.code) + ".pdf",
                      "application/pdf", pdf};
}

Result<CertificateVerification> verify_certificate(AppContext& context, const std::string& code) {
  const Error unknown = Error::of(ErrorCode::not_found, "No certificate has this code");
  auto normalised = normalise_certificate_code(code);
  if (!normalised) return unknown;
  const std::optional<CertificateFacts> facts = TRY(context.storage.transact(
      TransactionMode::read,
      [&](Transaction& transaction) -> Result<std::optional<CertificateFacts>> {
        auto certificate = transaction.certificates().find_by_code(*normalised);
        if (!certificate) return std::optional<CertificateFacts>();
        return std::optional<CertificateFacts>(TRY(facts_of(transaction, *certificate)));
      }));
  if (!facts) return unknown;
  return CertificateVerification{group_certificate_code(facts->certificate.code), facts->name,
                                 facts->course, facts->date, facts->partnership};
}

}  // namespace casereview
