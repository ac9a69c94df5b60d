// Approximate dates: reading the forms people write into a year, a month or a day with its
// certainty, and writing them back without invented parts (Rule CHR-2). Parsing works on tokens
// (runs of digits and runs of letters) after the uncertainty markers are taken off, so that "12 May
// 2021", "12-May-2021" and "12th May, 2021" are one pattern.
#include "domain/approximate_date.hpp"

#include <cassert>
#include <ostream>
#include <vector>

#include "domain/enum_names.hpp"

namespace casereview {

namespace {

bool is_digit(char character) { return character >= '0' && character <= '9'; }
bool is_letter(char character) {
  return (character >= 'a' && character <= 'z') || (character >= 'A' && character <= 'Z');
}
char lower(char character) {
  return character >= 'A' && character <= 'Z' ? static_cast<char>(character - 'A' + 'a')
                                              : character;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

// Takes one uncertainty marker off the front or the end of `text` (lower case, trimmed); true
// when one was found. A word marker ("c", "circa") must be followed by a space, a dot or a digit,
// so that it cannot eat the start of a month's name.
bool strip_uncertainty_marker(std::string& text) {
  static constexpr std::string_view suffixes[] = {"(uncertain)", "?"};
  for (std::string_view suffix : suffixes) {
    if (text.size() >= suffix.size() &&
        std::string_view(text).substr(text.size() - suffix.size()) == suffix) {
      text = std::string(trim(std::string_view(text).substr(0, text.size() - suffix.size())));
      return true;
    }
  }
  if (starts_with(text, "?")) {
    text = std::string(trim(std::string_view(text).substr(1)));
    return true;
  }
  static constexpr std::string_view words[] = {
      "approximately", "approx.", "approx", "around", "about", "circa", "ca.", "ca", "c.", "c"};
  for (std::string_view word : words) {
    if (!starts_with(text, word)) continue;
    std::string_view rest = std::string_view(text).substr(word.size());
    const bool ends_word = word.back() == '.' || rest.empty() || rest.front() == ' ' ||
                           rest.front() == '.' || is_digit(rest.front());
    if (!ends_word || rest.empty()) continue;
    if (rest.front() == '.') rest.remove_prefix(1);
    text = std::string(trim(rest));
    return true;
  }
  return false;
}

struct Token {
  enum class Kind { number, word } kind;
  std::string text;
};

// Splits into runs of digits and runs of letters; spaces, '/', '-', '.' and ',' separate them.
// Returns nothing when any other character appears.
std::optional<std::vector<Token>> tokenise(std::string_view text) {
  std::vector<Token> tokens;
  std::size_t index = 0;
  while (index < text.size()) {
    const char character = text[index];
    if (character == ' ' || character == '\t' || character == '/' || character == '-' ||
        character == '.' || character == ',') {
      ++index;
      continue;
    }
    if (!is_digit(character) && !is_letter(character)) return std::nullopt;
    const bool digits = is_digit(character);
    Token token{digits ? Token::Kind::number : Token::Kind::word, ""};
    while (index < text.size() && (digits ? is_digit(text[index]) : is_letter(text[index]))) {
      token.text += text[index];
      ++index;
    }
    tokens.push_back(std::move(token));
  }
  return tokens;
}

// 1 to 12 for an English month name, full or shortened to three letters ("sept" too).
std::optional<int> month_from_word(std::string_view word) {
  for (int month = 1; month <= 12; ++month) {
    std::string name;
    for (char character : month_name(month)) name += lower(character);
    if (word == name || word == std::string_view(name).substr(0, 3)) return month;
  }
  if (word == "sept") return 9;
  return std::nullopt;
}

int number_of(const Token& token) {
  int number = 0;
  for (char digit : token.text) number = number * 10 + (digit - '0');
  return number;
}

bool is_number(const Token& token, std::size_t min_digits, std::size_t max_digits) {
  return token.kind == Token::Kind::number && token.text.size() >= min_digits &&
         token.text.size() <= max_digits;
}
// Four digits not starting with 0: years 1000 to 9999, so that the year shown reads back.
bool is_year(const Token& token) { return is_number(token, 4, 4) && token.text[0] != '0'; }
bool is_short_year(const Token& token) { return is_number(token, 2, 2); }
bool is_day_or_month(const Token& token) { return is_number(token, 1, 2); }
std::optional<int> month_of(const Token& token) {
  if (token.kind != Token::Kind::word) return std::nullopt;
  return month_from_word(token.text);
}

enum class Reading { date, short_year, unreadable };

struct Parts {
  Reading reading = Reading::unreadable;
  int year = 0;
  std::optional<int> month;
  std::optional<int> day;
};

// Matches the token patterns of the forms in the header.
Parts read_parts(const std::vector<Token>& tokens) {
  const std::size_t count = tokens.size();
  Parts parts;
  if (count == 0 || count > 3) return parts;
  const Token& last = tokens[count - 1];
  // A two-digit year at the end ("12/05/21", "May 21") is refused with its own message.
  if (count >= 2 && is_short_year(last) && !is_year(tokens[0]) &&
      (count == 3 || month_of(tokens[0]))) {
    parts.reading = Reading::short_year;
    return parts;
  }
  if (count == 1 && is_year(tokens[0])) {
    parts = {Reading::date, number_of(tokens[0]), std::nullopt, std::nullopt};
  } else if (count == 2 && is_year(tokens[0]) && is_day_or_month(tokens[1])) {
    parts = {Reading::date, number_of(tokens[0]), number_of(tokens[1]), std::nullopt};  // 2021-05
  } else if (count == 2 && is_day_or_month(tokens[0]) && is_year(tokens[1])) {
    parts = {Reading::date, number_of(tokens[1]), number_of(tokens[0]), std::nullopt};  // 05/2021
  } else if (count == 2 && month_of(tokens[0]) && is_year(tokens[1])) {
    parts = {Reading::date, number_of(tokens[1]), month_of(tokens[0]), std::nullopt};  // May 2021
  } else if (count == 3 && is_year(tokens[0]) && is_day_or_month(tokens[1]) &&
             is_day_or_month(tokens[2])) {
    parts = {Reading::date, number_of(tokens[0]), number_of(tokens[1]), number_of(tokens[2])};
  } else if (count == 3 && is_day_or_month(tokens[0]) && is_year(tokens[2])) {
    // UK order: 12/05/2021 and 12 May 2021 are the 12th of May.
    std::optional<int> month =
        is_day_or_month(tokens[1]) ? std::optional<int>(number_of(tokens[1])) : month_of(tokens[1]);
    if (month) parts = {Reading::date, number_of(tokens[2]), month, number_of(tokens[0])};
  } else if (count == 3 && month_of(tokens[0]) && is_day_or_month(tokens[1]) &&
             is_year(tokens[2])) {
    parts = {Reading::date, number_of(tokens[2]), month_of(tokens[0]), number_of(tokens[1])};
  }
  return parts;
}

}  // namespace

std::string_view date_precision_name(DatePrecision precision) {
  switch (precision) {
    case DatePrecision::day:
      return "day";
    case DatePrecision::month:
      return "month";
    case DatePrecision::year:
      return "year";
  }
  assert(false && "not a DatePrecision");
  return "";
}

std::optional<DatePrecision> date_precision_from_name(std::string_view name) {
  return enum_from_name(all_date_precisions, date_precision_name, name);
}

ApproximateDate ApproximateDate::on_day(CivilDate day, DateCertainty certainty) {
  return ApproximateDate{day, DatePrecision::day, certainty};
}

std::optional<ApproximateDate> ApproximateDate::in_month(int year, int month,
                                                         DateCertainty certainty) {
  std::optional<CivilDate> first = CivilDate::from_ymd(year, month, 1);
  if (!first) return std::nullopt;
  return ApproximateDate{*first, DatePrecision::month, certainty};
}

std::optional<ApproximateDate> ApproximateDate::in_year(int year, DateCertainty certainty) {
  std::optional<CivilDate> first = CivilDate::from_ymd(year, 1, 1);
  if (!first) return std::nullopt;
  return ApproximateDate{*first, DatePrecision::year, certainty};
}

std::optional<ApproximateDate> ApproximateDate::from_value(std::string_view value,
                                                           DateCertainty certainty) {
  for (char character : value) {
    if (!is_digit(character) && character != '-') return std::nullopt;
  }
  auto digits = [&](std::size_t begin, std::size_t end) {
    int number = 0;
    for (std::size_t index = begin; index < end; ++index) number = number * 10 + value[index] - '0';
    return number;
  };
  auto digits_only = [&](std::size_t begin, std::size_t end) {
    for (std::size_t index = begin; index < end; ++index) {
      if (!is_digit(value[index])) return false;
    }
    return true;
  };
  if (value.size() == 4 && digits_only(0, 4)) return in_year(digits(0, 4), certainty);
  if (value.size() == 7 && value[4] == '-' && digits_only(0, 4) && digits_only(5, 7))
    return in_month(digits(0, 4), digits(5, 7), certainty);
  Result<CivilDate> day = parse_iso_date("value", value);
  if (!day) return std::nullopt;
  return on_day(day.value(), certainty);
}

CivilDate ApproximateDate::last_day() const {
  switch (precision_) {
    case DatePrecision::day:
      return first_day_;
    case DatePrecision::month: {
      const int next_month = first_day_.month() % 12 + 1;
      const int year = first_day_.month() == 12 ? first_day_.year() + 1 : first_day_.year();
      std::optional<CivilDate> next = CivilDate::from_ymd(year, next_month, 1);
      // December 9999 has no next month to count back from.
      return next ? next->add_days(-1) : *CivilDate::from_ymd(year - 1, 12, 31);
    }
    case DatePrecision::year:
      return *CivilDate::from_ymd(first_day_.year(), 12, 31);
  }
  assert(false && "not a DatePrecision");
  return first_day_;
}

std::string ApproximateDate::value() const {
  const std::string iso = first_day_.to_iso_string();
  switch (precision_) {
    case DatePrecision::day:
      return iso;
    case DatePrecision::month:
      return iso.substr(0, 7);
    case DatePrecision::year:
      return iso.substr(0, 4);
  }
  assert(false && "not a DatePrecision");
  return iso;
}

// Rule CHR-2: only the parts that were written are shown.
std::string ApproximateDate::text() const {
  std::string shown;
  switch (precision_) {
    case DatePrecision::day:
      shown = day_month_year(first_day_);
      break;
    case DatePrecision::month:
      shown = std::string(month_name(first_day_.month())) + " " + std::to_string(first_day_.year());
      break;
    case DatePrecision::year:
      shown = std::to_string(first_day_.year());
      break;
  }
  if (is_uncertain()) shown += " (uncertain)";
  return shown;
}

// Rule CHR-2.
Result<ApproximateDate> parse_approximate_date(std::string_view field, std::string_view text) {
  std::string written;
  for (char character : trim(text)) written += lower(character);
  if (written.empty()) return Error::invalid({{std::string(field), "Enter a date"}});
  const Error unreadable =
      Error::invalid({{std::string(field), std::string(approximate_date_hint)}});

  DateCertainty certainty = DateCertainty::certain;
  while (strip_uncertainty_marker(written)) certainty = DateCertainty::uncertain;

  std::optional<std::vector<Token>> tokens = tokenise(written);
  if (!tokens) return unreadable;
  // "12th May 2021": an ordinal ending after a day number is dropped.
  std::vector<Token> kept;
  for (const Token& token : *tokens) {
    const bool ordinal =
        token.text == "st" || token.text == "nd" || token.text == "rd" || token.text == "th";
    if (ordinal && !kept.empty() && is_day_or_month(kept.back())) continue;
    kept.push_back(token);
  }

  const Parts parts = read_parts(kept);
  switch (parts.reading) {
    case Reading::short_year:
      return Error::invalid({{std::string(field), "Enter the year in full, like 2021"}});
    case Reading::unreadable:
      return unreadable;
    case Reading::date:
      break;
  }
  std::optional<ApproximateDate> date;
  if (parts.day) {
    std::optional<CivilDate> day = CivilDate::from_ymd(parts.year, *parts.month, *parts.day);
    if (day) date = ApproximateDate::on_day(*day, certainty);
  } else if (parts.month) {
    date = ApproximateDate::in_month(parts.year, *parts.month, certainty);
  } else {
    date = ApproximateDate::in_year(parts.year, certainty);
  }
  if (!date) return unreadable;
  return *date;
}

std::ostream& operator<<(std::ostream& out, const ApproximateDate& date) {
  return out << date.value() << (date.is_uncertain() ? " (uncertain)" : "");
}

}  // namespace casereview
