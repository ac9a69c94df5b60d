// The working-day calendar, built from a hand-written list of the real England and Wales bank
// holidays of 2020 to 2024 (copied from GOV.UK's list, including substitute days and the special
// days of 2020, 2022 and 2023). Each test names the rule it proves (Rule WD-1, Rule WD-2,
// Rule WD-3: see domain/working_days.hpp, from DOMAIN.md "Working days" and DESIGN.md "Time").
#include "domain/working_days.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <climits>

namespace casereview {
namespace {

CivilDate date(int year, int month, int day) {
  std::optional<CivilDate> made = CivilDate::from_ymd(year, month, day);
  EXPECT_TRUE(made.has_value()) << year << "-" << month << "-" << day;
  return made.value_or(*CivilDate::from_ymd(1970, 1, 1));
}

std::vector<BankHoliday> holidays_2020_to_2024() {
  return {
      {date(2020, 1, 1), "New Year’s Day"},
      {date(2020, 4, 10), "Good Friday"},
      {date(2020, 4, 13), "Easter Monday"},
      {date(2020, 5, 8), "Early May bank holiday (VE day)"},
      {date(2020, 5, 25), "Spring bank holiday"},
      {date(2020, 8, 31), "Summer bank holiday"},
      {date(2020, 12, 25), "Christmas Day"},
      {date(2020, 12, 28), "Boxing Day"},  // substitute day
      {date(2021, 1, 1), "New Year’s Day"},
      {date(2021, 4, 2), "Good Friday"},
      {date(2021, 4, 5), "Easter Monday"},
      {date(2021, 5, 3), "Early May bank holiday"},
      {date(2021, 5, 31), "Spring bank holiday"},
      {date(2021, 8, 30), "Summer bank holiday"},
      {date(2021, 12, 27), "Christmas Day"},  // substitute day
      {date(2021, 12, 28), "Boxing Day"},     // substitute day
      {date(2022, 1, 3), "New Year’s Day"},   // substitute day
      {date(2022, 4, 15), "Good Friday"},
      {date(2022, 4, 18), "Easter Monday"},
      {date(2022, 5, 2), "Early May bank holiday"},
      {date(2022, 6, 2), "Spring bank holiday"},
      {date(2022, 6, 3), "Platinum Jubilee bank holiday"},
      {date(2022, 8, 29), "Summer bank holiday"},
      {date(2022, 9, 19), "Bank Holiday for the State Funeral of Queen Elizabeth II"},
      {date(2022, 12, 26), "Boxing Day"},
      {date(2022, 12, 27), "Christmas Day"},  // substitute day
      {date(2023, 1, 2), "New Year’s Day"},   // substitute day
      {date(2023, 4, 7), "Good Friday"},
      {date(2023, 4, 10), "Easter Monday"},
      {date(2023, 5, 1), "Early May bank holiday"},
      {date(2023, 5, 8), "Bank holiday for the coronation of King Charles III"},
      {date(2023, 5, 29), "Spring bank holiday"},
      {date(2023, 8, 28), "Summer bank holiday"},
      {date(2023, 12, 25), "Christmas Day"},
      {date(2023, 12, 26), "Boxing Day"},
      {date(2024, 1, 1), "New Year’s Day"},
      {date(2024, 3, 29), "Good Friday"},
      {date(2024, 4, 1), "Easter Monday"},
      {date(2024, 5, 6), "Early May bank holiday"},
      {date(2024, 5, 27), "Spring bank holiday"},
      {date(2024, 8, 26), "Summer bank holiday"},
      {date(2024, 12, 25), "Christmas Day"},
      {date(2024, 12, 26), "Boxing Day"},
  };
}

const WorkingDayCalendar& calendar() {
  static const WorkingDayCalendar built =
      WorkingDayCalendar::from_holidays(holidays_2020_to_2024()).value();
  return built;
}

bool working(CivilDate day) {
  Result<bool> answer = calendar().is_working_day(day);
  EXPECT_TRUE(answer.ok()) << day;
  return answer.ok() && answer.value();
}

CivilDate after(CivilDate day, int working_days) {
  Result<CivilDate> answer = calendar().add_working_days(day, working_days);
  EXPECT_TRUE(answer.ok()) << day << " + " << working_days;
  return answer.ok() ? answer.value() : day;
}

int between(CivilDate from, CivilDate to) {
  Result<int> answer = calendar().working_days_between(from, to);
  EXPECT_TRUE(answer.ok()) << from << " to " << to;
  return answer.ok() ? answer.value() : INT_MIN;
}

void expect_outside_calendar(const Error& error) {
  EXPECT_EQ(error.code, ErrorCode::invalid_input);
  ASSERT_EQ(error.fields.size(), 1u);
  EXPECT_EQ(error.fields[0].field, "date");
  EXPECT_NE(error.fields[0].message.find("The calendar covers 2020 to 2024"), std::string::npos)
      << error.fields[0].message;
}

// Working days (Rule WD-1).

// Proves Rule WD-1.
TEST(WorkingDays, MondayToFridayAreWorkingDays) {
  for (CivilDate day = date(2023, 12, 11); day <= date(2023, 12, 15); day = day.add_days(1)) {
    EXPECT_TRUE(working(day)) << day;
  }
}

// Proves Rule WD-1.
TEST(WorkingDays, SaturdayAndSundayAreNot) {
  EXPECT_FALSE(working(date(2023, 12, 16)));
  EXPECT_FALSE(working(date(2023, 12, 17)));
  EXPECT_FALSE(
      working(date(2020, 12, 26)));  // Boxing Day on a Saturday: its substitute is the Monday
}

// Proves Rule WD-1.
TEST(WorkingDays, NoListedBankHolidayIsAWorkingDay) {
  for (const BankHoliday& holiday : holidays_2020_to_2024())
    EXPECT_FALSE(working(holiday.date)) << holiday.title;
}

// Proves Rule WD-1.
TEST(WorkingDays, SubstituteDaysAreNotWorkingDays) {
  EXPECT_FALSE(working(date(2020, 12, 28)));  // Boxing Day 2020 fell on a Saturday
  EXPECT_FALSE(working(date(2021, 12, 27)));  // Christmas Day 2021 fell on a Saturday
  EXPECT_FALSE(working(date(2021, 12, 28)));  // Boxing Day 2021 fell on a Sunday
  EXPECT_FALSE(working(date(2022, 1, 3)));    // New Year's Day 2022 fell on a Saturday
  EXPECT_FALSE(working(date(2022, 12, 27)));  // Christmas Day 2022 fell on a Sunday
  EXPECT_FALSE(working(date(2023, 1, 2)));    // New Year's Day 2023 fell on a Sunday
  EXPECT_TRUE(working(date(2021, 12, 29)));
}

// Proves Rule WD-1.
TEST(WorkingDays, GoodFridayAndEasterMondayAreNotWorkingDays) {
  EXPECT_TRUE(working(date(2023, 4, 6)));
  EXPECT_FALSE(working(date(2023, 4, 7)));
  EXPECT_FALSE(working(date(2023, 4, 10)));
  EXPECT_TRUE(working(date(2023, 4, 11)));
  EXPECT_FALSE(working(date(2024, 3, 29)));
  EXPECT_FALSE(working(date(2024, 4, 1)));
}

// Proves Rule WD-1.
TEST(WorkingDays, SpecialBankHolidaysAreNotWorkingDays) {
  EXPECT_FALSE(working(date(2022, 6, 2)));   // Spring bank holiday, moved for the Platinum Jubilee
  EXPECT_FALSE(working(date(2022, 6, 3)));   // Platinum Jubilee
  EXPECT_TRUE(working(date(2022, 5, 30)));   // the usual last Monday of May was a working day
  EXPECT_FALSE(working(date(2022, 9, 19)));  // State Funeral of Queen Elizabeth II
  EXPECT_FALSE(working(date(2023, 5, 8)));   // Coronation of King Charles III
  EXPECT_FALSE(working(date(2020, 5, 8)));   // Early May bank holiday moved to VE day
  EXPECT_TRUE(working(date(2020, 5, 4)));    // the usual first Monday of May was a working day
}

// Proves Rule WD-1: 365 days of 2023, less 105 weekend days and 9 bank holidays on weekdays; 366
// days of 2020, less 104 weekend days and 8 bank holidays on weekdays (1 January among them, so
// starting the count after it loses nothing).
TEST(WorkingDays, CountsTheWorkingDaysOfAWholeYear) {
  EXPECT_EQ(between(date(2022, 12, 31), date(2023, 12, 31)), 251);
  EXPECT_EQ(between(date(2020, 1, 1), date(2020, 12, 31)), 254);
}

// Adding working days (Rule WD-2).

// Proves Rule WD-2: DOMAIN.md's example, across Christmas Day and Boxing Day.
TEST(WorkingDays, NotificationDueFiveWorkingDaysAfterAwarenessOverChristmas) {
  CivilDate aware = date(2023, 12, 20);
  ASSERT_EQ(aware.day_of_week(), DayOfWeek::wednesday);
  CivilDate notify_by = after(aware, 5);
  EXPECT_EQ(notify_by, date(2023, 12, 29));
  EXPECT_EQ(notify_by.day_of_week(), DayOfWeek::friday);
}

// Proves Rule WD-2.
TEST(WorkingDays, FiveWorkingDaysInAnOrdinaryWeekEndOnTheSameWeekdayNextWeek) {
  EXPECT_EQ(after(date(2023, 3, 6), 5), date(2023, 3, 13));
  EXPECT_EQ(after(date(2023, 3, 8), 5), date(2023, 3, 15));
}

// Proves Rule WD-2.
TEST(WorkingDays, SkipsSubstituteBoxingDay) {
  EXPECT_EQ(after(date(2020, 12, 24), 1),
            date(2020, 12, 29));  // Fri 25th, weekend, Mon 28th substitute
}

// Proves Rule WD-2.
TEST(WorkingDays, SkipsBothSubstituteDaysOfChristmas2021) {
  EXPECT_EQ(after(date(2021, 12, 24), 1), date(2021, 12, 29));
  EXPECT_EQ(after(date(2021, 12, 24), 2), date(2021, 12, 30));
}

// Proves Rule WD-2.
TEST(WorkingDays, SkipsBoxingDayAndSubstituteChristmasDay2022) {
  EXPECT_EQ(after(date(2022, 12, 23), 1), date(2022, 12, 28));
}

// Proves Rule WD-2.
TEST(WorkingDays, SkipsGoodFridayAndEasterMonday) {
  EXPECT_EQ(after(date(2023, 4, 6), 1), date(2023, 4, 11));
  EXPECT_EQ(after(date(2024, 3, 28), 1), date(2024, 4, 2));
}

// Proves Rule WD-2.
TEST(WorkingDays, SkipsTheJubileeTheStateFuneralAndTheCoronation) {
  EXPECT_EQ(after(date(2022, 6, 1), 1), date(2022, 6, 6));
  EXPECT_EQ(after(date(2022, 9, 16), 1), date(2022, 9, 20));
  EXPECT_EQ(after(date(2023, 5, 5), 1), date(2023, 5, 9));
  EXPECT_EQ(after(date(2023, 4, 28), 5), date(2023, 5, 9));  // both May 2023 Mondays off
}

// Proves Rule WD-2.
TEST(WorkingDays, DayZeroOnAWeekendDoesNotCount) {
  EXPECT_EQ(after(date(2023, 6, 17), 1), date(2023, 6, 19));    // Saturday to Monday
  EXPECT_EQ(after(date(2023, 6, 18), 1), date(2023, 6, 19));    // Sunday to Monday
  EXPECT_EQ(after(date(2023, 6, 17), 5), date(2023, 6, 23));    // Saturday to Friday
  EXPECT_EQ(after(date(2023, 12, 23), 1), date(2023, 12, 27));  // Saturday before Christmas
}

// Proves Rule WD-2.
TEST(WorkingDays, DayZeroOnABankHolidayDoesNotCount) {
  EXPECT_EQ(after(date(2023, 12, 25), 1), date(2023, 12, 27));
  EXPECT_EQ(after(date(2022, 9, 19), 5), date(2022, 9, 26));
}

// Proves Rule WD-2.
TEST(WorkingDays, ZeroWorkingDaysIsTheDateItselfWhateverKindOfDay) {
  for (CivilDate day : {date(2023, 12, 20), date(2023, 12, 23), date(2023, 12, 25),
                        date(2020, 1, 1), date(2024, 12, 31)}) {
    EXPECT_EQ(after(day, 0), day);
  }
}

// Proves Rule WD-2.
TEST(WorkingDays, CrossesIntoTheNewYearSkippingNewYearsDay) {
  EXPECT_EQ(after(date(2023, 12, 29), 1), date(2024, 1, 2));  // Mon 1 January 2024
  EXPECT_EQ(after(date(2021, 12, 31), 1), date(2022, 1, 4));  // Mon 3 January 2022, substitute
  EXPECT_EQ(after(date(2022, 12, 30), 1), date(2023, 1, 3));  // Mon 2 January 2023, substitute
  EXPECT_EQ(after(date(2020, 12, 31), 1), date(2021, 1, 4));  // Fri 1 January 2021, then a weekend
}

// Proves Rule WD-2: rapid reviews are due 15 working days after the notification (DOMAIN.md step
// 3).
TEST(WorkingDays, RapidReviewDueFifteenWorkingDaysAfterNotification) {
  EXPECT_EQ(after(date(2023, 12, 20), 15), date(2024, 1, 15));  // over Christmas and New Year
  EXPECT_EQ(after(date(2023, 4, 3), 15), date(2023, 4, 26));    // over Easter
  EXPECT_EQ(after(date(2022, 5, 27), 15), date(2022, 6, 21));   // over the Jubilee
  EXPECT_EQ(after(date(2023, 3, 1), 15), date(2023, 3, 22));    // three ordinary weeks
}

// Proves Rule WD-1 and Rule WD-2: every answer above zero is a working day, later than the one
// before.
TEST(WorkingDays, EveryResultIsALaterWorkingDay) {
  CivilDate start = date(2021, 12, 20);
  CivilDate previous = start;
  for (int count = 1; count <= 30; ++count) {
    CivilDate next = after(start, count);
    EXPECT_TRUE(working(next)) << next;
    EXPECT_GT(next, previous);
    EXPECT_EQ(between(previous, next), 1);
    previous = next;
  }
}

// Counting working days between two dates (Rule WD-2 read the other way).

// Proves Rule WD-2.
TEST(WorkingDays, CountsWorkingDaysAfterTheFirstDateUpToAndIncludingTheSecond) {
  EXPECT_EQ(between(date(2023, 12, 20), date(2023, 12, 29)), 5);
  EXPECT_EQ(between(date(2023, 12, 20), date(2023, 12, 20)), 0);
  EXPECT_EQ(between(date(2023, 12, 22), date(2023, 12, 26)), 0);  // a weekend, then Christmas
  EXPECT_EQ(between(date(2023, 12, 22), date(2023, 12, 27)), 1);
  EXPECT_EQ(between(date(2023, 12, 23), date(2023, 12, 24)), 0);
}

// Proves Rule WD-2.
TEST(WorkingDays, CountsBackwardsAsANegativeNumber) {
  EXPECT_EQ(between(date(2023, 12, 29), date(2023, 12, 20)), -5);
  EXPECT_EQ(between(date(2024, 1, 15), date(2023, 12, 20)), -15);
}

// Proves Rule WD-2: for every covered date and many counts, between(d, add(d, n)) == n.
TEST(WorkingDays, CountingBetweenUndoesAdding) {
  for (CivilDate day = date(2020, 1, 1); day <= date(2024, 12, 31); day = day.add_days(1)) {
    for (int count : {0, 1, 2, 3, 4, 5, 6, 10, 15, 20, 31, 65, 130, 260}) {
      Result<CivilDate> later = calendar().add_working_days(day, count);
      if (!later) {
        // Only a result past the calendar's end may fail (Rule WD-3).
        EXPECT_GT(count, between(day, date(2024, 12, 31))) << day << " + " << count;
        continue;
      }
      ASSERT_EQ(between(day, later.value()), count) << day << " + " << count;
      ASSERT_EQ(between(later.value(), day), -count) << day << " + " << count;
    }
  }
}

// Proves Rule WD-2: adding the count between a date and a later working day lands on that day.
TEST(WorkingDays, AddingTheCountBetweenReachesAnyLaterWorkingDay) {
  CivilDate start = date(2022, 12, 24);
  for (CivilDate day = start; day <= date(2023, 2, 28); day = day.add_days(1)) {
    if (!working(day)) continue;
    EXPECT_EQ(after(start, between(start, day)), day);
  }
}

// The calendar's edges (Rule WD-3).

// Proves Rule WD-3.
TEST(WorkingDayCalendar, CoversWholeYearsFromTheFirstToTheLastListed) {
  EXPECT_EQ(calendar().first_year(), 2020);
  EXPECT_EQ(calendar().last_year(), 2024);
  EXPECT_EQ(calendar().first_day(), date(2020, 1, 1));
  EXPECT_EQ(calendar().last_day(), date(2024, 12, 31));
  EXPECT_TRUE(calendar().covers(date(2024, 12, 31)));
  EXPECT_FALSE(calendar().covers(date(2025, 1, 1)));
  EXPECT_FALSE(calendar().covers(date(2019, 12, 31)));
}

// Proves Rule WD-3.
TEST(WorkingDayCalendar, AnswersOnTheLastCoveredDay) {
  EXPECT_TRUE(working(date(2024, 12, 31)));
  EXPECT_EQ(after(date(2024, 12, 30), 1), date(2024, 12, 31));
  EXPECT_EQ(after(date(2024, 12, 24), 3), date(2024, 12, 31));
  EXPECT_EQ(after(date(2024, 12, 31), 0), date(2024, 12, 31));
  EXPECT_EQ(between(date(2024, 12, 24), date(2024, 12, 31)), 3);
}

// Proves Rule WD-3.
TEST(WorkingDayCalendar, RefusesAResultThatWouldFallInTheNextYear) {
  Result<CivilDate> too_late = calendar().add_working_days(date(2024, 12, 31), 1);
  ASSERT_FALSE(too_late.ok());
  expect_outside_calendar(too_late.error());
  EXPECT_EQ(too_late.error().fields[0].message,
            "The calendar covers 2020 to 2024; 1 working day after 2024-12-31 falls beyond it");

  Result<CivilDate> rapid_review = calendar().add_working_days(date(2024, 12, 20), 15);
  ASSERT_FALSE(rapid_review.ok());
  expect_outside_calendar(rapid_review.error());
  EXPECT_EQ(rapid_review.error().fields[0].message,
            "The calendar covers 2020 to 2024; 15 working days after 2024-12-20 falls beyond it");
}

// Proves Rule WD-3.
TEST(WorkingDayCalendar, RefusesADateBeforeTheFirstYear) {
  CivilDate before = date(2019, 12, 31);
  Result<bool> working_day = calendar().is_working_day(before);
  ASSERT_FALSE(working_day.ok());
  expect_outside_calendar(working_day.error());
  EXPECT_EQ(working_day.error().fields[0].message,
            "The calendar covers 2020 to 2024; this date is outside it");

  Result<CivilDate> later =
      calendar().add_working_days(before, 1);  // even though 2020-01-02 is covered
  ASSERT_FALSE(later.ok());
  expect_outside_calendar(later.error());

  Result<int> count = calendar().working_days_between(before, date(2020, 1, 2));
  ASSERT_FALSE(count.ok());
  expect_outside_calendar(count.error());
}

// Proves Rule WD-3.
TEST(WorkingDayCalendar, RefusesADateAfterTheLastYear) {
  CivilDate beyond = date(2025, 1, 2);
  Result<bool> working_day = calendar().is_working_day(beyond);
  ASSERT_FALSE(working_day.ok());
  expect_outside_calendar(working_day.error());

  Result<CivilDate> same_day = calendar().add_working_days(beyond, 0);
  ASSERT_FALSE(same_day.ok());
  expect_outside_calendar(same_day.error());

  Result<int> count = calendar().working_days_between(date(2024, 12, 31), beyond);
  ASSERT_FALSE(count.ok());
  expect_outside_calendar(count.error());
}

// Proves Rule WD-3.
TEST(WorkingDayCalendar, RefusesAHugeCountWithoutOverflowing) {
  Result<CivilDate> later = calendar().add_working_days(date(2020, 1, 1), INT_MAX);
  ASSERT_FALSE(later.ok());
  expect_outside_calendar(later.error());
}

TEST(WorkingDayCalendar, NamesASingleCoveredYearOnItsOwn) {
  Result<WorkingDayCalendar> one_year =
      WorkingDayCalendar::from_holidays({{date(2023, 12, 25), "Christmas Day"}});
  ASSERT_TRUE(one_year.ok());
  Result<bool> working_day = one_year.value().is_working_day(date(2024, 1, 2));
  ASSERT_FALSE(working_day.ok());
  EXPECT_EQ(working_day.error().fields[0].message,
            "The calendar covers 2023; this date is outside it");
}

TEST(WorkingDayCalendar, RefusesANegativeNumberOfWorkingDays) {
  Result<CivilDate> earlier = calendar().add_working_days(date(2023, 12, 20), -1);
  ASSERT_FALSE(earlier.ok());
  EXPECT_EQ(earlier.error().code, ErrorCode::invalid_input);
  ASSERT_EQ(earlier.error().fields.size(), 1u);
  EXPECT_EQ(earlier.error().fields[0].field, "working_days");
}

// Building the calendar.

TEST(WorkingDayCalendar, RefusesAnEmptyListOfHolidays) {
  Result<WorkingDayCalendar> built = WorkingDayCalendar::from_holidays({});
  ASSERT_FALSE(built.ok());
  EXPECT_EQ(built.error().code, ErrorCode::invalid_input);
  ASSERT_EQ(built.error().fields.size(), 1u);
  EXPECT_EQ(built.error().fields[0].field, "holidays");
}

TEST(WorkingDayCalendar, RefusesAListThatSkipsAYear) {
  std::vector<BankHoliday> holidays = holidays_2020_to_2024();
  std::erase_if(holidays, [](const BankHoliday& holiday) { return holiday.date.year() == 2022; });
  Result<WorkingDayCalendar> built = WorkingDayCalendar::from_holidays(holidays);
  ASSERT_FALSE(built.ok());
  EXPECT_EQ(built.error().code, ErrorCode::invalid_input);
  ASSERT_EQ(built.error().fields.size(), 1u);
  EXPECT_EQ(built.error().fields[0].field, "holidays");
  EXPECT_EQ(built.error().fields[0].message,
            "The bank holidays list none in 2022, so the calendar cannot cover 2020 to 2024");
}

TEST(WorkingDayCalendar, GivesTheSameAnswersWhateverTheOrderOfTheList) {
  std::vector<BankHoliday> holidays = holidays_2020_to_2024();
  std::reverse(holidays.begin(), holidays.end());
  holidays.push_back(holidays.front());  // a date listed twice counts once
  Result<WorkingDayCalendar> reversed = WorkingDayCalendar::from_holidays(holidays);
  ASSERT_TRUE(reversed.ok());
  EXPECT_EQ(reversed.value().holidays().size(), holidays_2020_to_2024().size());
  for (CivilDate day = date(2020, 1, 1); day <= date(2024, 12, 31); day = day.add_days(1)) {
    ASSERT_EQ(reversed.value().is_working_day(day).value(), working(day)) << day;
  }
  EXPECT_EQ(reversed.value().add_working_days(date(2023, 12, 20), 5).value(), date(2023, 12, 29));
}

TEST(WorkingDayCalendar, ListsItsHolidaysInDateOrder) {
  const std::vector<BankHoliday>& holidays = calendar().holidays();
  ASSERT_EQ(holidays.size(), 43u);
  EXPECT_TRUE(std::is_sorted(
      holidays.begin(), holidays.end(),
      [](const BankHoliday& left, const BankHoliday& right) { return left.date < right.date; }));
}

TEST(WorkingDayCalendar, NamesTheHolidayOnADate) {
  const BankHoliday* holiday = calendar().holiday_on(date(2022, 9, 19));
  ASSERT_NE(holiday, nullptr);
  EXPECT_EQ(holiday->title, "Bank Holiday for the State Funeral of Queen Elizabeth II");
  EXPECT_EQ(calendar().holiday_on(date(2022, 9, 20)), nullptr);
  EXPECT_EQ(calendar().holiday_on(date(2022, 9, 17)), nullptr);   // a Saturday is not a holiday
  EXPECT_EQ(calendar().holiday_on(date(2025, 12, 25)), nullptr);  // outside the calendar
}

}  // namespace
}  // namespace casereview
