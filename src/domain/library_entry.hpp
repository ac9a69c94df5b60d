// An entry of the public learning library (issue 14, Rule LIB-1): what one review taught, in the
// shape of the NSPCC's national repository — year, partnership, title (the child's pseudonym),
// kind of review, summary, background, learning, good practice, recommendations, methodology, up
// to three themes from one list plus free keywords, and the report.
//
// Rules (cited again where implemented and in the tests that prove them):
//   LIB-1  A library entry has the NSPCC shape: year, partnership, title/pseudonym, kind of
//          review, summary, background, learning, good practice, recommendations, methodology, up
//          to 3 themes from one list plus free keywords, the report.
//   PUB-4  A published report stays available at least 1 year; after N years the document may be
//          withdrawn but the library entry stays.
//
// Plain values and pure functions: safe from any thread.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/case_model.hpp"  // ReviewOutcome
#include "domain/civil_date.hpp"
#include "domain/partnership.hpp"  // Id
#include "domain/result.hpp"

namespace casereview {

namespace limits {
inline constexpr std::size_t library_title = 200;
inline constexpr std::size_t library_summary = 5000;
inline constexpr std::size_t library_section = 20000;
inline constexpr std::size_t library_keyword = 60;
inline constexpr std::size_t library_keywords = 10;
inline constexpr std::size_t library_themes = 3;  // Rule LIB-1
inline constexpr std::size_t library_theme_name = 80;
}  // namespace limits

// The child's age when the incident happened, as the library's filter groups it.
enum class AgeBand { under_1, age_1_to_4, age_5_to_10, age_11_to_15, age_16_to_17, not_given };
inline constexpr std::array<AgeBand, 6> all_age_bands = {
    AgeBand::under_1,      AgeBand::age_1_to_4,   AgeBand::age_5_to_10,
    AgeBand::age_11_to_15, AgeBand::age_16_to_17, AgeBand::not_given};
std::string_view age_band_name(AgeBand band);  // "1_to_4"
std::string_view age_band_text(AgeBand band);  // "1 to 4 years"
std::optional<AgeBand> age_band_from_name(std::string_view name);

// One of the library's themes (the bundled list of migration 0021, which an administrator may
// extend).
struct LibraryTheme {
  Id id = 0;
  std::string slug;  // "parental-mental-health": its page's address and the filter's value
  std::string name;  // "Parental mental health"
};

// A theme an administrator adds (Rule LIB-1: one list for every partnership): its name trimmed and
// its slug — lower-case letters and digits joined by hyphens, apostrophes dropped ("Children's
// rights" → "childrens-rights"). invalid_input naming "name": missing, too long, or without a
// letter or digit from A to Z or 0 to 9 to make the slug of.
Result<LibraryTheme> library_theme_from(std::string_view name);

// What the partnership writes for the library (Markdown in the long sections).
struct LibraryEntryText {
  std::string title;  // the child's pseudonym, or a title such as "Child Q: a baby's injuries"
  std::string summary;
  std::string background;
  std::string learning;
  std::string good_practice;
  std::string recommendations;
  std::string methodology;
  std::vector<std::string> theme_slugs;  // up to three, from the library's list
  std::vector<std::string> keywords;     // free words, up to ten
  AgeBand age_band = AgeBand::not_given;
};

// The kinds of review the library holds (a rapid review with no review is not one).
bool library_kind(ReviewOutcome kind);

struct LibraryEntry {
  Id id = 0;
  Id partnership_id = 0;
  std::string partnership_name;
  std::optional<Id> case_id;  // none for a review published before the partnership used casereview
  int year = 0;               // the year it is published (or was)
  ReviewOutcome kind = ReviewOutcome::local_cspr;
  LibraryEntryText text;
  std::vector<LibraryTheme> themes;  // the text's theme_slugs, named
  std::string report;                // the report published with it (Markdown); empty for none
  std::optional<CivilDate> published_on;
  std::optional<CivilDate> document_withdrawn_on;  // Rule PUB-4: the entry stays, the report goes
  std::string withdrawal_reason;
  bool has_briefing = false;  // Rule LIB-2: its 7-minute briefing is written
};

// Rule LIB-1: the entry's text trimmed, keywords without repeats. invalid_input naming "title" and
// "summary" (missing or too long), each long section (too long), "themes" (more than three or one
// the library does not have: `known_slugs`), "keywords" (more than ten, or one too long) and
// "age_band" (unknown).
Result<LibraryEntryText> library_entry_text_from(LibraryEntryText text,
                                                 const std::vector<std::string>& known_slugs);

// "Keyword one, keyword two" → {"Keyword one", "keyword two"}: split at commas and new lines,
// trimmed, blanks dropped.
std::vector<std::string> keywords_from_text(std::string_view text);

}  // namespace casereview
