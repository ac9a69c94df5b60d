// The storage interfaces that use cases depend on. src/store implements them for SQLite and
// PostgreSQL; use cases never see SQL. Every repository method is scoped to one partnership where
// the data belongs to one, and never returns another partnership's rows.
//
// All work happens inside Storage::transact, which hands the use case a Transaction: the
// repositories it exposes all act through that one database transaction.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "domain/partnership.hpp"
#include "domain/result.hpp"

namespace casereview {

class PartnershipRepository {
 public:
  virtual ~PartnershipRepository() = default;
  // Adds a partnership. Fails with wrong_state when the code is taken; adds nothing then.
  virtual Result<Partnership> add(const std::string& code, const std::string& name) = 0;
  virtual std::optional<Partnership> find_by_code(const std::string& code) = 0;
  virtual std::optional<Partnership> find(Id id) = 0;
  virtual std::vector<Partnership> list() = 0;
};

class AgencyRepository {
 public:
  virtual ~AgencyRepository() = default;
  // Adds an agency to a partnership. Fails with wrong_state when the code is taken there.
  virtual Result<Agency> add(Id partnership_id, const std::string& code, const std::string& name) = 0;
  virtual std::vector<Agency> list(Id partnership_id) = 0;
  virtual std::optional<Agency> find(Id partnership_id, Id agency_id) = 0;
  virtual std::optional<Agency> find_by_code(Id partnership_id, const std::string& code) = 0;
};

class UserRepository {
 public:
  virtual ~UserRepository() = default;
  // Adds a user with roles. Fails with wrong_state when the email is taken.
  virtual Result<User> add(const User& user) = 0;
  virtual std::vector<User> list(Id partnership_id) = 0;
  virtual std::optional<User> find(Id partnership_id, Id user_id) = 0;
  virtual std::optional<User> find_by_email(const std::string& email) = 0;
};

// One open database transaction and the repositories that act through it.
class Transaction {
 public:
  virtual ~Transaction() = default;
  virtual PartnershipRepository& partnerships() = 0;
  virtual AgencyRepository& agencies() = 0;
  virtual UserRepository& users() = 0;
};

// How a transaction locks. `write` takes the write lock at the start (SQLite BEGIN IMMEDIATE), so
// two writers never interleave a read and a write and neither loses an update.
enum class TransactionMode { read, write };

struct PoolUse {
  int capacity = 0;  // the most connections the pool may open
  int in_use = 0;    // connections lent out now
  int idle = 0;      // open connections waiting in the pool
};

class Storage {
 public:
  virtual ~Storage() = default;
  // Runs `work` in one transaction and commits when it returns ok; rolls back when it returns an
  // error or throws, leaving the database as it was. A database that cannot be reached yields
  // unavailable; an unexpected database error yields internal (and is logged by the caller).
  virtual Status transact(TransactionMode mode, const std::function<Status(Transaction&)>& work) = 0;
  // True when a trivial query succeeds within the pool's wait time.
  virtual bool reachable() = 0;
  virtual PoolUse pool_use() = 0;
  // "sqlite" or "postgresql".
  virtual std::string engine() const = 0;
};

}  // namespace casereview
