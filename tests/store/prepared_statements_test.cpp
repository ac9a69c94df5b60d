// PostgreSQL statements are prepared once per connection and run by name afterwards
// (src/store/postgresql_statements.hpp): the same SQL is prepared once however often it runs and
// whichever transaction runs it, a NULL in a value's place is a statement of its own, statements
// with many parameters and statements PostgreSQL does not plan are not prepared, and a statement
// prepared in a transaction that rolled back still runs. PostgreSQL only: SQLite has no such cost.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "storage_fixture.hpp"
#include "store/postgresql_statements.hpp"
#include "store/sql.hpp"

namespace casereview::store {
namespace {

class PreparedStatementsTest : public StorageTest {
 protected:
  // How many statements with exactly this text the session's connection holds prepared.
  static std::int64_t times_prepared(Poco::Data::Session& session, const std::string& sql) {
    return query(session, "SELECT count(*) FROM pg_prepared_statements WHERE statement = $1", {sql})
        .at(0)
        .integer(0);
  }
};

TEST_P(PreparedStatementsTest, AStatementRunManyTimesIsPreparedOnceAndAnswersEachRunsValues) {
  Poco::Data::Session session = storage_->session();
  const std::string sql = "SELECT $1::bigint * 2";
  for (std::int64_t value = 1; value <= 12; ++value)
    EXPECT_EQ(query(session, sql, {value}).at(0).integer(0), value * 2);
  EXPECT_EQ(times_prepared(session, sql), 1);
}

TEST_P(PreparedStatementsTest, ANullWhereAValueWasIsPreparedWithItsOwnTypes) {
  Poco::Data::Session session = storage_->session();
  const std::string sql = "SELECT $1::text IS NULL";
  EXPECT_EQ(query(session, sql, {std::string("present")}).at(0).text(0), "f");
  EXPECT_EQ(query(session, sql, {sql_null()}).at(0).text(0), "t");
  EXPECT_EQ(query(session, sql, {std::string("again")}).at(0).text(0), "f");
  EXPECT_EQ(times_prepared(session, sql), 2);
}

TEST_P(PreparedStatementsTest, ManyParametersAndUnplannedStatementsAreRunWithoutPreparing) {
  Poco::Data::Session session = storage_->session();
  std::string many = "SELECT 0";
  std::vector<SqlValue> values;
  for (std::size_t index = 1; index <= kMostPreparedParameters + 1; ++index) {
    many += " + $" + std::to_string(index) + "::bigint";
    values.emplace_back(std::int64_t{1});
  }
  EXPECT_EQ(query(session, many, values).at(0).integer(0),
            static_cast<std::int64_t>(kMostPreparedParameters + 1));
  EXPECT_EQ(times_prepared(session, many), 0);

  const std::string unplanned = "SET LOCAL statement_timeout = 0";
  execute(session, "BEGIN");
  execute(session, unplanned);
  execute(session, "COMMIT");
  EXPECT_EQ(times_prepared(session, unplanned), 0);
  EXPECT_EQ(times_prepared(session, "BEGIN"), 0);
}

TEST_P(PreparedStatementsTest, AStatementPreparedInATransactionThatFailedStillRuns) {
  Poco::Data::Session session = storage_->session();
  const std::string sql = "SELECT count(*) FROM partnerships WHERE name = $1";
  execute(session, "BEGIN");
  EXPECT_EQ(query(session, sql, {std::string("none")}).at(0).integer(0), 0);
  // The transaction fails after the statement was prepared in it, and is rolled back.
  EXPECT_THROW(query(session, "SELECT 1 / $1::bigint", {std::int64_t{0}}),
               Poco::Data::DataException);
  execute(session, "ROLLBACK");
  // Prepared statements outlive transactions: the statement runs by its name again.
  EXPECT_EQ(query(session, sql, {std::string("none")}).at(0).integer(0), 0);
  EXPECT_EQ(times_prepared(session, sql), 1);
}

TEST_P(PreparedStatementsTest, AStatementThePostgreSQLServerRefusesIsReportedAndNotRemembered) {
  Poco::Data::Session session = storage_->session();
  const std::string broken = "SELECT * FROM no_such_table WHERE id = $1";
  EXPECT_THROW(query(session, broken, {std::int64_t{1}}), Poco::Data::DataException);
  EXPECT_THROW(query(session, broken, {std::int64_t{1}}), Poco::Data::DataException);
  EXPECT_EQ(times_prepared(session, broken), 0);
  EXPECT_EQ(query(session, "SELECT $1::bigint + 1", {std::int64_t{1}}).at(0).integer(0), 2);
}

INSTANTIATE_TEST_SUITE_P(PostgreSQL, PreparedStatementsTest, testing::Values("postgresql"),
                         testing_support::engine_test_name);

}  // namespace
}  // namespace casereview::store
