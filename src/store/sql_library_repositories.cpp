// SQL for publication and the learning library: see sql_library_repositories.hpp.
#include "store/sql_library_repositories.hpp"

#include <algorithm>
#include <map>

#include "domain/text.hpp"
#include "store/sql.hpp"

namespace casereview::store {

namespace {

std::string keywords_text(const std::vector<std::string>& keywords) {
  std::string text;
  for (const std::string& keyword : keywords) text += (text.empty() ? "" : "\n") + keyword;
  return text;
}

std::vector<std::string> keywords_of(const std::string& text) {
  return text.empty() ? std::vector<std::string>{} : keywords_from_text(text);
}

PublicationFinding finding_from(const Row& row) {
  PublicationFinding finding;
  finding.id = row.integer(0);
  finding.case_id = row.integer(1);
  finding.kind = row.text(2);
  finding.part = row.text(3);
  finding.line = static_cast<int>(row.integer(4));
  finding.excerpt = row.text(5);
  finding.fingerprint = row.text(6);
  finding.dismissal_reason = row.optional_text(7).value_or("");
  if (auto by = row.optional_integer(8)) finding.dismissed_by = *by;
  finding.dismissed_at = row.optional_instant(9);
  return finding;
}

// The entry's columns, joined to its partnership as "p"; the report only when asked for.
std::string entry_columns(bool with_report) {
  return std::string(
             "SELECT e.id, e.partnership_id, p.name, e.case_id, e.year, e.kind, e.title, "
             "e.summary, e.background, e.learning, e.good_practice, e.recommendations, "
             "e.methodology, e.keywords, e.age_band, e.published_on, e.document_withdrawn_on, "
             "e.withdrawal_reason, CASE WHEN EXISTS (SELECT 1 FROM library_briefing_sections b "
             "WHERE b.entry_id = e.id) THEN 1 ELSE 0 END, ") +
         (with_report ? "e.report" : "''") + " ";
}

LibraryEntry entry_from(const Row& row) {
  LibraryEntry entry;
  entry.id = row.integer(0);
  entry.partnership_id = row.integer(1);
  entry.partnership_name = row.text(2);
  if (auto case_id = row.optional_integer(3)) entry.case_id = *case_id;
  entry.year = static_cast<int>(row.integer(4));
  entry.kind = row.stored(5, review_outcome_from_name);
  entry.text.title = row.text(6);
  entry.text.summary = row.text(7);
  entry.text.background = row.text(8);
  entry.text.learning = row.text(9);
  entry.text.good_practice = row.text(10);
  entry.text.recommendations = row.text(11);
  entry.text.methodology = row.text(12);
  entry.text.keywords = keywords_of(row.text(13));
  entry.text.age_band = row.stored(14, age_band_from_name);
  entry.published_on = row.optional_date(15);
  entry.document_withdrawn_on = row.optional_date(16);
  entry.withdrawal_reason = row.text(17);
  entry.has_briefing = row.integer(18) != 0;
  entry.report = row.text(19);
  return entry;
}

// "$3, $4, $5": each id bound as the next parameter, for an IN list.
std::string placeholder_list(std::vector<SqlValue>& parameters, const std::vector<Id>& ids) {
  std::string list;
  for (Id id : ids) list += (list.empty() ? "" : ", ") + placeholder(parameters, id);
  return list;
}

// The words as each engine's query language takes them: every word must match.
std::string fts5_match(const std::vector<std::string>& words) {
  std::string match;
  for (const std::string& word : words) match += (match.empty() ? "\"" : " \"") + word + "\"";
  return match;
}
std::string words_text(const std::vector<std::string>& words) {
  std::string text;
  for (const std::string& word : words) text += (text.empty() ? "" : " ") + word;
  return text;
}

}  // namespace

// --- Publication ---------------------------------------------------------------------------------

std::optional<Publication> SqlPublicationRepository::find(Id partnership_id, Id case_id) {
  const auto rows = query(session_,
                          "SELECT case_id, partnership_id, decision, reason, planned_on, "
                          "decided_by, decided_at, checked_digest, checked_at, published_on, "
                          "library_entry_id FROM publications WHERE partnership_id = $1 AND "
                          "case_id = $2",
                          {partnership_id, case_id});
  if (rows.empty()) return std::nullopt;
  const Row& row = rows.front();
  Publication publication;
  publication.case_id = row.integer(0);
  publication.partnership_id = row.integer(1);
  publication.decision = row.stored(2, publication_decision_from_name);
  publication.reason = row.text(3);
  publication.planned_on = row.date(4);
  publication.decided_by = row.integer(5);
  publication.decided_at = row.instant(6);
  publication.checked_digest = row.text(7);
  publication.checked_at = row.optional_instant(8);
  publication.published_on = row.optional_date(9);
  publication.library_entry_id = row.optional_integer(10).value_or(0);
  for (const Row& copy : query(session_,
                               "SELECT recipient, sent_on FROM publication_advance_copies WHERE "
                               "partnership_id = $1 AND case_id = $2",
                               {partnership_id, case_id}))
    publication.advance_copies.push_back(
        {copy.stored(0, advance_copy_recipient_from_name), copy.date(1)});
  return publication;
}

void SqlPublicationRepository::save_decision(const Publication& publication) {
  execute(session_,
          "INSERT INTO publications (case_id, partnership_id, decision, reason, planned_on, "
          "decided_by, decided_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (case_id) DO "
          "UPDATE SET decision = excluded.decision, reason = excluded.reason, planned_on = "
          "excluded.planned_on, decided_by = excluded.decided_by, decided_at = "
          "excluded.decided_at",
          {publication.case_id, publication.partnership_id,
           std::string(publication_decision_name(publication.decision)), publication.reason,
           publication.planned_on.to_iso_string(), publication.decided_by,
           format_instant(publication.decided_at)});
}

void SqlPublicationRepository::save_advance_copy(Id partnership_id, Id case_id,
                                                 const AdvanceCopy& copy, Id recorded_by,
                                                 Instant recorded_at) {
  execute(session_,
          "INSERT INTO publication_advance_copies (case_id, partnership_id, recipient, sent_on, "
          "recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (case_id, "
          "recipient) DO UPDATE SET sent_on = excluded.sent_on, recorded_by = "
          "excluded.recorded_by, recorded_at = excluded.recorded_at",
          {case_id, partnership_id, std::string(advance_copy_recipient_name(copy.recipient)),
           copy.sent_on.to_iso_string(), recorded_by, format_instant(recorded_at)});
}

// Rule PUB-3: a dismissal holds while the same finding (by fingerprint) is found again; findings
// no longer found were mended and go.
void SqlPublicationRepository::record_check(Id partnership_id, Id case_id,
                                            const std::string& digest, Instant checked_at,
                                            const std::vector<PublicationFinding>& found) {
  std::vector<std::string> dismissed;
  for (const Row& row : query(session_,
                              "SELECT fingerprint FROM publication_findings WHERE partnership_id "
                              "= $1 AND case_id = $2 AND dismissed_by IS NOT NULL",
                              {partnership_id, case_id}))
    dismissed.push_back(row.text(0));
  std::vector<std::string> still_found;
  for (const PublicationFinding& finding : found) still_found.push_back(finding.fingerprint);
  for (const std::string& fingerprint : dismissed)
    if (std::find(still_found.begin(), still_found.end(), fingerprint) == still_found.end())
      execute(session_,
              "DELETE FROM publication_findings WHERE partnership_id = $1 AND case_id = $2 AND "
              "fingerprint = $3",
              {partnership_id, case_id, fingerprint});
  execute(session_,
          "DELETE FROM publication_findings WHERE partnership_id = $1 AND case_id = $2 AND "
          "dismissed_by IS NULL",
          {partnership_id, case_id});
  for (const PublicationFinding& finding : found) {
    if (std::find(dismissed.begin(), dismissed.end(), finding.fingerprint) != dismissed.end())
      continue;
    execute(session_,
            "INSERT INTO publication_findings (partnership_id, case_id, kind, part, line, excerpt, "
            "fingerprint) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            {partnership_id, case_id, finding.kind, finding.part,
             static_cast<std::int64_t>(finding.line), finding.excerpt, finding.fingerprint});
  }
  execute(session_,
          "UPDATE publications SET checked_digest = $3, checked_at = $4 WHERE partnership_id = $1 "
          "AND case_id = $2",
          {partnership_id, case_id, digest, format_instant(checked_at)});
}

