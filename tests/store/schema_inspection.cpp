// Reads a migrated schema from each engine's catalogue; see schema_inspection.hpp.
#include "schema_inspection.hpp"

#include <algorithm>
#include <cctype>
#include <map>

#include "store/sql.hpp"

namespace casereview::store {

namespace {

std::string upper(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return text;
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// SQLite's rules for a column's affinity from its declared type (datatype3.html, 3.1).
std::string sqlite_family(const std::string& declared) {
  const std::string type = upper(declared);
  if (contains(type, "INT")) return "integer";
  if (contains(type, "CHAR") || contains(type, "CLOB") || contains(type, "TEXT")) return "text";
  if (type.empty() || contains(type, "BLOB")) return "blob";
  if (contains(type, "REAL") || contains(type, "FLOA") || contains(type, "DOUB")) return "real";
  return "numeric";
}

std::string postgresql_family(const std::string& data_type) {
  if (data_type == "smallint" || data_type == "integer" || data_type == "bigint") return "integer";
  if (data_type == "text" || contains(data_type, "character")) return "text";
  if (data_type == "real" || data_type == "double precision") return "real";
  if (data_type == "bytea") return "blob";
  if (contains(data_type, "timestamp") || data_type == "date" || contains(data_type, "time"))
    return "timestamp";
  if (data_type == "boolean") return "boolean";
  return "numeric (" + data_type + ")";
}

std::string joined(const std::vector<std::string>& names) {
  std::string text;
  for (const std::string& name : names) text += (text.empty() ? "" : ", ") + name;
  return text;
}

std::set<std::string> table_names(Poco::Data::Session& session, Engine engine) {
  std::set<std::string> tables;
  const char* sql =
      engine == Engine::sqlite
          ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
          : "SELECT table_name::text FROM information_schema.tables "
            "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'";
  // The learning library's full-text index (migration 0021) is each engine's own by design: an
  // FTS5 table (and its shadow tables) on SQLite, a tsvector table with a GIN index on PostgreSQL.
  for (const Row& row : query(session, sql))
    if (row.text(0).rfind("library_search", 0) != 0) tables.insert(row.text(0));
  return tables;
}

void add_sqlite_keys(Poco::Data::Session& session, const std::string& table, SchemaShape& shape) {
  // Primary key: the pk ordinal of table_info (an INTEGER PRIMARY KEY has no index of its own).
  std::map<std::int64_t, std::string> primary_key;
  for (const Row& row : query(session, "SELECT name, pk FROM pragma_table_info($1)", {table})) {
    if (row.integer(1) > 0) primary_key[row.integer(1)] = row.text(0);
  }
  std::vector<std::string> key_columns;
  for (const auto& [position, name] : primary_key) key_columns.push_back(name);
  if (!key_columns.empty())
    shape.lines.insert("primary key " + table + " (" + joined(key_columns) + ")");

  for (const Row& index : query(session,
                                "SELECT name, \"unique\", origin, partial FROM "
                                "pragma_index_list($1)",
                                {table})) {
    std::vector<std::string> columns;
    for (const Row& column :
         query(session, "SELECT name FROM pragma_index_info($1) ORDER BY seqno", {index.text(0)})) {
      columns.push_back(column.text(0));
    }
    const std::string origin = index.text(2);
    if (origin == "pk") continue;  // listed above
    if (origin == "u") {
      shape.lines.insert("unique " + table + " (" + joined(columns) + ")");
      continue;
    }
    shape.lines.insert("index " + index.text(0) + " on " + table + " (" + joined(columns) + ")" +
                       (index.integer(1) != 0 ? " unique" : "") +
                       (index.integer(3) != 0 ? " partial" : ""));
  }
}

void add_postgresql_keys(Poco::Data::Session& session, SchemaShape& shape) {
  const char* sql =
      "SELECT t.relname::text, i.relname::text, ix.indisunique::int, ix.indisprimary::int, "
      "(SELECT string_agg(a.attname::text, ', ' ORDER BY k.position) "
      " FROM unnest(ix.indkey::int2[]) WITH ORDINALITY AS k(attnum, position) "
      " JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum), "
      "(EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.oid AND c.conrelid = t.oid "
      " AND c.contype IN ('u', 'p')))::int, "
      "(ix.indpred IS NOT NULL)::int "
      "FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid "
      "JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace "
      "WHERE n.nspname = current_schema()";
  for (const Row& row : query(session, sql)) {
    const std::string table = row.text(0);
    if (!shape.tables.contains(table)) continue;  // the full-text index's own (table_names)
    const std::string columns = row.text(4);
    if (row.integer(3) != 0) {
      shape.lines.insert("primary key " + table + " (" + columns + ")");
    } else if (row.integer(5) != 0) {
      shape.lines.insert("unique " + table + " (" + columns + ")");
    } else {
      shape.lines.insert("index " + row.text(1) + " on " + table + " (" + columns + ")" +
                         (row.integer(2) != 0 ? " unique" : "") +
                         (row.integer(6) != 0 ? " partial" : ""));
    }
  }
}

void add_guards(Poco::Data::Session& session, Engine engine, SchemaShape& shape) {
  if (engine == Engine::postgresql) {
    for (const Row& row : query(session,
                                "SELECT c.conname::text FROM pg_constraint c "
                                "JOIN pg_namespace n ON n.oid = c.connamespace "
                                "WHERE n.nspname = current_schema() AND c.contype = 'c' "
                                "AND c.conname LIKE '%\\_known'")) {
      shape.lines.insert("guard " + row.text(0));
    }
    return;
  }
  std::map<std::string, int> triggers;
  for (const Row& row : query(session, "SELECT name FROM sqlite_master WHERE type = 'trigger'")) {
    const std::string name = row.text(0);
    for (const std::string suffix : {"_known_on_insert", "_known_on_update"}) {
      if (name.size() > suffix.size() &&
          name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0) {
        ++triggers[name.substr(0, name.size() - suffix.size()) + "_known"];
      }
    }
  }
  for (const auto& [guard, count] : triggers) {
    shape.lines.insert("guard " + guard + (count == 2 ? "" : " (one trigger of two)"));
  }
}

}  // namespace

std::vector<ColumnShape> read_columns(Poco::Data::Session& session, Engine engine,
                                      const std::string& table) {
  std::vector<ColumnShape> columns;
  if (engine == Engine::sqlite) {
    auto rows =
        query(session, "SELECT name, type, \"notnull\", pk FROM pragma_table_info($1)", {table});
    int key_columns = 0;
    for (const Row& row : rows) key_columns += row.integer(3) > 0 ? 1 : 0;
    for (const Row& row : rows) {
      // An INTEGER PRIMARY KEY is the rowid: never NULL though not declared NOT NULL. Any other
      // primary key column of SQLite accepts NULL unless it says NOT NULL.
      const bool rowid = key_columns == 1 && row.integer(3) == 1 && upper(row.text(1)) == "INTEGER";
      columns.push_back({row.text(0), sqlite_family(row.text(1)), row.integer(2) == 0 && !rowid});
    }
    return columns;
  }
  for (const Row& row : query(session,
                              "SELECT column_name::text, data_type::text, is_nullable::text "
                              "FROM information_schema.columns "
                              "WHERE table_schema = current_schema() AND table_name = $1 "
                              "ORDER BY ordinal_position",
                              {table})) {
    columns.push_back({row.text(0), postgresql_family(row.text(1)), row.text(2) == "YES"});
  }
  return columns;
}

SchemaShape read_schema(Poco::Data::Session& session, Engine engine) {
  SchemaShape shape;
  shape.tables = table_names(session, engine);
  for (const std::string& table : shape.tables) {
    shape.lines.insert("table " + table);
    for (const ColumnShape& column : read_columns(session, engine, table)) {
      shape.lines.insert("column " + table + "." + column.name + " " + column.family +
                         (column.nullable ? " null" : " not null"));
    }
    if (engine == Engine::sqlite) add_sqlite_keys(session, table, shape);
  }
  if (engine == Engine::postgresql) add_postgresql_keys(session, shape);
  add_guards(session, engine, shape);
  return shape;
}

}  // namespace casereview::store
