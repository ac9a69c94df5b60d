#include "app/training/charges.hpp"

#include "app/audit.hpp"
#include "app/training/training_support.hpp"
#include "domain/csv.hpp"
#include "domain/uk_time.hpp"

namespace casereview {

namespace {

constexpr int csv_batch = 1000;

void audit_reading(Transaction& transaction, const Caller& caller, const ReportPeriod& period,
                   Instant now) {
  record_audit(transaction, caller, now,
               {audit_action::view, audit_entity::training_charges,
                period.from.to_iso_string() + " to " + period.to.to_iso_string()});
}

}  // namespace

Result<ChargesReport> charges_report(AppContext& context, const Caller& caller,
                                     const ReportPeriod& period, int page) {
  const Id partnership_id = TRY(training::require_training_manager(caller));
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<ChargesReport> {
        TrainingChargeRepository& charges = transaction.training_charges();
        ChargesReport report;
        report.period = period;
        report.agencies = charges.totals(partnership_id, period.from, period.to);
        for (const AgencyChargeTotal& agency : report.agencies)
          report.total_pence += agency.amount_pence;
        report.total = charges.count(partnership_id, period.from, period.to);
        report.window = page_window(page, report.total, charges_per_page);
        report.charges = charges.page(partnership_id, period.from, period.to, report.window.offset,
                                      charges_per_page);
        audit_reading(transaction, caller, period, now);
        return report;
      });
}

Result<DownloadFile> charges_csv(AppContext& context, const Caller& caller,
                                 const ReportPeriod& period) {
  const Id partnership_id = TRY(training::require_training_manager(caller));
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<DownloadFile> {
        std::string csv = csv_line({"Agency", "Name", "Email", "Course", "Session date",
                                    "Session length", "Reason", "Amount", "Recorded"});
        for (int offset = 0;; offset += csv_batch) {
          const std::vector<ChargeRow> rows = transaction.training_charges().page(
              partnership_id, period.from, period.to, offset, csv_batch);
          for (const ChargeRow& row : rows) {
            csv += csv_line(
                {row.agency, row.person_name, row.person_email, row.course_title,
                 row.session_date.to_iso_string(), session_length_title(row.charge.length),
                 charge_reason_title(row.charge.reason), money_text(row.charge.amount_pence),
                 uk_time_text(row.charge.recorded_at)});
          }
          if (static_cast<int>(rows.size()) < csv_batch) break;
        }
        audit_reading(transaction, caller, period, now);
        return DownloadFile{"training-charges-" + period.from.to_iso_string() + "-to-" +
                                period.to.to_iso_string() + ".csv",
                            "text/csv; charset=utf-8", std::move(csv)};
      });
}

namespace training {

Result<ChargeRates> charge_rates_of(Transaction& transaction, Id partnership_id) {
  return charge_rates(TRY(settings_with_defaults(transaction.settings().all(partnership_id))));
}

Result<std::string> cancellation_policy_of(const SettingValues& settings,
                                           const WorkingDayCalendar& working_days,
                                           const TrainingSession& session) {
  return cancellation_policy(charge_rates(settings), session,
                             TRY(cancellation_closes_on(working_days, session)));
}

Status settle_no_show(Transaction& transaction, const Booking& marked,
                      const TrainingSession& session, Instant now) {
  TrainingChargeRepository& charges = transaction.training_charges();
  if (marked.state == BookingState::did_not_attend) {
    const ChargeRates rates = TRY(charge_rates_of(transaction, marked.partnership_id));
    charges.record(
        charge_of(marked.partnership_id, marked.id, ChargeReason::no_show, session, rates, now));
  } else if (auto had = charges.find(marked.partnership_id, marked.id);
             had && had->reason == ChargeReason::no_show) {
    charges.remove(marked.partnership_id, marked.id);
  }
  return ok_status();
}

}  // namespace training

}  // namespace casereview
