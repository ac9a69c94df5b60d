// The public learning library (Rule LIB-1): see learning_library.hpp.
#include "app/library/learning_library.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>

#include "app/documents/report_pdf.hpp"
#include "domain/paging.hpp"
#include "domain/text.hpp"

namespace casereview {

std::vector<std::string> library_query_words_of(std::string_view q) {
  std::vector<std::string> words;
  std::string word;
  auto finish = [&] {
    if (!word.empty() && words.size() < library_query_words)
      words.push_back(word.substr(0, library_query_word_length));
    word.clear();
  };
  for (char c : q) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x80 || std::isalnum(byte))
      word += static_cast<char>(std::tolower(byte));
    else
      finish();
  }
  finish();
  // A cut word may end inside a character: drop the partial bytes.
  for (std::string& kept : words)
    while (!kept.empty() && (static_cast<unsigned char>(kept.back()) & 0xC0) == 0x80 &&
           kept.size() == library_query_word_length)
      kept.pop_back();
  return words;
}

namespace {

Result<LibraryQuery> query_of(Transaction& transaction, const LibrarySearchInput& input) {
  LibraryQuery query;
  query.words = library_query_words_of(input.q);
  std::vector<FieldError> problems;
  if (!input.theme.empty()) {
    const auto themes = transaction.library().themes();
    if (std::none_of(themes.begin(), themes.end(),
                     [&](const LibraryTheme& theme) { return theme.slug == input.theme; }))
      problems.push_back({"theme", "Choose a theme from the library's list"});
    else
      query.theme_slug = input.theme;
  }
  auto number = [](const std::string& text) -> std::optional<std::int64_t> {
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value <= 0) return std::nullopt;
    return value;
  };
  if (!input.year.empty()) {
    const auto year = number(input.year);
    if (!year || *year > 9999)
      problems.push_back({"year", "Enter the year as four digits, like 2026"});
    else
      query.year = static_cast<int>(*year);
  }
  if (!input.kind.empty()) {
    const auto kind = review_outcome_from_name(input.kind);
    if (!kind || !library_kind(*kind))
      problems.push_back({"kind",
                          "Choose a kind of review: learning_review, local_cspr or "
                          "national_review"});
    else
      query.kind = *kind;
  }
  if (!input.partnership.empty()) {
    const auto id = number(input.partnership);
    if (!id)
      problems.push_back({"partnership", "Choose a partnership from the list"});
    else
      query.partnership_id = *id;
  }
  if (!input.age_band.empty()) {
    const auto band = age_band_from_name(input.age_band);
    if (!band)
      problems.push_back({"age_band", "Choose an age band from the list"});
    else
      query.age_band = *band;
  }
  if (!problems.empty()) return Error::invalid(std::move(problems));
  return query;
}

}  // namespace

// Rule LIB-1: paged in the database, the facets counted there too.
Result<LibraryResults> search_library(AppContext& context, const LibrarySearchInput& input) {
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<LibraryResults> {
        LibraryResults results;
        results.query = TRY(query_of(transaction, input));
        auto& library = transaction.library();
        results.facets = library.facets(results.query);
        results.total = results.facets.total;
        const PageWindow window = page_window(input.page, results.total, library_results_per_page);
        results.page = window.page;
        results.page_count = window.page_count;
        results.hits = library.search(results.query, library_results_per_page, window.offset);
        results.themes = library.themes();
        return results;
      });
}

// Rule PUB-4: a withdrawn document leaves the entry without its report.
Result<LibraryEntry> read_library_entry(AppContext& context, Id entry_id) {
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<LibraryEntry> {
        auto entry = transaction.library().find_published(entry_id);
        if (!entry) return Error::of(ErrorCode::not_found, "No such entry in the library");
        if (entry->document_withdrawn_on) entry->report.clear();
        return *entry;
      });
}

// Rule LIB-1: the entry's sections in the order of its page.
Result<std::string> library_entry_pdf(AppContext& context, Id entry_id) {
  const LibraryEntry entry = TRY(read_library_entry(context, entry_id));
  documents::ReportPdf document;
  document.title = entry.text.title;
  document.lines.push_back(entry.partnership_name);
  document.lines.push_back(std::string(review_outcome_text(entry.kind)) + ", published " +
                           (entry.published_on ? day_month_year(*entry.published_on) : ""));
  std::vector<std::string> themes;
  for (const LibraryTheme& theme : entry.themes) themes.push_back(theme.name);
  if (!themes.empty()) document.lines.push_back("Themes: " + joined(themes));
  const std::pair<const char*, const std::string*> sections[] = {
      {"Summary", &entry.text.summary},
      {"Learning", &entry.text.learning},
      {"Good practice", &entry.text.good_practice},
      {"Recommendations", &entry.text.recommendations},
      {"Background", &entry.text.background},
      {"Methodology", &entry.text.methodology},
      {"The report", &entry.report}};
  for (const auto& [title, text] : sections)
    if (!text->empty()) document.sections.push_back({title, documents::markdown_blocks(*text)});
  return documents::report_pdf(document);
}

Result<std::vector<LibraryTheme>> library_themes(AppContext& context) {
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<std::vector<LibraryTheme>> {
        return transaction.library().themes();
      });
}

}  // namespace casereview
