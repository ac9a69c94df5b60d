// Late cancellations and no-shows, and what they cost (Rule TRN-9, issue 18): recording them as the
// bookings are cancelled and the registers marked, and the charges report a partnership invoices
// agencies from — per agency, who, which session, late or no-show, the amount — as a page (paged
// in the database) and as CSV.
//
// Permission: manage_training for the report (the partnership's trainers and business managers).
// Reading it is audited (it names people), as the register's is.
#pragma once

#include <string>
#include <vector>

#include "app/context.hpp"
#include "app/training/bookings.hpp"
#include "domain/paging.hpp"
#include "domain/training_charges.hpp"
#include "domain/yearly_report.hpp"

namespace casereview {

inline constexpr int charges_per_page = 50;

struct ChargesReport {
  ReportPeriod period;  // sessions dated in it
  std::vector<AgencyChargeTotal> agencies;
  long long total_pence = 0;
  int total = 0;  // charges in the period
  PageWindow window;
  std::vector<ChargeRow> charges;  // this page's, ordered as the agencies, then session date
};

// The charges on the partnership's sessions dated in `period`, one page of them (page 1 first).
Result<ChargesReport> charges_report(AppContext& context, const Caller& caller,
                                     const ReportPeriod& period, int page);

// Every charge of the period as CSV (RFC 4180, CRLF, formulas neutralised): agency, name, email,
// course, session date, half or full day, late cancellation or did not attend, amount, recorded.
Result<DownloadFile> charges_csv(AppContext& context, const Caller& caller,
                                 const ReportPeriod& period);

namespace training {

// The partnership's rates; internal when its stored settings cannot be read.
Result<ChargeRates> charge_rates_of(Transaction& transaction, Id partnership_id);

// Rule TRN-2 and Rule TRN-9: what a person is told about cancelling this session late or not
// attending (domain cancellation_policy, at the rates of the session's partnership's `settings`).
Result<std::string> cancellation_policy_of(const SettingValues& settings,
                                           const WorkingDayCalendar& working_days,
                                           const TrainingSession& session);

// Rule TRN-9 after a mark on the register: a did-not-attend mark records a no-show at today's rate;
// any other mark removes a no-show the booking had.
Status settle_no_show(Transaction& transaction, const Booking& marked,
                      const TrainingSession& session, Instant now);

}  // namespace training

}  // namespace casereview
