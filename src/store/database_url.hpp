// Parses the database URL that every subcommand takes: `sqlite:PATH` for the embedded database or
// `postgresql://user@host:port/db` (any libpq URI) for PostgreSQL.
#pragma once

#include <string>

#include "domain/result.hpp"

namespace casereview::store {

enum class Engine { sqlite, postgresql };

struct DatabaseUrl {
  Engine engine = Engine::sqlite;
  std::string connection;  // the SQLite file path, or a libpq key=value connection string
};

// Fails with invalid_input naming "database" when the URL has neither form.
Result<DatabaseUrl> parse_database_url(const std::string& url);

}  // namespace casereview::store
