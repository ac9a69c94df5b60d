#include "domain/partnership_settings.hpp"

#include <array>
#include <charconv>
#include <optional>

#include "domain/enum_names.hpp"
#include "domain/messages.hpp"

namespace casereview {

namespace {

std::optional<int> whole_number(const std::string& text) {
  int value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

std::optional<bool> yes_or_no(const std::string& text) {
  if (text == "yes") return true;
  if (text == "no") return false;
  return std::nullopt;
}

// Two settings in order: when both were read, `fewer` must be below `more`, else `message` on
// `fewer`'s field.
void require_fewer(const SettingValues& values, const char* fewer, const char* more,
                   const std::string& message, std::vector<FieldError>& problems) {
  const auto low = values.time_scales.find(fewer);
  const auto high = values.time_scales.find(more);
  if (low != values.time_scales.end() && high != values.time_scales.end() &&
      low->second >= high->second)
    problems.push_back({fewer, message});
}

Error unreadable(const std::string& key) {
  return Error::of(ErrorCode::internal, "Stored setting " + key + " is not valid");
}

}  // namespace

const char* setting_unit(const SettingSpec& spec) {
  const std::string_view key = spec.key;
  if (key.starts_with("recommendations")) return "recommendations";
  if (key.ends_with("months")) return "months";
  if (key.ends_with("weeks")) return "weeks";
  if (key.ends_with("years")) return "years";
  if (key.ends_with("calendar_days")) return "days";
  if (key.ends_with("megabytes")) return "megabytes";
  if (key.ends_with("pounds")) return "pounds";
  return "working days";
}

const char* course_booking_name(CourseBooking audience) {
  switch (audience) {
    case CourseBooking::own_workforce:
      return "own_workforce";
    case CourseBooking::any_partnership:
      return "any_partnership";
  }
  return "own_workforce";
}

std::optional<CourseBooking> course_booking_from_name(std::string_view name) {
  return enum_from_name(std::array{CourseBooking::own_workforce, CourseBooking::any_partnership},
                        course_booking_name, name);
}

Result<SettingValues> settings_with_defaults(const std::map<std::string, std::string>& stored) {
  SettingValues values;
  for (const SettingSpec& spec : partnership_setting_specs) {
    auto found = stored.find(spec.key);
    if (found == stored.end()) {
      values.time_scales[spec.key] = spec.default_value;
      continue;
    }
    auto number = whole_number(found->second);
    if (!number) return unreadable(spec.key);
    values.time_scales[spec.key] = *number;
  }
  if (auto found = stored.find(course_booking_key); found != stored.end()) {
    auto audience = course_booking_from_name(found->second);
    if (!audience) return unreadable(course_booking_key);
    values.course_booking = *audience;
  }
  if (auto found = stored.find(certificates_need_code_key); found != stored.end()) {
    auto needed = yes_or_no(found->second);
    if (!needed) return unreadable(certificates_need_code_key);
    values.certificates_need_code = *needed;
  }
  return values;
}

std::map<std::string, std::string> stored_settings(const SettingValues& values) {
  std::map<std::string, std::string> stored;
  for (const auto& [key, number] : values.time_scales) stored[key] = std::to_string(number);
  stored[course_booking_key] = course_booking_name(values.course_booking);
  stored[certificates_need_code_key] = values.certificates_need_code ? "yes" : "no";
  return stored;
}

Result<SettingValues> check_settings(const std::map<std::string, std::string>& submitted) {
  std::vector<FieldError> problems;
  SettingValues values;
  for (const SettingSpec& spec : partnership_setting_specs) {
    auto found = submitted.find(spec.key);
    const std::string text = found == submitted.end() ? "" : found->second;
    auto number = whole_number(text);
    const std::string unit = setting_unit(spec);
    if (text.empty()) {
      problems.push_back({spec.key, enter("a number of ") + unit});
    } else if (!number) {
      problems.push_back({spec.key, std::string(spec.label) + " must be a whole number"});
    } else if (*number < spec.minimum || *number > spec.maximum) {
      problems.push_back({spec.key, std::string(spec.label) + " must be between " +
                                        std::to_string(spec.minimum) + " and " +
                                        std::to_string(spec.maximum)});
    } else {
      values.time_scales[spec.key] = *number;
    }
  }
  auto audience = submitted.find(course_booking_key);
  auto chosen =
      audience == submitted.end() ? std::nullopt : course_booking_from_name(audience->second);
  if (chosen) {
    values.course_booking = *chosen;
  } else {
    problems.push_back({course_booking_key, "Select who may book your courses"});
  }
  // Rule TRN-5: a checkbox, so absent is no.
  auto need_code = submitted.find(certificates_need_code_key);
  auto needed =
      need_code == submitted.end() ? std::optional<bool>(false) : yes_or_no(need_code->second);
  if (needed) {
    values.certificates_need_code = *needed;
  } else {
    problems.push_back(
        {certificates_need_code_key, "Select whether certificates need the attendance code"});
  }
  // Rule ACT-3: amber comes before red.
  require_fewer(values, "rag_amber_calendar_days", "rag_red_calendar_days",
                "Days without an update before an action is amber must be fewer than the days "
                "before it is red",
                problems);
  // Rule TRN-6: the second reminder comes after the first.
  require_fewer(values, "second_reminder_working_days", "first_reminder_working_days",
                "Working days before a session of the second reminder must be fewer than of the "
                "first",
                problems);
  if (!problems.empty()) return Error::invalid(problems);
  return values;
}

}  // namespace casereview
