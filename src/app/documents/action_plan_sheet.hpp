// An action plan as a table to download (issue 13): one row per action with the review, the
// recommendation, the agency, its owner, the kind, the dates, the status and the RAG rating of the
// day (Rule ACT-3) in words. The same columns make the CSV (web/pages/action_pages.cpp) and the
// XLSX here.
#pragma once

#include <string>
#include <vector>

#include "app/actions/action_plans.hpp"

namespace casereview {

std::vector<std::string> action_plan_header();
std::vector<std::string> action_plan_cells(const ActionRow& row);

// The rows as one sheet, "Action plan", its header frozen and filtered. Fails with internal when
// libxlsxwriter does.
Result<std::string> action_plan_xlsx(const std::vector<ActionRow>& rows);

}  // namespace casereview
