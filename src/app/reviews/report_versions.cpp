// The report's versions (Rule RPT-1): see report_versions.hpp. Each use case checks its caller,
// validates, then works in one transaction with its audit entry.
#include "app/reviews/report_versions.hpp"

#include "app/audit.hpp"
#include "app/caller_checks.hpp"
#include "app/documents/report_text.hpp"
#include "app/reviews/review_support.hpp"
#include "app/reviews/reviewers.hpp"
#include "domain/messages.hpp"
#include "domain/policy.hpp"
#include "domain/text.hpp"

namespace casereview {

namespace {

using review_support::CaseUse;
using review_support::reachable_report;

// Rule RPT-1: stores the version under the case's next number, with its audit entry.
Result<ReportVersion> save_version(AppContext& context, const Caller& caller, Id case_id,
                                   ReportVersion version, const std::string& original) {
  const Id partnership_id = TRY(caller_partnership(caller));
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<ReportVersion> {
        TRY(reachable_report(transaction, caller, partnership_id, case_id, CaseUse::write));
        version.partnership_id = partnership_id;
        version.case_id = case_id;
        version.created_by = caller.actor->user_id;
        version.created_at = now;
        ReportVersion stored = transaction.report().add(version, original);
        record_audit(
            transaction, caller, now,
            {audit_action::create, audit_entity::report_version, std::to_string(stored.id),
             audit_outcome::success,
             "case " + std::to_string(case_id) + " version " + std::to_string(stored.number) +
                 " (" + std::string(report_format_name(stored.format)) + ")",
             partnership_id});
        return stored;
      });
}

// The name without any folder a browser put before it ("C:\\fakepath\\report.docx").
std::string plain_file_name(const std::string& given) {
  const std::size_t slash = given.find_last_of("/\\");
  std::string name = trimmed(slash == std::string::npos ? given : given.substr(slash + 1));
  if (name.size() > 255) name.resize(255);
  return name;
}

std::optional<ReportFormat> format_of(const ReportUpload& upload, const std::string& name) {
  if (auto format = uploaded_report_format(upload.media_type)) return format;
  std::string lower = name;
  for (char& character : lower)
    character = static_cast<char>(std::tolower(static_cast<unsigned char>(character)));
  const auto ends_with = [&](std::string_view ending) {
    return lower.size() >= ending.size() &&
           lower.compare(lower.size() - ending.size(), ending.size(), ending) == 0;
  };
  if (ends_with(".docx")) return ReportFormat::docx;
  if (ends_with(".pdf")) return ReportFormat::pdf;
  return std::nullopt;
}

}  // namespace

Result<ReportOverview> report_overview(AppContext& context, const Caller& caller, Id case_id,
                                       int page) {
  TRY(require_permission(caller, Permission::view_report));
  const Id partnership_id = TRY(caller_partnership(caller));
  if (page < 1) page = 1;
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<ReportOverview> {
        const auto found =
            TRY(reachable_report(transaction, caller, partnership_id, case_id, CaseUse::read));
        ReportOverview overview;
        overview.case_id = case_id;
        overview.case_reference = found.record.reference;
        overview.pseudonyms = found.record.pseudonyms;
        overview.total = transaction.report().count_for_case(partnership_id, case_id);
        overview.versions =
            transaction.report().list_for_case(partnership_id, case_id, report_versions_per_page,
                                               (page - 1) * report_versions_per_page);
        for (const ReportVersion& version : overview.versions)
          if (!overview.names.contains(version.created_by))
            if (auto account = transaction.accounts().find(version.created_by))
              overview.names[version.created_by] = account->user.name;
        overview.can_write = permits(caller.actor, false, Permission::write_report) &&
                             appointed_to_case(transaction, *caller.actor, partnership_id, case_id);
        return overview;
      });
}

Result<ReportVersion> write_report_version(AppContext& context, const Caller& caller, Id case_id,
                                           const std::string& markdown) {
  TRY(require_permission(caller, Permission::write_report));
  TRY(check_report_markdown(markdown));  // Rule RPT-1
  ReportVersion version;
  version.format = ReportFormat::markdown;
  version.text = markdown;
  return save_version(context, caller, case_id, std::move(version), "");
}

Result<ReportVersion> write_report_sections(AppContext& context, const Caller& caller, Id case_id,
                                            const std::vector<ReportSection>& sections) {
  return write_report_version(context, caller, case_id, report_markdown(sections));
}

Result<ReportVersion> upload_report_version(AppContext& context, const Caller& caller, Id case_id,
                                            const ReportUpload& upload) {
  TRY(require_permission(caller, Permission::write_report));
  // Rule RPT-1: a file that is not what it says is refused, and nothing is saved.
  if (upload.bytes.empty()) return Error::invalid({{"file", "Select a DOCX or PDF file"}});
  if (upload.bytes.size() > report_file_limit)
    return Error::invalid({{"file", "The selected file must be smaller than 10MB"}});
  ReportVersion version;
  version.file_name = plain_file_name(upload.file_name);
  const std::optional<ReportFormat> format = format_of(upload, version.file_name);
  if (!format) return Error::invalid({{"file", "The selected file must be a DOCX or PDF"}});
  version.format = *format;
  version.text = TRY(report_file_text(upload.bytes, *format));
  if (version.file_name.empty())
    version.file_name = "report." + std::string(report_format_name(*format));
  version.sha256 = sha256_hex(upload.bytes);
  version.file_size = upload.bytes.size();
  return save_version(context, caller, case_id, std::move(version), upload.bytes);
}

Result<ReportVersion> view_report_version(AppContext& context, const Caller& caller, Id case_id,
                                          int number) {
  TRY(require_permission(caller, Permission::view_report));
  const Id partnership_id = TRY(caller_partnership(caller));
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<ReportVersion> {
        TRY(reachable_report(transaction, caller, partnership_id, case_id, CaseUse::read));
        auto version = transaction.report().find(partnership_id, case_id, number);
        if (!version) return Error::of(ErrorCode::not_found, "No such version of the report");
        return *version;
      });
}

Result<ReportFile> report_version_file(AppContext& context, const Caller& caller, Id case_id,
                                       int number) {
  TRY(require_permission(caller, Permission::view_report));
  const Id partnership_id = TRY(caller_partnership(caller));
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<ReportFile> {
        TRY(reachable_report(transaction, caller, partnership_id, case_id, CaseUse::read));
        auto version = transaction.report().find(partnership_id, case_id, number);
        auto bytes = transaction.report().original(partnership_id, case_id, number);
        if (!version || !bytes)
          return Error::of(ErrorCode::not_found, "No uploaded file for this version");
        return ReportFile{version->file_name, std::string(report_media_type(version->format)),
                          std::move(*bytes)};
      });
}

Result<std::vector<ReportSection>> new_report_sections(AppContext& context, const Caller& caller,
                                                       Id case_id) {
  TRY(require_permission(caller, Permission::write_report));
  const Id partnership_id = TRY(caller_partnership(caller));
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<std::vector<ReportSection>> {
        TRY(reachable_report(transaction, caller, partnership_id, case_id, CaseUse::write));
        const std::vector<std::string> titles =
            report_section_titles(transaction.settings().all(partnership_id));
        const auto latest = transaction.report().latest_markdown(partnership_id, case_id);
        return report_sections_from_markdown(latest ? latest->text : "", titles);
      });
}

}  // namespace casereview