std::vector<PublicationFinding> SqlPublicationRepository::findings(Id partnership_id, Id case_id) {
  std::vector<PublicationFinding> found;
  for (const Row& row :
       query(session_,
             "SELECT id, case_id, kind, part, line, excerpt, fingerprint, dismissal_reason, "
             "dismissed_by, dismissed_at FROM publication_findings WHERE partnership_id = $1 AND "
             "case_id = $2 ORDER BY id",
             {partnership_id, case_id}))
    found.push_back(finding_from(row));
  return found;
}

bool SqlPublicationRepository::dismiss(Id partnership_id, Id case_id, Id finding_id,
                                       const std::string& reason, Id dismissed_by,
                                       Instant dismissed_at) {
  return execute(session_,
                 "UPDATE publication_findings SET dismissal_reason = $4, dismissed_by = $5, "
                 "dismissed_at = $6 WHERE partnership_id = $1 AND case_id = $2 AND id = $3 AND "
                 "dismissed_by IS NULL",
                 {partnership_id, case_id, finding_id, reason, dismissed_by,
                  format_instant(dismissed_at)}) == 1;
}

void SqlPublicationRepository::mark_published(Id partnership_id, Id case_id, CivilDate published_on,
                                              Id library_entry_id) {
  execute(session_,
          "UPDATE publications SET published_on = $3, library_entry_id = $4 WHERE "
          "partnership_id = $1 AND case_id = $2",
          {partnership_id, case_id, published_on.to_iso_string(), library_entry_id});
}

