// Loading the working-day calendar from GOV.UK bank-holidays JSON: the bundled copy loads and
// answers as DOMAIN.md says, and malformed files are refused with field "file" and a clear message.
#include "app/bank_holidays.hpp"

#include <gtest/gtest.h>

#include <string>

#include "app/embedded_files.hpp"

namespace casereview {
namespace {

CivilDate date(int year, int month, int day) {
  std::optional<CivilDate> made = CivilDate::from_ymd(year, month, day);
  EXPECT_TRUE(made.has_value()) << year << "-" << month << "-" << day;
  return made.value_or(*CivilDate::from_ymd(1970, 1, 1));
}

const WorkingDayCalendar& bundled() {
  const Result<WorkingDayCalendar>& calendar = default_calendar();
  EXPECT_TRUE(calendar.ok()) << (calendar.ok() ? "" : calendar.error().message);
  return calendar.value();
}

// The message of a refusal, after checking it is an invalid_input naming field "file".
std::string refusal(std::string_view json_text) {
  Result<WorkingDayCalendar> parsed = parse_bank_holidays(json_text);
  EXPECT_FALSE(parsed.ok()) << json_text;
  if (parsed.ok()) return "";
  EXPECT_EQ(parsed.error().code, ErrorCode::invalid_input) << json_text;
  EXPECT_EQ(parsed.error().fields.size(), 1u) << json_text;
  if (parsed.error().fields.size() != 1) return "";
  EXPECT_EQ(parsed.error().fields[0].field, "file") << json_text;
  return parsed.error().fields[0].message;
}

// A file of the GOV.UK shape with these events in the England and Wales division.
std::string file_with_events(const std::string& events) {
  return R"({"england-and-wales": {"division": "england-and-wales", "events": [)" + events + "]}}";
}

const char* christmas_2023 =
    R"({"title": "Christmas Day", "date": "2023-12-25", "notes": "", "bunting": true})";

TEST(BankHolidays, TheBundledFileLoadsAndCovers2012To2027) {
  const WorkingDayCalendar& calendar = bundled();
  EXPECT_EQ(calendar.first_year(), 2012);
  EXPECT_EQ(calendar.last_year(), 2027);
  EXPECT_EQ(calendar.holidays().size(), 132u);
  EXPECT_EQ(calendar.holidays().front().date, date(2012, 1, 2));
  EXPECT_EQ(calendar.holidays().back().date, date(2027, 12, 28));
}

TEST(BankHolidays, TheBundledFileIsTheOneCompiledIn) {
  EXPECT_TRUE(embedded_files().contains(std::string(bundled_bank_holidays_file)));
}

// Proves Rule WD-2 on the bundled file: DOMAIN.md's example.
TEST(BankHolidays, TheBundledCalendarGivesDomainExample) {
  Result<CivilDate> notify_by = bundled().add_working_days(date(2023, 12, 20), 5);
  ASSERT_TRUE(notify_by.ok());
  EXPECT_EQ(notify_by.value(), date(2023, 12, 29));
}

// Proves Rule WD-1 on the bundled file.
TEST(BankHolidays, TheBundledCalendarKnowsSubstituteAndSpecialDays) {
  for (CivilDate holiday :
       {date(2020, 12, 28), date(2021, 12, 27), date(2021, 12, 28), date(2022, 12, 27),
        date(2022, 6, 2), date(2022, 6, 3), date(2022, 9, 19), date(2023, 5, 8), date(2012, 6, 5),
        date(2027, 12, 28)}) {
    Result<bool> working = bundled().is_working_day(holiday);
    ASSERT_TRUE(working.ok()) << holiday;
    EXPECT_FALSE(working.value()) << holiday;
  }
  const BankHoliday* coronation = bundled().holiday_on(date(2023, 5, 8));
  ASSERT_NE(coronation, nullptr);
  EXPECT_EQ(coronation->title, "Bank holiday for the coronation of King Charles III");
}

// Proves Rule WD-3 on the bundled file.
TEST(BankHolidays, TheBundledCalendarRefusesDeadlinesBeyond2027) {
  Result<CivilDate> late = bundled().add_working_days(date(2027, 12, 20), 15);
  ASSERT_FALSE(late.ok());
  ASSERT_EQ(late.error().fields.size(), 1u);
  EXPECT_EQ(late.error().fields[0].field, "date");
  EXPECT_EQ(late.error().fields[0].message,
            "The calendar covers 2012 to 2027; 15 working days after 2027-12-20 falls beyond it");
  EXPECT_FALSE(bundled().is_working_day(date(2011, 12, 30)).ok());
}

TEST(BankHolidays, ParsesAFileOfTheGovUkShapeIgnoringOtherDivisions) {
  Result<WorkingDayCalendar> parsed = parse_bank_holidays(
      R"({"england-and-wales": {"division": "england-and-wales", "events": [
            {"title": "Boxing Day", "date": "2023-12-26", "notes": "", "bunting": true},
            {"title": "Christmas Day", "date": "2023-12-25", "notes": "", "bunting": true}]},
          "scotland": {"division": "scotland", "events": [
            {"title": "2nd January", "date": "2023-01-02", "notes": "", "bunting": true}]}})");
  ASSERT_TRUE(parsed.ok()) << parsed.error().fields[0].message;
  ASSERT_EQ(parsed.value().holidays().size(), 2u);
  EXPECT_EQ(parsed.value().holidays()[0].title, "Christmas Day");
  EXPECT_TRUE(
      parsed.value().is_working_day(date(2023, 1, 2)).value());  // a holiday in Scotland only
}

