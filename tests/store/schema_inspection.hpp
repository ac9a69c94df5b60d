// What a migrated database looks like, read from the engine's own catalogue (SQLite's pragmas,
// PostgreSQL's information_schema and pg_catalog) and written as comparable lines, so that the
// storage tests can check that both engines hold one schema (schema_test.cpp) and can find a
// table's columns without repeating them (stored_values_test.cpp).
//
// Each fact is one line, e.g.
//   column cases.stage text not null
//   primary key cases (id)
//   unique cases (partnership_id, reference)
//   index bookings_one_place_per_course on bookings (course_id, user_id) unique partial
//   guard cases_stage_known
// Types are compared by family (integer, text, real, blob, timestamp, boolean, numeric): SQLite
// keeps a column's affinity, not its declared width. Indexes that a PRIMARY KEY or UNIQUE
// constraint makes are listed by their columns (their names differ by engine); indexes made by
// CREATE INDEX by name. A guard is a CHECK constraint named *_known on PostgreSQL and the pair of
// triggers *_known_on_insert and *_known_on_update on SQLite (migrations/0005).
//
// Throws what the database throws when the catalogue cannot be read.
#pragma once

#include <Poco/Data/Session.h>

#include <set>
#include <string>
#include <vector>

#include "store/database_url.hpp"

namespace casereview::store {

struct ColumnShape {
  std::string name;
  std::string family;  // "integer", "text", …
  bool nullable = true;
};

struct SchemaShape {
  std::set<std::string> lines;  // every fact, as above
  std::set<std::string> tables;
};

SchemaShape read_schema(Poco::Data::Session& session, Engine engine);

// The table's columns in their declared order; empty for an unknown table.
std::vector<ColumnShape> read_columns(Poco::Data::Session& session, Engine engine,
                                      const std::string& table);

}  // namespace casereview::store
