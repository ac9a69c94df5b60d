// Statements prepared once per PostgreSQL connection and run by name afterwards (issue 16).
//
// PQexecParams parses and plans its statement on every call: a page's few statements spent 8 to
// 10 ms each being planned and a few being run (EXPLAIN ANALYZE on the library's search). A
// statement prepared on the connection is parsed once; after five runs PostgreSQL keeps a generic
// plan when it costs no more than the plans made for each run's values, so planning stops too.
//
// What each connection has prepared lives with the connection (libpq's instance data) and goes
// with it: a connection that is reset or closed forgets its statements, as the server does. Only
// queries and changes (SELECT, WITH, INSERT, UPDATE, DELETE) with at most
// kMostPreparedParameters parameters are prepared, and at most kMostPreparedStatements per
// connection: a multi-row INSERT of an import, whose length varies, would otherwise fill the
// server's memory with statements run once.
#pragma once

#include <libpq-fe.h>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace casereview::store {

// Owns a PGresult.
struct ResultDeleter {
  void operator()(PGresult* result) const { PQclear(result); }
};
using PostgreSQLResult = std::unique_ptr<PGresult, ResultDeleter>;

inline constexpr std::size_t kMostPreparedParameters = 64;
inline constexpr std::size_t kMostPreparedStatements = 1000;

// The name under which `sql`, with parameters of `types`, is prepared on `connection`, preparing
// it first if it is new there; nullopt when it is not to be prepared (see above). Throws
// Poco::Data::DataException with the server's message when PostgreSQL refuses to prepare it.
std::optional<std::string> prepared_statement(PGconn* connection, const std::string& sql,
                                              const std::vector<Oid>& types);

// Throws Poco::Data::DataException with the server's message and SQLSTATE unless `result` (of
// running or preparing `sql` on `connection`; nullptr when libpq could not send it) succeeded.
void throw_unless_succeeded(PGconn* connection, const PGresult* result, const std::string& sql);

}  // namespace casereview::store
