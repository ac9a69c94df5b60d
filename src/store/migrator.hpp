// Applies the numbered migrations compiled into the program (migrations/NNNN_name.sql) in order,
// each recorded in schema_migrations, all pending ones in one transaction. Running it again is a
// no-op; several servers starting at once apply each migration exactly once (SQLite's write lock,
// a PostgreSQL advisory lock).
//
// A migration file is SQL for both engines. Where the engines differ, the statements are kept
// side by side under `-- engine: sqlite` and `-- engine: postgresql` lines; `-- engine: all`
// returns to shared SQL. Each statement ends with a semicolon at the end of a line.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "domain/result.hpp"
#include "store/sql_storage.hpp"

namespace casereview::store {

struct Migration {
  int version = 0;
  std::string name;
  std::string sql;
};

struct MigrationReport {
  int from_version = 0;
  int to_version = 0;
  std::vector<std::string> applied;  // names of the migrations applied by this run
};

// The migrations among `files` (keys like "migrations/0001_platform.sql"), ordered by version.
std::vector<Migration> migrations_from(const std::map<std::string, std::string>& files);

// The statements of `sql` for `engine`, in order.
std::vector<std::string> statements_for(Engine engine, const std::string& sql);

// Brings the database up to the newest migration. Fails with wrong_state, changing nothing, when
// the database was migrated by a newer casereview than this one; unavailable when it cannot be
// reached; internal when a statement fails (the transaction is rolled back).
Result<MigrationReport> migrate(SqlStorage& storage, const std::vector<Migration>& migrations);

}  // namespace casereview::store