// --- The library ---------------------------------------------------------------------------------

std::string SqlLibraryRepository::conditions(const LibraryQuery& query,
                                             std::vector<SqlValue>& parameters) const {
  std::string where = "e.published_on IS NOT NULL";
  if (query.theme_slug)
    where +=
        " AND EXISTS (SELECT 1 FROM library_entry_themes et JOIN library_themes t ON t.id = "
        "et.theme_id WHERE et.entry_id = e.id AND t.slug = " +
        placeholder(parameters, *query.theme_slug) + ")";
  if (query.year)
    where += " AND e.year = " + placeholder(parameters, static_cast<std::int64_t>(*query.year));
  if (query.kind)
    where +=
        " AND e.kind = " + placeholder(parameters, std::string(review_outcome_name(*query.kind)));
  if (query.partnership_id)
    where += " AND e.partnership_id = " + placeholder(parameters, *query.partnership_id);
  if (query.age_band)
    where +=
        " AND e.age_band = " + placeholder(parameters, std::string(age_band_name(*query.age_band)));
  return where;
}

void SqlLibraryRepository::read_themes(std::vector<LibraryEntry>& entries) {
  if (entries.empty()) return;
  std::vector<SqlValue> parameters;
  std::vector<Id> entry_ids;
  for (const LibraryEntry& entry : entries) entry_ids.push_back(entry.id);
  const std::string ids = placeholder_list(parameters, entry_ids);
  for (const Row& row : query(session_,
                              "SELECT et.entry_id, t.id, t.slug, t.name FROM library_entry_themes "
                              "et JOIN library_themes t ON t.id = et.theme_id WHERE et.entry_id "
                              "IN (" +
                                  ids + ") ORDER BY t.position",
                              parameters))
    for (LibraryEntry& entry : entries)
      if (entry.id == row.integer(0)) {
        entry.themes.push_back({row.integer(1), row.text(2), row.text(3)});
        entry.text.theme_slugs.push_back(row.text(2));
      }
}

