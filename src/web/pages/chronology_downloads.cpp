// The chronology's downloads (see chronology_downloads.hpp): the use case decides who may have the
// data, app/documents makes the file, and this file names it and sends it as an attachment.
#include "web/pages/chronology_downloads.hpp"

#include "app/documents/chronology_pdf.hpp"
#include "app/documents/chronology_template.hpp"
#include "app/documents/chronology_xlsx.hpp"
#include "app/documents/merged_chronology_document.hpp"
#include "app/documents/xlsx_file.hpp"
#include "app/reviews/chronologies.hpp"
#include "domain/csv.hpp"
#include "web/problem.hpp"
#include "web/services.hpp"

namespace casereview::web {

namespace {

// The merged chronology as CSV (the API's words): one row per entry, gaps as rows of their own,
// flags by the API's names.
std::string merged_csv(const MergedChronologyView& merged) {
  std::string csv = csv_line({"Start date", "Time", "End date", "Agency", "Source", "Subject",
                              "Event", "Action", "Outcome", "Significance", "Flags"});
  for (const MergedChronologyLine& line : merged_chronology_lines(merged)) {
    if (line.gap != nullptr) {
      const ChronologyGap& gap = *line.gap;
      csv += csv_line({gap.from.to_iso_string(), "", gap.to.to_iso_string(), "", "", "",
                       gap_description(gap), "", "", "", "gap"});
      continue;
    }
    const MergedChronologyRow& row = *line.row;
    std::string flags;
    for (ChronologyFlag flag : row.flags)
      flags += (flags.empty() ? "" : " ") + std::string(chronology_flag_name(flag));
    csv += csv_line({row.entry.date.text(), row.entry.time ? row.entry.time->text() : "",
                     row.entry.end_date ? row.entry.end_date->text() : "", row.agency_name,
                     row.entry.source, row.entry.subject, row.entry.event, row.entry.action,
                     row.entry.outcome, row.entry.significance, flags});
  }
  return csv;
}

Response merged_csv_page(const Request& request, Services& services) {
  return merged_chronology_download(request, services, ChronologyDownload::csv);
}
Response merged_xlsx_page(const Request& request, Services& services) {
  return merged_chronology_download(request, services, ChronologyDownload::xlsx);
}
Response merged_pdf_page(const Request& request, Services& services) {
  return merged_chronology_download(request, services, ChronologyDownload::pdf);
}
Response template_xlsx_page(const Request& request, Services& services) {
  return chronology_template_download(request, services, TemplateDownload::xlsx);
}
Response template_csv_page(const Request& request, Services& services) {
  return chronology_template_download(request, services, TemplateDownload::csv);
}

}  // namespace

std::optional<ChronologyDownload> chronology_download_named(std::string_view name) {
  if (name == "csv") return ChronologyDownload::csv;
  if (name == "xlsx") return ChronologyDownload::xlsx;
  if (name == "pdf") return ChronologyDownload::pdf;
  return std::nullopt;
}

std::optional<TemplateDownload> template_download_named(std::string_view name) {
  if (name == "xlsx") return TemplateDownload::xlsx;
  if (name == "csv") return TemplateDownload::csv;
  return std::nullopt;
}

Response merged_chronology_download(const Request& request, Services& services,
                                    ChronologyDownload format) {
  auto view = merged_chronology(services.app, request.caller(), request.path_id("case_id"));
  if (!view) return error_response(view.error(), request, services);
  const std::string& reference = view.value().case_reference;
  switch (format) {
    case ChronologyDownload::csv:
      return Response::attachment(merged_csv(view.value()), "text/csv; charset=utf-8",
                                  chronology_file_name("chronology", reference, "csv"));
    case ChronologyDownload::xlsx: {
      auto xlsx = merged_chronology_xlsx(view.value());
      if (!xlsx) return error_response(xlsx.error(), request, services);
      return Response::attachment(std::move(xlsx).value(), xlsx_media_type,
                                  chronology_file_name("chronology", reference, "xlsx"));
    }
    case ChronologyDownload::pdf: {
      auto pdf = documents::merged_chronology_pdf(view.value());
      if (!pdf) return error_response(pdf.error(), request, services);
      return Response::attachment(std::move(pdf).value(), "application/pdf",
                                  chronology_file_name("chronology", reference, "pdf"));
    }
  }
  return error_response(Error::of(ErrorCode::internal, "Not a chronology download"), request,
                        services);
}

Response chronology_template_download(const Request& request, Services& services,
                                      TemplateDownload format) {
  auto view = view_chronology(services.app, request.caller(), request.path_id("request_id"));
  if (!view) return error_response(view.error(), request, services);
  const std::string& reference = view.value().case_reference;
  switch (format) {
    case TemplateDownload::xlsx: {
      auto xlsx = chronology_template_xlsx();
      if (!xlsx) return error_response(xlsx.error(), request, services);
      return Response::attachment(std::move(xlsx).value(), xlsx_media_type,
                                  chronology_file_name("chronology-template", reference, "xlsx"));
    }
    case TemplateDownload::csv:
      return Response::attachment(chronology_template_csv(), "text/csv; charset=utf-8",
                                  chronology_file_name("chronology-template", reference, "csv"));
  }
  return error_response(Error::of(ErrorCode::internal, "Not a template download"), request,
                        services);
}

void add_chronology_download_routes(Router& router) {
  router.add("GET", "/cases/{case_id:int}/chronology/csv", Permission::view_chronologies,
             merged_csv_page);
  router.add("GET", "/cases/{case_id:int}/chronology/xlsx", Permission::view_chronologies,
             merged_xlsx_page);
  router.add("GET", "/cases/{case_id:int}/chronology/pdf", Permission::view_chronologies,
             merged_pdf_page);
  // Read by the agency's contributors and by those who asked: the use case decides.
  router.add("GET", "/chronology-requests/{request_id:int}/template/xlsx", Permission::signed_in,
             template_xlsx_page);
  router.add("GET", "/chronology-requests/{request_id:int}/template/csv", Permission::signed_in,
             template_csv_page);
}

}  // namespace casereview::web
