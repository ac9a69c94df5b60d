// Storage of agencies' chronologies (issue 11, Rule CHR-1, Rule CHR-2, Rule CHR-3): the requests,
// their entries and the reviewer's decisions on possible duplicates. Every method takes the
// partnership's id and never reads or changes another partnership's rows. Implemented in
// store/sql_chronology_repositories.*.
#pragma once

#include <optional>
#include <vector>

#include "domain/chronology_entry.hpp"
#include "domain/chronology_request.hpp"

namespace casereview {

class ChronologyRequestRepository {
 public:
  virtual ~ChronologyRequestRepository() = default;
  // Rule CHR-1: adds the request (its status requested) and returns it as stored; nothing when the
  // agency has a request for this case already.
  virtual std::optional<ChronologyRequest> add(const ChronologyRequest& request) = 0;
  virtual std::optional<ChronologyRequest> find(Id partnership_id, Id request_id) = 0;
  // The case's requests, in order of agency id.
  virtual std::vector<ChronologyRequest> list_for_case(Id partnership_id, Id case_id) = 0;
  // The agency's requests, due soonest first.
  virtual std::vector<ChronologyRequest> list_for_agency(Id partnership_id, Id agency_id) = 0;
  // Writes the request's status and what goes with it (involvement, submitted and returned
  // fields), only when its stored status is still `expected`; false when it was not (another
  // person got there first) or the request is not the partnership's.
  virtual bool change_status(const ChronologyRequest& request, ChronologyStatus expected) = 0;
  // Rule CHR-1: every request not submitted (requested or returned) in every partnership, for the
  // reminders' job; oldest first.
  virtual std::vector<ChronologyRequest> list_unsubmitted_in_all_partnerships() = 0;
};

class ChronologyEntryRepository {
 public:
  virtual ~ChronologyEntryRepository() = default;
  // Adds the entry to the request at the entry's position; returns its id.
  virtual Id add(Id partnership_id, Id request_id, const ChronologyEntry& entry) = 0;
  // Adds many entries at once (an import), each at its own position.
  virtual void add_all(Id partnership_id, Id request_id,
                       const std::vector<ChronologyEntry>& entries) = 0;
  // The entry, with its agency's id, when it belongs to the request and the partnership.
  virtual std::optional<ChronologyEntry> find(Id partnership_id, Id request_id, Id entry_id) = 0;
  // The request's entries in their agency's own order (position, then id), with the agency's id.
  virtual std::vector<ChronologyEntry> list(Id partnership_id, Id request_id) = 0;
  // How many entries the request has, and the position after its last (0 when it has none).
  virtual int count(Id partnership_id, Id request_id) = 0;
  virtual int next_position(Id partnership_id, Id request_id) = 0;
  // Rewrites the entry's fields (not its position); false when it is not the request's.
  virtual bool update(Id partnership_id, Id request_id, const ChronologyEntry& entry) = 0;
  // Removes the entry and any duplicate decision about it; false when it is not the request's.
  virtual bool remove(Id partnership_id, Id request_id, Id entry_id) = 0;
  // Removes every entry of the request (and the decisions about them); returns how many.
  virtual int remove_all(Id partnership_id, Id request_id) = 0;
  // Rule CHR-3: the entries of the case's submitted chronologies, each with its agency's id, in
  // no particular order (merge_chronology orders them).
  virtual std::vector<ChronologyEntry> list_submitted_for_case(Id partnership_id, Id case_id) = 0;
};

class DuplicateDecisionRepository {
 public:
  virtual ~DuplicateDecisionRepository() = default;
  // Records the verdict on the pair, replacing an earlier one (the ids in either order).
  virtual void put(const DuplicateDecision& decision) = 0;
  // The case's decisions, by pair.
  virtual std::vector<DuplicateDecision> list_for_case(Id partnership_id, Id case_id) = 0;
};

}  // namespace casereview
