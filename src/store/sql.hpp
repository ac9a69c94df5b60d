// A thin layer over Poco::Data that both engines share: typed parameters, rows as text, and one
// way to run a statement. SQL is written once for both engines with $1, $2, … placeholders used in
// ascending order (SQLite numbers named parameters by first appearance; PostgreSQL by number).
//
// Throws Poco::Data::DataException (or a subclass) when the database rejects a statement; the
// caller (SqlStorage::transact) turns that into an Error and rolls back.
#pragma once

#include <Poco/Data/Session.h>

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace casereview::store {

using SqlValue = std::variant<std::monostate, std::int64_t, std::string>;

inline SqlValue sql_null() { return std::monostate{}; }
template <typename T>
SqlValue sql_optional(const std::optional<T>& value) {
  if (!value) return std::monostate{};
  return SqlValue(*value);
}

// One result row; each column as text (integers in decimal), or nullopt for NULL.
class Row {
 public:
  explicit Row(std::vector<std::optional<std::string>> columns) : columns_(std::move(columns)) {}
  const std::string& text(std::size_t column) const;  // throws on NULL
  std::optional<std::string> optional_text(std::size_t column) const { return columns_.at(column); }
  std::int64_t integer(std::size_t column) const;  // throws on NULL or non-integer
  std::optional<std::int64_t> optional_integer(std::size_t column) const;

 private:
  std::vector<std::optional<std::string>> columns_;
};

// Runs `sql` with `parameters` bound in order and returns every row it yields.
std::vector<Row> query(Poco::Data::Session& session, const std::string& sql,
                       const std::vector<SqlValue>& parameters = {});

// Runs `sql` and returns the number of rows it changed.
std::size_t execute(Poco::Data::Session& session, const std::string& sql,
                    const std::vector<SqlValue>& parameters = {});

// True when `error` reports a broken unique constraint on either engine.
bool is_unique_violation(const std::exception& error);

}  // namespace casereview::store
