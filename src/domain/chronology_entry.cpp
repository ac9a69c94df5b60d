// Chronology entries: their times of day and what makes one complete (Rule CHR-2).
#include "domain/chronology_entry.hpp"

#include "domain/text.hpp"

namespace casereview {

std::string TimeOfDay::text() const {
  std::string shown;
  shown += static_cast<char>('0' + hour / 10);
  shown += static_cast<char>('0' + hour % 10);
  shown += ':';
  shown += static_cast<char>('0' + minute / 10);
  shown += static_cast<char>('0' + minute % 10);
  return shown;
}

// Rule CHR-2: the optional time.
Result<TimeOfDay> parse_time_of_day(std::string_view field, std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  std::string digits;
  int separators = 0;
  std::size_t separator_at = 0;
  for (std::size_t index = 0; index < text.size(); ++index) {
    const char character = text[index];
    if (character >= '0' && character <= '9') {
      digits += character;
    } else if (character == ':' || character == '.') {
      ++separators;
      separator_at = digits.size();
    } else {
      separators = 2;  // not a time
    }
  }
  const bool shaped = separators == 0
                          ? digits.size() == 4
                          : separators == 1 && (separator_at == 1 || separator_at == 2) &&
                                digits.size() == separator_at + 2;
  const std::size_t hour_digits = separators == 0 ? 2 : separator_at;
  if (shaped) {
    const int hour = std::stoi(digits.substr(0, hour_digits));
    const int minute = std::stoi(digits.substr(hour_digits));
    if (hour <= 23 && minute <= 59) return TimeOfDay{hour, minute};
  }
  return Error::invalid({{std::string(field), "Enter a real time, like 14:30"}});
}

// Rule CHR-2: every entry has a start date and a source.
std::vector<FieldError> chronology_entry_errors(const ChronologyEntry& entry) {
  std::vector<FieldError> errors;
  if (is_blank(entry.source)) errors.push_back({"source", "Enter the source"});
  if (is_blank(entry.event)) errors.push_back({"event", "Enter the event or contact"});
  if (entry.end_date && entry.end_date->last_day() < entry.date.first_day())
    errors.push_back({"end_date", "The end date must be the same as or after the start date"});
  return errors;
}

}  // namespace casereview
