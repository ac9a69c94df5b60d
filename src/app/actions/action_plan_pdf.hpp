// A case's action plan as a PDF fit to publish with its report (issue 13): for each of the case's
// recommendations (the review's, and any from the rapid review's learning, Rule ACT-1), its text
// and the actions answering it — what each agency will do, the
// kind, how success will be measured, the dates, the status and the RAG rating of the day with
// its reason (Rule ACT-3). It names agencies, never people: no owner, no author of an update.
// Typeset by app/documents/report_pdf (A4, contents, bookmarks, tagged).
#pragma once

#include <string>

#include "app/context.hpp"

namespace casereview {

// For the partnership's managers and committee members (oversee_actions); another partnership's
// case, or one without recommendations, is not_found.
Result<std::string> action_plan_pdf(AppContext& context, const Caller& caller, Id case_id);

}  // namespace casereview