// Rule LIB-1: ranked by relevance when words are searched (title first, then summary and
// keywords, then learning and recommendations, then the rest), else the latest published first.
// Two steps, so that only the page's entries are read whole and given snippets: the page's ids
// in order (from the index and the filter columns alone), then those entries.
std::vector<LibraryHit> SqlLibraryRepository::search(const LibraryQuery& query, int limit,
                                                     int offset) {
  std::vector<SqlValue> parameters;
  std::string ids_sql;
  if (query.words.empty()) {
    ids_sql = "SELECT e.id FROM " + entries() + " WHERE " + conditions(query, parameters) +
              " ORDER BY e.published_on DESC, e.id DESC";
  } else if (engine_ == Engine::sqlite) {
    const std::string match = placeholder(parameters, fts5_match(query.words));
    // The matches and their scores first (materialised, so the filter's ids are not pushed into
    // the full-text index one by one), then the filter over the entries' covering index.
    ids_sql =
        "WITH m AS MATERIALIZED (SELECT rowid AS id, bm25(library_search, 10.0, 5.0, 5.0, "
        "2.0, 2.0, 1.0) AS score FROM library_search WHERE library_search MATCH " +
        match + ") SELECT m.id FROM m WHERE m.id IN (SELECT e.id FROM " + entries() + " WHERE " +
        conditions(query, parameters) + ") ORDER BY m.score, m.id";
  } else {
    // Ranked by the smaller vector (no report body): reading every matching report's would cost
    // more than the whole search should.
    const std::string words = placeholder(parameters, words_text(query.words));
    ids_sql =
        "SELECT e.id FROM library_search s JOIN library_entries e ON e.id = s.entry_id, "
        "plainto_tsquery('english', " +
        words + ") q WHERE s.document @@ q AND " + conditions(query, parameters) +
        " ORDER BY ts_rank(s.ranking, q, 1) DESC, e.id";
  }
  ids_sql += " LIMIT " + placeholder(parameters, static_cast<std::int64_t>(limit)) + " OFFSET " +
             placeholder(parameters, static_cast<std::int64_t>(offset));
  std::vector<Id> ids;
  for (const Row& row : casereview::store::query(session_, ids_sql, parameters))
    ids.push_back(row.integer(0));
  if (ids.empty()) return {};

  std::vector<SqlValue> page_parameters;
  const std::string listed = placeholder_list(page_parameters, ids);
  std::vector<LibraryEntry> entries;
  for (const Row& row :
       casereview::store::query(session_,
                                entry_columns(false) +
                                    "FROM library_entries e JOIN partnerships p ON p.id = "
                                    "e.partnership_id WHERE e.id IN (" +
                                    listed + ")",
                                page_parameters))
    entries.push_back(entry_from(row));
  read_themes(entries);

  std::map<Id, std::string> snippets;
  if (!query.words.empty()) {
    std::vector<SqlValue> snippet_parameters;
    const std::string words = engine_ == Engine::sqlite
                                  ? placeholder(snippet_parameters, fts5_match(query.words))
                                  : placeholder(snippet_parameters, words_text(query.words));
    const std::string snippet_ids = placeholder_list(snippet_parameters, ids);
    const std::string sql =
        engine_ == Engine::sqlite
            ? "SELECT rowid, snippet(library_search, -1, char(2), char(3), '…', 24) FROM "
              "library_search WHERE library_search MATCH " +
                  words + " AND rowid IN (" + snippet_ids + ")"
            : "SELECT e.id, ts_headline('english', e.summary || ' ' || e.learning || ' ' || "
              "e.recommendations, plainto_tsquery('english', " +
                  words +
                  "), 'StartSel=\"\x02\", StopSel=\"\x03\", MaxWords=35, MinWords=15, "
                  "MaxFragments=2, FragmentDelimiter=\" … \"') FROM library_entries e WHERE e.id "
                  "IN (" +
                  snippet_ids + ")";
    for (const Row& row : casereview::store::query(session_, sql, snippet_parameters))
      snippets[row.integer(0)] = row.text(1);
  }
  // In the first step's order.
  std::vector<LibraryHit> hits;
  for (Id id : ids)
    for (LibraryEntry& entry : entries)
      if (entry.id == id) hits.push_back({std::move(entry), snippets[id]});
  return hits;
}

namespace {

// The entries matching the words and the theme, counted by the four other filters' values.
struct FacetGroup {
  std::string year, kind, partnership_id, partnership_name, age_band;
  int count = 0;
};

// The counts above nought, in the order of their values, appended to `out`.
void add_counts(const std::map<std::string, std::pair<std::string, int>>& counts,
                std::vector<FacetCount>& out) {
  for (const auto& [value, labelled] : counts)
    if (labelled.second > 0) out.push_back({value, labelled.first, labelled.second});
}

}  // namespace

