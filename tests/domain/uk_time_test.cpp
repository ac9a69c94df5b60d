// UK civil time without a time-zone database: the summer-time edges, dates near midnight, and
// how times are written for people. Proves Rule UK-TIME.
#include "domain/uk_time.hpp"

#include <gtest/gtest.h>

namespace casereview {
namespace {

Instant at(const std::string& text) { return *parse_instant(text); }

TEST(UkTime, SummerTimeBeginsAt0100GmtOnTheLastSundayOfMarch) {
  EXPECT_FALSE(uk_summer_time(at("2026-03-29T00:59:59Z")));
  EXPECT_TRUE(uk_summer_time(at("2026-03-29T01:00:00Z")));
}

TEST(UkTime, SummerTimeEndsAt0100GmtOnTheLastSundayOfOctober) {
  EXPECT_TRUE(uk_summer_time(at("2026-10-25T00:59:59Z")));
  EXPECT_FALSE(uk_summer_time(at("2026-10-25T01:00:00Z")));
}

TEST(UkTime, LateEveningGmtInSummerIsAlreadyTomorrowInTheUk) {
  EXPECT_EQ(uk_date(at("2026-07-01T23:30:00Z")).to_iso_string(), "2026-07-02");
  EXPECT_EQ(uk_date(at("2026-12-01T23:30:00Z")).to_iso_string(), "2026-12-01");
}

TEST(UkTime, ADayBeginsAtUkMidnight) {
  EXPECT_EQ(format_instant(uk_start_of_day(*CivilDate::from_ymd(2026, 7, 2))),
            "2026-07-01T23:00:00Z");
  EXPECT_EQ(format_instant(uk_start_of_day(*CivilDate::from_ymd(2026, 12, 2))),
            "2026-12-02T00:00:00Z");
}

TEST(UkTime, WritesTimesAsPeopleReadThem) {
  EXPECT_EQ(uk_time_text(at("2026-11-26T09:30:00Z")), "26 November 2026 at 9:30am");
  EXPECT_EQ(uk_time_text(at("2026-07-01T11:00:00Z")), "1 July 2026 at midday");
  EXPECT_EQ(uk_time_text(at("2026-07-01T23:00:00Z")), "2 July 2026 at midnight");
  EXPECT_EQ(uk_time_text(at("2026-11-26T15:00:00Z")), "26 November 2026 at 3pm");
  EXPECT_EQ(uk_time_text(at("2026-11-26T15:04:05Z"), TimePrecision::seconds),
            "26 November 2026 at 3:04:05pm");
}

}  // namespace
}  // namespace casereview
