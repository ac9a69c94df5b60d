#include "store/sqlite_backup.hpp"

#include <sqlite3.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <memory>
#include <system_error>

#include "store/sqlite_file.hpp"

namespace casereview::store {

namespace {

struct CloseConnection {
  void operator()(sqlite3* connection) const { sqlite3_close_v2(connection); }
};
using Connection = std::unique_ptr<sqlite3, CloseConnection>;

// Opens `path` with `flags`; nullptr when SQLite cannot (`why` says what it said).
Connection open_connection(const std::string& path, int flags, std::string& why) {
  sqlite3* raw = nullptr;
  const int code = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  Connection connection(raw);
  if (code != SQLITE_OK) {
    why = raw ? sqlite3_errmsg(raw) : sqlite3_errstr(code);
    return nullptr;
  }
  sqlite3_busy_timeout(raw, 10000);
  return connection;
}

// The one-row, one-column answer of `sql`, or "" when it has none or fails.
std::string single_text(sqlite3* connection, const char* sql) {
  sqlite3_stmt* statement = nullptr;
  if (sqlite3_prepare_v2(connection, sql, -1, &statement, nullptr) != SQLITE_OK) {
    sqlite3_finalize(statement);
    return "";
  }
  std::string text;
  if (sqlite3_step(statement) == SQLITE_ROW) {
    const unsigned char* value = sqlite3_column_text(statement, 0);
    if (value) text = reinterpret_cast<const char*>(value);
  }
  sqlite3_finalize(statement);
  return text;
}

bool holds_casereview_schema(sqlite3* connection) {
  return single_text(connection,
                     "SELECT name FROM sqlite_master WHERE type = 'table' AND name = "
                     "'schema_migrations'") == "schema_migrations";
}

Error source_error(const std::string& field, const std::string& path, const std::string& why) {
  return Error::invalid({{field, "Cannot read " + path + " as a casereview SQLite database (" +
                                     why + "): give a database or a file casereview backup wrote"}},
                        "The copy could not be made");
}

// The copy into `partial`, a new owner-only file; the caller renames or removes it.
Status copy_pages(sqlite3* source, const std::string& partial) {
  restrict_sqlite_file(partial);
  std::string why;
  Connection target = open_connection(partial, SQLITE_OPEN_READWRITE, why);
  if (!target) return Error::of(ErrorCode::internal, "Cannot write " + partial + ": " + why);
  sqlite3_backup* backup = sqlite3_backup_init(target.get(), "main", source, "main");
  if (!backup)
    return Error::of(ErrorCode::internal,
                     std::string("Cannot start the copy: ") + sqlite3_errmsg(target.get()));
  // -1: every page in one step, under one read transaction on the source, so the copy is one
  // snapshot; writers in WAL mode are not held up by it.
  const int stepped = sqlite3_backup_step(backup, -1);
  const int finished = sqlite3_backup_finish(backup);
  if (stepped != SQLITE_DONE || finished != SQLITE_OK)
    return Error::of(ErrorCode::internal,
                     std::string("The copy failed: ") +
                         sqlite3_errstr(stepped != SQLITE_DONE ? stepped : finished));
  const std::string check = single_text(target.get(), "PRAGMA integrity_check");
  if (check != "ok")
    return Error::of(ErrorCode::internal, "The copy does not pass SQLite's integrity check: " +
                                              (check.empty() ? std::string("no answer") : check));
  // Back to a rollback journal, so the copy is one self-contained file (no -wal beside it);
  // casereview turns WAL on again when it opens the database.
  single_text(target.get(), "PRAGMA journal_mode = DELETE");
  return ok_status();
}

}  // namespace

Status copy_sqlite_database(const std::string& source_path, const std::string& target_path,
                            const std::string& source_field, const std::string& target_field) {
  std::error_code ignored;
  if (std::filesystem::exists(target_path, ignored))
    return Error::invalid(
        {{target_field, target_path + " already exists: give the name of a new file"}},
        "The copy could not be made");
  if (!std::filesystem::is_regular_file(source_path, ignored))
    return source_error(source_field, source_path, "no such file");
  std::string why;
  Connection source = open_connection(source_path, SQLITE_OPEN_READWRITE, why);
  if (!source) return source_error(source_field, source_path, why);
  if (!holds_casereview_schema(source.get()))
    return source_error(source_field, source_path, "it holds no casereview schema");

  const std::string partial = target_path + ".partial";
  std::filesystem::remove(partial, ignored);  // left by a copy that was killed
  Status copied = copy_pages(source.get(), partial);
  if (copied) {
    // link, not rename: it never replaces a file that appeared at the target meanwhile.
    if (::link(partial.c_str(), target_path.c_str()) != 0)
      copied = Error::invalid(
          {{target_field, "Cannot create " + target_path + ": " +
                              std::error_code(errno, std::generic_category()).message() +
                              "; give the name of a new file"}},
          "The copy could not be made");
  }
  std::filesystem::remove(partial, ignored);
  if (!copied) std::filesystem::remove(partial + "-journal", ignored);
  return copied;
}

}  // namespace casereview::store
