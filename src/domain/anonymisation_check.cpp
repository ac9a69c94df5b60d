// The anonymisation check (Rule PUB-3): see anonymisation_check.hpp. Each kind of identifier has
// its own scanner over the part's text; their spans are merged (the first and longest wins where
// two overlap), masked in a copy of the text, and each finding's excerpt is cut from that copy.
#include "domain/anonymisation_check.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "domain/enum_names.hpp"

namespace casereview {

std::string_view identifier_kind_name(IdentifierKind kind) {
  switch (kind) {
    case IdentifierKind::name:
      return "name";
    case IdentifierKind::date_of_birth:
      return "date_of_birth";
    case IdentifierKind::postcode:
      return "postcode";
    case IdentifierKind::phone:
      return "phone";
    case IdentifierKind::email:
      return "email";
  }
  return "name";
}

std::string_view identifier_kind_text(IdentifierKind kind) {
  switch (kind) {
    case IdentifierKind::name:
      return "Name";
    case IdentifierKind::date_of_birth:
      return "Date of birth";
    case IdentifierKind::postcode:
      return "Postcode";
    case IdentifierKind::phone:
      return "Phone number";
    case IdentifierKind::email:
      return "Email address";
  }
  return "Name";
}

std::optional<IdentifierKind> identifier_kind_from_name(std::string_view name) {
  return enum_from_name(
      std::array{IdentifierKind::name, IdentifierKind::date_of_birth, IdentifierKind::postcode,
                 IdentifierKind::phone, IdentifierKind::email},
      identifier_kind_name, name);
}

std::string IdentifierFound::location() const { return part + ", line " + std::to_string(line); }

namespace {

struct Span {
  std::size_t offset = 0;
  std::size_t length = 0;
  IdentifierKind kind = IdentifierKind::name;
};

bool ascii_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }
bool ascii_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
bool ascii_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

// The small letter of a capital whose UTF-8 takes two bytes, when its small letter does too:
// Latin-1 (À…Þ), Latin Extended-A (Ā…ž, in pairs; not İ, whose small letter is ASCII "i"), Greek
// and Cyrillic. Anything else is returned as it is.
char32_t small_letter(char32_t letter) {
  if (letter >= 0xC0 && letter <= 0xDE && letter != 0xD7) return letter + 0x20;
  if (letter == 0x130) return letter;
  if (letter >= 0x100 && letter <= 0x137 && letter % 2 == 0) return letter + 1;
  if (letter >= 0x139 && letter <= 0x148 && letter % 2 == 1) return letter + 1;
  if (letter >= 0x14A && letter <= 0x177 && letter % 2 == 0) return letter + 1;
  if (letter == 0x178) return 0xFF;  // Ÿ
  if (letter >= 0x179 && letter <= 0x17E && letter % 2 == 1) return letter + 1;
  if (letter == 0x386) return 0x3AC;                             // Ά
  if (letter >= 0x388 && letter <= 0x38A) return letter + 0x25;  // Έ Ή Ί
  if (letter == 0x38C) return 0x3CC;                             // Ό
  if (letter == 0x38E || letter == 0x38F) return letter + 0x3F;  // Ύ Ώ
  if (letter >= 0x391 && letter <= 0x3AB && letter != 0x3A2) return letter + 0x20;
  if (letter >= 0x400 && letter <= 0x40F) return letter + 0x50;
  if (letter >= 0x410 && letter <= 0x42F) return letter + 0x20;
  return letter;
}

// The text in small letters, byte for byte: ASCII's, and small_letter's two-byte ones. Every
// letter keeps its length, so an offset in the folded text is the same offset in the original
// (the excerpt and the mask are cut from the original by it).
std::string folded(std::string_view text) {
  std::string lower(text);
  for (std::size_t i = 0; i < lower.size(); ++i) {
    const auto byte = static_cast<unsigned char>(lower[i]);
    if (byte < 0x80) {
      lower[i] = static_cast<char>(std::tolower(byte));
      continue;
    }
    const bool two_bytes = (byte & 0xE0) == 0xC0 && i + 1 < lower.size() &&
                           (static_cast<unsigned char>(lower[i + 1]) & 0xC0) == 0x80;
    if (!two_bytes) continue;
    const char32_t letter = (static_cast<char32_t>(byte & 0x1F) << 6) |
                            (static_cast<unsigned char>(lower[i + 1]) & 0x3F);
    const char32_t small = small_letter(letter);
    lower[i] = static_cast<char>(0xC0 | (small >> 6));
    lower[i + 1] = static_cast<char>(0x80 | (small & 0x3F));
    ++i;
  }
  return lower;
}

// True when a word (a letter or digit, or any non-ASCII letter) ends just before `at`. The
// punctuation of Unicode's General Punctuation block (’ – — “ ”, three bytes from E2 80) is not
// part of a word, so "Jayden’s" is "Jayden" and a possessive.
bool word_before(std::string_view text, std::size_t at) {
  if (at == 0) return false;
  const auto c = static_cast<unsigned char>(text[at - 1]);
  if (c < 0x80) return ascii_alnum(static_cast<char>(c));
  if (at >= 3 && static_cast<unsigned char>(text[at - 3]) == 0xE2 &&
      static_cast<unsigned char>(text[at - 2]) == 0x80)
    return false;
  return true;
}

bool word_after(std::string_view text, std::size_t at) {
  if (at >= text.size()) return false;
  const auto c = static_cast<unsigned char>(text[at]);
  if (c < 0x80) return ascii_alnum(static_cast<char>(c));
  if (c == 0xE2 && at + 1 < text.size() && static_cast<unsigned char>(text[at + 1]) == 0x80)
    return false;
  return true;
}

// Every whole-word, case-insensitive occurrence of `needle` (already lower case) in `lower`.
void find_whole(std::string_view lower, const std::string& needle, IdentifierKind kind,
                std::vector<Span>& spans) {
  if (needle.empty()) return;
  for (std::size_t at = lower.find(needle); at != std::string_view::npos;
       at = lower.find(needle, at + 1)) {
    if (!word_before(lower, at) && !word_after(lower, at + needle.size()))
      spans.push_back({at, needle.size(), kind});
  }
}

constexpr std::array<std::string_view, 12> month_names = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

std::string_view ordinal_suffix(int day) {
  if (day >= 11 && day <= 13) return "th";
  switch (day % 10) {
    case 1:
      return "st";
    case 2:
      return "nd";
    case 3:
      return "rd";
    default:
      return "th";
  }
}

// The common ways of writing `date`, in lower case: 3/7/2019, 03/07/2019, 03.07.19, 2019-07-03,
// 3 July 2019, 3rd Jul 2019, July 3, 2019, …
std::vector<std::string> date_forms(CivilDate date) {
  const int day = date.day();
  const int month = date.month();
  const std::string year = std::to_string(date.year());
  const std::string short_year = year.size() == 4 ? year.substr(2) : year;
  auto two = [](int n) { return (n < 10 ? "0" : "") + std::to_string(n); };
  std::vector<std::string> forms;
  for (const std::string& d : {std::to_string(day), two(day)})
    for (const std::string& m : {std::to_string(month), two(month)})
      for (const char* separator : {"/", ".", "-"})
        for (const std::string& y : {year, short_year})
          forms.push_back(d + separator + m + separator + y);
  forms.push_back(year + "-" + two(month) + "-" + two(day));
  const std::string long_month(month_names[static_cast<std::size_t>(month - 1)]);
  const std::string short_month = long_month.substr(0, 3);
  const std::string ordinal = std::to_string(day) + std::string(ordinal_suffix(day));
  for (const std::string& m : {long_month, short_month}) {
    for (const std::string& d : {std::to_string(day), two(day), ordinal}) {
      forms.push_back(d + " " + m + " " + year);
      forms.push_back(d + " of " + m + " " + year);
      forms.push_back(m + " " + d + ", " + year);
      forms.push_back(m + " " + d + " " + year);
    }
  }
  return forms;
}

// UK postcodes: an outward code (A9, A99, A9A, AA9, AA99, AA9A), an optional space, and an inward
// code (9AA), standing as a word of its own. Case is ignored.
void find_postcodes(std::string_view text, std::vector<Span>& spans) {
  for (std::size_t at = 0; at < text.size(); ++at) {
    if (!ascii_alpha(text[at]) || word_before(text, at)) continue;
    std::size_t i = at;
    std::size_t letters = 0;
    while (i < text.size() && ascii_alpha(text[i]) && letters < 2) ++i, ++letters;
    if (i >= text.size() || !ascii_digit(text[i])) continue;
    ++i;
    if (i < text.size() && ascii_alnum(text[i]) && i + 1 < text.size() &&
        (text[i + 1] == ' ' || ascii_digit(text[i + 1])))
      ++i;  // the outward code's optional second character
    if (i < text.size() && text[i] == ' ') ++i;
    if (i + 3 > text.size() || !ascii_digit(text[i]) || !ascii_alpha(text[i + 1]) ||
        !ascii_alpha(text[i + 2]) || word_after(text, i + 3))
      continue;
    spans.push_back({at, i + 3 - at, IdentifierKind::postcode});
    at = i + 2;
  }
}

bool phone_separator(char c) { return c == ' ' || c == '-' || c == '(' || c == ')'; }

// UK phone numbers: 0 and 9 or 10 more digits, or +44 and 9 or 10 digits (a "(0)" after it
// ignored), grouped by spaces, hyphens or brackets as people write them.
void find_phones(std::string_view text, std::vector<Span>& spans) {
  for (std::size_t at = 0; at < text.size(); ++at) {
    const char first = text[at];
    if ((first != '+' && first != '0' && first != '(') || word_before(text, at)) continue;
    std::size_t end = at + 1;
    std::string digits = first == '0' ? "0" : "";
    for (std::size_t i = at + 1; i < text.size(); ++i) {
      const char c = text[i];
      if (ascii_digit(c)) {
        digits += c;
        end = i + 1;
      } else if (phone_separator(c)) {
        // Spaces, hyphens and brackets group the digits ("(01632) 960 124"): go on only while a
        // digit follows within the next few.
        std::size_t next = i + 1;
        while (next < text.size() && next < i + 3 && phone_separator(text[next])) ++next;
        if (next >= text.size() || !ascii_digit(text[next])) break;
      } else {
        break;
      }
    }
    if (first == '+') {
      if (digits.rfind("44", 0) != 0) continue;
      digits = digits.substr(2);
      if (!digits.empty() && digits.front() == '0') digits.erase(0, 1);
      digits = "0" + digits;
    }
    if (digits.size() < 2 || digits.front() != '0' || digits.size() < 10 || digits.size() > 11 ||
        word_after(text, end))
      continue;
    spans.push_back({at, end - at, IdentifierKind::phone});
    at = end - 1;
  }
}

bool email_local_character(char c) {
  return ascii_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

void find_emails(std::string_view text, std::vector<Span>& spans) {
  for (std::size_t at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
    std::size_t start = at;
    while (start > 0 && email_local_character(text[start - 1])) --start;
    std::size_t end = at + 1;
    while (end < text.size() && (ascii_alnum(text[end]) || text[end] == '.' || text[end] == '-'))
      ++end;
    while (end > at + 1 && text[end - 1] == '.') --end;
    const std::string_view domain = text.substr(at + 1, end - at - 1);
    const std::size_t dot = domain.rfind('.');
    if (start == at || dot == std::string_view::npos || dot == 0 || dot + 1 == domain.size())
      continue;
    spans.push_back({start, end - start, IdentifierKind::email});
  }
}

// The spans in order, the first (and then the longest) kept where two overlap.
std::vector<Span> without_overlaps(std::vector<Span> spans) {
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) {
    return a.offset != b.offset ? a.offset < b.offset : a.length > b.length;
  });
  std::vector<Span> kept;
  for (const Span& span : spans)
    if (kept.empty() || span.offset >= kept.back().offset + kept.back().length)
      kept.push_back(span);
  return kept;
}

