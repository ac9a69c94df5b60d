// The final report (Rule RPT-3): see report_final.hpp. Each use case checks its caller, validates
// its input, then works in one transaction with its audit entry.
#include "app/reviews/report_final.hpp"

#include <algorithm>

#include "app/audit.hpp"
#include "app/caller_checks.hpp"
#include "app/cases/case_support.hpp"
#include "app/cases/signatories.hpp"
#include "app/documents/report_pdf.hpp"
#include "app/reviews/review_support.hpp"
#include "domain/messages.hpp"
#include "domain/paging.hpp"
#include "domain/policy.hpp"
#include "domain/text.hpp"
#include "domain/uk_time.hpp"

namespace casereview {

namespace {

using review_support::agency_name;
using review_support::CaseUse;
using review_support::CaseWithReview;
using review_support::reachable_report;
using signatories::Signatory;

// The most findings and recommendations one document holds: far beyond any real review (the
// Rule RPT-2 warning starts at 10), so the whole report is one bounded read.
constexpr int document_items_limit = 1000;

// The document of the case's final report, read in `transaction`.
FinalReport final_report_of(Transaction& transaction, const CaseWithReview& found) {
  const Id partnership_id = found.record.partnership_id;
  const Id case_id = found.record.id;
  FinalReport report;
  report.case_id = case_id;
  report.case_reference = found.record.reference;
  report.pseudonyms = found.record.pseudonyms;
  if (auto partnership = transaction.partnerships().find(partnership_id))
    report.partnership_name = partnership->name;
  for (Id agency_id : found.review.agency_ids)
    report.agencies.emplace_back(agency_id, agency_name(transaction, partnership_id, agency_id));
  report.version_count = transaction.report().count_for_case(partnership_id, case_id);
  report.final = transaction.report_final().find(partnership_id, case_id);
  if (!report.final) return report;
  if (auto version =
          transaction.report().find(partnership_id, case_id, report.final->version_number))
    report.version = *version;
  auto& analysis = transaction.review_analysis();
  report.findings = analysis.list_findings(partnership_id, case_id, document_items_limit, 0);
  report.recommendations = analysis.list_recommendations(
      partnership_id, case_id, RecommendationSource::review, document_items_limit, 0);
  return report;
}

using documents::markdown_blocks;
using documents::ReportBlock;
using documents::ReportBlockKind;

// The blocks of one finding or recommendation: its heading, a line of facts, its text.
void add_item(std::vector<ReportBlock>& blocks, const std::string& heading,
              const std::string& facts, const std::string& markdown) {
  blocks.push_back({ReportBlockKind::heading, heading});
  if (!facts.empty()) blocks.push_back({ReportBlockKind::paragraph, facts});
  for (ReportBlock& block : markdown_blocks(markdown)) blocks.push_back(std::move(block));
}

// Rule RPT-3: the final report's sections, as the HTML page orders them.
documents::ReportPdf pdf_document(const FinalReport& report) {
  const ReportFinal& final = *report.final;
  documents::ReportPdf document;
  document.title = "Final report: " + report.case_reference;
  if (!report.partnership_name.empty()) document.lines.push_back(report.partnership_name);
  document.lines.push_back(
      "Review of " + report.case_reference +
      (report.pseudonyms.empty() ? "" : " (" + joined(report.pseudonyms) + ")"));
  document.lines.push_back("Version " + std::to_string(final.version_number) + ", marked final " +
                           uk_time_text(final.marked_at));
  document.sections.push_back({"The report", markdown_blocks(report.version.text)});
  documents::ReportPdfSection findings{"Findings", {}};
  const std::map<Id, int> numbers = report.finding_numbers();
  for (const Finding& finding : report.findings) {
    const int number = numbers.at(finding.id);
    std::vector<std::string> agencies;
    for (Id agency_id : finding.agency_ids) agencies.push_back(report.agency_name(agency_id));
    add_item(findings.blocks, "Finding " + std::to_string(number) + ": " + finding.title,
             std::string(finding_kind_text(finding.kind)) + ". Agencies concerned: " +
                 (agencies.empty() ? "the partnership as a whole" : joined(agencies)) + ".",
             finding.text);
  }
  if (findings.blocks.empty())
    findings.blocks.push_back({ReportBlockKind::paragraph, "The review has recorded no findings."});
  document.sections.push_back(std::move(findings));
  documents::ReportPdfSection recommendations{"Recommendations", {}};
  for (const Recommendation& recommendation : report.recommendations) {
    std::vector<std::string> addressed;
    if (recommendation.to_partnership) addressed.push_back("the partnership");
    for (Id agency_id : recommendation.agency_ids)
      addressed.push_back(report.agency_name(agency_id));
    std::vector<std::string> answers;
    for (Id finding_id : recommendation.finding_ids)
      if (numbers.contains(finding_id)) answers.push_back(std::to_string(numbers.at(finding_id)));
    add_item(recommendations.blocks, "Recommendation " + std::to_string(recommendation.number),
             "For " + joined(addressed) + ". Answers finding " + joined(answers) + ".",
             recommendation.text);
  }
  if (recommendations.blocks.empty())
    recommendations.blocks.push_back(
        {ReportBlockKind::paragraph, "The review has made no recommendations."});
  document.sections.push_back(std::move(recommendations));
  document.sections.push_back(
      {"The partnership's response",
       final.partnership_response.empty()
           ? std::vector<ReportBlock>{{ReportBlockKind::paragraph,
                                       "The partnership has not recorded its response yet."}}
           : markdown_blocks(final.partnership_response)});
  documents::ReportPdfSection sign_offs{"Sign-off by the safeguarding partners", {}};
  for (StatutoryPartner partner : all_statutory_partners) {
    const auto sign_off = report_sign_off_of(final, partner);
    sign_offs.blocks.push_back(
        {ReportBlockKind::list_item, std::string(statutory_partner_text(partner)) + ": " +
                                         (sign_off ? "signed off by " + sign_off->name + ", " +
                                                         uk_time_text(sign_off->signed_at)
                                                   : "not signed off yet")});
  }
  document.sections.push_back(std::move(sign_offs));
  return document;
}

void audit_final(Transaction& transaction, const Caller& caller, Instant now, const char* action,
                 const CaseRecord& record, const std::string& detail,
                 const char* outcome = audit_outcome::success) {
  record_audit(transaction, caller, now,
               {action, audit_entity::report_final, std::to_string(record.id), outcome,
                record.reference + ": " + detail, record.partnership_id});
}

}  // namespace

std::map<Id, int> FinalReport::finding_numbers() const {
  std::map<Id, int> numbers;
  for (const Finding& finding : findings)
    numbers.emplace(finding.id, static_cast<int>(numbers.size()) + 1);
  return numbers;
}

std::string FinalReport::agency_name(Id agency_id) const {
  for (const auto& [id, name] : agencies)
    if (id == agency_id) return name;
  return "";
}

// Rule RPT-3: a chosen version with the partnership's response; a change after sign-off clears the
// sign-offs, and only when the caller says so.
Result<FinalMarked> mark_report_final(AppContext& context, const Caller& caller, Id case_id,
                                      const FinalInput& input) {
  TRY(require_permission(caller, Permission::run_reviews));
  const Id partnership_id = TRY(caller_partnership(caller));
  const std::string response = trimmed(input.partnership_response);
  if (response.size() > limits::partnership_response)
    return Error::invalid({{"partnership_response",
                            too_long("The partnership's response", limits::partnership_response)}});
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<FinalMarked> {
        const CaseWithReview found =
            TRY(review_support::case_with_review(transaction, partnership_id, case_id));
        if (transaction.report().count_for_case(partnership_id, case_id) == 0)
          return Error::of(ErrorCode::wrong_state,
                           "The report has no version yet: the reviewer saves one first");
        auto version = transaction.report().find(partnership_id, case_id, input.version);
        if (!version)
          return Error::invalid({{"version", "Select a version of this case's report"}});
        const auto before = transaction.report_final().find(partnership_id, case_id);
        FinalMarked marked;
        const bool changed = before && (before->version_id != version->id ||
                                        before->partnership_response != response);
        if (changed && !before->sign_offs.empty()) {
          if (!input.clear_sign_offs)
            return Error::of(ErrorCode::wrong_state,
                             "Partners have signed the final report off: confirm that their "
                             "sign-offs are to be cleared to change it");
          marked.sign_offs_cleared =
              transaction.report_final().clear_sign_offs(partnership_id, case_id);
        }
        marked.final = ReportFinal{.case_id = case_id,
                                   .partnership_id = partnership_id,
                                   .version_id = version->id,
                                   .version_number = version->number,
                                   .partnership_response = response,
                                   .marked_by = caller.actor->user_id,
                                   .marked_at = now};
        // Marking the same version with the same response again changes nothing partners signed.
        if (before && !changed)
          marked.final = *before;
        else
          transaction.report_final().save(marked.final);
        marked.final.sign_offs =
            transaction.report_final().find(partnership_id, case_id)->sign_offs;
        audit_final(
            transaction, caller, now, audit_action::mark_final, found.record,
            "version " + std::to_string(version->number) +
                (marked.sign_offs_cleared
                     ? ", " + std::to_string(marked.sign_offs_cleared) + " sign-offs cleared"
                     : ""));
        return marked;
      });
}

