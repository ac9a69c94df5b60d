#include "store/sql.hpp"

#include <Poco/Base64Decoder.h>
#include <Poco/Base64Encoder.h>
#include <Poco/Data/DataException.h>
#include <Poco/Data/PooledSessionImpl.h>
#include <Poco/Data/PostgreSQL/SessionImpl.h>
#include <Poco/Data/SQLite/Utility.h>
#include <Poco/Exception.h>
#include <libpq-fe.h>
#include <sqlite3.h>

#include <cctype>
#include <charconv>
#include <sstream>
#include <stdexcept>

#include "store/postgresql_statements.hpp"

namespace casereview::store {

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

// The SQL with its $N placeholders as SQLite reads them fastest. SQLite takes "$1" (and "?1") as
// a parameter NAME: it looks each one up in the list of names seen so far, while parsing and again
// while generating code, so a statement with thousands of parameters (a multi-row INSERT) costs
// time quadratic in their number (a 10,000-row import spent most of its time there). A bare "?"
// has no name and is numbered by its place: when the placeholders are $1, $2, $3, … each once and
// in order (as the multi-row INSERTs write them), every one becomes "?"; otherwise each becomes
// "?N", the same parameter by number. Quoted literals and identifiers are copied as they are.
std::string with_sqlite_parameters(const std::string& sql) {
  std::string numbered;
  numbered.reserve(sql.size());
  bool in_order = true;
  long expected = 1;
  char quote = '\0';
  for (std::size_t at = 0; at < sql.size(); ++at) {
    const char character = sql[at];
    if (quote != '\0') {
      if (character == quote) quote = '\0';
    } else if (character == '\'' || character == '"') {
      quote = character;
    } else if (character == '$' && at + 1 < sql.size() && sql[at + 1] >= '0' &&
               sql[at + 1] <= '9') {
      long number = 0;
      std::size_t digit = at + 1;
      for (; digit < sql.size() && sql[digit] >= '0' && sql[digit] <= '9'; ++digit)
        number = number * 10 + (sql[digit] - '0');
      in_order = in_order && number == expected++;
      numbered += '?';
      continue;  // the digits follow as they are
    }
    numbered += character;
  }
  if (!in_order) return numbered;
  // Every placeholder was the next number: drop the digits, keeping bare "?".
  std::string bare;
  bare.reserve(numbered.size());
  quote = '\0';
  for (std::size_t at = 0; at < numbered.size(); ++at) {
    const char character = numbered[at];
    bare += character;
    if (quote != '\0') {
      if (character == quote) quote = '\0';
    } else if (character == '\'' || character == '"') {
      quote = character;
    } else if (character == '?') {
      while (at + 1 < numbered.size() && numbered[at + 1] >= '0' && numbered[at + 1] <= '9') ++at;
    }
  }
  return bare;
}

// SQLite through its C API, as PostgreSQL through libpq: Poco's statements keep each value in a
// Dynamic::Var inside a deque per column, and made a signed-in page spend over a quarter of its
// time allocating and freeing them (bench/signed-in under perf). Columns come back as SQLite's text
// of them, which is what Poco gave for the schema's integer and text columns too.

// The SQLite connection of a session (pooled or not).
sqlite3* sqlite_connection(Poco::Data::Session& session) {
  return Poco::Data::SQLite::Utility::dbHandle(session);
}

[[noreturn]] void throw_sqlite_error(sqlite3* connection, const std::string& sql) {
  throw Poco::Data::DataException(std::string(sqlite3_errmsg(connection)) + " [SQLite code " +
                                      std::to_string(sqlite3_extended_errcode(connection)) + "]",
                                  sql);
}

struct StatementFinalizer {
  void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};

// Runs `sql` with `parameters` and gives each row it yields to `rows` (when not null). Returns the
// number of rows a change changed (0 for anything else). Throws Poco::Data::DataException with
// SQLite's message when SQLite refuses the statement or fails running it.
std::size_t run_on_sqlite(sqlite3* connection, const std::string& sql,
                          const std::vector<SqlValue>& parameters, std::vector<Row>* rows) {
  const std::string numbered = with_sqlite_parameters(sql);
  sqlite3_stmt* prepared = nullptr;
  const char* rest = nullptr;
  if (sqlite3_prepare_v2(connection, numbered.c_str(), static_cast<int>(numbered.size()), &prepared,
                         &rest) != SQLITE_OK) {
    throw_sqlite_error(connection, sql);
  }
  const std::unique_ptr<sqlite3_stmt, StatementFinalizer> statement(prepared);
  // One statement per call, as PostgreSQL's extended protocol allows: a second would be ignored.
  while (rest != nullptr && (std::isspace(static_cast<unsigned char>(*rest)) || *rest == ';'))
    ++rest;
  if (rest != nullptr && *rest != '\0')
    throw Poco::Data::DataException("more than one statement in one call", sql);
  if (!statement) return 0;  // only white space or a comment
  for (std::size_t index = 0; index < parameters.size(); ++index) {
    const int position = static_cast<int>(index) + 1;
    const SqlValue& parameter = parameters[index];
    int bound = SQLITE_OK;
    if (std::holds_alternative<std::int64_t>(parameter)) {
      bound = sqlite3_bind_int64(statement.get(), position, std::get<std::int64_t>(parameter));
    } else if (std::holds_alternative<std::string>(parameter)) {
      const std::string& text = std::get<std::string>(parameter);
      // SQLITE_STATIC: the parameters outlive the statement.
      bound = sqlite3_bind_text64(statement.get(), position, text.data(), text.size(),
                                  SQLITE_STATIC, SQLITE_UTF8);
    } else {
      bound = sqlite3_bind_null(statement.get(), position);
    }
    if (bound != SQLITE_OK) throw_sqlite_error(connection, sql);
  }
  const int column_count = sqlite3_column_count(statement.get());
  std::shared_ptr<std::vector<std::string>> names;
  for (;;) {
    const int stepped = sqlite3_step(statement.get());
    if (stepped == SQLITE_DONE) break;
    if (stepped != SQLITE_ROW) throw_sqlite_error(connection, sql);
    if (rows == nullptr) continue;
    if (!names) {
      names = std::make_shared<std::vector<std::string>>();
      names->reserve(static_cast<std::size_t>(column_count));
      for (int c = 0; c < column_count; ++c)
        names->emplace_back(sqlite3_column_name(statement.get(), c));
    }
    std::vector<std::optional<std::string>> columns;
    columns.reserve(static_cast<std::size_t>(column_count));
    for (int c = 0; c < column_count; ++c) {
      if (sqlite3_column_type(statement.get(), c) == SQLITE_NULL) {
        columns.emplace_back(std::nullopt);
        continue;
      }
      const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement.get(), c));
      columns.emplace_back(
          std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(statement.get(), c))));
    }
    rows->emplace_back(std::move(columns), names);
  }
  // sqlite3_changes() still holds the last change's count after any other statement.
  if (sqlite3_stmt_readonly(statement.get())) return 0;
  return static_cast<std::size_t>(sqlite3_changes64(connection));
}

