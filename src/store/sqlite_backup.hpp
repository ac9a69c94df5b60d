// Copies of a SQLite database taken while the server is using it (issue 17, "Backup and
// restore"): `casereview backup` and `casereview restore` on SQLite. PostgreSQL has its own tools
// for this (pg_dump and pg_restore; docs/operations.md), so these are for SQLite only.
//
// The copy is made with SQLite's online backup API in one step: it reads one consistent snapshot
// of the database (in WAL mode other connections go on writing meanwhile) and writes it page for
// page, so a copy is never a mixture of before and after a transaction. It is written to
// "<target>.partial" and linked into place at `target` only once it is complete and passes
// SQLite's integrity check, so a file at `target` is always a whole copy.
#pragma once

#include <string>

#include "domain/result.hpp"

namespace casereview::store {

// Copies the SQLite database at `source_path` to a new file at `target_path`, readable and
// writable by its owner only. Refuses (invalid_input on field `target_field`) a target that
// already exists, and (invalid_input on `source_field`) a source that is not a readable SQLite
// database holding a casereview schema (a schema_migrations table); fails with internal when the
// copy cannot be written or does not pass the integrity check, leaving no file at `target_path`.
Status copy_sqlite_database(const std::string& source_path, const std::string& target_path,
                            const std::string& source_field, const std::string& target_field);

}  // namespace casereview::store