// Each filter's counts leave that filter out, so a reader sees what choosing another value gives;
// the total keeps every filter. One statement, the words matched once (a materialised CTE): one
// scan of the entries grouped by year, kind, partnership and age band (each of those facets, and
// the total, summed from the groups here), and one of their themes.
LibraryFacets SqlLibraryRepository::facets(const LibraryQuery& query) {
  std::vector<SqlValue> parameters;
  std::string sql;
  if (!query.words.empty())
    sql = engine_ == Engine::sqlite
              ? "WITH matched AS MATERIALIZED (SELECT rowid AS id FROM library_search WHERE "
                "library_search MATCH " +
                    placeholder(parameters, fts5_match(query.words)) + ") "
              : "WITH matched AS MATERIALIZED (SELECT entry_id AS id FROM library_search WHERE "
                "document @@ plainto_tsquery('english', " +
                    placeholder(parameters, words_text(query.words)) + ")) ";
  const auto where = [&](const LibraryQuery& filters) {
    return " WHERE " + conditions(filters, parameters) +
           (query.words.empty() ? "" : " AND e.id IN (SELECT id FROM matched)");
  };
  LibraryQuery theme_only;
  theme_only.theme_slug = query.theme_slug;
  // Grouped first, named after: a join per group, not per entry.
  sql +=
      "SELECT 'group', CAST(g.year AS TEXT), g.kind, CAST(g.partnership_id AS TEXT), p.name, "
      "g.age_band, g.entries FROM (SELECT e.year, e.kind, e.partnership_id, e.age_band, "
      "COUNT(*) AS entries FROM " +
      entries() + where(theme_only) +
      " GROUP BY e.year, e.kind, e.partnership_id, e.age_band) g JOIN partnerships p ON p.id "
      "= g.partnership_id";
  LibraryQuery without_theme = query;
  without_theme.theme_slug.reset();
  sql +=
      " UNION ALL SELECT 'theme', t.slug, t.name, CAST(t.position AS TEXT), '', '', "
      "x.entries FROM (SELECT et.theme_id, COUNT(*) AS entries FROM " +
      entries() + " JOIN library_entry_themes et ON et.entry_id = e.id" + where(without_theme) +
      " GROUP BY et.theme_id) x JOIN library_themes t ON t.id = x.theme_id";

  LibraryFacets facets;
  std::vector<FacetGroup> groups;
  std::vector<std::pair<std::int64_t, FacetCount>> themes;
  for (const Row& row : casereview::store::query(session_, sql, parameters)) {
    const int count = static_cast<int>(row.integer(6));
    if (row.text(0) == "theme")
      themes.emplace_back(std::stoll(row.text(3)), FacetCount{row.text(1), row.text(2), count});
    else
      groups.push_back({row.text(1), row.text(2), row.text(3), row.text(4), row.text(5), count});
  }
  std::sort(themes.begin(), themes.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& [position, count] : themes) facets.themes.push_back(std::move(count));

  enum Filter { year, kind, partnership, age_band, none };
  const std::string kind_name =
      query.kind ? std::string(review_outcome_name(*query.kind)) : std::string();
  const std::string band_name =
      query.age_band ? std::string(age_band_name(*query.age_band)) : std::string();
  // Whether the group passes every filter but `left_out`.
  const auto passes = [&](const FacetGroup& group, Filter left_out) {
    return (left_out == year || !query.year || group.year == std::to_string(*query.year)) &&
           (left_out == kind || !query.kind || group.kind == kind_name) &&
           (left_out == partnership || !query.partnership_id ||
            group.partnership_id == std::to_string(*query.partnership_id)) &&
           (left_out == age_band || !query.age_band || group.age_band == band_name);
  };
  std::map<std::string, std::pair<std::string, int>> years, kinds, partnerships, bands;
  // Adds the group's entries to `value`'s count (labelled `label`) when it passes every filter but
  // `left_out`.
  const auto tally = [&](std::map<std::string, std::pair<std::string, int>>& counts,
                         const FacetGroup& group, Filter left_out, const std::string& value,
                         const std::string& label) {
    if (!passes(group, left_out)) return;
    auto& [kept_label, count] = counts[value];
    kept_label = label;
    count += group.count;
  };
  for (const FacetGroup& group : groups) {
    tally(years, group, year, group.year, group.year);
    tally(kinds, group, kind, group.kind, group.kind);
    tally(partnerships, group, partnership, group.partnership_id, group.partnership_name);
    tally(bands, group, age_band, group.age_band, group.age_band);
    if (passes(group, none)) facets.total += group.count;
  }
  add_counts(years, facets.years);
  std::sort(facets.years.begin(), facets.years.end(),  // the latest first
            [](const FacetCount& a, const FacetCount& b) {
              return std::stoi(a.value) > std::stoi(b.value);
            });
  add_counts(kinds, facets.kinds);  // by name
  for (FacetCount& each : facets.kinds)
    if (auto known = review_outcome_from_name(each.value)) each.label = review_outcome_text(*known);
  add_counts(partnerships, facets.partnerships);
  std::sort(facets.partnerships.begin(), facets.partnerships.end(),
            [](const FacetCount& a, const FacetCount& b) { return a.label < b.label; });
  std::vector<FacetCount> named_bands;
  add_counts(bands, named_bands);
  for (AgeBand band : all_age_bands)  // in the bands' own order, not the names'
    for (const FacetCount& each : named_bands)
      if (each.value == age_band_name(band))
        facets.age_bands.push_back({each.value, std::string(age_band_text(band)), each.count});
  return facets;
}