// PostgreSQL through libpq itself. Poco's connector prepares every statement under a name,
// describes it, executes it and deallocates it: four round trips to the server, and a parse and
// plan each time. Here a statement is prepared once per connection and then run by name in one
// round trip (store/postgresql_statements.hpp), with its parameters sent apart from the SQL.
// Columns come back as text, as Row holds them; the schema has only integer, bigint and text
// columns.

// Poco's pooled session keeps the real one behind a protected accessor; a class derived from it
// may name that accessor, and the pointer to it works on any pooled session.
struct PooledSessionOpener : Poco::Data::PooledSessionImpl {
  static Poco::Data::SessionImpl* real(const Poco::Data::PooledSessionImpl& pooled) {
    return (pooled.*(&PooledSessionOpener::access))();
  }
};

// The libpq connection of a PostgreSQL session (pooled or not); nullptr for SQLite.
PGconn* postgresql_connection(Poco::Data::Session& session) {
  Poco::Data::SessionImpl* implementation = session.impl();
  if (const auto* pooled = dynamic_cast<const Poco::Data::PooledSessionImpl*>(implementation))
    implementation = PooledSessionOpener::real(*pooled);
  auto* postgresql = dynamic_cast<Poco::Data::PostgreSQL::SessionImpl*>(implementation);
  if (postgresql == nullptr) return nullptr;
  return static_cast<PGconn*>(postgresql->handle());
}

