// The final report (issue 12, Rule RPT-3): the Case Review Committee (or the business manager for
// it) marks a version final and records the partnership's written response with it; the three
// safeguarding partners sign it off, each through a signatory stepping up with their
// authenticator code (Rule SIGN-1, as the rapid review's sign-off); and it is read as one document
// — the version's text, its numbered findings and recommendations, the response and the
// sign-offs — as an HTML page or a PDF.
//
// Who may do what (checked here, on every call):
//   mark final, write the response   Permission::run_reviews: the partnership's managers and
//                                    committee members
//   read the final report            Permission::view_report: they and the appointed reviewer
//   read it to sign, sign it off     Permission::sign_off_for_partner: the partnership's
//                                    signatories, for their own partner
// A case of another partnership or with no review is not_found.
//
// Once any partner has signed, another version or a changed response is refused (wrong_state)
// unless the change says the sign-offs are to be cleared: then they are, in the same transaction.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/context.hpp"
#include "domain/finding.hpp"
#include "domain/recommendation.hpp"
#include "domain/report_final.hpp"
#include "domain/report_version.hpp"

namespace casereview {

struct FinalInput {
  int version = 0;                   // the version's number
  std::string partnership_response;  // Markdown; may be empty until the partnership has written it
  bool clear_sign_offs = false;      // the caller knows the partners must sign again
};

// What marking a version final did.
struct FinalMarked {
  ReportFinal final;
  int sign_offs_cleared = 0;
};

// Rule RPT-3. invalid_input on "version" (no such version of the case) and
// "partnership_response" (too long); wrong_state when the case has no version yet, or when
// partners have signed and the version or response would change without clear_sign_offs.
Result<FinalMarked> mark_report_final(AppContext& context, const Caller& caller, Id case_id,
                                      const FinalInput& input);

// The final report as one document.
struct FinalReport {
  Id case_id = 0;
  std::string case_reference;
  std::vector<std::string> pseudonyms;
  std::string partnership_name;
  std::optional<ReportFinal> final;  // none until a version is marked final
  ReportVersion version;             // the final version, with its text (when there is one)
  std::vector<Finding> findings;     // all of them, in the order written
  std::vector<Recommendation> recommendations;       // by number
  std::vector<std::pair<Id, std::string>> agencies;  // in the review's scope: id, name
  int version_count = 0;                             // the case's versions (to choose from)
  bool can_mark = false;                             // the caller holds run_reviews
  std::string agency_name(Id agency_id) const;
  // The findings' numbers in the document (1, 2, … in the order written), by id.
  std::map<Id, int> finding_numbers() const;
};

// Rule RPT-3: the case's final report for those who read it. Access as view_report.
Result<FinalReport> view_final_report(AppContext& context, const Caller& caller, Id case_id);

// Rule RPT-3: the final report as a tagged PDF (app/documents/report_pdf.hpp): the version's text,
// the findings numbered 1, 2, … in the order written, the recommendations by number, the
// partnership's response and the sign-offs. Access as view_final_report; not_found when no version
// has been marked final.
Result<std::string> final_report_pdf(AppContext& context, const Caller& caller, Id case_id);

// Rule PUB-2: the same PDF for the holder of an advance copy's link, whose token the caller has
// checked: no caller, the partnership given. not_found when no version has been marked final.
Result<std::string> final_report_pdf_for_link(AppContext& context, Id partnership_id, Id case_id);

// Rule RPT-3, Rule SIGN-1: the final report as a signatory reads it before signing, with whether
// their partner may sign now. not_found when the case has no final report.
struct FinalForSignOff {
  FinalReport report;
  StatutoryPartner partner = StatutoryPartner::local_authority;
  bool can_sign = false;  // the caller's partner has not signed
};
Result<FinalForSignOff> final_report_for_sign_off(AppContext& context, const Caller& caller,
                                                  Id case_id);

struct ReportSignOffInput {
  std::string totp_code;  // a current code from the signatory's own authenticator app
  // The final's marked_at (format_instant) as the signatory read it; when given and the final was
  // marked again since, the sign-off is refused. Empty: not checked (the API may omit it).
  std::string final_marked_at;
};

// Rule RPT-3, Rule SIGN-1: the signatory signs the final report off for their partner, as
// themselves. invalid_input on "totp_code" (none, wrong or used: the failure is audited);
// wrong_state when there is no final report, the partner has signed it, or it was marked again
// since the signatory read it; forbidden for anyone but a signatory.
Status sign_off_report(AppContext& context, const Caller& caller, Id case_id,
                       const ReportSignOffInput& input);

// The partnership's final reports for its signatories, most recently marked first.
struct FinalsToSign {
  struct Row {
    ReportFinal final;
    std::string case_reference;
    bool signed_by_partner = false;
  };
  std::vector<Row> rows;
  int page = 1;
  int page_count = 1;
  int total = 0;
};
inline constexpr int finals_per_page = 20;
Result<FinalsToSign> final_reports_to_sign(AppContext& context, const Caller& caller, int page);

}  // namespace casereview
