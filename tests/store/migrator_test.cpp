// The migrator on both engines: applies every migration once, records them, does nothing the
// second time, and refuses a database from a newer casereview.
#include <gtest/gtest.h>

#include "storage_fixture.hpp"
#include "store/sql.hpp"

namespace casereview::store {
namespace {

class MigratorTest : public ::testing::TestWithParam<std::string> {};

TEST_P(MigratorTest, AppliesEveryMigrationOnceAndRecordsIt) {
  testing_support::TestDatabase database(GetParam());
  SKIP_UNLESS_AVAILABLE(database);
  SqlStorage storage(parse_database_url(database.url()).value());
  const auto migrations = migrations_from(embedded_files());
  ASSERT_FALSE(migrations.empty());

  auto first = migrate(storage, migrations);
  ASSERT_TRUE(first.ok()) << first.error().message;
  EXPECT_EQ(first.value().from_version, 0);
  EXPECT_EQ(first.value().to_version, migrations.back().version);
  EXPECT_EQ(first.value().applied.size(), migrations.size());

  auto second = migrate(storage, migrations);
  ASSERT_TRUE(second.ok());
  EXPECT_TRUE(second.value().applied.empty());
  EXPECT_EQ(second.value().from_version, migrations.back().version);

  Poco::Data::Session session = storage.session();
  auto rows = query(session, "SELECT COUNT(*) FROM schema_migrations");
  EXPECT_EQ(rows.front().integer(0), static_cast<std::int64_t>(migrations.size()));
}

TEST_P(MigratorTest, RefusesADatabaseFromANewerVersionAndChangesNothing) {
  testing_support::TestDatabase database(GetParam());
  SKIP_UNLESS_AVAILABLE(database);
  SqlStorage storage(parse_database_url(database.url()).value());
  const auto migrations = migrations_from(embedded_files());
  ASSERT_TRUE(migrate(storage, migrations).ok());
  {
    Poco::Data::Session session = storage.session();
    execute(
        session, "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
        {std::int64_t{9999}, std::string("from_the_future"), std::string("2030-01-01T00:00:00Z")});
  }

  auto refused = migrate(storage, migrations);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::wrong_state);
  EXPECT_NE(refused.error().message.find("9999"), std::string::npos);
  Poco::Data::Session session = storage.session();
  EXPECT_EQ(query(session, "SELECT COUNT(*) FROM schema_migrations").front().integer(0),
            static_cast<std::int64_t>(migrations.size() + 1));
}

TEST_P(MigratorTest, RollsBackAFailingMigrationWhole) {
  testing_support::TestDatabase database(GetParam());
  SKIP_UNLESS_AVAILABLE(database);
  SqlStorage storage(parse_database_url(database.url()).value());
  std::vector<Migration> broken = {
      {1, "first", "CREATE TABLE kept_only_if_all_work (id INTEGER);\n"},
      {2, "second", "CREATE TABLE this is not sql;\n"}};
  auto outcome = migrate(storage, broken);
  ASSERT_FALSE(outcome.ok());
  EXPECT_EQ(outcome.error().code, ErrorCode::internal);

  // Nothing of the run is left: the first migration's table is gone and, run alone, it applies
  // again from version 0.
  {
    Poco::Data::Session session = storage.session();
    EXPECT_ANY_THROW(query(session, "SELECT COUNT(*) FROM kept_only_if_all_work"));
  }
  auto retried = migrate(storage, {broken[0]});
  ASSERT_TRUE(retried.ok());
  EXPECT_EQ(retried.value().from_version, 0);
  EXPECT_EQ(retried.value().to_version, 1);
}

// migrations/0005 checks the rows already there as well as new ones: a database holding a name
// the program does not know is not upgraded, and stays as it was.
TEST_P(MigratorTest, RefusesToGuardAColumnThatAlreadyHoldsAnUnknownName) {
  testing_support::TestDatabase database(GetParam());
  SKIP_UNLESS_AVAILABLE(database);
  SqlStorage storage(parse_database_url(database.url()).value());
  const auto migrations = migrations_from(embedded_files());
  ASSERT_GE(migrations.size(), 5u);
  const std::vector<Migration> before_guards(migrations.begin(), migrations.begin() + 4);
  ASSERT_TRUE(migrate(storage, before_guards).ok());
  {
    Poco::Data::Session session = storage.session();
    execute(session,
            "INSERT INTO users (email, name, status) VALUES ('a@example.org', 'A', 'on_leave')");
  }
  auto refused = migrate(storage, migrations);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::internal);

  Poco::Data::Session session = storage.session();
  EXPECT_EQ(query(session, "SELECT MAX(version) FROM schema_migrations").front().integer(0), 4);
  execute(session, "UPDATE users SET status = 'deactivated' WHERE status = 'on_leave'");
  auto retried = migrate(storage, migrations);
  ASSERT_TRUE(retried.ok()) << retried.error().message;
  EXPECT_EQ(retried.value().from_version, 4);
}

INSTANTIATE_TEST_SUITE_P(Engines, MigratorTest,
                         ::testing::ValuesIn(testing_support::test_engines()),
                         testing_support::engine_test_name);

TEST(MigrationFiles, KeepEngineSpecificStatementsSideBySide) {
  const std::string sql =
      "-- a comment\n-- engine: sqlite\nCREATE TABLE a (id INTEGER PRIMARY KEY);\n-- engine: "
      "postgresql\n"
      "CREATE TABLE a (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY);\n-- engine: all\n"
      "CREATE INDEX b ON a (id);\n";
  auto sqlite = statements_for(Engine::sqlite, sql);
  auto postgresql = statements_for(Engine::postgresql, sql);
  ASSERT_EQ(sqlite.size(), 2u);
  ASSERT_EQ(postgresql.size(), 2u);
  EXPECT_NE(sqlite[0].find("INTEGER PRIMARY KEY"), std::string::npos);
  EXPECT_NE(postgresql[0].find("IDENTITY"), std::string::npos);
  EXPECT_EQ(sqlite[1], postgresql[1]);
}

TEST(MigrationFiles, AreNumberedInOrderWithoutGaps) {
  const auto migrations = migrations_from(embedded_files());
  for (std::size_t i = 0; i < migrations.size(); ++i) {
    EXPECT_EQ(migrations[i].version, static_cast<int>(i + 1)) << migrations[i].name;
  }
}

}  // namespace
}  // namespace casereview::store
