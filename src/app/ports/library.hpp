// Storage of publication and the learning library (issue 14): a case's publication decision,
// advance copies and anonymisation findings (Rule PUB-1, Rule PUB-2, Rule PUB-3), and the library's
// entries and themes (Rule LIB-1) with their full-text search. Implemented in
// store/sql_library_repositories.*.
//
// PublicationRepository, and LibraryRepository's methods that take a partnership's id, never read
// another partnership's rows. The library's search and find_published are public by design: they
// read published entries of every partnership on the installation, and nothing else.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/civil_date.hpp"
#include "domain/instant.hpp"
#include "domain/library_entry.hpp"
#include "domain/publication.hpp"

namespace casereview {

class PublicationRepository {
 public:
  virtual ~PublicationRepository() = default;
  // The case's publication with its advance copies; none before the decision.
  virtual std::optional<Publication> find(Id partnership_id, Id case_id) = 0;
  // Rule PUB-1: records the decision, reason, planned date, who and when (in place of any before).
  virtual void save_decision(const Publication& publication) = 0;
  // Rule PUB-2: records (or corrects) the day the recipient was sent its copy.
  virtual void save_advance_copy(Id partnership_id, Id case_id, const AdvanceCopy& copy,
                                 Id recorded_by, Instant recorded_at) = 0;
  // Rule PUB-3: records a check of the text with `digest`: the findings not dismissed before are
  // replaced by `found` less those whose fingerprint was dismissed.
  virtual void record_check(Id partnership_id, Id case_id, const std::string& digest,
                            Instant checked_at, const std::vector<PublicationFinding>& found) = 0;
  // The case's findings, in the order found.
  virtual std::vector<PublicationFinding> findings(Id partnership_id, Id case_id) = 0;
  // Rule PUB-3: dismisses the finding with the reason; false when there is no such finding of the
  // case or it is dismissed already.
  virtual bool dismiss(Id partnership_id, Id case_id, Id finding_id, const std::string& reason,
                       Id dismissed_by, Instant dismissed_at) = 0;
  virtual void mark_published(Id partnership_id, Id case_id, CivilDate published_on,
                              Id library_entry_id) = 0;
};

// What a reader searches the library for: words, and filters that combine.
struct LibraryQuery {
  std::vector<std::string> words;  // each a word of letters and digits; all must match
  std::optional<std::string> theme_slug;
  std::optional<int> year;
  std::optional<ReviewOutcome> kind;
  std::optional<Id> partnership_id;
  std::optional<AgeBand> age_band;
};

// One result: the entry (its report left out) and, when words were searched, a snippet of the
// text around them with each match between "\x02" and "\x03".
struct LibraryHit {
  LibraryEntry entry;
  std::string snippet;
};

// How many results each filter value would have, the other filters as they are.
struct FacetCount {
  std::string value;  // the filter's value: a slug, a year, a kind's or age band's name, an id
  std::string label;  // as people read it
  int count = 0;
};
struct LibraryFacets {
  std::vector<FacetCount> themes, years, kinds, partnerships, age_bands;
};

class LibraryRepository {
 public:
  virtual ~LibraryRepository() = default;
  // Rule LIB-1: published entries matching `query`: by relevance when words are searched, else
  // the latest published first; `limit` from `offset`.
  virtual std::vector<LibraryHit> search(const LibraryQuery& query, int limit, int offset) = 0;
  virtual int count(const LibraryQuery& query) = 0;
  // Counts per value of each filter over the entries matching the words and the other filters.
  virtual LibraryFacets facets(const LibraryQuery& query) = 0;
  // A published entry with its report and themes.
  virtual std::optional<LibraryEntry> find_published(Id entry_id) = 0;
  // The partnership's entry for the case, published or not.
  virtual std::optional<LibraryEntry> find_for_case(Id partnership_id, Id case_id) = 0;
  // Stores the entry (a new one when its id is 0) with its themes; a published entry's search
  // index follows. Returns its id.
  virtual Id save(const LibraryEntry& entry, Id updated_by, Instant updated_at) = 0;
  // Rule LIB-1: makes the entry public on `on` with `report` (empty for none) and indexes it.
  virtual void publish(Id partnership_id, Id entry_id, CivilDate on, const std::string& report) = 0;
  // The library's themes in their order.
  virtual std::vector<LibraryTheme> themes() = 0;
};

}  // namespace casereview
