// The yearly report's figures (Rule YR-1, issue 15): what a partnership did in a period, how
// quickly, and what difference it made — notifications, rapid reviews, reviews, actions, training
// and the library's themes — as values, with the period they cover and the small pieces of
// arithmetic (median, percentage, months) every view of them shares.
//
// Rule YR-1: the yearly report covers the partnership's year, April to March by default, and is
// published and sent to the Panel and Foundations within N days (setting yearly_report_send_days).
//
// Which records count in a period (choices of this module, shown on the page):
//   - notifications: the partnership became aware in the period; on time when sent by the
//     notify-by date (Rule SIN-1: within 5 working days);
//   - rapid reviews: sent to the Panel in the period; on time when sent by their due date
//     (Rule RR-1: within 15 working days); outcomes and agreement from the Panel's decisions on
//     them;
//   - reviews: commissioned, completed (final version marked) or published in the period; in
//     progress when commissioned by its end and not published by then; past their timescale when
//     published after their due date (Rule REV-2, pauses moving it) or still unpublished past it at
//     the period's end;
//   - actions: open at the period's end, closed in it, overdue at its end;
//   - training: sessions held in the period (not cancelled), their bookings, attendance and
//     evaluations; certificates issued in the period;
//   - themes: library entries published in the period against the two periods before.
//
// Example:
//   ReportPeriod year = last_complete_year(*CivilDate::from_ymd(2026, 12, 5));
//   // 1 April 2025 to 31 March 2026
//   percent(4, 5);                 // 80
//   median({2.0, 5.0, 3.0});       // 3.0
//
// Pure functions on values: safe from any thread.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/case_model.hpp"  // no_date()
#include "domain/civil_date.hpp"
#include "domain/result.hpp"

