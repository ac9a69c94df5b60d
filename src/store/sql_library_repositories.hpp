// The SQL repositories of publication and the learning library (app/ports/library.hpp): Rule PUB-1,
// Rule PUB-2, Rule PUB-3, Rule LIB-1. SQL is written once for both engines except the full-text
// search, which is each engine's own (migration 0021): SQLite's FTS5 with the Porter stemmer,
// ranked by bm25, snippets by snippet(); PostgreSQL's tsvector ('english'), ranked by ts_rank,
// snippets by ts_headline. Both stem English the same way ("neglected" finds "neglect") and match
// every word searched.
#pragma once

#include <Poco/Data/Session.h>

#include "app/ports.hpp"
#include "store/database_url.hpp"
#include "store/sql.hpp"

namespace casereview::store {

class SqlPublicationRepository final : public PublicationRepository {
 public:
  explicit SqlPublicationRepository(Poco::Data::Session& session) : session_(session) {}
  std::optional<Publication> find(Id partnership_id, Id case_id) override;
  void save_decision(const Publication& publication) override;
  void save_advance_copy(Id partnership_id, Id case_id, const AdvanceCopy& copy, Id recorded_by,
                         Instant recorded_at) override;
  void record_check(Id partnership_id, Id case_id, const std::string& digest, Instant checked_at,
                    const std::vector<PublicationFinding>& found) override;
  std::vector<PublicationFinding> findings(Id partnership_id, Id case_id) override;
  bool dismiss(Id partnership_id, Id case_id, Id finding_id, const std::string& reason,
               Id dismissed_by, Instant dismissed_at) override;
  void mark_published(Id partnership_id, Id case_id, CivilDate published_on,
                      Id library_entry_id) override;
  Id add_copy_link(const AdvanceCopyLink& link, const std::string& token_hash) override;
  std::optional<AdvanceCopyLink> find_copy_link(const std::string& token_hash) override;

 private:
  Poco::Data::Session& session_;
};

class SqlLibraryRepository final : public LibraryRepository {
 public:
  SqlLibraryRepository(Poco::Data::Session& session, Engine engine)
      : session_(session), engine_(engine) {}
  std::vector<LibraryHit> search(const LibraryQuery& query, int limit, int offset) override;
  LibraryFacets facets(const LibraryQuery& query) override;
  std::optional<LibraryEntry> find_published(Id entry_id) override;
  std::optional<LibraryEntry> find_for_case(Id partnership_id, Id case_id) override;
  Id save(const LibraryEntry& entry, Id updated_by, Instant updated_at) override;
  void publish(Id partnership_id, Id entry_id, CivilDate on, const std::string& report) override;
  std::vector<LibraryTheme> themes() override;
  std::optional<LibraryTheme> add_theme(const std::string& slug, const std::string& name) override;
  std::vector<LibraryEntry> published_between(CivilDate from, CivilDate until, int limit) override;
  void withdraw_document(Id partnership_id, Id entry_id, CivilDate on,
                         const std::string& reason) override;
  std::vector<BriefingHeading> briefing_template(Id partnership_id) override;
  void save_briefing_template(Id partnership_id,
                              const std::vector<BriefingHeading>& headings) override;
  std::vector<BriefingSection> briefing(Id entry_id) override;
  void save_briefing(Id entry_id, const std::vector<BriefingSection>& sections) override;
  Id record_briefing_use(const BriefingUse& use) override;
  std::vector<BriefingUse> briefing_uses(Id entry_id, int limit, int offset) override;
  int count_briefing_uses(Id entry_id) override;

 private:
  // The WHERE conditions (on entries as "e") of `query`'s filters; its words are each statement's
  // own (ranked, or matched once for every count).
  std::string conditions(const LibraryQuery& query, std::vector<SqlValue>& parameters) const;
  void read_themes(std::vector<LibraryEntry>& entries);
  std::string entries() const;
  // Rebuilds the entry's row of the search index (when it is published).
  void index(Id entry_id);

  Poco::Data::Session& session_;
  Engine engine_;
};

}  // namespace casereview::store
