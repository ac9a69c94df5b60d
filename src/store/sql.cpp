#include "store/sql.hpp"

#include <Poco/Data/RecordSet.h>
#include <Poco/Data/Statement.h>
#include <Poco/Exception.h>
#include <Poco/Nullable.h>

#include <charconv>
#include <stdexcept>

namespace casereview::store {

using Poco::Data::Keywords::bind;

std::string Row::name(std::size_t column) const {
  if (names_ && column < names_->size()) return names_->at(column);
  return "column " + std::to_string(column);
}

const std::string& Row::text(std::size_t column) const {
  const auto& value = columns_.at(column);
  if (!value) throw std::runtime_error("unexpected NULL in " + name(column));
  return *value;
}

std::int64_t Row::integer(std::size_t column) const {
  const std::string& value = text(column);
  std::int64_t result = 0;
  auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), result);
  if (error != std::errc() || end != value.data() + value.size()) {
    throw std::runtime_error(name(column) + " is not an integer");
  }
  return result;
}

std::optional<std::int64_t> Row::optional_integer(std::size_t column) const {
  if (!columns_.at(column)) return std::nullopt;
  return integer(column);
}

namespace {

Result<CivilDate> parse_date(const std::string& text) { return parse_iso_date("date", text); }

}  // namespace

CivilDate Row::date(std::size_t column) const { return stored(column, parse_date); }

std::optional<CivilDate> Row::optional_date(std::size_t column) const {
  return optional_stored(column, parse_date);
}

Instant Row::instant(std::size_t column) const { return stored(column, parse_instant); }

std::optional<Instant> Row::optional_instant(std::size_t column) const {
  return optional_stored(column, parse_instant);
}

namespace {

Poco::Data::Statement prepare(Poco::Data::Session& session, const std::string& sql,
                              const std::vector<SqlValue>& parameters) {
  Poco::Data::Statement statement(session);
  statement << sql;
  for (const SqlValue& parameter : parameters) {
    if (std::holds_alternative<std::int64_t>(parameter)) {
      statement, bind(static_cast<Poco::Int64>(std::get<std::int64_t>(parameter)));
    } else if (std::holds_alternative<std::string>(parameter)) {
      statement, bind(std::get<std::string>(parameter));
    } else {
      statement, bind(Poco::Nullable<std::string>());
    }
  }
  return statement;
}

}  // namespace

std::vector<Row> query(Poco::Data::Session& session, const std::string& sql,
                       const std::vector<SqlValue>& parameters) {
  Poco::Data::Statement statement = prepare(session, sql, parameters);
  statement.execute();
  Poco::Data::RecordSet records(statement);
  std::vector<Row> rows;
  const std::size_t column_count = records.columnCount();
  const std::size_t row_count = records.rowCount();
  auto names = std::make_shared<std::vector<std::string>>();
  names->reserve(column_count);
  for (std::size_t c = 0; c < column_count; ++c) names->push_back(records.columnName(c));
  rows.reserve(row_count);
  for (std::size_t r = 0; r < row_count; ++r) {
    std::vector<std::optional<std::string>> columns;
    columns.reserve(column_count);
    for (std::size_t c = 0; c < column_count; ++c) {
      if (records.isNull(c, r)) {
        columns.emplace_back(std::nullopt);
      } else {
        columns.emplace_back(records.value(c, r).convert<std::string>());
      }
    }
    rows.emplace_back(std::move(columns), names);
  }
  return rows;
}

std::size_t execute(Poco::Data::Session& session, const std::string& sql,
                    const std::vector<SqlValue>& parameters) {
  Poco::Data::Statement statement = prepare(session, sql, parameters);
  return statement.execute();
}

bool is_unique_violation(const std::exception& error) {
  // Poco's what() holds only the exception's name; its message is in displayText().
  const auto* poco_error = dynamic_cast<const Poco::Exception*>(&error);
  const std::string text = poco_error ? poco_error->displayText() : error.what();
  // SQLite: "UNIQUE constraint failed"; PostgreSQL: SQLSTATE 23505 "duplicate key value".
  return text.find("UNIQUE constraint failed") != std::string::npos ||
         text.find("duplicate key value") != std::string::npos ||
         text.find("23505") != std::string::npos;
}

}  // namespace casereview::store
