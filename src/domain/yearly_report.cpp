#include "domain/yearly_report.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

namespace casereview {

namespace {

// The longest period a report may cover: long enough for a decade's trend, short enough that one
// request cannot ask the database for every year of every partnership at once.
constexpr int longest_period_years = 10;

bool is_reporting_year(const ReportPeriod& period) {
  return period.from.month() == 4 && period.from.day() == 1 &&
         period == reporting_year(period.from.year());
}

}  // namespace

ReportPeriod reporting_year(int first_year) {
  return ReportPeriod{*CivilDate::from_ymd(first_year, 4, 1),
                      *CivilDate::from_ymd(first_year + 1, 3, 31)};
}

ReportPeriod last_complete_year(CivilDate today) {
  // The year that began last April (or the April before, from January to March) is not over yet.
  const int current_first_year = today.month() >= 4 ? today.year() : today.year() - 1;
  return reporting_year(current_first_year - 1);
}

Result<ReportPeriod> period_from_text(std::string_view from, std::string_view to) {
  std::vector<FieldError> errors;
  Result<CivilDate> start = parse_iso_date("from", from);
  Result<CivilDate> end = parse_iso_date("to", to);
  if (!start) errors.push_back(start.error().fields.front());
  if (!end) errors.push_back(end.error().fields.front());
  if (start && end) {
    if (end.value() < start.value())
      errors.push_back({"to", "The end of the period must be on or after its start"});
    else if (end.value() > start.value().add_days(366 * longest_period_years))
      errors.push_back({"to", "The period must be " + std::to_string(longest_period_years) +
                                  " years or shorter"});
  }
  if (!errors.empty()) return Error::invalid(std::move(errors));
  return ReportPeriod{start.value(), end.value()};
}

ReportPeriod previous_period(const ReportPeriod& period) {
  if (is_reporting_year(period)) return reporting_year(period.from.year() - 1);
  const int length = days_between(period.from, period.to);
  const CivilDate to = period.from.add_days(-1);
  return ReportPeriod{to.add_days(-length), to};
}

std::string period_label(const ReportPeriod& period) {
  if (is_reporting_year(period))
    return std::to_string(period.from.year()) + " to " + std::to_string(period.to.year());
  return day_month_year(period.from) + " to " + day_month_year(period.to);
}

bool within(const ReportPeriod& period, CivilDate date) {
  return period.from <= date && date <= period.to;
}

std::optional<double> median(std::vector<double> values) {
  if (values.empty()) return std::nullopt;
  const std::size_t middle = values.size() / 2;
  std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(middle),
                   values.end());
  const double upper = values[middle];
  if (values.size() % 2 == 1) return upper;
  const double lower =
      *std::max_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(middle));
  return (lower + upper) / 2;
}

std::optional<int> percent(long long part, long long whole) {
  if (whole == 0) return std::nullopt;
  return static_cast<int>((part * 200 + whole) / (whole * 2));
}

double months_between(CivilDate from, CivilDate to) {
  const double months = days_between(from, to) / 30.4375;
  return std::round(months * 10) / 10;
}

std::string percent_text(long long part, long long whole) {
  const std::optional<int> share = percent(part, whole);
  return share ? std::to_string(*share) + "%" : "None";
}

namespace {

std::string count_text(long long count) { return std::to_string(count); }

// One decimal place, without a trailing ".0": "3", "3.5".
std::string decimal_text(std::optional<double> value) {
  if (!value) return "None";
  const long long tenths = std::llround(*value * 10);
  std::string text = std::to_string(tenths / 10);
  if (tenths % 10 != 0) text += "." + std::to_string(std::llabs(tenths % 10));
  return text;
}

}  // namespace

std::vector<FigureRow> figure_rows(const YearlyFigures& f) {
  const NotificationFigures& n = f.notifications;
  const RapidReviewFigures& r = f.rapid_reviews;
  const ReviewFigures& v = f.reviews;
  const ActionFigures& a = f.actions;
  const TrainingFigures& t = f.training;
  return {
      {"Notifications", "Notifications", count_text(n.count)},
      {"Notifications", "Sent to the Panel", count_text(n.sent)},
      {"Notifications", "Sent within 5 working days", count_text(n.sent_on_time)},
      {"Notifications", "Sent within 5 working days (%)", percent_text(n.sent_on_time, n.sent)},
      {"Notifications", "Median working days to send", decimal_text(n.median_working_days)},
      {"Rapid reviews", "Rapid reviews sent to the Panel", count_text(r.count)},
      {"Rapid reviews", "Completed within 15 working days", count_text(r.on_time)},
      {"Rapid reviews", "Completed within 15 working days (%)", percent_text(r.on_time, r.count)},
      {"Rapid reviews", "Decided by the Panel", count_text(r.decided)},
      {"Rapid reviews", "Outcome: no review", count_text(r.no_review)},
      {"Rapid reviews", "Outcome: local learning review", count_text(r.learning_review)},
      {"Rapid reviews", "Outcome: local CSPR", count_text(r.local_cspr)},
      {"Rapid reviews", "Outcome: national review", count_text(r.national_review)},
      {"Rapid reviews", "Became a review (%)", percent_text(r.became_review(), r.decided)},
      {"Rapid reviews", "The Panel agreed with the recommendation (%)",
       percent_text(r.panel_agreed, r.decided)},
      {"Reviews", "Commissioned", count_text(v.commissioned)},
      {"Reviews", "In progress at the end of the period", count_text(v.in_progress)},
      {"Reviews", "Completed (final version agreed)", count_text(v.completed)},
      {"Reviews", "Published", count_text(v.published)},
      {"Reviews", "Median months from decision to publication",
       decimal_text(v.median_months_to_publication)},
      {"Reviews", "Ran past their timescale", count_text(v.past_timescale)},
      {"Actions", "Open at the end of the period", count_text(a.open)},
      {"Actions", "Closed in the period", count_text(a.closed)},
      {"Actions", "Overdue at the end of the period", count_text(a.overdue)},
      {"Actions", "Closed by their due date (%)", percent_text(a.closed_by_due_date, a.closed)},
      {"Actions", "Closed with evidence of impact", count_text(a.closed_with_impact)},
      {"Actions", "Closed with evidence of completion only",
       count_text(a.closed_completion_only())},
      {"Actions", "Assurance checks done", count_text(a.assurance_checks_done)},
      {"Actions", "Assurance checks due and not done", count_text(a.assurance_checks_planned)},
      {"Training", "Sessions held", count_text(t.sessions)},
      {"Training", "Places offered", count_text(t.places)},
      {"Training", "Places booked", count_text(t.bookings)},
      {"Training", "Attendance rate (%)", percent_text(t.attended, t.marked())},
      {"Training", "Did not attend (%)", percent_text(t.did_not_attend, t.marked())},
      {"Training", "Late cancellations", count_text(t.late_cancellations)},
      {"Training", "Certificates issued", count_text(t.certificates)},
      {"Training", "Evaluations received", count_text(t.evaluations)},
      {"Training", "Mean usefulness score (out of 5)", decimal_text(t.mean_usefulness)},
      {"Training", "People trained on courses linked to reviews",
       count_text(t.trained_on_review_courses)},
  };
}

