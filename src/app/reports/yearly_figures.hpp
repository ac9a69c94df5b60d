// The yearly report's figures (issue 15, Rule YR-1): a partnership's, for its business manager and
// committee (permission report_yearly), with the period before for comparison; and every
// partnership's side by side for the National Panel (permission view_national_figures), with no
// case's detail. What counts in a period is set out in domain/yearly_report.hpp.
//
// Example:
//   Result<YearlyReport> report = yearly_report(context, caller, reporting_year(2025));
//   report.value().current.notifications.sent_on_time;
//
// Reads only: one read transaction each, nothing written.
#pragma once

#include <string>
#include <vector>

#include "app/context.hpp"
#include "domain/yearly_report.hpp"

namespace casereview {

struct YearlyReport {
  std::string partnership;  // its name
  YearlyFigures current;
  YearlyFigures previous;  // the period of the same length before (domain previous_period)
};

// forbidden without report_yearly; the partnership is the caller's.
Result<YearlyReport> yearly_report(AppContext& context, const Caller& caller,
                                   const ReportPeriod& period);

struct PartnershipFigures {
  Id partnership_id = 0;
  std::string partnership;
  YearlyFigures figures;  // without the breakdowns by agency and kind, and without themes
};

struct NationalFigures {
  ReportPeriod period;
  std::vector<PartnershipFigures> partnerships;  // every partnership, by name
  std::vector<ThemeFigures> themes;              // across every partnership
};

// forbidden without view_national_figures.
Result<NationalFigures> national_figures(AppContext& context, const Caller& caller,
                                         const ReportPeriod& period);

}  // namespace casereview
