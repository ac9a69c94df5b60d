// The SQL repositories of agencies' chronologies (app/ports/chronologies.hpp):
// Rule CHR-1, Rule CHR-2, Rule CHR-3. One SQL text serves both engines. Each acts through the
// session of the transaction that made it and filters every query by partnership_id. An import's
// entries are written in multi-row INSERTs, so that 10,000 rows are a few dozen statements rather
// than 10,000.
#pragma once

#include <Poco/Data/Session.h>

#include "app/ports.hpp"

namespace casereview::store {

class SqlChronologyRequestRepository final : public ChronologyRequestRepository {
 public:
  explicit SqlChronologyRequestRepository(Poco::Data::Session& session) : session_(session) {}
  std::optional<ChronologyRequest> add(const ChronologyRequest& request) override;
  std::optional<ChronologyRequest> find(Id partnership_id, Id request_id) override;
  std::vector<ChronologyRequest> list_for_case(Id partnership_id, Id case_id) override;
  std::vector<ChronologyRequest> list_for_agency(Id partnership_id, Id agency_id) override;
  bool change_status(const ChronologyRequest& request, ChronologyStatus expected) override;
  std::vector<ChronologyRequest> list_unsubmitted_in_all_partnerships() override;

 private:
  Poco::Data::Session& session_;
};

class SqlChronologyEntryRepository final : public ChronologyEntryRepository {
 public:
  explicit SqlChronologyEntryRepository(Poco::Data::Session& session) : session_(session) {}
  Id add(Id partnership_id, Id request_id, const ChronologyEntry& entry) override;
  void add_all(Id partnership_id, Id request_id,
               const std::vector<ChronologyEntry>& entries) override;
  std::optional<ChronologyEntry> find(Id partnership_id, Id request_id, Id entry_id) override;
  std::vector<ChronologyEntry> list(Id partnership_id, Id request_id) override;
  int count(Id partnership_id, Id request_id) override;
  int next_position(Id partnership_id, Id request_id) override;
  bool update(Id partnership_id, Id request_id, const ChronologyEntry& entry) override;
  bool remove(Id partnership_id, Id request_id, Id entry_id) override;
  int remove_all(Id partnership_id, Id request_id) override;
  std::vector<ChronologyEntry> list_submitted_for_case(Id partnership_id, Id case_id) override;

 private:
  Poco::Data::Session& session_;
};

class SqlDuplicateDecisionRepository final : public DuplicateDecisionRepository {
 public:
  explicit SqlDuplicateDecisionRepository(Poco::Data::Session& session) : session_(session) {}
  void put(const DuplicateDecision& decision) override;
  std::vector<DuplicateDecision> list_for_case(Id partnership_id, Id case_id) override;

 private:
  Poco::Data::Session& session_;
};

}  // namespace casereview::store