TEST(BankHolidays, RefusesTextThatIsNotJson) {
  EXPECT_NE(refusal("").find("not valid JSON"), std::string::npos);
  EXPECT_NE(refusal("{\"england-and-wales\": ").find("not valid JSON"), std::string::npos);
  EXPECT_NE(refusal("<html>Service unavailable</html>").find("not valid JSON"), std::string::npos);
}

TEST(BankHolidays, RefusesJsonThatIsNotAnObject) {
  EXPECT_EQ(refusal("[]"), "The file is not a JSON object");
  EXPECT_EQ(refusal("[{\"england-and-wales\": {}}]"), "The file is not a JSON object");
  EXPECT_FALSE(refusal("\"england-and-wales\"").empty());  // Poco refuses a lone string as not JSON
  EXPECT_FALSE(refusal("2023").empty());
}

TEST(BankHolidays, RefusesAFileWithoutTheEnglandAndWalesDivision) {
  EXPECT_EQ(refusal("{}"), "The file has no \"england-and-wales\" division");
  EXPECT_EQ(refusal(R"({"scotland": {"division": "scotland", "events": []}})"),
            "The file has no \"england-and-wales\" division");
  EXPECT_EQ(refusal(R"({"england-and-wales": []})"),
            "The file has no \"england-and-wales\" division");
}

TEST(BankHolidays, RefusesADivisionWithoutItsNameOrWithAnother) {
  EXPECT_EQ(refusal(std::string(R"({"england-and-wales": {"events": [)") + christmas_2023 + "]}}"),
            "The \"england-and-wales\" division has no \"division\" name");
  EXPECT_EQ(refusal(std::string(R"({"england-and-wales": {"division": "scotland", "events": [)") +
                    christmas_2023 + "]}}"),
            "The \"england-and-wales\" division is named \"scotland\"");
}

TEST(BankHolidays, RefusesAMissingOrEmptyListOfEvents) {
  EXPECT_EQ(refusal(R"({"england-and-wales": {"division": "england-and-wales"}})"),
            "The \"england-and-wales\" division has no list of events");
  EXPECT_EQ(refusal(R"({"england-and-wales": {"division": "england-and-wales", "events": {}}})"),
            "The \"england-and-wales\" division has no list of events");
  EXPECT_EQ(refusal(file_with_events("")), "The \"england-and-wales\" division lists no events");
}

TEST(BankHolidays, RefusesAnEventWithoutATitleOrADate) {
  EXPECT_EQ(refusal(file_with_events(R"("2023-12-25")")),
            "Event 1 of england-and-wales is not a JSON object");
  EXPECT_EQ(refusal(file_with_events(std::string(christmas_2023) + R"(, {"date": "2023-12-26"})")),
            "Event 2 of england-and-wales has no title");
  EXPECT_EQ(refusal(file_with_events(R"({"title": "Boxing Day"})")),
            "Event 1 of england-and-wales (Boxing Day) has no date");
  EXPECT_EQ(refusal(file_with_events(R"({"title": "Boxing Day", "date": 20231226})")),
            "Event 1 of england-and-wales (Boxing Day) has no date");
}

TEST(BankHolidays, RefusesAnEventWithABadDate) {
  EXPECT_EQ(refusal(file_with_events(R"({"title": "Boxing Day", "date": "2023-02-30"})")),
            "Event 1 of england-and-wales (Boxing Day) has a date that is not a real YYYY-MM-DD "
            "date: \"2023-02-30\"");
  EXPECT_EQ(refusal(file_with_events(R"({"title": "Boxing Day", "date": "26/12/2023"})")),
            "Event 1 of england-and-wales (Boxing Day) has a date that is not a real YYYY-MM-DD "
            "date: \"26/12/2023\"");
}

TEST(BankHolidays, RefusesAFileThatSkipsAYear) {
  EXPECT_EQ(refusal(file_with_events(std::string(christmas_2023) +
                                     R"(, {"title": "Christmas Day", "date": "2025-12-25"})")),
            "The bank holidays list none in 2024, so the calendar cannot cover 2023 to 2025");
}

}  // namespace
}  // namespace casereview