std::string mask_of(IdentifierKind kind) {
  switch (kind) {
    case IdentifierKind::name:
      return "[name]";
    case IdentifierKind::date_of_birth:
      return "[date of birth]";
    case IdentifierKind::postcode:
      return "[postcode]";
    case IdentifierKind::phone:
      return "[phone number]";
    case IdentifierKind::email:
      return "[email address]";
  }
  return "[hidden]";
}

constexpr std::size_t excerpt_context = 40;

// Where a cut at `at` lands on a character's first byte (moving forward).
std::size_t character_start(std::string_view text, std::size_t at) {
  while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
  return at;
}

// The masked text from `from` to `to` on one line: white space (new lines too) as single spaces,
// an ellipsis where it was cut.
std::string excerpt_of(std::string_view masked, std::size_t from, std::size_t to) {
  std::size_t start = from > excerpt_context ? from - excerpt_context : 0;
  std::size_t end = std::min(masked.size(), to + excerpt_context);
  start = character_start(masked, start);
  end = character_start(masked, end);
  std::string excerpt = start > 0 ? "…" : "";
  bool space = false;
  for (std::size_t i = start; i < end; ++i) {
    const char c = masked[i];
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      space = true;
      continue;
    }
    if (space && !excerpt.empty() && excerpt != "…") excerpt += ' ';
    space = false;
    excerpt += c;
  }
  if (end < masked.size()) excerpt += "…";
  return excerpt;
}

