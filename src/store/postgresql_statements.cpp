#include "store/postgresql_statements.hpp"

#include <Poco/Data/DataException.h>
#include <libpq-events.h>

#include <cctype>
#include <memory>
#include <unordered_map>

#include "store/sql.hpp"

namespace casereview::store {
namespace {

// A connection's prepared statements: the name of each, by its SQL and parameter types.
struct ConnectionStatements {
  std::unordered_map<std::string, std::string> names;
};

int on_connection_event(PGEventId event, void* information, void* /*pass_through*/);

ConnectionStatements* statements_of(PGconn* connection) {
  auto* statements =
      static_cast<ConnectionStatements*>(PQinstanceData(connection, on_connection_event));
  if (statements != nullptr) return statements;
  // First use of this connection: libpq tells on_connection_event when it is reset or closed.
  if (PQregisterEventProc(connection, on_connection_event, "casereview prepared statements",
                          nullptr) == 0) {
    return nullptr;
  }
  auto created = std::make_unique<ConnectionStatements>();
  if (PQsetInstanceData(connection, on_connection_event, created.get()) == 0) return nullptr;
  return created.release();
}

int on_connection_event(PGEventId event, void* information, void* /*pass_through*/) {
  if (event == PGEVT_CONNRESET) {
    // A reset connection is a new server session, which holds no prepared statements.
    auto* reset = static_cast<PGEventConnReset*>(information);
    if (auto* statements =
            static_cast<ConnectionStatements*>(PQinstanceData(reset->conn, on_connection_event))) {
      statements->names.clear();
    }
  } else if (event == PGEVT_CONNDESTROY) {
    auto* destroyed = static_cast<PGEventConnDestroy*>(information);
    delete static_cast<ConnectionStatements*>(PQinstanceData(destroyed->conn, on_connection_event));
  }
  return 1;  // every event handled
}

// True when `sql` is a query or a change, the statements PostgreSQL plans.
bool planned(const std::string& sql) {
  std::size_t start = 0;
  while (start < sql.size() && std::isspace(static_cast<unsigned char>(sql[start]))) ++start;
  std::string keyword;
  for (std::size_t at = start; at < sql.size() && std::isalpha(static_cast<unsigned char>(sql[at]));
       ++at) {
    keyword += static_cast<char>(std::toupper(static_cast<unsigned char>(sql[at])));
  }
  return keyword == "SELECT" || keyword == "WITH" || keyword == "INSERT" || keyword == "UPDATE" ||
         keyword == "DELETE";
}

}  // namespace

std::optional<std::string> prepared_statement(PGconn* connection, const std::string& sql,
                                              const std::vector<Oid>& types) {
  if (types.size() > kMostPreparedParameters || !planned(sql)) return std::nullopt;
  ConnectionStatements* statements = statements_of(connection);
  if (statements == nullptr) return std::nullopt;
  // The same SQL with a NULL where a value was before is another statement: its types differ.
  std::string key = sql;
  key += '\0';
  for (const Oid type : types) key += std::to_string(type) + ",";
  if (auto found = statements->names.find(key); found != statements->names.end())
    return found->second;
  if (statements->names.size() >= kMostPreparedStatements) return std::nullopt;
  std::string name = "casereview_" + std::to_string(statements->names.size() + 1);
  const PostgreSQLResult prepared(PQprepare(connection, name.c_str(), sql.c_str(),
                                            static_cast<int>(types.size()), types.data()));
  throw_unless_succeeded(connection, prepared.get(), sql);
  statements->names.emplace(std::move(key), name);
  return name;
}

void throw_unless_succeeded(PGconn* connection, const PGresult* result, const std::string& sql) {
  const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
  if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) return;
  const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  const std::string message = result ? PQresultErrorMessage(result) : PQerrorMessage(connection);
  const std::string sqlstate = state ? state : "";
  if (PQstatus(connection) == CONNECTION_BAD || sqlstate.rfind("08", 0) == 0 ||
      sqlstate.rfind("57P", 0) == 0)
    throw DatabaseGoneError(message + (sqlstate.empty() ? "" : " [SQLSTATE " + sqlstate + "]"));
  throw Poco::Data::DataException(message + (state ? " [SQLSTATE " + std::string(state) + "]" : ""),
                                  sql);
}

}  // namespace casereview::store
