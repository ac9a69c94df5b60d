// How many rows each table of the database holds, read from the engine's own catalogue: what
// `casereview backup` and `casereview restore` print, so that a person (and the tests) can see
// that a copy holds what its original held.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "store/sql_storage.hpp"

namespace casereview::store {

// Every table of the schema (SQLite's own sqlite_* tables left out) and its number of rows, read
// in one transaction so the counts are of one moment; unavailable when the database fails.
Result<std::map<std::string, std::int64_t>> count_rows_by_table(SqlStorage& storage);

// "47 tables, 1,204 rows".
std::string census_summary(const std::map<std::string, std::int64_t>& counts);

}  // namespace casereview::store
