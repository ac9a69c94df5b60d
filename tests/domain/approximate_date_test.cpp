// Approximate dates as people write them in chronologies: every form of Rule CHR-2 (see
// domain/approximate_date.hpp), real and impossible days, and the text shown without invented
// parts.
#include "domain/approximate_date.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace casereview {
namespace {

CivilDate date(int year, int month, int day) { return *CivilDate::from_ymd(year, month, day); }

ApproximateDate parsed(std::string_view text) {
  Result<ApproximateDate> result = parse_approximate_date("date", text);
  EXPECT_TRUE(result.ok()) << text;
  return result ? result.value() : *ApproximateDate::in_year(1970);
}

std::string error_of(std::string_view text) {
  Result<ApproximateDate> result = parse_approximate_date("date", text);
  EXPECT_FALSE(result.ok()) << text << " was read as " << result.value();
  if (result) return "";
  EXPECT_EQ(result.error().code, ErrorCode::invalid_input);
  EXPECT_EQ(result.error().fields.size(), 1u);
  EXPECT_EQ(result.error().fields[0].field, "date");
  return result.error().fields[0].message;
}

TEST(ApproximateDate, ReadsEveryWayOfWritingADay) {  // Rule CHR-2
  for (std::string_view text : {"2021-05-12", "12/05/2021", "12/5/2021", "12-05-2021", "12.05.2021",
                                "12 May 2021", "12 may 2021", "12th May 2021", "12 May, 2021",
                                "12-May-2021", "May 12 2021", "  12 May 2021 "}) {
    ApproximateDate day = parsed(text);
    EXPECT_EQ(day.precision(), DatePrecision::day) << text;
    EXPECT_EQ(day.first_day(), date(2021, 5, 12)) << text;
    EXPECT_EQ(day.certainty(), DateCertainty::certain) << text;
    EXPECT_EQ(day.text(), "12 May 2021") << text;
  }
}

TEST(ApproximateDate, ReadsDayBeforeMonthAsTheUkWritesIt) {  // Rule CHR-2
  EXPECT_EQ(parsed("03/04/2021").first_day(), date(2021, 4, 3));
  EXPECT_EQ(parsed("1/2/2020").first_day(), date(2020, 2, 1));
}

TEST(ApproximateDate, ParsesMonthYearWithoutInventingADay) {  // Rule CHR-2
  for (std::string_view text : {"May 2021", "may 2021", "2021-05", "05/2021", "5/2021"}) {
    ApproximateDate month = parsed(text);
    EXPECT_EQ(month.precision(), DatePrecision::month) << text;
    EXPECT_EQ(month.text(), "May 2021") << text;
    EXPECT_EQ(month.value(), "2021-05") << text;
  }
  EXPECT_EQ(parsed("Sept 2019").text(), "September 2019");
  EXPECT_EQ(parsed("Dec 2019").text(), "December 2019");
}

TEST(ApproximateDate, ParsesAYearWithoutInventingAMonth) {  // Rule CHR-2
  ApproximateDate year = parsed("2021");
  EXPECT_EQ(year.precision(), DatePrecision::year);
  EXPECT_EQ(year.text(), "2021");
  EXPECT_EQ(year.value(), "2021");
}

TEST(ApproximateDate, MarksUncertainDatesAndSaysSo) {  // Rule CHR-2
  ApproximateDate day = parsed("?12/05/2021");
  EXPECT_EQ(day.precision(), DatePrecision::day);
  EXPECT_TRUE(day.is_uncertain());
  EXPECT_EQ(day.text(), "12 May 2021 (uncertain)");
  for (std::string_view text :
       {"c. 2019", "c.2019", "c2019", "C. 2019", "circa 2019", "ca. 2019", "approx. 2019",
        "about 2019", "2019?", "? 2019", "2019 (uncertain)"}) {
    ApproximateDate year = parsed(text);
    EXPECT_EQ(year.precision(), DatePrecision::year) << text;
    EXPECT_TRUE(year.is_uncertain()) << text;
    EXPECT_EQ(year.text(), "2019 (uncertain)") << text;
  }
  EXPECT_EQ(parsed("c. May 2021").text(), "May 2021 (uncertain)");
}

TEST(ApproximateDate, ReadsBackTheTextItShows) {  // Rule CHR-2
  for (std::string_view text : {"12 May 2021", "May 2021", "2021", "12 May 2021 (uncertain)",
                                "September 2019 (uncertain)", "29 February 2024"}) {
    EXPECT_EQ(parsed(text).text(), text);
  }
}

TEST(ApproximateDate, RefusesDaysThatDoNotExist) {  // Rule CHR-2
  const std::string hint = "Enter a real date, like 12/05/2021, May 2021 or 2021";
  for (std::string_view text :
       {"31/02/2021", "29/02/2023", "2023-02-29", "32/01/2021", "00/01/2021", "12/13/2021",
        "05/13/2021", "2021-13", "13/2021", "31 April 2021", "0000", "0504", "May 0999"}) {
    EXPECT_EQ(error_of(text), hint) << text;
  }
  EXPECT_EQ(parsed("29/02/2024").first_day(), date(2024, 2, 29));
}

TEST(ApproximateDate, RefusesTextThatIsNoDate) {  // Rule CHR-2
  const std::string hint = "Enter a real date, like 12/05/2021, May 2021 or 2021";
  for (std::string_view text :
       {"yesterday", "Maybe 2021", "12 Mayo 2021", "2021-05-12T10:00", "12/05/2021 10:00", "21",
        "12345", "1/2/3/2021", "May", "?", "c.", "12 May 2021 and later", "2021–05–12"}) {
    EXPECT_EQ(error_of(text), hint) << text;
  }
}

TEST(ApproximateDate, AsksForTheYearInFullRatherThanGuessingTheCentury) {  // Rule CHR-2
  EXPECT_EQ(error_of("12/05/21"), "Enter the year in full, like 2021");
  EXPECT_EQ(error_of("12 May 21"), "Enter the year in full, like 2021");
  EXPECT_EQ(error_of("May 21"), "Enter the year in full, like 2021");
}

TEST(ApproximateDate, AsksForADateWhenEmpty) {
  EXPECT_EQ(error_of(""), "Enter a date");
  EXPECT_EQ(error_of("   "), "Enter a date");
}

TEST(ApproximateDate, SpansItsWholePeriod) {  // Rule CHR-2, for Rule CHR-3's scope checks and gaps
  EXPECT_EQ(parsed("May 2021").first_day(), date(2021, 5, 1));
  EXPECT_EQ(parsed("May 2021").last_day(), date(2021, 5, 31));
  EXPECT_EQ(parsed("Feb 2024").last_day(), date(2024, 2, 29));
  EXPECT_EQ(parsed("December 2021").last_day(), date(2021, 12, 31));
  EXPECT_EQ(parsed("2021").first_day(), date(2021, 1, 1));
  EXPECT_EQ(parsed("2021").last_day(), date(2021, 12, 31));
  EXPECT_EQ(parsed("12/05/2021").last_day(), date(2021, 5, 12));
}

TEST(ApproximateDate, SortsAtTheStartOfItsPeriod) {  // Rule CHR-3
  EXPECT_LT(parsed("2021"), parsed("2 January 2021"));
  EXPECT_LT(parsed("1 January 2021"), parsed("2021"));  // the finer date first on the same day
  EXPECT_LT(parsed("May 2021"), parsed("3 May 2021"));
  EXPECT_LT(parsed("31 December 2020"), parsed("2021"));
  EXPECT_LT(parsed("12 May 2021"), parsed("?12 May 2021"));
  EXPECT_EQ(parsed("12/05/2021"), parsed("2021-05-12"));
}

TEST(ApproximateDate, KeepsTheStoredShapeForTheApi) {  // Rule CHR-2
  EXPECT_EQ(parsed("12/05/2021").value(), "2021-05-12");
  EXPECT_EQ(date_precision_name(parsed("May 2021").precision()), "month");
  EXPECT_EQ(date_precision_from_name("year"), DatePrecision::year);
  EXPECT_EQ(date_precision_from_name("week"), std::nullopt);
  for (std::string_view text : {"12 May 2021", "May 2021", "2021", "?1 March 2020"}) {
    ApproximateDate original = parsed(text);
    EXPECT_EQ(ApproximateDate::from_value(original.value(), original.certainty()), original);
  }
  EXPECT_EQ(ApproximateDate::from_value("2021-02-30", DateCertainty::certain), std::nullopt);
  EXPECT_EQ(ApproximateDate::from_value("May 2021", DateCertainty::certain), std::nullopt);
  EXPECT_EQ(ApproximateDate::from_value("2021-5", DateCertainty::certain), std::nullopt);
  std::ostringstream shown;
  shown << parsed("c. May 2021");
  EXPECT_EQ(shown.str(), "2021-05 (uncertain)");
}

}  // namespace
}  // namespace casereview
