// The working-day calendar over HTTP: answers in working days on the bundled bank holidays, and
// refuses bad input or dates beyond the calendar with a 422 problem document naming the field.
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include "live_server_fixture.hpp"

namespace casereview::web {
namespace {

using CalendarApiTest = LiveServerTest;

Poco::JSON::Object::Ptr json(const std::string& body) {
  return Poco::JSON::Parser().parse(body).extract<Poco::JSON::Object::Ptr>();
}

// Proves Rule WD-2 through the API: DOMAIN.md's example, aware Wed 2023-12-20, notify by Fri
// 2023-12-29.
TEST_P(CalendarApiTest, AddsWorkingDaysOverChristmas) {
  auto response = get("/api/v1/calendar/working-days?from=2023-12-20&add=5");
  ASSERT_EQ(response.status, 200) << response.body;
  EXPECT_EQ(response.header("content-type"), "application/json");
  EXPECT_EQ(json(response.body)->getValue<std::string>("date"), "2023-12-29");
}

TEST_P(CalendarApiTest, CountsWorkingDaysBetweenDates) {
  auto response = get("/api/v1/calendar/working-days-between?from=2023-12-20&to=2023-12-29");
  ASSERT_EQ(response.status, 200) << response.body;
  EXPECT_EQ(json(response.body)->getValue<int>("working_days"), 5);
}

// Proves Rule WD-3 through the API.
TEST_P(CalendarApiTest, RefusesAnAnswerBeyondTheCalendarNamingTheYearsItCovers) {
  auto response = get("/api/v1/calendar/working-days?from=2027-12-20&add=15");
  ASSERT_EQ(response.status, 422);
  EXPECT_EQ(response.header("content-type"), "application/problem+json");
  auto problem = json(response.body);
  auto errors = problem->getArray("errors");
  ASSERT_EQ(errors->size(), 1u);
  EXPECT_EQ(errors->getObject(0)->getValue<std::string>("field"), "date");
  EXPECT_NE(errors->getObject(0)->getValue<std::string>("message").find("2012 to 2027"),
            std::string::npos);
}

TEST_P(CalendarApiTest, NamesEveryBadField) {
  auto response = get("/api/v1/calendar/working-days?from=2023-02-30&add=-1");
  ASSERT_EQ(response.status, 422);
  auto errors = json(response.body)->getArray("errors");
  ASSERT_EQ(errors->size(), 2u);
  EXPECT_EQ(errors->getObject(0)->getValue<std::string>("field"), "from");
  EXPECT_EQ(errors->getObject(1)->getValue<std::string>("field"), "add");
}

INSTANTIATE_TEST_SUITE_P(Engines, CalendarApiTest,
                         ::testing::ValuesIn(testing_support::test_engines()),
                         testing_support::engine_test_name);

}  // namespace
}  // namespace casereview::web
