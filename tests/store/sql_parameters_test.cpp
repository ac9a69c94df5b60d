// Placeholders as the storage layer writes them ($1, $2, …) reach each engine as the same
// parameters (src/store/sql.cpp): in order, each once (SQLite gets bare "?"), reused or out of
// order (SQLite gets "?N"), next to quoted text holding "$1" or "?", and in a statement with
// thousands of parameters, as a multi-row INSERT of an import writes. On both engines.
#include <gtest/gtest.h>

#include <climits>
#include <string>
#include <vector>

#include "storage_fixture.hpp"
#include "store/sql.hpp"

namespace casereview::store {
namespace {

class SqlParametersTest : public StorageTest {};

TEST_P(SqlParametersTest, PlaceholdersInOrderReusedOrOutOfOrderBindTheRightValues) {
  Poco::Data::Session session = storage_->session();
  const auto one_row = [&](const std::string& sql, const std::vector<SqlValue>& values) {
    const std::vector<Row> rows = query(session, sql, values);
    EXPECT_EQ(rows.size(), 1u) << sql;
    return rows.empty() ? Row({}, nullptr) : rows.front();
  };
  Row in_order = one_row("SELECT $1, $2, $3", {std::int64_t{7}, std::string("b"), sql_null()});
  EXPECT_EQ(in_order.integer(0), 7);
  EXPECT_EQ(in_order.text(1), "b");
  EXPECT_FALSE(in_order.optional_text(2).has_value());

  Row reused = one_row("SELECT $1, $2, $1", {std::string("first"), std::string("second")});
  EXPECT_EQ(reused.text(0), "first");
  EXPECT_EQ(reused.text(1), "second");
  EXPECT_EQ(reused.text(2), "first");

  Row backwards = one_row("SELECT $2, $1", {std::string("one"), std::string("two")});
  EXPECT_EQ(backwards.text(0), "two");
  EXPECT_EQ(backwards.text(1), "one");

  // "$1" and "?" inside quotes are text, not parameters.
  Row quoted = one_row("SELECT '$1 ?', $1 AS \"$2?\"", {std::string("value")});
  EXPECT_EQ(quoted.text(0), "$1 ?");
  EXPECT_EQ(quoted.text(1), "value");
}

TEST_P(SqlParametersTest, AStatementWithThousandsOfParametersKeepsEveryValueInItsPlace) {
  Poco::Data::Session session = storage_->session();
  execute(session, "CREATE TABLE parameter_rows (position BIGINT, label TEXT)");
  constexpr int rows = 1500;  // 3,000 parameters
  std::string sql = "INSERT INTO parameter_rows (position, label) VALUES ";
  std::vector<SqlValue> values;
  for (int index = 0; index < rows; ++index) {
    sql += (index ? ", ($" : "($") + std::to_string(2 * index + 1) + ", $" +
           std::to_string(2 * index + 2) + ")";
    values.emplace_back(std::int64_t{index});
    values.emplace_back("row " + std::to_string(index));
  }
  EXPECT_EQ(execute(session, sql, values), static_cast<std::size_t>(rows));
  const std::vector<Row> stored =
      query(session, "SELECT position, label FROM parameter_rows ORDER BY position");
  ASSERT_EQ(stored.size(), static_cast<std::size_t>(rows));
  for (int index = 0; index < rows; ++index) {
    EXPECT_EQ(stored[index].integer(0), index);
    EXPECT_EQ(stored[index].text(1), "row " + std::to_string(index));
  }
}

// One statement per call on both engines: a second is refused, never skipped (SQLite's C API
// compiles only the first; PostgreSQL's extended protocol takes one).
TEST_P(SqlParametersTest, TwoStatementsInOneCallAreRefusedAndNeitherRuns) {
  Poco::Data::Session session = storage_->session();
  execute(session, "CREATE TABLE one_statement (label TEXT)");
  EXPECT_THROW(execute(session,
                       "INSERT INTO one_statement (label) VALUES ('first'); "
                       "INSERT INTO one_statement (label) VALUES ('second')"),
               Poco::Data::DataException);
  EXPECT_EQ(query(session, "SELECT count(*) FROM one_statement").at(0).integer(0), 0);
  // A trailing semicolon is still one statement.
  EXPECT_EQ(execute(session, "INSERT INTO one_statement (label) VALUES ($1);", {std::string("x")}),
            1u);
}

// Values come back as each engine writes them as text: integers in decimal (the extremes too),
// text byte for byte, NULL as nothing.
TEST_P(SqlParametersTest, ValuesComeBackAsTheyWereBound) {
  Poco::Data::Session session = storage_->session();
  const std::string text = "caf\xc3\xa9 \"quoted\" 'single' \\ $1 ?";
  const Row row = query(session, "SELECT $1, $2, $3, $4",
                        {std::int64_t{INT64_MIN}, std::int64_t{INT64_MAX}, text, sql_null()})
                      .at(0);
  EXPECT_EQ(row.integer(0), INT64_MIN);
  EXPECT_EQ(row.integer(1), INT64_MAX);
  EXPECT_EQ(row.text(2), text);
  EXPECT_FALSE(row.optional_text(3).has_value());
}

INSTANTIATE_TEST_SUITE_P(Engines, SqlParametersTest,
                         ::testing::ValuesIn(testing_support::test_engines()),
                         testing_support::engine_test_name);

}  // namespace
}  // namespace casereview::store