std::optional<LibraryEntry> SqlLibraryRepository::find_published(Id entry_id) {
  const auto rows = query(session_,
                          entry_columns(true) +
                              "FROM library_entries e JOIN partnerships p ON p.id = "
                              "e.partnership_id WHERE e.id = $1 AND e.published_on IS NOT NULL",
                          {entry_id});
  if (rows.empty()) return std::nullopt;
  std::vector<LibraryEntry> entries{entry_from(rows.front())};
  read_themes(entries);
  return entries.front();
}

std::optional<LibraryEntry> SqlLibraryRepository::find_for_case(Id partnership_id, Id case_id) {
  const auto rows = query(session_,
                          entry_columns(true) +
                              "FROM library_entries e JOIN partnerships p ON p.id = "
                              "e.partnership_id WHERE e.partnership_id = $1 AND e.case_id = $2",
                          {partnership_id, case_id});
  if (rows.empty()) return std::nullopt;
  std::vector<LibraryEntry> entries{entry_from(rows.front())};
  read_themes(entries);
  return entries.front();
}

Id SqlLibraryRepository::save(const LibraryEntry& entry, Id updated_by, Instant updated_at) {
  const LibraryEntryText& text = entry.text;
  std::vector<SqlValue> values{entry.partnership_id,
                               sql_optional(entry.case_id),
                               static_cast<std::int64_t>(entry.year),
                               std::string(review_outcome_name(entry.kind)),
                               text.title,
                               text.summary,
                               text.background,
                               text.learning,
                               text.good_practice,
                               text.recommendations,
                               text.methodology,
                               keywords_text(text.keywords),
                               std::string(age_band_name(text.age_band)),
                               updated_by,
                               format_instant(updated_at)};
  Id id = entry.id;
  if (id == 0) {
    id = query(session_,
               "INSERT INTO library_entries (partnership_id, case_id, year, kind, title, summary, "
               "background, learning, good_practice, recommendations, methodology, keywords, "
               "age_band, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, "
               "$10, $11, $12, $13, $14, $15) RETURNING id",
               values)
             .front()
             .integer(0);
  } else {
    values.emplace_back(id);
    execute(session_,
            "UPDATE library_entries SET year = $3, kind = $4, title = $5, summary = $6, "
            "background = $7, learning = $8, good_practice = $9, recommendations = $10, "
            "methodology = $11, keywords = $12, age_band = $13, updated_by = $14, updated_at = "
            "$15 WHERE partnership_id = $1 AND (case_id = $2 OR case_id IS NULL) AND id = $16",
            values);
  }
  execute(session_, "DELETE FROM library_entry_themes WHERE entry_id = $1", {id});
  for (const std::string& slug : text.theme_slugs)
    execute(session_,
            "INSERT INTO library_entry_themes (entry_id, theme_id) SELECT $1, id FROM "
            "library_themes WHERE slug = $2",
            {id, slug});
  index(id);
  return id;
}

void SqlLibraryRepository::publish(Id partnership_id, Id entry_id, CivilDate on,
                                   const std::string& report) {
  execute(session_,
          "UPDATE library_entries SET published_on = $3, report = $4 WHERE partnership_id = $1 "
          "AND id = $2",
          {partnership_id, entry_id, on.to_iso_string(), report});
  index(entry_id);
}

// The search index holds published entries only: the title weighs most, then the summary and
// keywords (with the themes' names), then the learning and recommendations, then the rest and the
// report (while it is not withdrawn).
void SqlLibraryRepository::index(Id entry_id) {
  if (engine_ == Engine::sqlite)
    execute(session_, "DELETE FROM library_search WHERE rowid = $1", {entry_id});
  else
    execute(session_, "DELETE FROM library_search WHERE entry_id = $1", {entry_id});
  // The keywords with the themes' names, joined by each engine's own aggregate.
  const std::string keywords =
      std::string("e.keywords || ' ' || COALESCE((SELECT ") +
      (engine_ == Engine::sqlite ? "group_concat" : "string_agg") +
      "(t.name, ' ') FROM library_entry_themes et JOIN library_themes t ON t.id = et.theme_id "
      "WHERE et.entry_id = e.id), '')";
  const std::string body =
      "e.background || ' ' || e.good_practice || ' ' || e.methodology || ' ' || CASE WHEN "
      "e.document_withdrawn_on IS NULL THEN e.report ELSE '' END";
  if (engine_ == Engine::sqlite)
    execute(session_,
            "INSERT INTO library_search (rowid, title, summary, keywords, learning, "
            "recommendations, body) SELECT e.id, e.title, e.summary, " +
                keywords + ", e.learning, e.recommendations, " + body +
                " FROM library_entries e WHERE e.id = $1 AND e.published_on IS NOT NULL",
            {entry_id});
  else
    execute(session_,
            "INSERT INTO library_search (entry_id, document, ranking) SELECT e.id, "
            "r.ranking || setweight(to_tsvector('english', " +
                body +
                "), 'D'), r.ranking "
                "FROM library_entries e, LATERAL (SELECT "
                "setweight(to_tsvector('english', e.title), 'A') || "
                "setweight(to_tsvector('english', e.summary || ' ' || " +
                keywords +
                "), 'B') || "
                "setweight(to_tsvector('english', e.learning || ' ' || e.recommendations), 'C') "
                "AS ranking) r WHERE e.id = $1 AND e.published_on IS NOT NULL",
            {entry_id});
}

