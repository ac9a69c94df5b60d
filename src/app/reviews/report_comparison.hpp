// Comparing two versions of the report (issue 12, Rule RPT-1): the difference, line by line, of
// their text — written in the program, or extracted from the DOCX or PDF when it was uploaded
// (app/documents/report_text). Access as the report's versions (report_versions.hpp): the
// appointed reviewer, the partnership's managers and committee members; not_found for anyone else.
#pragma once

#include <string>
#include <vector>

#include "app/context.hpp"
#include "domain/report_version.hpp"
#include "domain/text_diff.hpp"

namespace casereview {

struct ReportComparison {
  std::string case_reference;
  ReportVersion from;  // the version compared against (the `against` number)
  ReportVersion to;    // the version asked for
  std::vector<DiffLine> lines;
};

// Rule RPT-1: version `number` against version `against`, any two in either order.
// invalid_input on "against" when it is not a number of a version of the case; not_found when
// `number` is not; forbidden without view_report; not_found for a case the caller does not reach.
Result<ReportComparison> compare_report_versions(AppContext& context, const Caller& caller,
                                                 Id case_id, int number, int against);

}  // namespace casereview
