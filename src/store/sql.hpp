// The one way both engines run a statement: typed parameters, rows as text. Poco::Data opens and
// pools the connections; statements go to each engine's own C API (libpq, SQLite's), which is
// where the time went through Poco's. SQL is written once for both engines with $1, $2, …
// placeholders; on SQLite they are rewritten as bare "?" (when each comes once, in order) or "?N",
// which SQLite binds by number without looking names up. One statement per call.
//
// Throws Poco::Data::DataException (or a subclass) when the database rejects a statement, and
// StoredValueError when a stored value cannot be read back; the caller (SqlStorage::transact)
// turns either into an internal Error and rolls back.
#pragma once

#include <Poco/Data/Session.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "domain/civil_date.hpp"
#include "domain/instant.hpp"

namespace casereview::store {

using SqlValue = std::variant<std::monostate, std::int64_t, std::string>;

inline SqlValue sql_null() { return std::monostate{}; }
template <typename T>
SqlValue sql_optional(const std::optional<T>& value) {
  if (!value) return std::monostate{};
  return SqlValue(*value);
}

// A stored value that the program cannot read back: an enum name it does not know, a date or time
// that does not parse. The program writes only values it can read, so this means the database was
// changed behind its back (or by a newer version); reading on with a guessed default would act on
// data that is not there. what() is "stored <column> has unknown value '<text>'".
class StoredValueError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The database went away under a statement: its connection broke, or the server is shutting down
// or starting (SQLSTATE classes 08 and 57P). SqlStorage::transact answers it as unavailable (503,
// "try again"), not as a failure of the request (issue 17: the database killed while serving).
class DatabaseGoneError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Reads `text`, stored in `column`, with `parse`: a domain `…_from_name` or `parse_…` returning
// std::optional or Result. Returns the parsed value; throws StoredValueError naming the column and
// the text when `parse` finds nothing.
template <typename Parse>
auto parse_stored(std::string_view column, const std::string& text, Parse parse) {
  auto parsed = parse(text);
  if (!parsed) {
    throw StoredValueError("stored " + std::string(column) + " has unknown value '" + text + "'");
  }
  return std::move(parsed).value();
}

// One result row; each column as text (integers in decimal), or nullopt for NULL, with the names
// of the columns as the query returned them (for error messages).
class Row {
 public:
  explicit Row(std::vector<std::optional<std::string>> columns,
               std::shared_ptr<const std::vector<std::string>> names = nullptr)
      : columns_(std::move(columns)), names_(std::move(names)) {}
  // The column's name as the query returned it ("stage"), or its position when unknown.
  std::string name(std::size_t column) const;
  const std::string& text(std::size_t column) const;  // throws on NULL
  std::optional<std::string> optional_text(std::size_t column) const { return columns_.at(column); }
  std::int64_t integer(std::size_t column) const;  // throws on NULL or non-integer
  std::optional<std::int64_t> optional_integer(std::size_t column) const;

  // The column's text read with `parse` (see parse_stored), e.g.
  //   record.stage = row.stored(4, case_stage_from_name);
  // Throws on NULL, and StoredValueError when `parse` does not know the text.
  template <typename Parse>
  auto stored(std::size_t column, Parse parse) const {
    return parse_stored(name(column), text(column), parse);
  }
  // As stored(), but NULL reads as nullopt.
  template <typename Parse>
  auto optional_stored(std::size_t column, Parse parse) const
      -> std::optional<decltype(parse_stored(std::string_view(), std::string(), parse))> {
    if (!columns_.at(column)) return std::nullopt;
    return stored(column, parse);
  }
  // A date stored as "2026-03-02" and a time as "2026-03-02T09:00:00Z"; both throw
  // StoredValueError when the text does not parse.
  CivilDate date(std::size_t column) const;
  std::optional<CivilDate> optional_date(std::size_t column) const;
  Instant instant(std::size_t column) const;
  std::optional<Instant> optional_instant(std::size_t column) const;

 private:
  std::vector<std::optional<std::string>> columns_;
  std::shared_ptr<const std::vector<std::string>> names_;
};

// Runs `sql` with `parameters` bound in order and returns every row it yields.
std::vector<Row> query(Poco::Data::Session& session, const std::string& sql,
                       const std::vector<SqlValue>& parameters = {});

// Binds `value` as the next parameter and returns its placeholder ("$3"), for SQL built up from
// optional conditions.
inline std::string placeholder(std::vector<SqlValue>& parameters, SqlValue value) {
  parameters.push_back(std::move(value));
  return "$" + std::to_string(parameters.size());
}

// Runs `sql` and returns the number of rows it changed.
std::size_t execute(Poco::Data::Session& session, const std::string& sql,
                    const std::vector<SqlValue>& parameters = {});

// True when `error` reports a broken unique constraint on either engine.
bool is_unique_violation(const std::exception& error);

// A file's bytes as both engines store them (text columns), and back: base64 on one line.
std::string base64(const std::string& bytes);
std::string from_base64(const std::string& text);

}  // namespace casereview::store
