#include "app/working_day_sums.hpp"

#include <charconv>

#include "app/bank_holidays.hpp"
#include "domain/messages.hpp"

namespace casereview {

Result<CivilDate> add_working_days_text(const std::string& from, const std::string& add) {
  std::vector<FieldError> problems;
  auto date = parse_iso_date("from", from);
  if (!date) problems.push_back(date.error().fields.front());
  int count = 0;
  auto [end, error] = std::from_chars(add.data(), add.data() + add.size(), count);
  if (add.empty() || error != std::errc() || end != add.data() + add.size() || count < 0 ||
      count > 1000) {
    problems.push_back({"add", enter("a whole number of working days from 0 to 1000")});
  }
  if (!problems.empty()) return Error::invalid(problems);
  const Result<WorkingDayCalendar>& calendar = default_calendar();
  if (!calendar) return calendar.error();
  return calendar.value().add_working_days(date.value(), count);
}

Result<int> working_days_between_text(const std::string& from, const std::string& to) {
  std::vector<FieldError> problems;
  auto start = parse_iso_date("from", from);
  if (!start) problems.push_back(start.error().fields.front());
  auto finish = parse_iso_date("to", to);
  if (!finish) problems.push_back(finish.error().fields.front());
  if (!problems.empty()) return Error::invalid(problems);
  const Result<WorkingDayCalendar>& calendar = default_calendar();
  if (!calendar) return calendar.error();
  return calendar.value().working_days_between(start.value(), finish.value());
}

}  // namespace casereview
