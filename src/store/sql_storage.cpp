#include "store/sql_storage.hpp"

#include <Poco/Data/PostgreSQL/Connector.h>
#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Exception.h>

#include <iostream>
#include <mutex>

#include "store/sql.hpp"
#include "store/sql_repositories.hpp"

namespace casereview::store {

namespace {

void register_connectors() {
  static std::once_flag once;
  std::call_once(once, [] {
    Poco::Data::SQLite::Connector::registerConnector();
    Poco::Data::PostgreSQL::Connector::registerConnector();
  });
}

class SqlTransaction final : public Transaction {
 public:
  explicit SqlTransaction(Poco::Data::Session& session)
      : partnerships_(session), agencies_(session), users_(session) {}
  PartnershipRepository& partnerships() override { return partnerships_; }
  AgencyRepository& agencies() override { return agencies_; }
  UserRepository& users() override { return users_; }

 private:
  SqlPartnershipRepository partnerships_;
  SqlAgencyRepository agencies_;
  SqlUserRepository users_;
};

std::string describe(const std::exception& error) {
  const auto* poco_error = dynamic_cast<const Poco::Exception*>(&error);
  return poco_error ? poco_error->displayText() : error.what();
}

}  // namespace

SqlStorage::SqlStorage(DatabaseUrl url, PoolSettings settings) : url_(std::move(url)) {
  register_connectors();
  const std::string connector = url_.engine == Engine::sqlite ? "SQLite" : "PostgreSQL";
  pool_ = std::make_unique<Poco::Data::SessionPool>(connector, url_.connection, settings.min_sessions,
                                                    settings.max_sessions, settings.idle_seconds);
}

SqlStorage::~SqlStorage() = default;

Poco::Data::Session SqlStorage::session() {
  Poco::Data::Session session = pool_->get();
  if (url_.engine == Engine::sqlite) {
    // Per-connection settings: cheap, and a pooled connection may be new.
    execute(session, "PRAGMA foreign_keys = ON");
    execute(session, "PRAGMA busy_timeout = 10000");
  }
  return session;
}

Status SqlStorage::transact(TransactionMode mode, const std::function<Status(Transaction&)>& work) {
  std::optional<Poco::Data::Session> session;
  try {
    session.emplace(this->session());
  } catch (const std::exception& error) {
    std::cerr << "casereview: database unavailable: " << describe(error) << "\n";
    return Error::of(ErrorCode::unavailable, "The database cannot be reached");
  }
  const bool sqlite = url_.engine == Engine::sqlite;
  const char* begin = sqlite ? (mode == TransactionMode::write ? "BEGIN IMMEDIATE" : "BEGIN")
                             : (mode == TransactionMode::write ? "BEGIN" : "BEGIN READ ONLY");
  bool open = false;
  try {
    execute(*session, begin);
    open = true;
    SqlTransaction transaction(*session);
    Status outcome = work(transaction);
    execute(*session, outcome ? "COMMIT" : "ROLLBACK");
    open = false;
    return outcome;
  } catch (const std::exception& error) {
    if (open) {
      try {
        execute(*session, "ROLLBACK");
      } catch (const std::exception&) {
        // The connection is broken; the pool drops it.
      }
    }
    std::cerr << "casereview: database error: " << describe(error) << "\n";
    return Error::of(ErrorCode::internal, "The database could not complete the request");
  }
}

bool SqlStorage::reachable() {
  try {
    Poco::Data::Session session = this->session();
    return query(session, "SELECT 1").size() == 1;
  } catch (const std::exception&) {
    return false;
  }
}

PoolUse SqlStorage::pool_use() { return PoolUse{pool_->capacity(), pool_->used(), pool_->idle()}; }

std::string SqlStorage::engine() const { return url_.engine == Engine::sqlite ? "sqlite" : "postgresql"; }

}  // namespace casereview::store
