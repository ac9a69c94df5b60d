// The chronology's files (issue 11 "Downloads", Rule CHR-2, Rule CHR-3), answered the same way for
// the API and for the pages' links: the merged chronology as CSV, XLSX or PDF (app/documents), and
// the template a contributor fills in, as XLSX or CSV. Each is an attachment named after the case
// reference, never cached; who may have it is decided by the use case behind it, on every request.
//
// Routes added here, for links from the pages (the API's are in chronology_api.cpp):
//   GET /cases/{case_id}/chronology/{csv|xlsx|pdf}       the merged chronology (view_chronologies)
//   GET /chronology-requests/{request_id}/template/{xlsx|csv}   the template (anyone who may read
//                                                        the request)
#pragma once

#include <optional>
#include <string_view>

#include "web/router.hpp"

namespace casereview::web {

enum class ChronologyDownload { csv, xlsx, pdf };
enum class TemplateDownload { xlsx, csv };

// The format named "csv", "xlsx" (or, for the merged chronology, "pdf"); nothing for any other
// name.
std::optional<ChronologyDownload> chronology_download_named(std::string_view name);
std::optional<TemplateDownload> template_download_named(std::string_view name);

// The merged chronology of the route's {case_id} as a file (Rule CHR-3); the use case's error
// (not_found, forbidden) as a problem or an error page, and internal when the file cannot be made.
Response merged_chronology_download(const Request& request, Services& services,
                                    ChronologyDownload format);

// The template for the route's {request_id} (Rule CHR-2); not_found, as view_chronology, for a
// request the caller may not read.
Response chronology_template_download(const Request& request, Services& services,
                                      TemplateDownload format);

void add_chronology_download_routes(Router& router);

}  // namespace casereview::web
