// The yearly report's publication (issue 15, Rule YR-1): the manager or a committee member records
// the day the partnership published its report for a period; the program then says by when it
// must go to the National Panel and to Foundations (setting yearly_report_send_calendar_days,
// default 7) and emails the person who recorded it that reminder; each sending is recorded too.
// Permission report_yearly; the partnership is the caller's.
//
// Example:
//   record_yearly_report_publication(context, caller, reporting_year(2025), "2026-09-30");
//   record_yearly_report_sent(context, caller, reporting_year(2025), "panel", "2026-10-02");
#pragma once

#include <optional>
#include <string>

#include "app/context.hpp"
#include "app/ports/yearly_report.hpp"

namespace casereview {

struct YearlyReportPublicationView {
  std::optional<YearlyReportPublication> publication;  // nothing until it is recorded
  int send_within_days = 7;
  std::optional<CivilDate> send_by;  // published_on + send_within_days
};

Result<YearlyReportPublicationView> yearly_report_publication(AppContext& context,
                                                              const Caller& caller,
                                                              const ReportPeriod& period);

// invalid_input on "published_on": not a real date, in the future, or before the period's end
// (a report of a year is published after it). Recording again corrects the day; audited.
Result<YearlyReportPublicationView> record_yearly_report_publication(
    AppContext& context, const Caller& caller, const ReportPeriod& period,
    const std::string& published_on);

// invalid_input on "recipient" (not "panel" or "foundations") or "sent_on" (not a real date, in
// the future, or before the report was published); wrong_state before its publication is
// recorded. Audited.
Result<YearlyReportPublicationView> record_yearly_report_sent(AppContext& context,
                                                              const Caller& caller,
                                                              const ReportPeriod& period,
                                                              const std::string& recipient,
                                                              const std::string& sent_on);

}  // namespace casereview
