// Reads GOV.UK bank-holidays JSON with Poco::JSON and hands the England and Wales dates to the
// domain's WorkingDayCalendar, turning every way the file can be wrong into one invalid_input
// error on field "file".
#include "app/bank_holidays.hpp"

#include <Poco/Dynamic/Var.h>
#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <map>
#include <optional>
#include <string>
#include <typeinfo>
#include <utility>
#include <vector>

#include "app/embedded_files.hpp"

namespace casereview {

namespace {

constexpr const char* division_name = "england-and-wales";

Error file_error(std::string message) { return Error::invalid({{"file", std::move(message)}}); }

// The member `key` of `object` when it is a JSON string; nothing otherwise.
std::optional<std::string> string_member(const Poco::JSON::Object& object, const std::string& key) {
  Poco::Dynamic::Var member = object.get(key);
  if (member.isEmpty() || !member.isString()) return std::nullopt;
  return member.extract<std::string>();
}

Result<BankHoliday> read_event(const Poco::JSON::Array& events, unsigned int index) {
  const std::string which = "Event " + std::to_string(index + 1) + " of " + division_name;
  Poco::JSON::Object::Ptr event = events.getObject(index);
  if (event.isNull()) return file_error(which + " is not a JSON object");
  std::optional<std::string> title = string_member(*event, "title");
  if (!title || title->empty()) return file_error(which + " has no title");
  std::optional<std::string> date_text = string_member(*event, "date");
  if (!date_text) return file_error(which + " (" + *title + ") has no date");
  Result<CivilDate> date = parse_iso_date("file", *date_text);
  if (!date) {
    return file_error(which + " (" + *title +
                      ") has a date that is not a real YYYY-MM-DD date: \"" + *date_text + "\"");
  }
  return BankHoliday{date.value(), std::move(*title)};
}

Result<WorkingDayCalendar> read_division(const Poco::JSON::Object& root) {
  Poco::JSON::Object::Ptr division = root.getObject(division_name);
  if (division.isNull())
    return file_error(std::string("The file has no \"") + division_name + "\" division");
  std::optional<std::string> named = string_member(*division, "division");
  if (!named)
    return file_error(std::string("The \"") + division_name +
                      "\" division has no \"division\" name");
  if (*named != division_name) {
    return file_error(std::string("The \"") + division_name + "\" division is named \"" + *named +
                      "\"");
  }
  Poco::JSON::Array::Ptr events = division->getArray("events");
  if (events.isNull())
    return file_error(std::string("The \"") + division_name + "\" division has no list of events");
  if (events->size() == 0)
    return file_error(std::string("The \"") + division_name + "\" division lists no events");

  std::vector<BankHoliday> holidays;
  holidays.reserve(events->size());
  for (unsigned int index = 0; index < events->size(); ++index)
    holidays.push_back(TRY(read_event(*events, index)));

  Result<WorkingDayCalendar> calendar = WorkingDayCalendar::from_holidays(std::move(holidays));
  if (!calendar) {
    const std::vector<FieldError>& fields = calendar.error().fields;
    return file_error(fields.empty() ? calendar.error().message : fields.front().message);
  }
  return calendar;
}

}  // namespace

Result<WorkingDayCalendar> parse_bank_holidays(std::string_view json_text) {
  Poco::Dynamic::Var parsed;
  try {
    Poco::JSON::Parser parser;
    parsed = parser.parse(std::string(json_text));
  } catch (const Poco::Exception& problem) {
    return file_error("The file is not valid JSON: " + problem.message());
  }
  if (parsed.type() != typeid(Poco::JSON::Object::Ptr))
    return file_error("The file is not a JSON object");
  Poco::JSON::Object::Ptr root = parsed.extract<Poco::JSON::Object::Ptr>();
  if (root.isNull()) return file_error("The file is not a JSON object");
  return read_division(*root);
}

const Result<WorkingDayCalendar>& default_calendar() {
  static const Result<WorkingDayCalendar> calendar = []() -> Result<WorkingDayCalendar> {
    const std::map<std::string, std::string>& files = embedded_files();
    auto file = files.find(std::string(bundled_bank_holidays_file));
    if (file == files.end()) {
      return Error::of(ErrorCode::internal,
                       "The bundled bank holidays file is missing from the build");
    }
    Result<WorkingDayCalendar> parsed = parse_bank_holidays(file->second);
    if (!parsed) {
      const std::vector<FieldError>& fields = parsed.error().fields;
      return Error::of(ErrorCode::internal,
                       "The bundled bank holidays file is refused: " +
                           (fields.empty() ? parsed.error().message : fields.front().message));
    }
    return parsed;
  }();
  return calendar;
}

}  // namespace casereview
