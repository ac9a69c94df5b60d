// What the action plans' pages and API share (issue 13): the list's filters read from a query,
// evidence read from a form, a file of evidence as a download, the RAG rating as a tag that says
// its colour in words (Rule ACT-3: never colour alone) and the legend of what each means.
#pragma once

#include <cstdint>

#include "app/actions/action_plans.hpp"
#include "app/actions/action_progress.hpp"
#include "web/html.hpp"
#include "web/http.hpp"

namespace casereview::web {

// The most an evidence upload's body may be: the largest file a partnership may allow (the
// setting's maximum, 20 MB) and the multipart form around it.
inline constexpr std::int64_t evidence_upload_limit = std::int64_t{21} << 20;

// The filters of ?case_id=&agency_id=&owner_user_id=&kind=&status=&rag=&overdue= (pages and API).
Result<ActionFilter> action_filter_from_query(const Request& request);

// kind, text and the "file" field of a multipart form.
EvidenceInput evidence_from_form(const Request& request);

// The evidence's file, always as an attachment (never shown inline), under its safe name.
Response evidence_download(EvidenceDownload file);

// "Red", "Amber", … as a GOV.UK tag of that colour; blue reads "Blue: closed".
Html rag_tag(Rag rag);

// What each colour means with the partnership's numbers, as a summary list.
Html rag_legend(const RagThresholds& thresholds);

std::string action_path(Id action_id);

}  // namespace casereview::web
