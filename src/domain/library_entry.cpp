// Library entries (Rule LIB-1): see library_entry.hpp.
#include "domain/library_entry.hpp"

#include <algorithm>
#include <cctype>

#include "domain/enum_names.hpp"
#include "domain/messages.hpp"
#include "domain/text.hpp"

namespace casereview {

std::string_view age_band_name(AgeBand band) {
  switch (band) {
    case AgeBand::under_1:
      return "under_1";
    case AgeBand::age_1_to_4:
      return "1_to_4";
    case AgeBand::age_5_to_10:
      return "5_to_10";
    case AgeBand::age_11_to_15:
      return "11_to_15";
    case AgeBand::age_16_to_17:
      return "16_to_17";
    case AgeBand::not_given:
      return "not_given";
  }
  return "not_given";
}

std::string_view age_band_text(AgeBand band) {
  switch (band) {
    case AgeBand::under_1:
      return "Under 1 year";
    case AgeBand::age_1_to_4:
      return "1 to 4 years";
    case AgeBand::age_5_to_10:
      return "5 to 10 years";
    case AgeBand::age_11_to_15:
      return "11 to 15 years";
    case AgeBand::age_16_to_17:
      return "16 or 17 years";
    case AgeBand::not_given:
      return "Not given";
  }
  return "Not given";
}

std::optional<AgeBand> age_band_from_name(std::string_view name) {
  return enum_from_name(all_age_bands, age_band_name, name);
}

bool library_kind(ReviewOutcome kind) { return kind != ReviewOutcome::no_review; }

std::vector<std::string> keywords_from_text(std::string_view text) {
  std::vector<std::string> keywords;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find_first_of(",\n", start), text.size());
    std::string keyword = trimmed(text.substr(start, end - start));
    if (!keyword.empty()) keywords.push_back(std::move(keyword));
    start = end + 1;
  }
  return keywords;
}

Result<LibraryTheme> library_theme_from(std::string_view name) {
  LibraryTheme theme;
  theme.name = trimmed(name);
  std::vector<FieldError> problems;
  check_required_text("name", theme.name, "the theme's name", "The theme's name",
                      limits::library_theme_name, problems);
  if (!problems.empty()) return Error::invalid(std::move(problems));
  bool gap = false;
  for (std::size_t i = 0; i < theme.name.size(); ++i) {
    const auto c = static_cast<unsigned char>(theme.name[i]);
    const bool apostrophe = c == '\'' || (c == 0xE2 && theme.name.compare(i, 3, "\u2019") == 0);
    if (apostrophe) {
      if (c == 0xE2) i += 2;
      continue;
    }
    if (c < 0x80 && std::isalnum(c)) {
      if (gap && !theme.slug.empty()) theme.slug += '-';
      theme.slug += static_cast<char>(std::tolower(c));
      gap = false;
    } else {
      gap = true;
    }
  }
  if (theme.slug.empty())
    return Error::invalid(
        {{"name", "The theme's name must have at least one letter from A to Z or digit"}});
  return theme;
}

namespace {

void check_section(const char* field, std::string& text, std::string_view named,
                   std::vector<FieldError>& problems) {
  text = trimmed(text);
  if (text.size() > limits::library_section)
    problems.push_back({field, too_long(named, limits::library_section)});
}

}  // namespace

// Rule LIB-1.
Result<LibraryEntryText> library_entry_text_from(LibraryEntryText text,
                                                 const std::vector<std::string>& known_slugs) {
  std::vector<FieldError> problems;
  text.title = trimmed(text.title);
  text.summary = trimmed(text.summary);
  check_required_text("title", text.title, "the entry's title", "The title", limits::library_title,
                      problems);
  check_required_text("summary", text.summary, "a summary of the review", "The summary",
                      limits::library_summary, problems);
  check_section("background", text.background, "The background", problems);
  check_section("learning", text.learning, "The learning", problems);
  check_section("good_practice", text.good_practice, "The good practice", problems);
  check_section("recommendations", text.recommendations, "The recommendations", problems);
  check_section("methodology", text.methodology, "The methodology", problems);

  std::vector<std::string> themes;
  for (const std::string& slug : text.theme_slugs)
    if (std::find(themes.begin(), themes.end(), slug) == themes.end()) themes.push_back(slug);
  if (themes.size() > limits::library_themes)
    problems.push_back({"themes", "Select up to 3 themes"});
  for (const std::string& slug : themes)
    if (std::find(known_slugs.begin(), known_slugs.end(), slug) == known_slugs.end()) {
      problems.push_back({"themes", "Select themes from the library's list"});
      break;
    }
  text.theme_slugs = std::move(themes);

  std::vector<std::string> keywords;
  for (const std::string& keyword : text.keywords) {
    std::string clean = trimmed(keyword);
    if (clean.empty()) continue;
    if (std::find(keywords.begin(), keywords.end(), clean) == keywords.end())
      keywords.push_back(std::move(clean));
  }
  if (keywords.size() > limits::library_keywords)
    problems.push_back({"keywords", "Give up to 10 keywords"});
  for (const std::string& keyword : keywords)
    if (keyword.size() > limits::library_keyword) {
      problems.push_back({"keywords", too_long("Each keyword", limits::library_keyword)});
      break;
    }
  text.keywords = std::move(keywords);
  if (!problems.empty()) return Error::invalid(std::move(problems));
  return text;
}

}  // namespace casereview