// The entries as the search's statements read them. On SQLite, through the index that covers the
// filter columns: an entry's row holds its long texts, and reading thousands of rows to count
// them cost fifty times more than the index (bench/library).
std::string SqlLibraryRepository::entries() const {
  return engine_ == Engine::sqlite ? "library_entries e INDEXED BY library_entries_published"
                                   : "library_entries e";
}

std::vector<LibraryTheme> SqlLibraryRepository::themes() {
  std::vector<LibraryTheme> themes;
  for (const Row& row :
       query(session_, "SELECT id, slug, name FROM library_themes ORDER BY position"))
    themes.push_back({row.integer(0), row.text(1), row.text(2)});
  return themes;
}

// --- Rule PUB-2: links to the final report -------------------------------------------------------

Id SqlPublicationRepository::add_copy_link(const AdvanceCopyLink& link,
                                           const std::string& token_hash) {
  return query(session_,
               "INSERT INTO publication_copy_links (partnership_id, case_id, recipient, email, "
               "token_hash, expires_at, sent_by, sent_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) "
               "RETURNING id",
               {link.partnership_id, link.case_id,
                std::string(advance_copy_recipient_name(link.recipient)), link.email, token_hash,
                format_instant(link.expires_at), link.sent_by, format_instant(link.sent_at)})
      .front()
      .integer(0);
}

std::optional<AdvanceCopyLink> SqlPublicationRepository::find_copy_link(
    const std::string& token_hash) {
  const auto rows = query(session_,
                          "SELECT id, partnership_id, case_id, recipient, email, expires_at, "
                          "sent_by, sent_at FROM publication_copy_links WHERE token_hash = $1",
                          {token_hash});
  if (rows.empty()) return std::nullopt;
  const Row& row = rows.front();
  AdvanceCopyLink link;
  link.id = row.integer(0);
  link.partnership_id = row.integer(1);
  link.case_id = row.integer(2);
  link.recipient = row.stored(3, advance_copy_recipient_from_name);
  link.email = row.text(4);
  link.expires_at = row.instant(5);
  link.sent_by = row.integer(6);
  link.sent_at = row.instant(7);
  return link;
}

// The name is compared in lower case (ASCII), so "Poverty" and "poverty" are one theme; the
// unique slug settles two additions at once.
std::optional<LibraryTheme> SqlLibraryRepository::add_theme(const std::string& slug,
                                                            const std::string& name) {
  if (!query(session_, "SELECT id FROM library_themes WHERE slug = $1 OR LOWER(name) = LOWER($2)",
             {slug, name})
           .empty())
    return std::nullopt;
  try {
    // A new theme goes after every other: its position is its id, which no other addition can
    // share (MAX(position) + 1 gave two themes added at once on PostgreSQL the same place). The
    // seeded themes' positions are their ids too.
    const Id id = query(session_,
                        "INSERT INTO library_themes (slug, name, position) VALUES ($1, $2, 0) "
                        "RETURNING id",
                        {slug, name})
                      .front()
                      .integer(0);
    execute(session_, "UPDATE library_themes SET position = id WHERE id = $1", {id});
    return LibraryTheme{id, slug, name};
  } catch (const std::exception& error) {
    if (is_unique_violation(error)) return std::nullopt;
    throw;
  }
}

std::vector<LibraryEntry> SqlLibraryRepository::published_between(CivilDate from, CivilDate until,
                                                                  int limit) {
  std::vector<LibraryEntry> entries;
  for (const Row& row :
       query(session_,
             entry_columns(false) +
                 "FROM library_entries e JOIN partnerships p ON p.id = e.partnership_id WHERE "
                 "e.published_on >= $1 AND e.published_on < $2 ORDER BY e.published_on DESC, "
                 "e.id DESC LIMIT $3",
             {from.to_iso_string(), until.to_iso_string(), static_cast<std::int64_t>(limit)}))
    entries.push_back(entry_from(row));
  read_themes(entries);
  return entries;
}

