#include "store/migrator.hpp"

#include <Poco/Exception.h>

#include <algorithm>
#include <iostream>
#include <sstream>

#include "store/sql.hpp"

namespace casereview::store {

namespace {

// A key for pg_advisory_xact_lock, the same for every casereview server.
constexpr std::int64_t migration_lock_key = 7261706964;

std::string now_utc() {
  std::time_t now = std::time(nullptr);
  std::tm parts{};
  gmtime_r(&now, &parts);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &parts);
  return text;
}

}  // namespace

std::vector<Migration> migrations_from(const std::map<std::string, std::string>& files) {
  std::vector<Migration> migrations;
  const std::string prefix = "migrations/";
  for (const auto& [path, sql] : files) {
    if (path.rfind(prefix, 0) != 0 || path.size() < prefix.size() + 9) continue;
    const std::string file = path.substr(prefix.size());
    migrations.push_back(
        Migration{std::stoi(file.substr(0, 4)), file.substr(5, file.size() - 9), sql});
  }
  std::sort(migrations.begin(), migrations.end(),
            [](const Migration& a, const Migration& b) { return a.version < b.version; });
  return migrations;
}

std::vector<std::string> statements_for(Engine engine, const std::string& sql) {
  std::vector<std::string> statements;
  std::istringstream lines(sql);
  std::string line;
  std::string current;
  bool included = true;
  const std::string marker = "-- engine: ";
  while (std::getline(lines, line)) {
    if (line.rfind(marker, 0) == 0) {
      const std::string which = line.substr(marker.size());
      included = which == "all" || (which == "sqlite" && engine == Engine::sqlite) ||
                 (which == "postgresql" && engine == Engine::postgresql);
      continue;
    }
    if (!included || line.rfind("--", 0) == 0) continue;
    current += line + "\n";
    const auto end = line.find_last_not_of(" \t\r");
    if (end != std::string::npos && line[end] == ';') {
      statements.push_back(current);
      current.clear();
    }
  }
  if (current.find_first_not_of(" \t\r\n") != std::string::npos) statements.push_back(current);
  return statements;
}

Result<MigrationReport> migrate(SqlStorage& storage, const std::vector<Migration>& migrations) {
  const int newest_known = migrations.empty() ? 0 : migrations.back().version;
  const bool sqlite = storage.engine_kind() == Engine::sqlite;
  std::optional<Poco::Data::Session> session;
  try {
    session.emplace(storage.session());
  } catch (const std::exception&) {
    return Error::of(ErrorCode::unavailable, "The database cannot be reached");
  }
  MigrationReport report;
  bool open = false;
  try {
    if (sqlite) execute(*session, "PRAGMA journal_mode = WAL");
    execute(*session, sqlite ? "BEGIN IMMEDIATE" : "BEGIN");
    open = true;
    if (!sqlite) execute(*session, "SELECT pg_advisory_xact_lock($1)", {migration_lock_key});
    execute(*session,
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT "
            "NOT NULL, "
            "applied_at TEXT NOT NULL)");
    auto rows = query(*session, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
    report.from_version = static_cast<int>(rows.front().integer(0));
    report.to_version = report.from_version;
    if (report.from_version > newest_known) {
      execute(*session, "ROLLBACK");
      return Error::of(ErrorCode::wrong_state,
                       "The database is at schema version " + std::to_string(report.from_version) +
                           " but this casereview knows versions up to " +
                           std::to_string(newest_known) +
                           ". Upgrade casereview before using this database.");
    }
    for (const Migration& migration : migrations) {
      if (migration.version <= report.from_version) continue;
      for (const std::string& statement : statements_for(storage.engine_kind(), migration.sql)) {
        execute(*session, statement);
      }
      execute(*session,
              "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
              {static_cast<std::int64_t>(migration.version), migration.name, now_utc()});
      report.applied.push_back(migration.name);
      report.to_version = migration.version;
    }
    execute(*session, "COMMIT");
    return report;
  } catch (const std::exception& error) {
    if (open) {
      try {
        execute(*session, "ROLLBACK");
      } catch (const std::exception&) {
      }
    }
    const auto* poco_error = dynamic_cast<const Poco::Exception*>(&error);
    std::cerr << "casereview: migration failed: "
              << (poco_error ? poco_error->displayText() : error.what()) << "\n";
    return Error::of(ErrorCode::internal, "A migration failed; the database was left as it was");
  }
}

}  // namespace casereview::store
