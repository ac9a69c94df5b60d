// What the subcommands that open the database share: the --database option and opening,
// migrating and reporting errors the same way.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "cli/options.hpp"
#include "store/sql_storage.hpp"

namespace casereview::cli {

inline const OptionSpec database_option{
    "database", "URL", "sqlite:var/casereview.db",
    "Database: sqlite:PATH or postgresql://user@host:port/database."};

// Prints `error` for a person on standard error, with each field's message.
void print_error(const Error& error);

// Opens the database named by --database (creating the SQLite file's folder when needed) and
// brings its schema up to date. Returns nullptr, having printed why, on failure.
std::unique_ptr<store::SqlStorage> open_and_migrate(const Options& options,
                                                    store::PoolSettings pool = {},
                                                    bool quiet = false);

}  // namespace casereview::cli
