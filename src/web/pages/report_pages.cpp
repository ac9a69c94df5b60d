// The report's pages: see the header. Rule RPT-1.
#include "web/pages/report_pages.hpp"

#include "app/reviews/report_versions.hpp"
#include "domain/policy.hpp"
#include "domain/uk_time.hpp"
#include "web/components/back_link.hpp"
#include "web/components/button.hpp"
#include "web/components/file_upload.hpp"
#include "web/components/summary_list.hpp"
#include "web/components/table.hpp"
#include "web/components/textarea.hpp"
#include "web/forms.hpp"
#include "web/layout.hpp"
#include "web/markdown.hpp"
#include "web/page_markup.hpp"
#include "web/pages/report_accuracy_pages.hpp"
#include "web/pages/report_comparison_pages.hpp"
#include "web/problem.hpp"
#include "web/services.hpp"

namespace casereview::web {

namespace {

Id case_id_of(const Request& request) { return request.path_id("case_id"); }

std::string format_text(const ReportVersion& version) {
  switch (version.format) {
    case ReportFormat::markdown:
      return "Written here";
    case ReportFormat::docx:
      return "Uploaded DOCX";
    case ReportFormat::pdf:
      return "Uploaded PDF";
  }
  return "";
}

std::string size_text(std::size_t bytes) {
  if (bytes < 1024) return std::to_string(bytes) + " bytes";
  if (bytes < 1024 * 1024) return std::to_string((bytes + 1023) / 1024) + " KB";
  return std::to_string((bytes + 1024 * 1024 - 1) / (1024 * 1024)) + " MB";
}

std::string banner(const Request& request) {
  if (request.done_flag() == "saved") return "The version is saved";
  return "";
}

// GET /cases/{case_id}/report: the versions, newest first, 20 a page.
Response show_report(const Request& request, Services& services) {
  const Id case_id = case_id_of(request);
  auto found = report_overview(services.app, request.caller(), case_id, request.page_number());
  if (!found) return error_response(found.error(), request, services);
  const ReportOverview& overview = found.value();
  Html content = heading("The report", overview.case_reference);
  if (overview.versions.empty()) {
    content += paragraph("There are no versions of the report yet.");
  } else {
    govuk::TableOptions table;
    table.caption = "Versions, newest first";
    table.caption_classes = "govuk-table__caption--m";
    table.head = {{.text = "Version"}, {.text = "Saved"}, {.text = "By"}, {.text = "How"}};
    for (const ReportVersion& version : overview.versions) {
      const auto name = overview.names.find(version.created_by);
      table.rows.push_back({{.html = link(version_path(case_id, version.number),
                                          "Version " + std::to_string(version.number))},
                            {.text = uk_time_text(version.created_at)},
                            {.text = name == overview.names.end() ? "" : name->second},
                            {.text = format_text(version)}});
    }
    content += govuk::table(table) +
               paragraph_link(report_path(case_id) + "/final",
                              "The final report: the version marked final, the partnership's "
                              "response and the partners' sign-offs");
    const std::size_t pages = static_cast<std::size_t>(
        (overview.total + report_versions_per_page - 1) / report_versions_per_page);
    content += page_numbers(static_cast<std::size_t>(request.page_number()), pages,
                            [&](std::size_t number) {
                              return report_path(case_id) + "?page=" + std::to_string(number);
                            });
  }
  if (overview.can_write)
    content +=
        Html::trusted("<div class=\"govuk-button-group\">") +
        govuk::button({.text = "Write a new version", .href = report_path(case_id) + "/new"}) +
        govuk::button({.text = "Upload a version",
                       .href = report_path(case_id) + "/upload",
                       .classes = "govuk-button--secondary"}) +
        Html::trusted("</div>");
  Page shown;
  shown.title = "The report";
  shown.before_content =
      govuk::back_link({.href = "/cases/" + std::to_string(case_id) + "/review"});
  shown.content = two_thirds(success_banner(banner(request)) + content);
  return page_response(shown, request, services);
}

// The "Write a new version" form: each section of the template a textarea. The first carries the
// id "markdown", so the error summary's link for a blank report lands on it.
Response write_page(const Request& request, Services& services, const std::optional<Error>& error) {
  const Id case_id = case_id_of(request);
  std::vector<ReportSection> sections;
  if (error) {
    const std::vector<std::string> titles = request.form_values("title");
    const std::vector<std::string> texts = request.form_values("text");
    for (std::size_t index = 0; index < titles.size(); ++index)
      sections.push_back({titles[index], index < texts.size() ? texts[index] : ""});
  } else {
    auto found = new_report_sections(services.app, request.caller(), case_id);
    if (!found) return error_response(found.error(), request, services);
    sections = std::move(found.value());
  }
  const FormErrors errors = FormErrors::of(error);
  Html fields;
  for (std::size_t index = 0; index < sections.size(); ++index) {
    const ReportSection& section = sections[index];
    fields += hidden_input("title", section.title) +
              govuk::textarea(
                  {.id = index == 0 ? "markdown" : "section-" + std::to_string(index),
                   .name = "text",
                   .rows = 8,
                   .value = section.text,
                   .label = {.text = section.title, .classes = "govuk-label--m"},
                   .hint = index == 0 ? std::optional<govuk::HintOptions>(
                                            {.text = "Markdown: a blank line between "
                                                     "paragraphs, ### for a heading."})
                                      : std::nullopt,
                   .error_message = index == 0 ? errors.for_field("markdown") : std::nullopt});
  }
  Page page;
  page.title = "Write a new version of the report";
  page.has_errors = error.has_value();
  page.before_content = govuk::back_link({.href = report_path(case_id)});
  page.content = two_thirds(
      errors.summary() + heading("Write a new version of the report") +
      paragraph("The text starts as the last version written here. Saving makes a new version; "
                "earlier versions are kept as they are.") +
      form_start(request, report_path(case_id) + "/versions") + fields +
      govuk::button({.text = "Save as a new version", .prevent_double_click = true}) + form_end());
  return page_response(page, request, services, error ? status_for(error->code) : 200);
}

Response show_write(const Request& request, Services& services) {
  return write_page(request, services, std::nullopt);
}

// POST /cases/{case_id}/report/versions (Rule RPT-1)
Response write(const Request& request, Services& services) {
  const std::vector<std::string> titles = request.form_values("title");
  const std::vector<std::string> texts = request.form_values("text");
  std::vector<ReportSection> sections;
  for (std::size_t index = 0; index < titles.size() && index < texts.size(); ++index)
    sections.push_back({titles[index], texts[index]});
  auto saved = write_report_sections(services.app, request.caller(), case_id_of(request), sections);
  if (!saved) {
    if (shown_on_form(saved.error())) return write_page(request, services, saved.error());
    return error_response(saved.error(), request, services);
  }
  return Response::redirect(version_path(case_id_of(request), saved.value().number) +
                            "?done=saved");
}

Response upload_page(const Request& request, Services& services,
                     const std::optional<Error>& error) {
  const Id case_id = case_id_of(request);
  const FormErrors errors = FormErrors::of(error);
  Page page;
  page.title = "Upload a version of the report";
  page.has_errors = error.has_value();
  page.before_content = govuk::back_link({.href = report_path(case_id)});
  page.content = two_thirds(
      errors.summary() + heading("Upload a version of the report") +
      paragraph("Upload the report as a Word document (DOCX) or a PDF. Its text is read so "
                "versions can be compared; the file itself is kept as it is.") +
      Html::trusted("<form method=\"post\" action=\"") + escape(report_path(case_id) + "/upload") +
      Html::trusted("\" enctype=\"multipart/form-data\" novalidate>") + csrf_input(request) +
      govuk::file_upload({.id = "file",
                          .name = "file",
                          .label = {.text = "The report file", .classes = "govuk-label--s"},
                          .hint = govuk::HintOptions{.text = "DOCX or PDF, smaller than 10MB"},
                          .error_message = errors.for_field("file")}) +
      govuk::button({.text = "Upload the version", .prevent_double_click = true}) + form_end());
  return page_response(page, request, services, error ? status_for(error->code) : 200);
}

Response show_upload(const Request& request, Services& services) {
  // The form is only for those who may write: ask the use case, which knows the appointment.
  auto allowed = new_report_sections(services.app, request.caller(), case_id_of(request));
  if (!allowed) return error_response(allowed.error(), request, services);
  return upload_page(request, services, std::nullopt);
}

// POST /cases/{case_id}/report/upload (multipart/form-data): Rule RPT-1.
Response upload(const Request& request, Services& services) {
  const UploadedFile* file = nullptr;
  for (const UploadedFile& each : request.files)
    if (each.field == "file" && !each.filename.empty()) file = &each;
  ReportUpload upload;
  if (file) upload = {file->filename, file->content_type, file->content};
  auto saved = upload_report_version(services.app, request.caller(), case_id_of(request), upload);
  if (!saved) {
    if (shown_on_form(saved.error())) return upload_page(request, services, saved.error());
    return error_response(saved.error(), request, services);
  }
  return Response::redirect(version_path(case_id_of(request), saved.value().number) +
                            "?done=saved");
}

// GET /cases/{case_id}/report/versions/{number}
Response show_version(const Request& request, Services& services) {
  const Id case_id = case_id_of(request);
  const int number = static_cast<int>(request.path_id("number"));
  auto found = view_report_version(services.app, request.caller(), case_id, number);
  if (!found) return error_response(found.error(), request, services);
  const ReportVersion& version = found.value();
  govuk::SummaryListOptions facts;
  facts.rows.push_back(
      {.key = {.text = "Saved"}, .value = {.text = uk_time_text(version.created_at)}});
  facts.rows.push_back({.key = {.text = "How"}, .value = {.text = format_text(version)}});
  Html body;
  if (version.format == ReportFormat::markdown) {
    body = render_markdown(version.text, {.heading_offset = 1});
  } else {
    facts.rows.push_back({.key = {.text = "File"},
                          .value = {.html = link(version_path(case_id, number) + "/original",
                                                 "Download " + version.file_name + " (" +
                                                     size_text(version.file_size) + ")")}});
    facts.rows.push_back({.key = {.text = "SHA-256"}, .value = {.text = version.sha256}});
    // The DOCX's headings were kept as "#" lines, so the text reads as Markdown (safe mode).
    body = section_heading("The text of the file") +
           render_markdown(version.text, {.heading_offset = 2});
  }
  Page page;
  page.title = "Version " + std::to_string(number) + " of the report";
  page.before_content = govuk::back_link({.href = report_path(case_id)});
  page.content = two_thirds(
      success_banner(banner(request)) +
      heading("Version " + std::to_string(number) + " of the report") + govuk::summary_list(facts) +
      (number > 1 ? report_compare_form(case_id, number, number - 1) : Html()) +
      paragraph_link(circulation_path(case_id, number),
                     "Factual accuracy: the agencies sent this version, and their comments") +
      body);
  return page_response(page, request, services);
}

// GET /cases/{case_id}/report/versions/{number}/original: the uploaded file, as an attachment.
Response download_original(const Request& request, Services& services) {
  const int number = static_cast<int>(request.path_id("number"));
  auto file = report_version_file(services.app, request.caller(), case_id_of(request), number);
  if (!file) return error_response(file.error(), request, services);
  const std::string ending = file.value().media_type == "application/pdf" ? "pdf" : "docx";
  return Response::attachment(std::move(file.value().bytes), file.value().media_type,
                              "report-version-" + std::to_string(number) + "." + ending);
}

}  // namespace

std::string report_path(Id case_id) { return "/cases/" + std::to_string(case_id) + "/report"; }
std::string version_path(Id case_id, int number) {
  return report_path(case_id) + "/versions/" + std::to_string(number);
}

Html review_report_section(const Request& request, Services& services, Id case_id) {
  if (!permits(request.actor, false, Permission::view_report)) return Html();
  auto found = report_overview(services.app, request.caller(), case_id);
  if (!found) return Html();
  const int total = found.value().total;
  return section_heading("The report") +
         paragraph(total == 0 ? "There are no versions of the report yet."
                              : "The report has " + std::to_string(total) +
                                    (total == 1 ? " version." : " versions.")) +
         paragraph_link(report_path(case_id), "Read and write the report");
}

void add_report_routes(Router& router) {
  router.add("GET", "/cases/{case_id:int}/report", Permission::view_report, show_report);
  router.add("GET", "/cases/{case_id:int}/report/new", Permission::write_report, show_write);
  router.add("POST", "/cases/{case_id:int}/report/versions", Permission::write_report, write);
  router.add("GET", "/cases/{case_id:int}/report/upload", Permission::write_report, show_upload);
  router.add("POST", "/cases/{case_id:int}/report/upload", Permission::write_report, upload);
  // A report file may be up to report_file_limit (10 MB), beyond the server's usual body limit;
  // the form around it needs a little more.
  router.accept_bodies_up_to(static_cast<std::int64_t>(report_file_limit) + (64 << 10));
  // A file over the server's body limit: the form again, with the error on the file.
  router.on_too_large([](const Request& request, Services& services) {
    Response page = upload_page(
        request, services,
        Error::invalid({{"file", "The selected file is larger than this service accepts"}}));
    page.status = 413;
    return page;
  });
  router.add("GET", "/cases/{case_id:int}/report/versions/{number:int}", Permission::view_report,
             show_version);
  router.add("GET", "/cases/{case_id:int}/report/versions/{number:int}/original",
             Permission::view_report, download_original);
}

}  // namespace casereview::web
