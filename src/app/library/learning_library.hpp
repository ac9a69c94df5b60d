// The public learning library (issue 14, Rule LIB-1): every published entry of every partnership
// on the installation, searched by anyone without signing in. Nothing here needs a caller: the
// repository reads published entries only.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/context.hpp"
#include "app/ports/library.hpp"

namespace casereview {

inline constexpr int library_results_per_page = 20;
// The most words a search uses, and the longest word: beyond them a query is cut, not refused.
inline constexpr std::size_t library_query_words = 10;
inline constexpr std::size_t library_query_word_length = 50;

// A search as the reader gives it (the query string of /learning and /api/v1/library).
struct LibrarySearchInput {
  std::string q;
  std::string theme;        // a theme's slug
  std::string year;         // "2026"
  std::string kind;         // learning_review, local_cspr, national_review
  std::string partnership;  // a partnership's id
  std::string age_band;     // an age band's name
  int page = 1;
};

struct LibraryResults {
  LibraryQuery query;
  std::vector<LibraryHit> hits;
  LibraryFacets facets;
  std::vector<LibraryTheme> themes;
  int total = 0;
  int page = 1;
  int page_count = 1;
};

// The words of `q`: runs of letters and digits (any non-ASCII character counts as a letter), lower
// case, at most library_query_words of at most library_query_word_length characters.
std::vector<std::string> library_query_words_of(std::string_view q);

// Rule LIB-1. invalid_input naming the filter ("theme", "year", "kind", "partnership",
// "age_band") whose value is not one the library knows.
Result<LibraryResults> search_library(AppContext& context, const LibrarySearchInput& input);

// A published entry with its report (unless withdrawn, Rule PUB-4); not_found otherwise.
Result<LibraryEntry> read_library_entry(AppContext& context, Id entry_id);

// The entry as a tagged PDF: its sections, then the report (when published with it and not
// withdrawn). not_found as read_library_entry.
Result<std::string> library_entry_pdf(AppContext& context, Id entry_id);

// The library's themes in their order.
Result<std::vector<LibraryTheme>> library_themes(AppContext& context);

}  // namespace casereview
