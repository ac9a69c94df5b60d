// CivilDate: construction and its validation, ISO parsing and printing, ordering, day arithmetic
// and days of the week.
#include "domain/civil_date.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace casereview {
namespace {

CivilDate date(int year, int month, int day) {
  std::optional<CivilDate> made = CivilDate::from_ymd(year, month, day);
  EXPECT_TRUE(made.has_value()) << year << "-" << month << "-" << day;
  return made.value_or(*CivilDate::from_ymd(1970, 1, 1));
}

TEST(CivilDate, KeepsTheYearMonthAndDayItWasMadeFrom) {
  CivilDate made = date(2023, 12, 29);
  EXPECT_EQ(made.year(), 2023);
  EXPECT_EQ(made.month(), 12);
  EXPECT_EQ(made.day(), 29);
}

TEST(CivilDate, RefusesDaysThatDoNotExist) {
  EXPECT_FALSE(CivilDate::from_ymd(2023, 2, 29));
  EXPECT_FALSE(CivilDate::from_ymd(2023, 4, 31));
  EXPECT_FALSE(CivilDate::from_ymd(2023, 13, 1));
  EXPECT_FALSE(CivilDate::from_ymd(2023, 0, 1));
  EXPECT_FALSE(CivilDate::from_ymd(2023, 1, 0));
  EXPECT_FALSE(CivilDate::from_ymd(2023, 1, 32));
  EXPECT_FALSE(CivilDate::from_ymd(2023, -1, 1));
  EXPECT_FALSE(CivilDate::from_ymd(2023, 1, -1));
  EXPECT_FALSE(CivilDate::from_ymd(1900, 2, 29));  // divisible by 100, not by 400
}

TEST(CivilDate, AcceptsLeapDays) {
  EXPECT_TRUE(CivilDate::from_ymd(2024, 2, 29));
  EXPECT_TRUE(CivilDate::from_ymd(2000, 2, 29));
}

TEST(CivilDate, RefusesYearsThatCannotBeWrittenWithFourDigits) {
  EXPECT_FALSE(CivilDate::from_ymd(0, 1, 1));
  EXPECT_FALSE(CivilDate::from_ymd(-5, 1, 1));
  EXPECT_FALSE(CivilDate::from_ymd(10000, 1, 1));
  EXPECT_TRUE(CivilDate::from_ymd(1, 1, 1));
  EXPECT_TRUE(CivilDate::from_ymd(9999, 12, 31));
}

TEST(CivilDate, ConvertsToAndFromADayCount) {
  CivilDate made = date(2023, 12, 20);
  std::optional<CivilDate> back = CivilDate::from_sys_days(made.to_sys_days());
  ASSERT_TRUE(back);
  EXPECT_EQ(*back, made);
  EXPECT_EQ(CivilDate::from_sys_days(std::chrono::sys_days{}), date(1970, 1, 1));
  EXPECT_FALSE(CivilDate::from_sys_days(std::chrono::sys_days{std::chrono::days{-800000}}));
}

TEST(CivilDate, OrdersByDate) {
  EXPECT_LT(date(2023, 12, 31), date(2024, 1, 1));
  EXPECT_LT(date(2023, 1, 31), date(2023, 2, 1));
  EXPECT_GT(date(2023, 2, 2), date(2023, 2, 1));
  EXPECT_LE(date(2023, 2, 1), date(2023, 2, 1));
  EXPECT_EQ(date(2023, 2, 1), date(2023, 2, 1));
  EXPECT_NE(date(2023, 2, 1), date(2022, 2, 1));
}

TEST(CivilDate, AddsDaysAcrossMonthYearAndLeapDay) {
  EXPECT_EQ(date(2023, 12, 31).add_days(1), date(2024, 1, 1));
  EXPECT_EQ(date(2024, 2, 28).add_days(1), date(2024, 2, 29));
  EXPECT_EQ(date(2023, 2, 28).add_days(1), date(2023, 3, 1));
  EXPECT_EQ(date(2024, 1, 1).add_days(-1), date(2023, 12, 31));
  EXPECT_EQ(date(2023, 12, 20).add_days(0), date(2023, 12, 20));
  EXPECT_EQ(date(2023, 1, 1).add_days(365), date(2024, 1, 1));
  EXPECT_EQ(date(2024, 1, 1).add_days(366), date(2025, 1, 1));
}

TEST(CivilDate, CountsDaysBetweenTwoDates) {
  EXPECT_EQ(days_between(date(2023, 12, 20), date(2023, 12, 29)), 9);
  EXPECT_EQ(days_between(date(2023, 12, 29), date(2023, 12, 20)), -9);
  EXPECT_EQ(days_between(date(2024, 1, 1), date(2025, 1, 1)), 366);
  EXPECT_EQ(days_between(date(2024, 1, 1), date(2024, 1, 1)), 0);
}

TEST(CivilDate, AddingTheDaysBetweenTwoDatesGoesFromOneToTheOther) {
  CivilDate from = date(2019, 6, 15);
  for (int offset = -1000; offset <= 1000; offset += 7) {
    CivilDate to = from.add_days(offset);
    EXPECT_EQ(days_between(from, to), offset);
  }
}

TEST(CivilDate, KnowsTheDayOfTheWeek) {
  EXPECT_EQ(date(2023, 12, 18).day_of_week(), DayOfWeek::monday);
  EXPECT_EQ(date(2023, 12, 19).day_of_week(), DayOfWeek::tuesday);
  EXPECT_EQ(date(2023, 12, 20).day_of_week(), DayOfWeek::wednesday);
  EXPECT_EQ(date(2023, 12, 21).day_of_week(), DayOfWeek::thursday);
  EXPECT_EQ(date(2023, 12, 22).day_of_week(), DayOfWeek::friday);
  EXPECT_EQ(date(2023, 12, 23).day_of_week(), DayOfWeek::saturday);
  EXPECT_EQ(date(2023, 12, 24).day_of_week(), DayOfWeek::sunday);
  EXPECT_EQ(date(2000, 2, 29).day_of_week(), DayOfWeek::tuesday);
  EXPECT_EQ(date(1970, 1, 1).day_of_week(), DayOfWeek::thursday);
}

TEST(DayOfWeek, SaturdayAndSundayAreTheWeekend) {
  EXPECT_FALSE(is_weekend(DayOfWeek::monday));
  EXPECT_FALSE(is_weekend(DayOfWeek::friday));
  EXPECT_TRUE(is_weekend(DayOfWeek::saturday));
  EXPECT_TRUE(is_weekend(DayOfWeek::sunday));
}

TEST(DayOfWeek, HasEnglishNames) {
  EXPECT_EQ(day_of_week_name(DayOfWeek::monday), "Monday");
  EXPECT_EQ(day_of_week_name(DayOfWeek::sunday), "Sunday");
}

TEST(CivilDate, PrintsAsIsoWithLeadingZeros) {
  EXPECT_EQ(date(2023, 1, 2).to_iso_string(), "2023-01-02");
  EXPECT_EQ(date(2023, 12, 29).to_iso_string(), "2023-12-29");
  EXPECT_EQ(date(1, 1, 1).to_iso_string(), "0001-01-01");
  std::ostringstream out;
  out << date(2022, 9, 19);
  EXPECT_EQ(out.str(), "2022-09-19");
}

TEST(ParseIsoDate, ReadsAnIsoDate) {
  Result<CivilDate> parsed = parse_iso_date("aware_on", "2023-12-20");
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(parsed.value(), date(2023, 12, 20));
}

TEST(ParseIsoDate, RoundTripsWithPrinting) {
  CivilDate start = date(2019, 12, 25);
  for (int offset = 0; offset < 800; offset += 3) {
    CivilDate day = start.add_days(offset);
    Result<CivilDate> parsed = parse_iso_date("date", day.to_iso_string());
    ASSERT_TRUE(parsed.ok()) << day;
    EXPECT_EQ(parsed.value(), day);
  }
}

TEST(ParseIsoDate, AsksForADateWhenTheTextIsEmpty) {
  Result<CivilDate> parsed = parse_iso_date("aware_on", "");
  ASSERT_FALSE(parsed.ok());
  EXPECT_EQ(parsed.error().code, ErrorCode::invalid_input);
  ASSERT_EQ(parsed.error().fields.size(), 1u);
  EXPECT_EQ(parsed.error().fields[0].field, "aware_on");
  EXPECT_EQ(parsed.error().fields[0].message, "Enter a date");
}

TEST(ParseIsoDate, RefusesOtherShapesAndImpossibleDaysNamingTheField) {
  for (const char* bad :
       {"2023-02-29", "2023-13-01", "2023-00-10", "2023-01-00", "0000-01-01", "2023-1-2",
        "23-01-02", "2023/01/02", "20230102", " 2023-01-02", "2023-01-02 ", "2023-01-02T00:00",
        "2023-0a-02", "+023-01-02", "-2023-01-02", "2023-01--2", "29/02/2024"}) {
    Result<CivilDate> parsed = parse_iso_date("notified_on", bad);
    ASSERT_FALSE(parsed.ok()) << bad;
    EXPECT_EQ(parsed.error().code, ErrorCode::invalid_input) << bad;
    ASSERT_EQ(parsed.error().fields.size(), 1u) << bad;
    EXPECT_EQ(parsed.error().fields[0].field, "notified_on") << bad;
    EXPECT_EQ(parsed.error().fields[0].message, "Enter a real date") << bad;
  }
}

TEST(CivilDateText, WritesDatesTheGovUkWayWithAndWithoutTheDayOfTheWeek) {
  EXPECT_EQ(weekday_day_month_year(*CivilDate::from_ymd(2026, 3, 16)), "Monday 16 March 2026");
  EXPECT_EQ(day_month_year(*CivilDate::from_ymd(2026, 12, 1)), "1 December 2026");
  EXPECT_EQ(month_name(1), "January");
  EXPECT_EQ(month_name(12), "December");
}

}  // namespace
}  // namespace casereview