namespace casereview {

struct ReportPeriod {
  CivilDate from = no_date();
  CivilDate to = no_date();  // inclusive
  friend bool operator==(const ReportPeriod&, const ReportPeriod&) = default;
};

// Rule YR-1: the April-to-March year that begins on 1 April of `first_year`.
ReportPeriod reporting_year(int first_year);
// The last April-to-March year that ended before `today` (on 5 December 2026: 2025 to 2026).
ReportPeriod last_complete_year(CivilDate today);
// A period from text ("2025-04-01", "2026-03-31"). Fails with invalid_input naming "from" or "to"
// ("Enter a real date"), "to" when it is before "from" ("The end of the period must be on or after
// its start"), and "to" when the period is longer than ten years.
Result<ReportPeriod> period_from_text(std::string_view from, std::string_view to);
// The period of the same length that ends the day before `period` begins (the year before, for an
// April-to-March year).
ReportPeriod previous_period(const ReportPeriod& period);
// "2025 to 2026" for an April-to-March year; "1 May 2025 to 31 July 2025" for any other period.
std::string period_label(const ReportPeriod& period);
bool within(const ReportPeriod& period, CivilDate date);

// The middle value (the mean of the two middle values of an even count); nothing when empty.
std::optional<double> median(std::vector<double> values);
// part of whole as a whole percentage, rounded half up; nothing when whole is 0.
std::optional<int> percent(long long part, long long whole);
// percent as the figures show it: "80%", or "None" when whole is 0.
std::string percent_text(long long part, long long whole);
// Months between two dates as calendar days / 30.4375 (the mean month), to one decimal place.
double months_between(CivilDate from, CivilDate to);

struct NotificationFigures {
  long long count = 0;  // aware in the period
  long long sent = 0;
  long long sent_on_time = 0;                 // sent by the notify-by date (Rule SIN-1)
  std::optional<double> median_working_days;  // from aware to sent, of those sent
};

struct RapidReviewFigures {
  long long count = 0;    // sent to the Panel in the period
  long long on_time = 0;  // by their due date (Rule RR-1)
  long long decided = 0;  // of those, with the Panel's decision
  long long no_review = 0;
  long long learning_review = 0;
  long long local_cspr = 0;
  long long national_review = 0;
  long long panel_agreed = 0;  // the Panel agreed with the partnership's recommendation
  long long became_review() const { return learning_review + local_cspr + national_review; }
};

struct PauseReasonCount {
  std::string reason;  // the pause reason's words
  long long pauses = 0;
};

struct ReviewFigures {
  long long commissioned = 0;
  long long in_progress = 0;  // at the period's end
  long long completed = 0;    // final version marked in the period
  long long published = 0;
  std::optional<double> median_months_to_publication;  // decision to publication
  long long past_timescale = 0;
  std::vector<PauseReasonCount> pauses_of_late_reviews;  // why they ran late, by reason
};

struct ActionBreakdown {
  std::string label;  // an agency's name or an action kind's words
  long long open = 0;
  long long closed = 0;
  long long overdue = 0;
};

struct ActionFigures {
  long long open = 0;     // at the period's end
  long long closed = 0;   // in the period
  long long overdue = 0;  // open and past due at the period's end
  long long closed_by_due_date = 0;
  long long closed_with_impact = 0;  // closed with evidence of impact (Rule ACT-2)
  long long assurance_checks_done = 0;
  long long assurance_checks_planned = 0;  // due in the period, no result recorded
  std::vector<ActionBreakdown> by_agency;
  std::vector<ActionBreakdown> by_kind;
  long long closed_completion_only() const { return closed - closed_with_impact; }
};

struct AgencyCount {
  std::string agency;  // "No agency given" for people who named none
  long long people = 0;
};

struct TrainingFigures {
  long long sessions = 0;
  long long places = 0;
  long long bookings = 0;  // places taken: booked, attended, partly attended, did not attend
  long long attended = 0;  // attended or partly attended
  long long did_not_attend = 0;
  long long late_cancellations = 0;  // cancelled by the person after the session's cut-off
  long long certificates = 0;
  long long evaluations = 0;
  std::optional<double> mean_usefulness;    // of 5
  long long trained_on_review_courses = 0;  // people who attended a course linked to a review
  std::vector<AgencyCount> trained_by_agency;
  long long marked() const { return attended + did_not_attend; }
};

struct ThemeFigures {
  std::string theme;
  long long entries = 0;  // published in the period
  long long cases = 0;    // of those, from a case on the installation
  long long previous_entries = 0;
  long long earlier_entries = 0;  // the period before the previous one
};

struct YearlyFigures {
  ReportPeriod period;
  NotificationFigures notifications;
  RapidReviewFigures rapid_reviews;
  ReviewFigures reviews;
  ActionFigures actions;
  TrainingFigures training;
  std::vector<ThemeFigures> themes;
};

// One figure as the page, the CSV and the PDF show it, in the same order for any two periods, so
// that a period's rows line up with the period before's.
struct FigureRow {
  std::string section;  // "Notifications"
  std::string figure;   // "Sent within 5 working days"
  std::string value;    // "4", "80%", "3.5", or "None" where there is nothing to measure
};
std::vector<FigureRow> figure_rows(const YearlyFigures& figures);

// Rule YR-1's "areas with little progress", in words, from the figures: late notifications and
// rapid reviews, reviews past their timescale, each agency's overdue actions, actions closed
// without evidence of impact, assurance checks not done, people who did not attend. Empty when
// there is none.
std::vector<std::string> little_progress(const YearlyFigures& figures);

// A figure of two periods side by side, for the page's tables, the CSV and the PDF.
struct ComparedRow {
  std::string section;
  std::string figure;
  std::string current;
  std::string previous;  // "None" for an agency, kind or theme the period before did not have
};
// figure_rows of both periods, then the breakdowns (actions by agency and by kind, people trained
// by agency, library entries by theme) matched by their label.
std::vector<ComparedRow> compared_rows(const YearlyFigures& current, const YearlyFigures& previous);

}  // namespace casereview
