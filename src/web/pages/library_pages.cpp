// The public learning library (Rule LIB-1): see library_pages.hpp. The search form is a GET form,
// so a search is an address that can be kept, shared and paged; it needs no JavaScript.
#include "web/pages/library_pages.hpp"

#include "app/library/learning_library.hpp"
#include "domain/text.hpp"
#include "web/components/back_link.hpp"
#include "web/components/button.hpp"
#include "web/components/input.hpp"
#include "web/components/select.hpp"
#include "web/components/summary_list.hpp"
#include "web/components/warning_text.hpp"
#include "web/layout.hpp"
#include "web/markdown.hpp"
#include "web/page_markup.hpp"
#include "web/pages/case_page_parts.hpp"
#include "web/problem.hpp"

namespace casereview::web {

namespace {

constexpr const char* library_path = "/learning";
constexpr std::array<const char*, 6> search_fields = {"q",    "theme",       "year",
                                                      "kind", "partnership", "age_band"};

std::string entry_path(Id id) { return std::string(library_path) + "/" + std::to_string(id); }

LibrarySearchInput search_input(const Request& request) {
  return {.q = request.query_value("q").value_or(""),
          .theme = request.query_value("theme").value_or(""),
          .year = request.query_value("year").value_or(""),
          .kind = request.query_value("kind").value_or(""),
          .partnership = request.query_value("partnership").value_or(""),
          .age_band = request.query_value("age_band").value_or(""),
          .page = request.page_number()};
}

// The search's query string (without the page), for the page links.
std::string search_query(const Request& request) {
  std::string query;
  for (const char* name : search_fields) {
    const std::string value = request.query_value(name).value_or("");
    if (!value.empty())
      query += (query.empty() ? "" : "&") + std::string(name) + "=" + query_encode(value);
  }
  return query;
}

// A snippet from the search with its matches marked: escaped first, then each "\x02…\x03" made a
// <mark>.
Html highlighted(const std::string& snippet) {
  std::string markup = escape_text(snippet);
  std::string out;
  bool open = false;
  for (char c : markup) {
    if (c == '\x02' && !open) {
      out += "<mark>";
      open = true;
    } else if (c == '\x03' && open) {
      out += "</mark>";
      open = false;
    } else if (c != '\x02' && c != '\x03') {
      out += c;
    }
  }
  if (open) out += "</mark>";
  return Html::trusted(out);
}

// The first sentences of a summary, for a result without a snippet.
std::string shortened(const std::string& text) {
  constexpr std::size_t most = 300;
  if (text.size() <= most) return text;
  std::size_t cut = text.rfind(' ', most);
  if (cut == std::string::npos) cut = most;
  return text.substr(0, cut) + "…";
}

Html facet_select(const Request& request, const FormErrors& errors, const std::string& name,
                  const std::string& label, const std::vector<FacetCount>& counts) {
  govuk::SelectOptions select{.name = name,
                              .value = request.query_value(name).value_or(""),
                              .label = {.text = label, .classes = "govuk-label--s"},
                              .error_message = errors.for_field(name)};
  select.items.push_back({.value = "", .text = "Any"});
  for (const FacetCount& count : counts)
    select.items.push_back(
        {.value = count.value, .text = count.label + " (" + std::to_string(count.count) + ")"});
  return govuk::select(select);
}

Html search_form(const Request& request, const LibraryResults& results, const FormErrors& errors) {
  const LibraryFacets& facets = results.facets;
  return Html::trusted("<form method=\"get\" action=\"/learning\" novalidate>") +
         govuk::input({.id = "q",
                       .name = "q",
                       .type = "search",
                       .value = request.query_value("q").value_or(""),
                       .label = {.text = "Search the library", .classes = "govuk-label--m"},
                       .hint = govuk::HintOptions{.text = "Words from the title, summary, "
                                                          "learning, recommendations or report"},
                       .spellcheck = true}) +
         facet_select(request, errors, "theme", "Theme", facets.themes) +
         facet_select(request, errors, "year", "Year published", facets.years) +
         facet_select(request, errors, "kind", "Kind of review", facets.kinds) +
         facet_select(request, errors, "partnership", "Partnership", facets.partnerships) +
         facet_select(request, errors, "age_band", "The child's age", facets.age_bands) +
         govuk::button({.text = "Search"}) + Html::trusted("</form>");
}

Html result_item(const LibraryHit& hit) {
  const LibraryEntry& entry = hit.entry;
  std::vector<std::string> facts{entry.partnership_name,
                                 std::string(review_outcome_text(entry.kind)),
                                 "published " + cases::day_month_year_or(entry.published_on, "")};
  std::vector<std::string> themes;
  for (const LibraryTheme& theme : entry.themes) themes.push_back(theme.name);
  return Html::trusted(
             "<li class=\"library-result\"><h3 class=\"govuk-heading-s "
             "govuk-!-margin-bottom-1\">") +
         link(entry_path(entry.id), entry.text.title) + Html::trusted("</h3>") +
         Html::trusted("<p class=\"govuk-body-s govuk-!-margin-bottom-1\">") +
         escape(joined(facts)) + Html::trusted("</p>") +
         (themes.empty() ? Html()
                         : Html::trusted("<p class=\"govuk-body-s govuk-!-margin-bottom-1\">") +
                               escape("Themes: " + joined(themes)) + Html::trusted("</p>")) +
         Html::trusted("<p class=\"govuk-body\">") +
         (hit.snippet.empty() ? escape(shortened(entry.text.summary)) : highlighted(hit.snippet)) +
         Html::trusted("</p>") +
         // Rule LIB-2: the briefing beside its entry, so a theme's results gather both.
         (entry.has_briefing ? Html::trusted("<p class=\"govuk-body-s\">") +
                                   link(entry_path(entry.id) + "/briefing",
                                        "7-minute briefing: " + entry.text.title) +
                                   Html::trusted("</p>")
                             : Html()) +
         Html::trusted("</li>");
}

// GET /learning
Response show_library(const Request& request, Services& services) {
  auto found = search_library(services.app, search_input(request));
  std::optional<Error> error;
  if (!found) {
    if (found.error().code != ErrorCode::invalid_input)
      return error_response(found.error(), request, services);
    error = found.error();
    found = search_library(services.app, {.q = request.query_value("q").value_or("")});
    if (!found) return error_response(found.error(), request, services);
  }
  const LibraryResults& results = found.value();
  const FormErrors errors = FormErrors::of(error);
  Html list;
  for (const LibraryHit& hit : results.hits) list += result_item(hit);
  const std::string query = search_query(request);
  const std::string count =
      std::to_string(results.total) + (results.total == 1 ? " review found" : " reviews found");
  Page page;
  page.title = "Learning from reviews";
  page.has_errors = error.has_value();
  page.content =
      errors.summary() + heading("Learning from reviews") +
      Html::trusted("<div class=\"govuk-grid-row\"><div class=\"govuk-grid-column-one-third\">") +
      search_form(request, results, errors) +
      Html::trusted("</div><div class=\"govuk-grid-column-two-thirds\">") +
      paragraph(
          "What child safeguarding practice reviews have taught, published by the "
          "safeguarding partnerships that use this service. No report names a child: each "
          "child has a pseudonym.") +
      Html::trusted("<p class=\"govuk-body\">") + link("/learning/themes", "Browse by theme") +
      escape(", ") + link("/learning/feed", "subscribe to new reviews (Atom feed)") +
      escape(" or ") + link("/learning/emails", "get a monthly email") + Html::trusted("</p>") +
      Html::trusted("<h2 class=\"govuk-heading-m\" id=\"results\">") + escape(count) +
      Html::trusted("</h2>") +
      (results.hits.empty()
           ? paragraph("No published review matches. Try fewer words or fewer filters.")
           : Html::trusted("<ol class=\"govuk-list library-results\" start=\"") +
                 escape(std::to_string((results.page - 1) * library_results_per_page + 1)) +
                 Html::trusted("\">") + list + Html::trusted("</ol>")) +
      page_numbers(static_cast<std::size_t>(results.page),
                   static_cast<std::size_t>(results.page_count),
                   [&](std::size_t number) {
                     return std::string(library_path) + "?" + query + (query.empty() ? "" : "&") +
                            "page=" + std::to_string(number);
                   }) +
      Html::trusted("</div></div>");
  return page_response(page, request, services, error ? 422 : 200);
}

Html entry_section(const std::string& title, const std::string& markdown) {
  if (markdown.empty()) return Html();
  return section_heading(title) + render_markdown(markdown, {.heading_offset = 2});
}

// GET /learning/{id}
Response show_entry(const Request& request, Services& services) {
  auto found = read_library_entry(services.app, request.path_id("entry_id"));
  if (!found) return error_response(found.error(), request, services);
  const LibraryEntry& entry = found.value();
  Html themes;
  for (const LibraryTheme& theme : entry.themes)
    themes += Html::trusted("<li>") +
              link(std::string(library_path) + "?theme=" + query_encode(theme.slug), theme.name) +
              Html::trusted("</li>");
  govuk::SummaryListOptions facts;
  facts.rows.push_back({.key = {.text = "Partnership"}, .value = {.text = entry.partnership_name}});
  facts.rows.push_back({.key = {.text = "Kind of review"},
                        .value = {.text = std::string(review_outcome_text(entry.kind))}});
  facts.rows.push_back({.key = {.text = "Published"},
                        .value = {.text = cases::day_month_year_or(entry.published_on, "")}});
  facts.rows.push_back({.key = {.text = "The child's age"},
                        .value = {.text = std::string(age_band_text(entry.text.age_band))}});
  if (!themes.empty())
    facts.rows.push_back({.key = {.text = "Themes"},
                          .value = {.html = Html::trusted("<ul class=\"govuk-list\">") + themes +
                                            Html::trusted("</ul>")}});
  if (!entry.text.keywords.empty())
    facts.rows.push_back(
        {.key = {.text = "Keywords"}, .value = {.text = joined(entry.text.keywords)}});
  Html report;
  if (entry.document_withdrawn_on)
    report =
        section_heading("The report") +
        paragraph("The partnership withdrew the report on " +
                  day_month_year(*entry.document_withdrawn_on) + ". What it taught stays here.");
  else if (!entry.report.empty())
    report = section_heading("The report") + Html::trusted("<div class=\"library-report\">") +
             render_markdown(entry.report, {.heading_offset = 2}) + Html::trusted("</div>");
  Page page;
  page.title = entry.text.title;
  page.before_content = govuk::back_link({.text = "The learning library", .href = library_path});
  page.content = two_thirds(
      heading(entry.text.title, entry.partnership_name) +
      govuk::warning_text(
          {.text = "This review describes the serious harm or death of a child. Some readers may "
                   "find parts of it distressing.",
           .icon_fallback_text = "Content note"}) +
      govuk::summary_list(facts) + entry_section("Summary", entry.text.summary) +
      entry_section("What the review learned", entry.text.learning) +
      entry_section("Good practice", entry.text.good_practice) +
      entry_section("Recommendations", entry.text.recommendations) +
      entry_section("Background", entry.text.background) +
      entry_section("How the review was done", entry.text.methodology) + report +
      (entry.has_briefing ? section_heading("7-minute briefing") +
                                paragraph_link(entry_path(entry.id) + "/briefing",
                                               "Read the 7-minute briefing for your team")
                          : Html()) +
      paragraph_link(entry_path(entry.id) + "/pdf", "Download this entry as a PDF"));
  return page_response(page, request, services);
}

// GET /learning/themes (Rule LIB-1): each theme's page is the library filtered by it.
Response show_themes(const Request& request, Services& services) {
  auto found = search_library(services.app, {});
  if (!found) return error_response(found.error(), request, services);
  const LibraryResults& results = found.value();
  Html items;
  for (const LibraryTheme& theme : results.themes) {
    int count = 0;
    for (const FacetCount& facet : results.facets.themes)
      if (facet.value == theme.slug) count = facet.count;
    items += Html::trusted("<li>") +
             link(std::string(library_path) + "?theme=" + query_encode(theme.slug), theme.name) +
             escape(" (" + std::to_string(count) + (count == 1 ? " review)" : " reviews)")) +
             Html::trusted("</li>");
  }
  Page page;
  page.title = "Themes";
  page.before_content = govuk::back_link({.text = "The learning library", .href = library_path});
  page.content =
      two_thirds(heading("Themes", "Learning from reviews") +
                 paragraph("Each review in the library has up to three themes.") +
                 Html::trusted("<ul class=\"govuk-list\">") + items + Html::trusted("</ul>"));
  return page_response(page, request, services);
}

// The date as Atom writes it: midnight UTC of the day.
std::string atom_date(const std::optional<CivilDate>& date) {
  return (date ? date->to_iso_string() : std::string("1970-01-01")) + "T00:00:00Z";
}

// GET /learning/feed (Rule LIB-1): the 20 latest published entries, newest first, for readers
// to subscribe to instead of coming back to look.
Response atom_feed(const Request& request, Services& services) {
  auto found = search_library(services.app, {});
  if (!found) return error_response(found.error(), request, services);
  const std::string base = services.app.settings.public_url + library_path;
  const auto xml = [](const std::string& text) { return escape_text(text); };
  const std::vector<LibraryHit>& hits = found.value().hits;
  std::string feed =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
      "  <title>" +
      xml("Learning from reviews – " + services.site.service_name) +
      "</title>\n"
      "  <id>" +
      xml(base) +
      "</id>\n"
      "  <link rel=\"self\" type=\"application/atom+xml\" href=\"" +
      xml(base + "/feed") + "\"/>\n  <link rel=\"alternate\" type=\"text/html\" href=\"" +
      xml(base) +
      "\"/>\n"
      "  <updated>" +
      atom_date(hits.empty() ? std::nullopt : hits.front().entry.published_on) +
      "</updated>\n  <author><name>" + xml(services.site.service_name) + "</name></author>\n";
  for (const LibraryHit& hit : hits) {
    const LibraryEntry& entry = hit.entry;
    const std::string url = base + "/" + std::to_string(entry.id);
    feed += "  <entry>\n    <title>" + xml(entry.text.title) + "</title>\n    <id>" + xml(url) +
            "</id>\n    <link rel=\"alternate\" type=\"text/html\" href=\"" + xml(url) +
            "\"/>\n    <updated>" + atom_date(entry.published_on) +
            "</updated>\n    <author><name>" + xml(entry.partnership_name) + "</name></author>\n";
    for (const LibraryTheme& theme : entry.themes)
      feed +=
          "    <category term=\"" + xml(theme.slug) + "\" label=\"" + xml(theme.name) + "\"/>\n";
    feed += "    <summary>" + xml(entry.text.summary) + "</summary>\n  </entry>\n";
  }
  feed += "</feed>\n";
  return Response::text(std::move(feed), "application/atom+xml; charset=utf-8");
}

// GET /learning/{id}/pdf
Response download_entry(const Request& request, Services& services) {
  const Id id = request.path_id("entry_id");
  auto pdf = library_entry_pdf(services.app, id);
  if (!pdf) return error_response(pdf.error(), request, services);
  return Response::attachment(std::move(pdf.value()), "application/pdf",
                              "library-entry-" + std::to_string(id) + ".pdf");
}

}  // namespace

void add_library_routes(Router& router) {
  router.add("GET", library_path, Permission::public_access, show_library);
  router.add("GET", "/learning/{entry_id:int}", Permission::public_access, show_entry);
  router.add("GET", "/learning/{entry_id:int}/pdf", Permission::public_access, download_entry);
  router.add("GET", "/learning/themes", Permission::public_access, show_themes);
  router.add_anonymous("GET", "/learning/feed", atom_feed);
}

}  // namespace casereview::web
