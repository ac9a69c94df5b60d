// One schema on both engines (issue 9): a fresh SQLite database and a fresh PostgreSQL database,
// migrated, hold the same tables, columns (type family and nullability), primary keys, unique
// constraints, indexes and stored-name guards, as read back from each engine's own catalogue
// (schema_inspection.hpp). Needs the PostgreSQL test cluster; skipped without it, like the other
// PostgreSQL tests.
#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>
#include <map>
#include <regex>

#include "app/embedded_files.hpp"
#include "schema_inspection.hpp"
#include "store/migrator.hpp"
#include "store/sql.hpp"
#include "store/sql_storage.hpp"
#include "support/test_database.hpp"

namespace casereview::store {
namespace {

SchemaShape migrated_schema(const testing_support::TestDatabase& database) {
  SqlStorage storage(parse_database_url(database.url()).value());
  auto migrated = migrate(storage, migrations_from(embedded_files()));
  EXPECT_TRUE(migrated.ok()) << migrated.error().message;
  Poco::Data::Session session = storage.session();
  return read_schema(session, storage.engine_kind());
}

std::string lines_only_in(const std::set<std::string>& these, const std::set<std::string>& those) {
  std::vector<std::string> only;
  std::set_difference(these.begin(), these.end(), those.begin(), those.end(),
                      std::back_inserter(only));
  std::string text;
  for (const std::string& line : only) text += "\n  " + line;
  return text;
}

TEST(Schema, BothEnginesHoldTheSameSchemaAfterMigration) {
  testing_support::TestDatabase sqlite("sqlite");
  testing_support::TestDatabase postgresql("postgresql");
  SKIP_UNLESS_AVAILABLE(postgresql);
  const SchemaShape on_sqlite = migrated_schema(sqlite);
  const SchemaShape on_postgresql = migrated_schema(postgresql);
  ASSERT_GT(on_sqlite.tables.size(), 20u) << "the catalogue was not read";
  EXPECT_EQ(on_sqlite.tables, on_postgresql.tables);
  EXPECT_EQ(lines_only_in(on_sqlite.lines, on_postgresql.lines), "") << "in SQLite's schema only";
  EXPECT_EQ(lines_only_in(on_postgresql.lines, on_sqlite.lines), "")
      << "in PostgreSQL's schema only";
}

// Within the integer family PostgreSQL has widths SQLite does not: a foreign key narrower than the
// key it refers to would overflow first.
TEST(Schema, EveryForeignKeyHasTheTypeOfTheKeyItRefersToOnPostgreSQL) {
  testing_support::TestDatabase database("postgresql");
  SKIP_UNLESS_AVAILABLE(database);
  SqlStorage storage(parse_database_url(database.url()).value());
  ASSERT_TRUE(migrate(storage, migrations_from(embedded_files())).ok());
  Poco::Data::Session session = storage.session();
  std::string mismatched;
  for (const Row& row :
       query(session,
             "SELECT c.conrelid::regclass::text || '.' || a.attname::text || ' ' || "
             "format_type(a.atttypid, a.atttypmod) || ' refers to ' || format_type(r.atttypid, "
             "r.atttypmod) FROM pg_constraint c "
             "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
             "JOIN pg_attribute r ON r.attrelid = c.confrelid AND r.attnum = c.confkey[1] "
             "WHERE c.contype = 'f' AND a.atttypid <> r.atttypid")) {
    mismatched += "\n  " + row.text(0);
  }
  EXPECT_EQ(mismatched, "");
}

// The inspection itself can tell two schemas apart: a column's nullability, a type family and an
// index are each seen.
TEST(Schema, TheComparisonSeesADifferentColumnTypeNullabilityAndIndex) {
  testing_support::TestDatabase database("sqlite");
  SqlStorage storage(parse_database_url(database.url()).value());
  Poco::Data::Session session = storage.session();
  execute(session, "CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT, size REAL NOT NULL)");
  const SchemaShape before = read_schema(session, Engine::sqlite);
  EXPECT_TRUE(before.lines.count("column things.id integer not null"));
  EXPECT_TRUE(before.lines.count("column things.name text null"));
  EXPECT_TRUE(before.lines.count("column things.size real not null"));
  EXPECT_TRUE(before.lines.count("primary key things (id)"));
  execute(session, "CREATE UNIQUE INDEX things_by_name ON things (name) WHERE size > 0");
  const SchemaShape after = read_schema(session, Engine::sqlite);
  EXPECT_EQ(lines_only_in(after.lines, before.lines),
            "\n  index things_by_name on things (name) unique partial");
}

// Each migration introduces each of its tables and indexes once for each engine: the
// engine-specific parts side by side name the same new tables and indexes, so none is written for
// one engine only or twice. A table rebuilt on one engine (created under a new name, then renamed
// over the old one, its indexes made again: migrations/0006) introduces nothing. The learning
// library's full-text index (migrations/0021) is each engine's own by design and is left out.
TEST(MigrationFiles, IntroduceEveryTableAndIndexOncePerEngine) {
  const std::regex created(R"(^\s*CREATE\s+(UNIQUE\s+|VIRTUAL\s+)?(TABLE|INDEX)\s+(\w+))",
                           std::regex::icase);
  const std::regex renamed(R"(^\s*ALTER\s+TABLE\s+(\w+)\s+RENAME\s+TO\s+(\w+))", std::regex::icase);
  std::map<Engine, std::set<std::string>> known;  // every name made by an earlier migration
  for (const Migration& migration : migrations_from(embedded_files())) {
    std::map<Engine, std::multiset<std::string>> introduced;
    for (Engine engine : {Engine::sqlite, Engine::postgresql}) {
      for (const std::string& statement : statements_for(engine, migration.sql)) {
        std::smatch match;
        if (std::regex_search(statement, match, created)) {
          if (match[3].str().rfind("library_search", 0) == 0) continue;
          if (!known[engine].count(match[3].str())) introduced[engine].insert(match[3].str());
        } else if (std::regex_search(statement, match, renamed) &&
                   known[engine].count(match[2].str())) {
          introduced[engine].erase(match[1].str());  // a rebuild
        }
      }
      known[engine].insert(introduced[engine].begin(), introduced[engine].end());
    }
    EXPECT_EQ(introduced[Engine::sqlite], introduced[Engine::postgresql]) << migration.name;
    for (const auto& [engine, names] : introduced) {
      for (const std::string& name : names) {
        EXPECT_EQ(names.count(name), 1u) << migration.name << ": " << name;
      }
    }
  }
}

}  // namespace
}  // namespace casereview::store
