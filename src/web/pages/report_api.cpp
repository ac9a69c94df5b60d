// The report's API handlers: see the header.
#include "web/pages/report_api.hpp"

#include "app/reviews/report_comparison.hpp"
#include "app/reviews/report_versions.hpp"
#include "web/json.hpp"
#include "web/problem.hpp"

namespace casereview::web {

namespace {

using Object = Poco::JSON::Object::Ptr;

Id case_id_of(const Request& request) { return request.path_id("case_id"); }
int number_of(const Request& request) { return static_cast<int>(request.path_id("number")); }

Object version_json(const ReportVersion& version, bool with_text) {
  Object document = json_object();
  document->set("number", version.number);
  document->set("case_id", static_cast<Poco::Int64>(version.case_id));
  document->set("format", std::string(report_format_name(version.format)));
  document->set("created_at", format_instant(version.created_at));
  document->set("created_by", static_cast<Poco::Int64>(version.created_by));
  if (version.format != ReportFormat::markdown) {
    document->set("file_name", version.file_name);
    document->set("file_size", static_cast<Poco::UInt64>(version.file_size));
    document->set("sha256", version.sha256);
  }
  if (with_text) document->set("text", version.text);
  return document;
}

// The filename parameter of a Content-Disposition header ("attachment; filename=\"a.docx\""), or
// "".
std::string disposition_file_name(const std::string& header) {
  const std::size_t at = header.find("filename=");
  if (at == std::string::npos) return "";
  std::string name = header.substr(at + 9);
  if (!name.empty() && name.front() == '"') {
    name = name.substr(1);
    name = name.substr(0, name.find('"'));
  } else {
    name = name.substr(0, name.find(';'));
  }
  return name;
}

// POST /api/v1/cases/{case_id}/report/versions: a JSON body {markdown}, or the DOCX or PDF itself
// with its Content-Type (its name from Content-Disposition's filename, if any) → 201 {number}
// (Rule RPT-1).
Response add_version(const Request& request, Services& services) {
  const std::string type = request.header("content-type");
  Result<ReportVersion> saved = Error::of(ErrorCode::internal, "");
  if (type.rfind("application/json", 0) == 0) {
    auto body = json_body(request);
    if (!body) return error_response(body.error(), request, services);
    saved = write_report_version(services.app, request.caller(), case_id_of(request),
                                 json_string(body.value(), "markdown"));
  } else {
    saved = upload_report_version(
        services.app, request.caller(), case_id_of(request),
        {disposition_file_name(request.header("content-disposition")), type, request.body});
  }
  if (!saved) return error_response(saved.error(), request, services);
  return Response::json(json_text(version_json(saved.value(), false)), 201);
}

// GET /api/v1/cases/{case_id}/report/versions → {total, versions: [{number, format, …}]}, newest
// first, ?page=N of 20.
Response list_versions(const Request& request, Services& services) {
  auto overview =
      report_overview(services.app, request.caller(), case_id_of(request), request.page_number());
  if (!overview) return error_response(overview.error(), request, services);
  Object document = json_object();
  document->set("total", overview.value().total);
  Poco::JSON::Array::Ptr versions = new Poco::JSON::Array();
  for (const ReportVersion& version : overview.value().versions)
    versions->add(version_json(version, false));
  document->set("versions", versions);
  return Response::json(json_text(document));
}

// GET /api/v1/cases/{case_id}/report/versions/{number} → the version with its text;
// ?format=original → the uploaded file as an attachment.
Response show_version(const Request& request, Services& services) {
  if (request.query_value("format").value_or("") == "original") {
    auto file = report_version_file(services.app, request.caller(), case_id_of(request),
                                    number_of(request));
    if (!file) return error_response(file.error(), request, services);
    const std::string ending = file.value().media_type == "application/pdf" ? "pdf" : "docx";
    return Response::attachment(
        std::move(file.value().bytes), file.value().media_type,
        "report-version-" + std::to_string(number_of(request)) + "." + ending);
  }
  auto version =
      view_report_version(services.app, request.caller(), case_id_of(request), number_of(request));
  if (!version) return error_response(version.error(), request, services);
  return Response::json(json_text(version_json(version.value(), true)));
}

// GET /api/v1/cases/{case_id}/report/versions/{number}/diff?against=M (Rule RPT-1): the changes
// from version M to this one, as a unified difference and as hunks of lines.
Response compare_versions(const Request& request, Services& services) {
  const std::optional<Id> against = parse_id(request.query_value("against").value_or(""));
  auto compared = compare_report_versions(
      services.app, request.caller(), case_id_of(request), number_of(request),
      against && *against < 1'000'000 ? static_cast<int>(*against) : 0);
  if (!compared) return error_response(compared.error(), request, services);
  const ReportComparison& shown = compared.value();
  Object document = json_object();
  document->set("from", shown.from.number);
  document->set("to", shown.to.number);
  document->set("changed", has_changes(shown.lines));
  const std::string from = "Version " + std::to_string(shown.from.number);
  const std::string to = "Version " + std::to_string(shown.to.number);
  document->set("unified", unified_diff(shown.lines, from, to));
  Poco::JSON::Array::Ptr hunks = new Poco::JSON::Array();
  for (const DiffHunk& hunk : diff_hunks(shown.lines)) {
    Object item = json_object();
    item->set("old_start", hunk.old_start);
    item->set("old_count", hunk.old_count);
    item->set("new_start", hunk.new_start);
    item->set("new_count", hunk.new_count);
    Poco::JSON::Array::Ptr lines = new Poco::JSON::Array();
    for (const DiffLine& line : hunk.lines) {
      Object each = json_object();
      each->set("kind", std::string(line.kind == DiffKind::same      ? "same"
                                    : line.kind == DiffKind::removed ? "removed"
                                                                     : "added"));
      if (line.old_line) each->set("old_line", line.old_line);
      if (line.new_line) each->set("new_line", line.new_line);
      each->set("text", line.text);
      lines->add(each);
    }
    item->set("lines", lines);
    hunks->add(item);
  }
  document->set("hunks", hunks);
  return Response::json(json_text(document));
}

}  // namespace

void add_report_api_routes(Router& router) {
  router.add("POST", "/api/v1/cases/{case_id:int}/report/versions", Permission::write_report,
             add_version);
  // An uploaded DOCX or PDF may be up to report_file_limit (10 MB), beyond the server's usual
  // limit.
  router.accept_bodies_up_to(static_cast<std::int64_t>(report_file_limit));
  router.add("GET", "/api/v1/cases/{case_id:int}/report/versions", Permission::view_report,
             list_versions);
  router.add("GET", "/api/v1/cases/{case_id:int}/report/versions/{number:int}",
             Permission::view_report, show_version);
  router.add("GET", "/api/v1/cases/{case_id:int}/report/versions/{number:int}/diff",
             Permission::view_report, compare_versions);
}

}  // namespace casereview::web
