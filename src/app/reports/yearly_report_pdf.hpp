// The yearly report as a PDF the partnership can put into its published report (issue 15,
// Rule YR-1): the final report's typesetting (app/documents/report_pdf: A4, tagged, contents with
// pages), a section for where progress was slow, one for each group of figures — each figure a
// line with this period's value and the period before's — and the library's themes.
#pragma once

#include <string>

#include "app/context.hpp"
#include "domain/yearly_report.hpp"

namespace casereview {

// The PDF's bytes; yearly_report's errors (forbidden without report_yearly).
Result<std::string> yearly_report_pdf(AppContext& context, const Caller& caller,
                                      const ReportPeriod& period);

}  // namespace casereview
