// The Storage of app/ports.hpp on a real database: a pool of Poco::Data sessions to SQLite or
// PostgreSQL, transactions that take the right lock on each engine, and the SQL repositories.
//
// Thread-safe: each transaction borrows its own session from the pool.
#pragma once

#include <Poco/Data/SessionPool.h>

#include <memory>
#include <string>

#include "app/ports.hpp"
#include "store/database_url.hpp"

namespace casereview::store {

struct PoolSettings {
  int min_sessions = 1;
  int max_sessions = 16;
  int idle_seconds = 60;
};

class SqlStorage final : public Storage {
 public:
  // Opens the pool (connections are made when first needed). Throws std::runtime_error when the
  // engine's connector cannot be registered.
  SqlStorage(DatabaseUrl url, PoolSettings settings = {});
  ~SqlStorage() override;

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
};

}  // namespace casereview::store
