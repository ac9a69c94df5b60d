#include "app/reports/yearly_report_pdf.hpp"

#include "app/documents/report_pdf.hpp"
#include "app/reports/yearly_figures.hpp"

namespace casereview {

namespace {

using documents::ReportBlock;
using documents::ReportBlockKind;

// The order of the PDF's sections: the figures' groups, then their breakdowns.
constexpr const char* sections[] = {
    "Notifications",           "Rapid reviews",   "Reviews",  "Actions",
    "Actions by agency",       "Actions by kind", "Training", "People trained by agency",
    "Library entries by theme"};

}  // namespace

Result<std::string> yearly_report_pdf(AppContext& context, const Caller& caller,
                                      const ReportPeriod& period) {
  const YearlyReport report = TRY(yearly_report(context, caller, period));
  const std::string before = period_label(report.previous.period);
  documents::ReportPdf pdf;
  pdf.title = "Yearly report " + period_label(period);
  pdf.lines = {report.partnership, day_month_year(period.from) + " to " +
                                       day_month_year(period.to) + ", compared with " + before};
  documents::ReportPdfSection slow{.title = "Where progress was slow"};
  for (const std::string& area : little_progress(report.current))
    slow.blocks.push_back({ReportBlockKind::list_item, area});
  if (slow.blocks.empty())
    slow.blocks.push_back({ReportBlockKind::paragraph, "Nothing was late or overdue."});
  pdf.sections.push_back(std::move(slow));
  const std::vector<ComparedRow> rows = compared_rows(report.current, report.previous);
  for (const char* title : sections) {
    documents::ReportPdfSection section{.title = title};
    for (const ComparedRow& row : rows) {
      if (row.section != title) continue;
      section.blocks.push_back(
          {ReportBlockKind::list_item,
           row.figure + ": " + row.current + " (" + before + ": " + row.previous + ")"});
    }
    if (!section.blocks.empty()) pdf.sections.push_back(std::move(section));
  }
  return documents::report_pdf(pdf);
}

}  // namespace casereview