Result<FinalReport> view_final_report(AppContext& context, const Caller& caller, Id case_id) {
  TRY(require_permission(caller, Permission::view_report));
  const Id partnership_id = TRY(caller_partnership(caller));
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<FinalReport> {
        const CaseWithReview found =
            TRY(reachable_report(transaction, caller, partnership_id, case_id, CaseUse::read));
        FinalReport report = final_report_of(transaction, found);
        report.can_mark = permits(caller.actor, false, Permission::run_reviews);
        return report;
      });
}

Result<std::string> final_report_pdf(AppContext& context, const Caller& caller, Id case_id) {
  const FinalReport report = TRY(view_final_report(context, caller, case_id));
  if (!report.final) return Error::of(ErrorCode::not_found, "No version has been marked final yet");
  return documents::report_pdf(pdf_document(report));
}

Result<std::string> final_report_pdf_for_link(AppContext& context, Id partnership_id, Id case_id) {
  const FinalReport report = TRY(context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<FinalReport> {
        const CaseWithReview found =
            TRY(review_support::case_with_review(transaction, partnership_id, case_id));
        return final_report_of(transaction, found);
      }));
  if (!report.final) return Error::of(ErrorCode::not_found, "No version has been marked final yet");
  return documents::report_pdf(pdf_document(report));
}

