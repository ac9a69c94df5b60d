#include "app/reports/yearly_figures.hpp"

#include <algorithm>
#include <map>
#include <utility>

#include "app/caller_checks.hpp"
#include "app/ports.hpp"
#include "app/working_day_calendar.hpp"
#include "domain/review_timescale.hpp"
#include "domain/uk_time.hpp"

namespace casereview {

namespace {

// What the medians are taken over, per partnership, while the dates are read.
struct Samples {
  std::vector<double> working_days_to_send;
  std::vector<double> months_to_publication;
  std::map<std::string, long long> late_review_pauses;
};

// Rule SIN-1: on time when sent by the notify-by date; the working days it took on the
// partnership's own calendar. A date outside the calendar's years is left out of the median
// rather than guessed.
void count_notifications(Transaction& transaction, PartnershipCalendars& calendars, Id scope,
                         const ReportPeriod& period, std::map<Id, YearlyFigures>& figures,
                         std::map<Id, Samples>& samples) {
  transaction.yearly_report().each_notification(scope, period, [&](const NotificationDates& dates) {
    NotificationFigures& counts = figures[dates.partnership_id].notifications;
    ++counts.count;
    if (!dates.sent_on) return;
    ++counts.sent;
    if (*dates.sent_on <= dates.notify_by) ++counts.sent_on_time;
    Result<const WorkingDayCalendar*> calendar = calendars.of(dates.partnership_id);
    if (!calendar) return;
    Result<int> days = calendar.value()->working_days_between(dates.aware_on, *dates.sent_on);
    if (days) samples[dates.partnership_id].working_days_to_send.push_back(days.value());
  });
}

// Rule REV-2: a review's due date moves with its pauses; it ran past its timescale when published
// after it, or still unpublished past it at the period's end.
void count_reviews(Transaction& transaction, Id scope, const ReportPeriod& period,
                   std::map<Id, YearlyFigures>& figures, std::map<Id, Samples>& samples) {
  transaction.yearly_report().each_review(scope, period, [&](const ReviewDates& review) {
    ReviewFigures& counts = figures[review.partnership_id].reviews;
    Samples& sample = samples[review.partnership_id];
    if (within(period, review.commissioned_on)) ++counts.commissioned;
    if (review.completed_on && within(period, *review.completed_on)) ++counts.completed;
    const bool published = review.published_on && within(period, *review.published_on);
    const bool in_progress = !review.published_on || *review.published_on > period.to;
    if (published) {
      ++counts.published;
      sample.months_to_publication.push_back(
          months_between(review.clock.decided_on, *review.published_on));
    }
    if (in_progress) ++counts.in_progress;
    const CivilDate due_on = review_clock_view(review.clock, period.to).due_on;
    const bool late =
        (published && *review.published_on > due_on) || (in_progress && due_on < period.to);
    if (!late) return;
    ++counts.past_timescale;
    for (const ReviewPause& pause : review.clock.pauses) {
      const std::string reason =
          pause.reason == PauseReason::other
              ? std::string(pause_reason_text(pause.reason)) + ": " + pause.other_reason
              : std::string(pause_reason_text(pause.reason));
      ++sample.late_review_pauses[reason];
    }
  });
}

// Rule TRN-2: a cancellation is late when it came after the end of the session's cancellation
// cut-off day (M working days before the session).
void count_late_cancellations(Transaction& transaction, PartnershipCalendars& calendars, Id scope,
                              const ReportPeriod& period, std::map<Id, YearlyFigures>& figures) {
  transaction.yearly_report().each_cancellation(scope, period, [&](const CancellationDates& dates) {
    Result<const WorkingDayCalendar*> calendar = calendars.of(dates.partnership_id);
    if (!calendar) return;
    Result<CivilDate> last_day =
        calendar.value()->add_working_days(dates.session_on, -dates.cancellation_cutoff);
    if (last_day && dates.cancelled_on > last_day.value())
      ++figures[dates.partnership_id].training.late_cancellations;
  });
}

// Every figure of each partnership in scope (0: every partnership) that does not need a
// breakdown: the database's counts, then what needs a calendar or a review's clock.
std::map<Id, YearlyFigures> figures_of(Transaction& transaction, Id scope,
                                       const ReportPeriod& period) {
  std::map<Id, YearlyFigures> figures;
  for (auto& [partnership_id, counted] : transaction.yearly_report().counted(scope, period)) {
    YearlyFigures& partnership = figures[partnership_id];
    partnership.rapid_reviews = counted.rapid_reviews;
    partnership.actions = counted.actions;
    partnership.training = counted.training;
  }
  PartnershipCalendars calendars(transaction);
  std::map<Id, Samples> samples;
  count_notifications(transaction, calendars, scope, period, figures, samples);
  count_reviews(transaction, scope, period, figures, samples);
  count_late_cancellations(transaction, calendars, scope, period, figures);
  for (auto& [partnership_id, partnership] : figures) {
    partnership.period = period;
    Samples& sample = samples[partnership_id];
    partnership.notifications.median_working_days = median(sample.working_days_to_send);
    partnership.reviews.median_months_to_publication = median(sample.months_to_publication);
    for (const auto& [reason, pauses] : sample.late_review_pauses)
      partnership.reviews.pauses_of_late_reviews.push_back(PauseReasonCount{reason, pauses});
  }
  return figures;
}

// Every library theme with this period's entries against the two periods before.
std::vector<ThemeFigures> theme_figures(Transaction& transaction, Id scope,
                                        const ReportPeriod& period) {
  const ReportPeriod previous = previous_period(period);
  const ReportPeriod earlier = previous_period(previous);
  YearlyReportRepository& repository = transaction.yearly_report();
  const std::vector<ThemeEntryCount> now = repository.themes(scope, period);
  const std::vector<ThemeEntryCount> before = repository.themes(scope, previous);
  const std::vector<ThemeEntryCount> before_that = repository.themes(scope, earlier);
  std::vector<ThemeFigures> themes;
  // The three lists are of the same themes in the same order (one query, three periods).
  for (std::size_t i = 0; i < now.size(); ++i) {
    themes.push_back(ThemeFigures{now[i].theme, now[i].entries, now[i].cases,
                                  i < before.size() ? before[i].entries : 0,
                                  i < before_that.size() ? before_that[i].entries : 0});
  }
  return themes;
}

YearlyFigures partnership_figures(Transaction& transaction, Id partnership_id,
                                  const ReportPeriod& period) {
  std::map<Id, YearlyFigures> all = figures_of(transaction, partnership_id, period);
  YearlyFigures figures = std::move(all[partnership_id]);
  figures.period = period;
  YearlyReportRepository& repository = transaction.yearly_report();
  figures.actions.by_agency = repository.actions_by_agency(partnership_id, period);
  figures.actions.by_kind = repository.actions_by_kind(partnership_id, period);
  figures.training.trained_by_agency = repository.trained_by_agency(partnership_id, period);
  figures.themes = theme_figures(transaction, partnership_id, period);
  return figures;
}

}  // namespace

Result<YearlyReport> yearly_report(AppContext& context, const Caller& caller,
                                   const ReportPeriod& period) {
  TRY(require_permission(caller, Permission::report_yearly));
  const Id partnership_id = TRY(caller_partnership(caller));
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<YearlyReport> {
        YearlyReport report;
        if (auto partnership = transaction.partnerships().find(partnership_id))
          report.partnership = partnership->name;
        report.current = partnership_figures(transaction, partnership_id, period);
        report.previous = partnership_figures(transaction, partnership_id, previous_period(period));
        return report;
      });
}

Result<NationalFigures> national_figures(AppContext& context, const Caller& caller,
                                         const ReportPeriod& period) {
  TRY(require_permission(caller, Permission::view_national_figures));
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<NationalFigures> {
        NationalFigures national;
        national.period = period;
        std::map<Id, YearlyFigures> figures = figures_of(transaction, 0, period);
        for (const Partnership& partnership : transaction.partnerships().list()) {
          YearlyFigures row = std::move(figures[partnership.id]);
          row.period = period;
          national.partnerships.push_back(
              PartnershipFigures{partnership.id, partnership.name, std::move(row)});
        }
        std::sort(national.partnerships.begin(), national.partnerships.end(),
                  [](const PartnershipFigures& a, const PartnershipFigures& b) {
                    return a.partnership < b.partnership;
                  });
        national.themes = theme_figures(transaction, 0, period);
        return national;
      });
}

}  // namespace casereview
