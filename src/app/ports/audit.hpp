// Storage interface of the audit log: append-only, hash-chained (see app/audit.hpp for the chain).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/audit.hpp"

namespace casereview {

class AuditRepository {
 public:
  virtual ~AuditRepository() = default;
  // Takes the lock that serialises appends until the transaction ends, then returns the newest
  // entry (nullopt for an empty log).
  virtual std::optional<AuditEntry> lock_and_read_last() = 0;
  virtual void insert(const AuditEntry& entry) = 0;
  // Entries with sequence > after_sequence, oldest first, at most `limit`.
  virtual std::vector<AuditEntry> read_from(std::int64_t after_sequence, int limit) = 0;
  // A partnership's entries matching `filter`, newest first.
  virtual std::vector<AuditEntry> search(Id partnership_id, const AuditFilter& filter) = 0;
};

}  // namespace casereview
