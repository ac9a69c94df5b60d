#include "store/sealed_values.hpp"

#include <exception>
#include <vector>

#include "store/sql.hpp"

namespace casereview::store {

namespace {

struct SealedTable {
  const char* name;
  std::vector<const char*> key;      // integer columns, the primary key
  std::vector<const char*> columns;  // each NOT NULL and sealed
};

// Every sealed column of the schema (migrations 0003 and 0008). The rekey test looks at every
// text column of a rekeyed database for a value under the old key, so a table added here later
// without being listed fails it.
const std::vector<SealedTable>& sealed_tables() {
  static const std::vector<SealedTable> tables = {
      {"case_children",
       {"case_id", "position"},
       {"given_name", "family_name", "date_of_birth", "sex", "ethnicity", "home_local_authority"}},
      {"notification_drafts", {"user_id"}, {"sealed_answers"}},
  };
  return tables;
}

std::string joined(const std::vector<std::string>& parts, const std::string& separator) {
  std::string text;
  for (const std::string& part : parts) text += (text.empty() ? "" : separator) + part;
  return text;
}

// "substr(a, 1, 5) <> $1" for each sealed column: its value is under another key than the one
// whose values begin with `prefix` (bound as `prefix_placeholder`).
std::vector<std::string> under_other_keys_tests(const SealedTable& table, const std::string& prefix,
                                                const std::string& prefix_placeholder) {
  std::vector<std::string> tests;
  for (const char* column : table.columns)
    tests.push_back(std::string("substr(") + column + ", 1, " + std::to_string(prefix.size()) +
                    ") <> " + prefix_placeholder);
  return tests;
}

// "(substr(a, 1, 5) <> $1 OR substr(b, 1, 5) <> $1)": some value of the row is under another key.
std::string under_other_keys(const SealedTable& table, const std::string& prefix,
                             std::vector<SqlValue>& parameters) {
  return "(" +
         joined(under_other_keys_tests(table, prefix, placeholder(parameters, prefix)), " OR ") +
         ")";
}

// placeholder() for an integer, built in place: GCC 12 warns (wrongly) that the string of a
// temporary SqlValue holding an integer may be used uninitialised.
std::string integer_placeholder(std::vector<SqlValue>& parameters, std::int64_t value) {
  parameters.emplace_back(std::in_place_index<1>, value);
  return "$" + std::to_string(parameters.size());
}

struct RowChange {
  std::vector<std::int64_t> key;
  std::vector<std::string> before;
  std::vector<std::string> after;
  int values_changed = 0;
};

// Reads the next batch after `after` (the last key of the batch before, or empty).
std::vector<Row> next_batch(Poco::Data::Session& session, const SealedTable& table,
                            const std::string& prefix, const std::vector<std::int64_t>& after,
                            int batch_rows) {
  std::vector<SqlValue> parameters;
  std::string where = under_other_keys(table, prefix, parameters);
  std::vector<std::string> key_columns(table.key.begin(), table.key.end());
  if (!after.empty()) {
    std::vector<std::string> after_placeholders;
    for (std::int64_t value : after)
      after_placeholders.push_back(integer_placeholder(parameters, value));
    where +=
        " AND (" + joined(key_columns, ", ") + ") > (" + joined(after_placeholders, ", ") + ")";
  }
  std::vector<std::string> selected = key_columns;
  selected.insert(selected.end(), table.columns.begin(), table.columns.end());
  return query(session,
               "SELECT " + joined(selected, ", ") + " FROM " + table.name + " WHERE " + where +
                   " ORDER BY " + joined(key_columns, ", ") + " LIMIT " +
                   std::to_string(batch_rows),
               parameters);
}

// Writes back each change whose row still holds what was read; adds to `count`.
void write_back(Poco::Data::Session& session, bool sqlite, const SealedTable& table,
                const std::vector<RowChange>& changes, ResealCount& count) {
  execute(session, sqlite ? "BEGIN IMMEDIATE" : "BEGIN");
  try {
    for (const RowChange& change : changes) {
      std::vector<SqlValue> parameters;
      std::vector<std::string> sets;
      std::vector<std::string> conditions;
      for (std::size_t column = 0; column < table.columns.size(); ++column)
        sets.push_back(std::string(table.columns[column]) + " = " +
                       placeholder(parameters, change.after[column]));
      for (std::size_t part = 0; part < table.key.size(); ++part)
        conditions.push_back(std::string(table.key[part]) + " = " +
                             integer_placeholder(parameters, change.key[part]));
      for (std::size_t column = 0; column < table.columns.size(); ++column)
        conditions.push_back(std::string(table.columns[column]) + " = " +
                             placeholder(parameters, change.before[column]));
      const std::size_t changed =
          execute(session,
                  std::string("UPDATE ") + table.name + " SET " + joined(sets, ", ") + " WHERE " +
                      joined(conditions, " AND "),
                  parameters);
      if (changed == 1) {
        count.resealed += change.values_changed;
      } else {
        ++count.changed_meanwhile;
      }
    }
  } catch (...) {
    execute(session, "ROLLBACK");
    throw;
  }
  execute(session, "COMMIT");
}

Status reseal_table(Poco::Data::Session& session, bool sqlite, const SealedTable& table,
                    const std::string& prefix, const Reseal& reseal, int batch_rows,
                    ResealCount& count) {
  std::vector<std::int64_t> after;
  while (true) {
    const std::vector<Row> rows = next_batch(session, table, prefix, after, batch_rows);
    std::vector<RowChange> changes;
    for (const Row& row : rows) {
      RowChange change;
      for (std::size_t part = 0; part < table.key.size(); ++part)
        change.key.push_back(row.integer(part));
      for (std::size_t column = 0; column < table.columns.size(); ++column) {
        const std::string& stored = row.text(table.key.size() + column);
        change.before.push_back(stored);
        if (stored.rfind(prefix, 0) == 0) {
          change.after.push_back(stored);
          continue;
        }
        auto resealed = reseal(stored);
        if (!resealed)
          return Error::of(resealed.error().code,
                           std::string("A value in ") + table.name + "." + table.columns[column] +
                               " cannot be re-sealed: " + resealed.error().message);
        change.after.push_back(std::move(resealed).value());
        ++change.values_changed;
      }
      changes.push_back(std::move(change));
    }
    if (!changes.empty()) {
      write_back(session, sqlite, table, changes, count);
      after = changes.back().key;
    }
    if (static_cast<int>(rows.size()) < batch_rows) return ok_status();
  }
}

}  // namespace

Result<ResealCount> reseal_values(SqlStorage& storage, const std::string& current_prefix,
                                  const Reseal& reseal, int batch_rows) {
  ResealCount count;
  try {
    Poco::Data::Session session = storage.session();
    const bool sqlite = storage.engine_kind() == Engine::sqlite;
    for (const SealedTable& table : sealed_tables())
      TRY(reseal_table(session, sqlite, table, current_prefix, reseal, batch_rows, count));
  } catch (const std::exception& error) {
    return Error::of(ErrorCode::unavailable, std::string("The database failed: ") + error.what());
  }
  return count;
}

Result<std::int64_t> count_values_under_other_keys(SqlStorage& storage,
                                                   const std::string& current_prefix) {
  std::int64_t total = 0;
  try {
    Poco::Data::Session session = storage.session();
    // One pass over each table, counting every column's values at once.
    for (const SealedTable& table : sealed_tables()) {
      std::vector<std::string> counts;
      for (const std::string& test : under_other_keys_tests(table, current_prefix, "$1"))
        counts.push_back("SUM(CASE WHEN " + test + " THEN 1 ELSE 0 END)");
      const Row row =
          query(session, "SELECT " + joined(counts, ", ") + " FROM " + table.name, {current_prefix})
              .at(0);
      for (std::size_t column = 0; column < counts.size(); ++column)
        total += row.optional_integer(column).value_or(0);  // SUM of no rows is NULL
    }
  } catch (const std::exception& error) {
    return Error::of(ErrorCode::unavailable, std::string("The database failed: ") + error.what());
  }
  return total;
}

}  // namespace casereview::store
