// The review's report (issue 12, Rule RPT-1): numbered, immutable versions, written in the
// program in the sections of the partnership's template or uploaded as a DOCX or PDF whose text
// is extracted on arrival (app/documents/report_text.hpp).
//
// Who may do what (checked here, on every call, not only by the pages that link here):
//   write or upload a version    Permission::write_report: a reviewer appointed to the case
//   read versions, their files   Permission::view_report: a manager or committee member of the
//                                partnership, a reviewer appointed to the case
// A case of another partnership, one with no review, or one a reviewer is not appointed to is
// not_found, so its existence does not leak.
//
// There is no use case that changes or removes a version: a correction is a new version.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "app/context.hpp"
#include "domain/report_version.hpp"

namespace casereview {

// The report as its readers see it: the case's reference and pseudonyms (never names), a page of
// its versions without their text, newest first, and who wrote them.
struct ReportOverview {
  Id case_id = 0;
  std::string case_reference;
  std::vector<std::string> pseudonyms;
  std::vector<ReportVersion> versions;
  int total = 0;                    // versions in all
  std::map<Id, std::string> names;  // of the people who saved them
  bool can_write = false;           // the caller is an appointed reviewer
};

inline constexpr int report_versions_per_page = 20;

// The case's versions, page `page` (1 for the newest report_versions_per_page). not_found as
// above.
Result<ReportOverview> report_overview(AppContext& context, const Caller& caller, Id case_id,
                                       int page = 1);

// Rule RPT-1: saves Markdown written in the program as the case's next version. invalid_input on
// "markdown" (check_report_markdown); not_found as above; forbidden without write_report.
Result<ReportVersion> write_report_version(AppContext& context, const Caller& caller, Id case_id,
                                           const std::string& markdown);

// As write_report_version, from the template's sections (each under its own heading). invalid_input
// on "markdown" when every section is blank.
Result<ReportVersion> write_report_sections(AppContext& context, const Caller& caller, Id case_id,
                                            const std::vector<ReportSection>& sections);

struct ReportUpload {
  std::string file_name;   // as the browser or client gave it; folders are dropped
  std::string media_type;  // its Content-Type; when not a DOCX's or a PDF's, the name's ending
  std::string bytes;
};

// Rule RPT-1: saves an uploaded DOCX or PDF as the case's next version, with its text, name,
// size and SHA-256. invalid_input on "file" when none is given, it is larger than
// report_file_limit, it is neither a DOCX nor a PDF, or it is not what it says (a damaged zip,
// not a PDF): nothing is saved. Access as write_report_version.
Result<ReportVersion> upload_report_version(AppContext& context, const Caller& caller, Id case_id,
                                            const ReportUpload& upload);

// The version with its text. not_found for no such number, and as above.
Result<ReportVersion> view_report_version(AppContext& context, const Caller& caller, Id case_id,
                                          int number);

// An uploaded version's file as it came, with its name and media type. not_found for a Markdown
// version, no such number, and as above.
struct ReportFile {
  std::string file_name;
  std::string media_type;
  std::string bytes;
};
Result<ReportFile> report_version_file(AppContext& context, const Caller& caller, Id case_id,
                                       int number);

// The template's sections for a new version, filled from the newest version written in the
// program (empty when there is none). Access as write_report_version.
Result<std::vector<ReportSection>> new_report_sections(AppContext& context, const Caller& caller,
                                                       Id case_id);

}  // namespace casereview
