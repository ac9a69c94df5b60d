// Chronology entries: their times of day and what makes one complete (Rule CHR-2).
#include "domain/chronology_entry.hpp"

#include <charconv>

#include "domain/messages.hpp"
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

namespace {

std::optional<int> whole_number(std::string_view text) {
  int number = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (text.empty() || error != std::errc{} || end != text.data() + text.size() || number < 0)
    return std::nullopt;
  return number;
}

}  // namespace

// Rule CHR-2: an entry as written, with its dates as people write them.
Result<ChronologyEntry> chronology_entry_from_text(const ChronologyEntryText& text) {
  std::vector<FieldError> errors;
  ChronologyEntry entry;
  const auto first_error = [&](const Error& error) { errors.push_back(error.fields.front()); };
  Result<ApproximateDate> start = parse_approximate_date("start_date", text.start_date);
  if (start) {
    entry.date = start.value();
  } else {
    first_error(start.error());
  }
  if (filled(text.time)) {
    Result<TimeOfDay> time = parse_time_of_day("time", text.time);
    if (time) {
      entry.time = time.value();
    } else {
      first_error(time.error());
    }
  }
  bool end_read = true;
  if (filled(text.end_date)) {
    Result<ApproximateDate> end = parse_approximate_date("end_date", text.end_date);
    if (end) {
      entry.end_date = end.value();
    } else {
      end_read = false;
      first_error(end.error());
    }
  }
  if (filled(text.sequence)) {
    entry.sequence = whole_number(trimmed(text.sequence));
    if (!entry.sequence)
      errors.push_back({"sequence", "Enter the sequence as a whole number, like 2"});
  }
  struct TextField {
    const char* field;
    const char* name;  // as a message names it
    const std::string& value;
    std::string& into;
  };
  for (const TextField& each :
       {TextField{"source", "The source", text.source, entry.source},
        TextField{"subject", "The subject", text.subject, entry.subject},
        TextField{"event", "The event", text.event, entry.event},
        TextField{"action", "The action taken", text.action, entry.action},
        TextField{"outcome", "The outcome", text.outcome, entry.outcome},
        TextField{"significance", "The significance", text.significance, entry.significance}}) {
    each.into = trimmed(each.value);
    if (each.into.size() > chronology_entry_text_limit)
      errors.push_back({each.field, too_long(each.name, chronology_entry_text_limit)});
  }
  for (FieldError& error : chronology_entry_errors(entry)) {
    if (error.field == "end_date" && !(start && end_read)) continue;
    errors.push_back(std::move(error));
  }
  if (!errors.empty()) return Error::invalid(std::move(errors));
  return entry;
}

}  // namespace casereview