namespace {

// "1 action", "3 actions".
std::string counted(long long count, const std::string& one, const std::string& many) {
  return std::to_string(count) + " " + (count == 1 ? one : many);
}

}  // namespace

std::vector<std::string> little_progress(const YearlyFigures& f) {
  std::vector<std::string> areas;
  const long long late_notifications = f.notifications.sent - f.notifications.sent_on_time;
  if (late_notifications > 0)
    areas.push_back(counted(late_notifications, "notification was", "notifications were") +
                    " sent after 5 working days");
  const long long late_rapid_reviews = f.rapid_reviews.count - f.rapid_reviews.on_time;
  if (late_rapid_reviews > 0)
    areas.push_back(counted(late_rapid_reviews, "rapid review", "rapid reviews") +
                    " took more than 15 working days");
  if (f.reviews.past_timescale > 0)
    areas.push_back(counted(f.reviews.past_timescale, "review", "reviews") +
                    " ran past their timescale");
  for (const ActionBreakdown& agency : f.actions.by_agency) {
    if (agency.overdue > 0)
      areas.push_back(agency.label + ": " + counted(agency.overdue, "action", "actions") +
                      " overdue at the end of the period");
  }
  if (f.actions.by_agency.empty() && f.actions.overdue > 0)
    areas.push_back(counted(f.actions.overdue, "action", "actions") +
                    " overdue at the end of the period");
  if (f.actions.closed_completion_only() > 0)
    areas.push_back(counted(f.actions.closed_completion_only(), "action", "actions") +
                    " closed without evidence of impact");
  if (f.actions.assurance_checks_planned > 0)
    areas.push_back(
        counted(f.actions.assurance_checks_planned, "assurance check", "assurance checks") +
        " due and not done");
  if (f.training.did_not_attend > 0)
    areas.push_back(counted(f.training.did_not_attend, "person", "people") +
                    " did not attend training they had booked");
  return areas;
}

namespace {

// The breakdown rows of one period, keyed by section and figure, in the order shown.
std::vector<FigureRow> breakdown_rows(const YearlyFigures& f) {
  std::vector<FigureRow> rows;
  for (const auto& [section, breakdowns] :
       {std::pair<std::string, const std::vector<ActionBreakdown>*>{"Actions by agency",
                                                                    &f.actions.by_agency},
        {"Actions by kind", &f.actions.by_kind}}) {
    for (const ActionBreakdown& each : *breakdowns) {
      rows.push_back({section, each.label + ": open", count_text(each.open)});
      rows.push_back({section, each.label + ": closed", count_text(each.closed)});
      rows.push_back({section, each.label + ": overdue", count_text(each.overdue)});
    }
  }
  for (const AgencyCount& each : f.training.trained_by_agency)
    rows.push_back({"People trained by agency", each.agency, count_text(each.people)});
  for (const ThemeFigures& each : f.themes)
    rows.push_back({"Library entries by theme", each.theme, count_text(each.entries)});
  return rows;
}

}  // namespace

std::vector<ComparedRow> compared_rows(const YearlyFigures& current,
                                       const YearlyFigures& previous) {
  std::vector<ComparedRow> rows;
  const std::vector<FigureRow> now = figure_rows(current);
  const std::vector<FigureRow> before = figure_rows(previous);
  for (std::size_t i = 0; i < now.size(); ++i)
    rows.push_back({now[i].section, now[i].figure, now[i].value, before[i].value});
  const std::vector<FigureRow> earlier = breakdown_rows(previous);
  for (const FigureRow& row : breakdown_rows(current)) {
    const auto match = std::find_if(earlier.begin(), earlier.end(), [&](const FigureRow& other) {
      return other.section == row.section && other.figure == row.figure;
    });
    rows.push_back(
        {row.section, row.figure, row.value, match == earlier.end() ? "None" : match->value});
  }
  return rows;
}

}  // namespace casereview
