#include "app/reports/yearly_report_publication.hpp"

#include "app/audit.hpp"
#include "app/caller_checks.hpp"
#include "app/emails.hpp"
#include "app/ports.hpp"
#include "domain/audit.hpp"
#include "domain/partnership_settings.hpp"
#include "domain/uk_time.hpp"

namespace casereview {

namespace {

constexpr const char* send_days_setting = "yearly_report_send_calendar_days";

YearlyReportPublicationView view_of(Transaction& transaction, Id partnership_id,
                                    const ReportPeriod& period) {
  YearlyReportPublicationView view;
  view.publication = transaction.yearly_report().find_publication(partnership_id, period);
  const auto settings = settings_with_defaults(transaction.settings().all(partnership_id));
  if (settings) view.send_within_days = settings.value().time_scales.at(send_days_setting);
  if (view.publication)
    view.send_by = view.publication->published_on.add_days(view.send_within_days);
  return view;
}

// A day given in `field`, on or before today and on or after `earliest` (whose words end
// `too_early`).
Result<CivilDate> day_between(const std::string& field, const std::string& text, CivilDate earliest,
                              const std::string& too_early, CivilDate today) {
  const CivilDate day = TRY(parse_iso_date(field, text));
  if (day > today) return Error::invalid({{field, "The date must be today or in the past"}});
  if (day < earliest) return Error::invalid({{field, too_early}});
  return day;
}

Email reminder(const AppSettings& settings, const std::string& to, const std::string& partnership,
               const ReportPeriod& period, CivilDate send_by) {
  return Email{to,
               "Send the yearly report to the Panel and Foundations by " + day_month_year(send_by),
               "You recorded that " + partnership + " published its yearly report for " +
                   period_label(period) +
                   ".\n\nSend it to the Child Safeguarding Practice Review Panel and to "
                   "Foundations by " +
                   weekday_day_month_year(send_by) +
                   ", and record each on the yearly report's page." + emails::signature(settings),
               {}};
}

}  // namespace

Result<YearlyReportPublicationView> yearly_report_publication(AppContext& context,
                                                              const Caller& caller,
                                                              const ReportPeriod& period) {
  TRY(require_permission(caller, Permission::report_yearly));
  const Id partnership_id = TRY(caller_partnership(caller));
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<YearlyReportPublicationView> {
        return view_of(transaction, partnership_id, period);
      });
}

// Rule YR-1: published, then sent within the setting's days.
Result<YearlyReportPublicationView> record_yearly_report_publication(
    AppContext& context, const Caller& caller, const ReportPeriod& period,
    const std::string& published_on) {
  TRY(require_permission(caller, Permission::report_yearly));
  const Id partnership_id = TRY(caller_partnership(caller));
  const Instant now = context.clock.now();
  const CivilDate day =
      TRY(day_between("published_on", published_on, period.to,
                      "The date it was published must be on or after the end of the period (" +
                          day_month_year(period.to) + ")",
                      uk_date(now)));
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<YearlyReportPublicationView> {
        transaction.yearly_report().record_publication(partnership_id, period, day,
                                                       caller.actor->user_id, now);
        YearlyReportPublicationView view = view_of(transaction, partnership_id, period);
        const auto partnership = transaction.partnerships().find(partnership_id);
        transaction.outbox().enqueue(
            reminder(context.settings, caller.actor->email,
                     partnership ? partnership->name : std::string("The partnership"), period,
                     *view.send_by),
            now);
        record_audit(transaction, caller, now,
                     {audit_action::record_yearly_report_publication, audit_entity::yearly_report,
                      period.from.to_iso_string() + "/" + period.to.to_iso_string(),
                      audit_outcome::success, "Published on " + day.to_iso_string()});
        return view;
      });
}

Result<YearlyReportPublicationView> record_yearly_report_sent(AppContext& context,
                                                              const Caller& caller,
                                                              const ReportPeriod& period,
                                                              const std::string& recipient,
                                                              const std::string& sent_on) {
  TRY(require_permission(caller, Permission::report_yearly));
  const Id partnership_id = TRY(caller_partnership(caller));
  std::optional<YearlyReportRecipient> to;
  if (recipient == "panel") to = YearlyReportRecipient::panel;
  if (recipient == "foundations") to = YearlyReportRecipient::foundations;
  if (!to) return Error::invalid({{"recipient", "Choose the Panel or Foundations"}});
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<YearlyReportPublicationView> {
        const auto published = transaction.yearly_report().find_publication(partnership_id, period);
        if (!published)
          return Error::of(ErrorCode::wrong_state, "Record the day the report was published first");
        const CivilDate day =
            TRY(day_between("sent_on", sent_on, published->published_on,
                            "The date it was sent must be on or after the day it was published (" +
                                day_month_year(published->published_on) + ")",
                            uk_date(now)));
        transaction.yearly_report().record_sent(partnership_id, period, *to, day);
        record_audit(
            transaction, caller, now,
            {audit_action::record_yearly_report_sent, audit_entity::yearly_report,
             period.from.to_iso_string() + "/" + period.to.to_iso_string(), audit_outcome::success,
             "Sent to " + recipient + " on " + day.to_iso_string()});
        return view_of(transaction, partnership_id, period);
      });
}

}  // namespace casereview