// Rule PUB-4: the index is rebuilt without the report's text.
void SqlLibraryRepository::withdraw_document(Id partnership_id, Id entry_id, CivilDate on,
                                             const std::string& reason) {
  execute(session_,
          "UPDATE library_entries SET document_withdrawn_on = $3, withdrawal_reason = $4 WHERE "
          "partnership_id = $1 AND id = $2",
          {partnership_id, entry_id, on.to_iso_string(), reason});
  index(entry_id);
}

// --- The 7-minute briefing (Rule LIB-2)
// -----------------------------------------------------------

std::vector<BriefingHeading> SqlLibraryRepository::briefing_template(Id partnership_id) {
  std::vector<BriefingHeading> headings;
  for (const Row& row : query(session_,
                              "SELECT heading, guidance FROM briefing_template_headings WHERE "
                              "partnership_id = $1 ORDER BY position",
                              {partnership_id}))
    headings.push_back({row.text(0), row.text(1)});
  return headings;
}

void SqlLibraryRepository::save_briefing_template(Id partnership_id,
                                                  const std::vector<BriefingHeading>& headings) {
  execute(session_, "DELETE FROM briefing_template_headings WHERE partnership_id = $1",
          {partnership_id});
  for (std::size_t i = 0; i < headings.size(); ++i)
    execute(session_,
            "INSERT INTO briefing_template_headings (partnership_id, position, heading, guidance) "
            "VALUES ($1, $2, $3, $4)",
            {partnership_id, static_cast<std::int64_t>(i + 1), headings[i].heading,
             headings[i].guidance});
}

std::vector<BriefingSection> SqlLibraryRepository::briefing(Id entry_id) {
  std::vector<BriefingSection> sections;
  for (const Row& row : query(session_,
                              "SELECT heading, text FROM library_briefing_sections WHERE "
                              "entry_id = $1 ORDER BY position",
                              {entry_id}))
    sections.push_back({row.text(0), row.text(1)});
  return sections;
}

void SqlLibraryRepository::save_briefing(Id entry_id,
                                         const std::vector<BriefingSection>& sections) {
  execute(session_, "DELETE FROM library_briefing_sections WHERE entry_id = $1", {entry_id});
  for (std::size_t i = 0; i < sections.size(); ++i)
    execute(session_,
            "INSERT INTO library_briefing_sections (entry_id, position, heading, text) VALUES "
            "($1, $2, $3, $4)",
            {entry_id, static_cast<std::int64_t>(i + 1), sections[i].heading, sections[i].text});
}

Id SqlLibraryRepository::record_briefing_use(const BriefingUse& use) {
  return query(session_,
               "INSERT INTO library_briefing_uses (entry_id, team, agency, used_on, people, "
               "recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
               {use.entry_id, use.team, use.agency, use.used_on.to_iso_string(),
                static_cast<std::int64_t>(use.people), use.recorded_by,
                format_instant(use.recorded_at)})
      .front()
      .integer(0);
}

std::vector<BriefingUse> SqlLibraryRepository::briefing_uses(Id entry_id, int limit, int offset) {
  std::vector<BriefingUse> uses;
  for (const Row& row :
       query(session_,
             "SELECT id, entry_id, team, agency, used_on, people, recorded_by, "
             "recorded_at FROM library_briefing_uses WHERE entry_id = $1 ORDER "
             "BY used_on DESC, id DESC LIMIT $2 OFFSET $3",
             {entry_id, static_cast<std::int64_t>(limit), static_cast<std::int64_t>(offset)})) {
    BriefingUse use;
    use.id = row.integer(0);
    use.entry_id = row.integer(1);
    use.team = row.text(2);
    use.agency = row.text(3);
    use.used_on = row.date(4);
    use.people = static_cast<int>(row.integer(5));
    use.recorded_by = row.integer(6);
    use.recorded_at = row.instant(7);
    uses.push_back(std::move(use));
  }
  return uses;
}

int SqlLibraryRepository::count_briefing_uses(Id entry_id) {
  return static_cast<int>(
      query(session_, "SELECT COUNT(*) FROM library_briefing_uses WHERE entry_id = $1", {entry_id})
          .front()
          .integer(0));
}

}  // namespace casereview::store