void check_part(const TextToCheck& part, const std::vector<std::string>& names,
                const std::vector<std::string>& dates, std::vector<IdentifierFound>& found) {
  const std::string lower = folded(part.text);
  std::vector<Span> spans;
  for (const std::string& date : dates)
    find_whole(lower, date, IdentifierKind::date_of_birth, spans);
  for (const std::string& name : names) find_whole(lower, name, IdentifierKind::name, spans);
  find_emails(part.text, spans);
  find_postcodes(part.text, spans);
  find_phones(part.text, spans);
  spans = without_overlaps(std::move(spans));
  if (spans.empty()) return;

  std::string masked;
  std::vector<std::pair<std::size_t, std::size_t>> masked_at;  // each span's place in `masked`
  std::size_t copied = 0;
  for (const Span& span : spans) {
    masked.append(part.text, copied, span.offset - copied);
    const std::size_t start = masked.size();
    masked += mask_of(span.kind);
    masked_at.emplace_back(start, masked.size());
    copied = span.offset + span.length;
  }
  masked.append(part.text, copied, std::string::npos);

  int line = 1;
  std::size_t counted = 0;
  for (std::size_t i = 0; i < spans.size(); ++i) {
    line +=
        static_cast<int>(std::count(part.text.begin() + static_cast<long>(counted),
                                    part.text.begin() + static_cast<long>(spans[i].offset), '\n'));
    counted = spans[i].offset;
    found.push_back({spans[i].kind, part.part, line,
                     excerpt_of(masked, masked_at[i].first, masked_at[i].second),
                     lower.substr(spans[i].offset, spans[i].length)});
  }
}

}  // namespace

// Rule PUB-3.
std::vector<IdentifierFound> find_identifiers(const std::vector<TextToCheck>& parts,
                                              const KnownIdentifiers& known) {
  std::vector<std::string> names;
  for (const std::string& name : known.names) {
    std::string lower = folded(name);
    const auto first = lower.find_first_not_of(" \t\n");
    if (first == std::string::npos) continue;
    lower = lower.substr(first, lower.find_last_not_of(" \t\n") - first + 1);
    if (lower.size() >= 2 && std::find(names.begin(), names.end(), lower) == names.end())
      names.push_back(lower);
  }
  std::vector<std::string> dates;
  for (CivilDate date : known.dates_of_birth)
    for (std::string& form : date_forms(date)) dates.push_back(std::move(form));
  std::vector<IdentifierFound> found;
  for (const TextToCheck& part : parts) check_part(part, names, dates, found);
  return found;
}

}  // namespace casereview
