#include "domain/partnership_settings.hpp"

#include <charconv>
#include <optional>

#include "domain/messages.hpp"

namespace casereview {

namespace {

std::optional<int> whole_number(const std::string& text) {
  int value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

}  // namespace

std::map<std::string, int> settings_with_defaults(
    const std::map<std::string, std::string>& stored) {
  std::map<std::string, int> values;
  for (const SettingSpec& spec : partnership_setting_specs) {
    auto found = stored.find(spec.key);
    auto number = found == stored.end() ? std::nullopt : whole_number(found->second);
    values[spec.key] = number.value_or(spec.default_value);
  }
  return values;
}

Result<std::map<std::string, int>> check_settings(
    const std::map<std::string, std::string>& submitted) {
  std::vector<FieldError> problems;
  std::map<std::string, int> values;
  for (const SettingSpec& spec : partnership_setting_specs) {
    auto found = submitted.find(spec.key);
    const std::string text = found == submitted.end() ? "" : found->second;
    auto number = whole_number(text);
    const std::string unit =
        std::string(spec.key).find("months") != std::string::npos ? "months" : "working days";
    if (text.empty()) {
      problems.push_back({spec.key, enter("a number of ") + unit});
    } else if (!number) {
      problems.push_back({spec.key, std::string(spec.label) + " must be a whole number"});
    } else if (*number < spec.minimum || *number > spec.maximum) {
      problems.push_back({spec.key, std::string(spec.label) + " must be between " +
                                        std::to_string(spec.minimum) + " and " +
                                        std::to_string(spec.maximum)});
    } else {
      values[spec.key] = *number;
    }
  }
  if (!problems.empty()) return Error::invalid(problems);
  return values;
}

}  // namespace casereview
