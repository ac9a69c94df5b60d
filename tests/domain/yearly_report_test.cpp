// The yearly report's pure parts (domain/yearly_report.hpp, Rule YR-1): the April-to-March year
// and the period before, a period read from text with each bad field named, and the arithmetic
// every view shares — median, percentage, months — at their edges.
#include "domain/yearly_report.hpp"

#include <gtest/gtest.h>

namespace casereview {
namespace {

CivilDate date(int year, int month, int day) { return *CivilDate::from_ymd(year, month, day); }

// Rule YR-1: the partnership's year runs from April to March.
TEST(YearlyReportPeriod, AReportingYearRunsFromAprilToMarch) {
  EXPECT_EQ(reporting_year(2025), (ReportPeriod{date(2025, 4, 1), date(2026, 3, 31)}));
  EXPECT_EQ(period_label(reporting_year(2025)), "2025 to 2026");
}

TEST(YearlyReportPeriod, TheDefaultIsTheLastYearThatHasEnded) {
  EXPECT_EQ(last_complete_year(date(2026, 12, 5)), reporting_year(2025));
  EXPECT_EQ(last_complete_year(date(2026, 4, 1)), reporting_year(2025));
  // On the year's last day it has not ended yet.
  EXPECT_EQ(last_complete_year(date(2026, 3, 31)), reporting_year(2024));
  EXPECT_EQ(last_complete_year(date(2026, 1, 1)), reporting_year(2024));
}

TEST(YearlyReportPeriod, ThePeriodBeforeIsTheYearBeforeOrAsLong) {
  EXPECT_EQ(previous_period(reporting_year(2025)), reporting_year(2024));
  // 1 May to 31 July is 92 days: the 92 days before 1 May.
  const ReportPeriod summer{date(2025, 5, 1), date(2025, 7, 31)};
  EXPECT_EQ(previous_period(summer), (ReportPeriod{date(2025, 1, 29), date(2025, 4, 30)}));
  EXPECT_EQ(period_label(summer), "1 May 2025 to 31 July 2025");
  // A leap year's April to March is still a reporting year (2023 to 2024 has 29 February).
  EXPECT_EQ(previous_period(reporting_year(2024)), reporting_year(2023));
}

TEST(YearlyReportPeriod, APeriodIsReadFromText) {
  Result<ReportPeriod> period = period_from_text("2025-04-01", "2026-03-31");
  ASSERT_TRUE(period.ok());
  EXPECT_EQ(period.value(), reporting_year(2025));
  Result<ReportPeriod> one_day = period_from_text("2026-01-05", "2026-01-05");
  ASSERT_TRUE(one_day.ok());
  EXPECT_TRUE(within(one_day.value(), date(2026, 1, 5)));
  EXPECT_FALSE(within(one_day.value(), date(2026, 1, 6)));
}

TEST(YearlyReportPeriod, EachBadFieldIsNamed) {
  Result<ReportPeriod> both = period_from_text("2025-02-30", "soon");
  ASSERT_FALSE(both.ok());
  ASSERT_EQ(both.error().fields.size(), 2u);
  EXPECT_EQ(both.error().fields[0].field, "from");
  EXPECT_EQ(both.error().fields[0].message, "Enter a real date");
  EXPECT_EQ(both.error().fields[1].field, "to");

  Result<ReportPeriod> backwards = period_from_text("2026-03-31", "2025-04-01");
  ASSERT_FALSE(backwards.ok());
  EXPECT_EQ(backwards.error().fields[0].field, "to");
  EXPECT_EQ(backwards.error().fields[0].message,
            "The end of the period must be on or after its start");

  Result<ReportPeriod> too_long = period_from_text("2010-04-01", "2026-03-31");
  ASSERT_FALSE(too_long.ok());
  EXPECT_EQ(too_long.error().fields[0].message, "The period must be 10 years or shorter");
  EXPECT_TRUE(period_from_text("2016-04-01", "2026-03-31").ok());

  Result<ReportPeriod> missing = period_from_text("", "2026-03-31");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().fields[0].field, "from");
}

TEST(YearlyReportArithmetic, TheMedianIsTheMiddleOrTheMeanOfTheTwoMiddles) {
  EXPECT_FALSE(median({}).has_value());
  EXPECT_DOUBLE_EQ(median({7}).value(), 7);
  EXPECT_DOUBLE_EQ(median({6, 0, 5}).value(), 5);
  EXPECT_DOUBLE_EQ(median({6, 0, 5, 9}).value(), 5.5);
  EXPECT_DOUBLE_EQ(median({3, 3, 3, 1}).value(), 3);
}

TEST(YearlyReportArithmetic, APercentageRoundsHalfUpAndNeedsAWhole) {
  EXPECT_FALSE(percent(0, 0).has_value());
  EXPECT_EQ(percent(0, 4), 0);
  EXPECT_EQ(percent(1, 8), 13);  // 12.5
  EXPECT_EQ(percent(1, 3), 33);
  EXPECT_EQ(percent(2, 3), 67);
  EXPECT_EQ(percent(5, 5), 100);
}

TEST(YearlyReportArithmetic, MonthsAreCalendarDaysOverTheMeanMonth) {
  EXPECT_DOUBLE_EQ(months_between(date(2025, 4, 1), date(2025, 4, 1)), 0);
  EXPECT_DOUBLE_EQ(months_between(date(2025, 4, 1), date(2026, 4, 1)), 12);    // 365 / 30.4375
  EXPECT_DOUBLE_EQ(months_between(date(2025, 1, 1), date(2025, 2, 15)), 1.5);  // 45 days
}

TEST(YearlyReportRows, EveryPeriodHasTheSameRowsInTheSameOrder) {
  YearlyFigures some;
  some.notifications = {.count = 4, .sent = 3, .sent_on_time = 2, .median_working_days = 5.5};
  const std::vector<FigureRow> full = figure_rows(some);
  const std::vector<FigureRow> empty = figure_rows(YearlyFigures{});
  ASSERT_EQ(full.size(), empty.size());
  for (std::size_t i = 0; i < full.size(); ++i) EXPECT_EQ(full[i].figure, empty[i].figure);
  EXPECT_EQ(full[0].value, "4");
  EXPECT_EQ(full[3].figure, "Sent within 5 working days (%)");
  EXPECT_EQ(full[3].value, "67%");
  EXPECT_EQ(full[4].value, "5.5");
  EXPECT_EQ(empty[3].value, "None");
  EXPECT_EQ(empty[4].value, "None");
}

TEST(YearlyReportRows, BreakdownsAreMatchedByTheirLabel) {
  YearlyFigures now;
  now.actions.by_agency = {{"Police", 1, 2, 0}, {"School", 3, 0, 1}};
  now.themes = {{.theme = "Neglect", .entries = 2}};
  YearlyFigures before;
  before.actions.by_agency = {{"School", 1, 1, 1}};
  before.themes = {{.theme = "Neglect", .entries = 5}};
  const std::vector<ComparedRow> rows = compared_rows(now, before);
  auto find = [&](const std::string& section, const std::string& figure) {
    for (const ComparedRow& row : rows)
      if (row.section == section && row.figure == figure) return row;
    ADD_FAILURE() << "no row " << section << " / " << figure;
    return ComparedRow{};
  };
  EXPECT_EQ(find("Actions by agency", "Police: closed").current, "2");
  EXPECT_EQ(find("Actions by agency", "Police: closed").previous, "None");
  EXPECT_EQ(find("Actions by agency", "School: open").current, "3");
  EXPECT_EQ(find("Actions by agency", "School: open").previous, "1");
  EXPECT_EQ(find("Library entries by theme", "Neglect").previous, "5");
}

// Rule YR-1: the areas with little progress, in words; none when all went well.
TEST(YearlyReportRows, AreasWithLittleProgressAreSaidInWords) {
  EXPECT_TRUE(little_progress(YearlyFigures{}).empty());
  YearlyFigures f;
  f.notifications = {.count = 3, .sent = 3, .sent_on_time = 2};
  f.rapid_reviews.count = 2;
  f.rapid_reviews.on_time = 2;
  f.reviews.past_timescale = 2;
  f.actions.closed = 3;
  f.actions.closed_with_impact = 2;
  f.actions.overdue = 4;
  f.actions.by_agency = {{"Police", 0, 1, 0}, {"School", 4, 0, 4}};
  f.training.did_not_attend = 1;
  EXPECT_EQ(little_progress(f),
            (std::vector<std::string>{"1 notification was sent after 5 working days",
                                      "2 reviews ran past their timescale",
                                      "School: 4 actions overdue at the end of the period",
                                      "1 action closed without evidence of impact",
                                      "1 person did not attend training they had booked"}));
}

}  // namespace
}  // namespace casereview