// Runs `sql` with `parameters` (bigint, text or NULL) in one round trip: by name when it is
// prepared on the connection (store/postgresql_statements.hpp), else parsed and planned for this
// run alone. Throws Poco::Data::DataException with the server's message and SQLSTATE when it fails.
PostgreSQLResult run_on_postgresql(PGconn* connection, const std::string& sql,
                                   const std::vector<SqlValue>& parameters) {
  constexpr Oid bigint_type = 20;
  constexpr Oid text_type = 25;
  std::vector<Oid> types;
  std::vector<std::string> integers;  // the integers' text, kept alive for the call
  std::vector<const char*> values;
  types.reserve(parameters.size());
  integers.reserve(parameters.size());
  values.reserve(parameters.size());
  for (const SqlValue& parameter : parameters) {
    if (std::holds_alternative<std::int64_t>(parameter)) {
      types.push_back(bigint_type);
      integers.push_back(std::to_string(std::get<std::int64_t>(parameter)));
      values.push_back(integers.back().c_str());
    } else if (std::holds_alternative<std::string>(parameter)) {
      types.push_back(text_type);
      values.push_back(std::get<std::string>(parameter).c_str());
    } else {
      types.push_back(0);  // NULL: of the type the statement gives it
      values.push_back(nullptr);
    }
  }
  const int count = static_cast<int>(values.size());
  const std::optional<std::string> name = prepared_statement(connection, sql, types);
  PostgreSQLResult result(
      name ? PQexecPrepared(connection, name->c_str(), count, values.data(), nullptr, nullptr, 0)
           : PQexecParams(connection, sql.c_str(), count, types.data(), values.data(), nullptr,
                          nullptr, 0));
  throw_unless_succeeded(connection, result.get(), sql);
  return result;
}

std::vector<Row> rows_of(const PGresult& result) {
  const int column_count = PQnfields(&result);
  const int row_count = PQntuples(&result);
  auto names = std::make_shared<std::vector<std::string>>();
  names->reserve(static_cast<std::size_t>(column_count));
  for (int c = 0; c < column_count; ++c) names->emplace_back(PQfname(&result, c));
  std::vector<Row> rows;
  rows.reserve(static_cast<std::size_t>(row_count));
  for (int r = 0; r < row_count; ++r) {
    std::vector<std::optional<std::string>> columns;
    columns.reserve(static_cast<std::size_t>(column_count));
    for (int c = 0; c < column_count; ++c) {
      if (PQgetisnull(&result, r, c)) {
        columns.emplace_back(std::nullopt);
      } else {
        columns.emplace_back(std::string(PQgetvalue(&result, r, c),
                                         static_cast<std::size_t>(PQgetlength(&result, r, c))));
      }
    }
    rows.emplace_back(std::move(columns), names);
  }
  return rows;
}

}  // namespace

std::vector<Row> query(Poco::Data::Session& session, const std::string& sql,
                       const std::vector<SqlValue>& parameters) {
  if (PGconn* connection = postgresql_connection(session))
    return rows_of(*run_on_postgresql(connection, sql, parameters));
  std::vector<Row> rows;
  run_on_sqlite(sqlite_connection(session), sql, parameters, &rows);
  return rows;
}

std::size_t execute(Poco::Data::Session& session, const std::string& sql,
                    const std::vector<SqlValue>& parameters) {
  if (PGconn* connection = postgresql_connection(session)) {
    PostgreSQLResult result = run_on_postgresql(connection, sql, parameters);
    const char* changed = PQcmdTuples(result.get());
    return changed[0] == '\0' ? 0 : std::stoull(changed);
  }
  return run_on_sqlite(sqlite_connection(session), sql, parameters, nullptr);
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

std::string base64(const std::string& bytes) {
  std::ostringstream out;
  Poco::Base64Encoder encoder(out);
  encoder.rdbuf()->setLineLength(0);
  encoder << bytes;
  encoder.close();
  return out.str();
}

std::string from_base64(const std::string& text) {
  std::istringstream in(text);
  Poco::Base64Decoder decoder(in);
  std::ostringstream out;
  out << decoder.rdbuf();
  return out.str();
}

}  // namespace casereview::store
