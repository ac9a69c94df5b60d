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

#include "domain/briefing.hpp"
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
  // Rule PUB-2: a link to download the final report, found later by its token's hash (any
  // partnership's: the token is the key).
  virtual Id add_copy_link(const AdvanceCopyLink& link, const std::string& token_hash) = 0;
  virtual std::optional<AdvanceCopyLink> find_copy_link(const std::string& token_hash) = 0;
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
  int total = 0;  // the entries matching the words and every filter
};

class LibraryRepository {
 public:
  virtual ~LibraryRepository() = default;
  // Rule LIB-1: published entries matching `query`: by relevance when words are searched, else
  // the latest published first; `limit` from `offset`.
  virtual std::vector<LibraryHit> search(const LibraryQuery& query, int limit, int offset) = 0;
  // Counts per value of each filter over the entries matching the words and the other filters,
  // and how many match the words and every filter.
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
  // Adds a theme after the others; none when its slug or name (in any case) is taken.
  virtual std::optional<LibraryTheme> add_theme(const std::string& slug,
                                                const std::string& name) = 0;
  // Entries published on `from` up to the day before `until`, the latest first, at most `limit`,
  // without their reports (the monthly digest).
  virtual std::vector<LibraryEntry> published_between(CivilDate from, CivilDate until,
                                                      int limit) = 0;
  // Rule PUB-4: the entry's report withdrawn on `on` (the entry stays public) and taken out of the
  // search index.
  virtual void withdraw_document(Id partnership_id, Id entry_id, CivilDate on,
                                 const std::string& reason) = 0;

  // Rule LIB-2. The partnership's briefing template; empty when it has not changed the bundled one.
  virtual std::vector<BriefingHeading> briefing_template(Id partnership_id) = 0;
  virtual void save_briefing_template(Id partnership_id,
                                      const std::vector<BriefingHeading>& headings) = 0;
  // The entry's briefing in order; empty when none is written. The caller has checked the entry is
  // published or the partnership's own.
  virtual std::vector<BriefingSection> briefing(Id entry_id) = 0;
  virtual void save_briefing(Id entry_id, const std::vector<BriefingSection>& sections) = 0;
  virtual Id record_briefing_use(const BriefingUse& use) = 0;
  // The entry's recorded uses, the latest first, `limit` from `offset`; and how many there are.
  virtual std::vector<BriefingUse> briefing_uses(Id entry_id, int limit, int offset) = 0;
  virtual int count_briefing_uses(Id entry_id) = 0;
};

// Someone who asked for the library's monthly email. The token is in every email's links, stored as
// it is (so that each month's email can carry it): it lets its holder confirm or leave this one
// subscription, and nothing else.
struct LibrarySubscription {
  Id id = 0;
  std::string email;  // lower case
  std::string token;
  Instant requested_at{};  // when the last confirmation email was sent
  std::optional<Instant> confirmed_at;
  std::optional<Instant> left_at;
  std::string last_digest_month;  // "2027-03": the month whose first run sent the last digest
  bool active() const { return confirmed_at.has_value() && !left_at.has_value(); }
};

// The library's email subscribers: public, of no partnership.
class LibrarySubscriptionRepository {
 public:
  virtual ~LibrarySubscriptionRepository() = default;
  virtual std::optional<LibrarySubscription> find_by_email(const std::string& email) = 0;
  virtual std::optional<LibrarySubscription> find_by_token(const std::string& token) = 0;
  // A new subscription waiting for confirmation; none when the address has one already.
  virtual std::optional<Id> add(const std::string& email, const std::string& token,
                                Instant requested_at) = 0;
  // Waiting for confirmation again (after leaving, or a confirmation email asked for again).
  virtual void renew(Id id, const std::string& token, Instant requested_at) = 0;
  // Confirmed at `at`, its first digest due the month after `month`; false when it was already.
  virtual bool confirm(Id id, Instant at, const std::string& month) = 0;
  // Left at `at`; false when it had already.
  virtual bool leave(Id id, Instant at) = 0;
  // Confirmed subscriptions not yet sent `month`'s digest, by id after `after_id`, at most `limit`.
  virtual std::vector<LibrarySubscription> due_for_digest(const std::string& month, Id after_id,
                                                          int limit) = 0;
  // Marks `month`'s digest sent: a conditional update, so that of two servers only one sends it.
  virtual bool claim_digest(Id id, const std::string& month) = 0;
};

}  // namespace casereview
