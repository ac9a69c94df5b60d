#include "store/database_census.hpp"

#include "store/sql.hpp"

namespace casereview::store {

namespace {

std::string with_thousands(std::int64_t number) {
  std::string digits = std::to_string(number);
  for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3) digits.insert(at, ",");
  return digits;
}

std::map<std::string, std::int64_t> counts_in(Poco::Data::Session& session, bool sqlite) {
  execute(session, sqlite ? "BEGIN" : "BEGIN READ ONLY ISOLATION LEVEL REPEATABLE READ");
  std::map<std::string, std::int64_t> counts;
  try {
    const auto tables = query(
        session, sqlite ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                          "'sqlite\\_%' ESCAPE '\\' ORDER BY name"
                        : "SELECT table_name FROM information_schema.tables WHERE table_schema = "
                          "current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name");
    for (const Row& table : tables) {
      const std::string& name = table.text(0);
      // The name comes from the catalogue, and is quoted as an identifier all the same.
      std::string quoted = "\"";
      for (char letter : name)
        quoted += letter == '"' ? std::string("\"\"") : std::string(1, letter);
      quoted += "\"";
      counts[name] = query(session, "SELECT COUNT(*) FROM " + quoted).at(0).integer(0);
    }
  } catch (...) {
    execute(session, "ROLLBACK");
    throw;
  }
  execute(session, "COMMIT");
  return counts;
}

}  // namespace

Result<std::map<std::string, std::int64_t>> count_rows_by_table(SqlStorage& storage) {
  try {
    Poco::Data::Session session = storage.session();
    return counts_in(session, storage.engine_kind() == Engine::sqlite);
  } catch (const std::exception& error) {
    return Error::of(ErrorCode::unavailable, std::string("The database failed: ") + error.what());
  }
}

std::string census_summary(const std::map<std::string, std::int64_t>& counts) {
  std::int64_t rows = 0;
  for (const auto& [table, count] : counts) rows += count;
  return with_thousands(static_cast<std::int64_t>(counts.size())) + " tables, " +
         with_thousands(rows) + " rows";
}

}  // namespace casereview::store
