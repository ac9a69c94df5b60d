// The Storage of app/ports.hpp on a real database: a pool of Poco::Data sessions to SQLite or
// PostgreSQL, transactions that take the right lock on each engine, and the SQL repositories.
//
// Thread-safe: each transaction borrows its own session from the pool. When every connection is
// lent out, a transaction waits (up to PoolSettings::wait_seconds) for one to come back rather
// than failing at once: Poco's pool refuses immediately, which under load turned ordinary
// requests into errors (bench/cases, bench/bookings).
//
// Connections are lent in the order transactions asked for them (store/fair_permits.hpp).
//
// On SQLite, write transactions of this process take turns (in the order they came) before
// BEGIN IMMEDIATE:
// SQLite lets one writer in at a time and makes the others poll with sleeps that grow to 100 ms
// (its busy handler), which under load gave signed-in pages a p99 near a second
// (bench/signed-in); waiting for a turn wakes the next writer as soon as the last commits. The
// busy time-out still covers writers in other processes (`casereview` commands run beside the
// server).
#pragma once

#include <Poco/Data/SessionPool.h>

#include <chrono>
#include <memory>
#include <string>

#include "app/ports.hpp"
#include "store/database_url.hpp"
#include "store/fair_permits.hpp"

namespace casereview::store {

struct PoolSettings {
  int min_sessions = 1;
  int max_sessions = 16;
  int idle_seconds = 60;
  int wait_seconds = 30;  // longest a transaction waits for a free connection before `unavailable`
};

class SqlStorage final : public Storage {
 public:
  // Opens the pool (connections are made when first needed). Throws std::runtime_error when the
  // engine's connector cannot be registered.
  SqlStorage(DatabaseUrl url, PoolSettings settings = {});
  ~SqlStorage() override;

  // As Storage::transact; a stored value a repository cannot read back (StoredValueError in
  // store/sql.hpp) rolls back and yields internal with "stored <column> has unknown value '…'".
  Status transact(TransactionMode mode, const std::function<Status(Transaction&)>& work) override;
  bool reachable() override;
  PoolUse pool_use() override;
  std::string engine() const override;

  Engine engine_kind() const { return url_.engine; }
  // A session from the pool with the engine's per-connection settings applied. Throws
  // Poco::Data::SessionPoolExhaustedException or a connection error when none can be had.
  Poco::Data::Session session();

 private:
  DatabaseUrl url_;
  std::unique_ptr<Poco::Data::SessionPool> pool_;
  // One permit per connection the pool may open: taken before borrowing a session, given back after
  // the session has returned to the pool.
  FairPermits free_connections_;
  std::chrono::seconds wait_;
  // SQLite only: the one permit, held by the write transaction in progress (see above).
  FairPermits sqlite_writer_{1};
};

}  // namespace casereview::store