Result<FinalForSignOff> final_report_for_sign_off(AppContext& context, const Caller& caller,
                                                  Id case_id) {
  const Signatory signatory = TRY(signatories::signatory_of(caller));
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<FinalForSignOff> {
        const CaseWithReview found =
            TRY(review_support::case_with_review(transaction, signatory.partnership_id, case_id));
        FinalForSignOff view;
        view.report = final_report_of(transaction, found);
        if (!view.report.final) return Error::of(ErrorCode::not_found, "No such final report");
        view.partner = signatory.partner;
        view.can_sign = !report_sign_off_of(*view.report.final, signatory.partner);
        return view;
      });
}

// Rule RPT-3, Rule SIGN-1: as themselves, for their own partner, with a current code.
Status sign_off_report(AppContext& context, const Caller& caller, Id case_id,
                       const ReportSignOffInput& input) {
  const Signatory signatory = TRY(signatories::signatory_of(caller));
  const std::string code = TRY(signatories::step_up_code(input.totp_code));
  const Instant now = context.clock.now();
  // A wrong code is refused after the commit (the transaction's value, not its error), so that
  // its audit entry is kept.
  return TRY(context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<Status> {
        const CaseWithReview found =
            TRY(review_support::case_with_review(transaction, signatory.partnership_id, case_id));
        const auto final = transaction.report_final().find(signatory.partnership_id, case_id);
        if (!final)
          return Error::of(ErrorCode::wrong_state, "There is no final report to sign off yet");
        if (!input.final_marked_at.empty() &&
            input.final_marked_at != format_instant(final->marked_at))
          return Error::of(ErrorCode::wrong_state,
                           "The final report changed after you opened it: read it again before "
                           "you sign it off");
        const std::string partner(statutory_partner_name(signatory.partner));
        if (report_sign_off_of(*final, signatory.partner))
          return Error::of(ErrorCode::wrong_state,
                           std::string(statutory_partner_text(signatory.partner)) +
                               " has signed the final report off already");
        if (!signatories::step_up_accepted(transaction, caller.actor->user_id, code, now)) {
          audit_final(transaction, caller, now, audit_action::sign_off_report, found.record,
                      partner + ": authenticator code not right", audit_outcome::failure);
          return Status(signatories::wrong_step_up_code());
        }
        // Of two signatories of one partner at once, the second finds it signed.
        if (!transaction.report_final().add_sign_off(
                signatory.partnership_id, case_id,
                {signatory.partner, caller.actor->user_id, caller.actor->name, now}))
          return Error::of(ErrorCode::wrong_state,
                           std::string(statutory_partner_text(signatory.partner)) +
                               " has signed the final report off already");
        audit_final(transaction, caller, now, audit_action::sign_off_report, found.record,
                    partner + ", version " + std::to_string(final->version_number));
        return ok_status();
      }));
}

Result<FinalsToSign> final_reports_to_sign(AppContext& context, const Caller& caller, int page) {
  const Signatory signatory = TRY(signatories::signatory_of(caller));
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<FinalsToSign> {
        FinalsToSign list;
        list.total = transaction.report_final().count(signatory.partnership_id);
        const PageWindow window = page_window(page, list.total, finals_per_page);
        list.page = window.page;
        list.page_count = window.page_count;
        for (ReportFinal& final : transaction.report_final().list(signatory.partnership_id,
                                                                  finals_per_page, window.offset)) {
          auto record = transaction.cases().find(signatory.partnership_id, final.case_id);
          const bool signed_by_partner = report_sign_off_of(final, signatory.partner).has_value();
          list.rows.push_back(
              {std::move(final), record ? record->reference : "", signed_by_partner});
        }
        return list;
      });
}

}  // namespace casereview
