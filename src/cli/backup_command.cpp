// `casereview backup` and `casereview restore` (issue 17, "Backup and restore"): a whole copy of a
// SQLite database taken while the server is using it, and a new database made from such a copy,
// brought up to date, with its audit chain verified. On PostgreSQL both refuse and say which of
// PostgreSQL's own tools to use (pg_dump and pg_restore; docs/operations.md).
#include <iostream>

#include "app/audit.hpp"
#include "cli/commands.hpp"
#include "cli/console.hpp"
#include "cli/database_options.hpp"
#include "store/database_census.hpp"
#include "store/sqlite_backup.hpp"

namespace casereview::cli {

namespace {

// The SQLite file the --database option names; nullopt, having said what to do instead, for
// PostgreSQL or a bad URL.
std::optional<std::string> sqlite_path(const Options& options, const std::string& postgresql_way) {
  auto url = store::parse_database_url(options.get("database"));
  if (!url) {
    print_error(url.error());
    return std::nullopt;
  }
  if (url.value().engine != store::Engine::sqlite) {
    std::cerr << "casereview: this command copies SQLite databases. For PostgreSQL use its own "
                 "tools (docs/operations.md):\n  "
              << postgresql_way << "\n";
    return std::nullopt;
  }
  return url.value().connection;
}

}  // namespace

int backup_command(const std::vector<std::string>& arguments) {
  const std::vector<OptionSpec> specs = {
      database_option,
      {"to", "FILE", "",
       "The new file to write the copy to (refused if it exists). Keep it as safe as the "
       "database: it holds the same records."}};
  Options options;
  if (auto stop = parse_command_line(
          "Usage: casereview backup --to FILE [options]\n\n"
          "Copies the SQLite database, while the server goes on using it, to a new file readable "
          "by its owner\nonly: one consistent moment, checked for integrity. Prints how many "
          "tables and rows it holds.\nThe data key is not in the copy: keep the key file "
          "backed up apart from it.\n",
          specs, arguments, {"to"}, options)) {
    return *stop;
  }
  const auto source = sqlite_path(options, "pg_dump --format=custom --file FILE DATABASE_URL");
  if (!source) return 1;
  const std::string target = options.get("to");
  const Status copied = store::copy_sqlite_database(*source, target, "database", "to");
  if (!copied) return print_refusal(copied.error(), {{"database", "--database"}, {"to", "--to"}});
  store::SqlStorage copy(store::DatabaseUrl{store::Engine::sqlite, target});
  const auto counted = store::count_rows_by_table(copy);
  if (!counted) return print_refusal(counted.error(), {});
  const std::string summary = store::census_summary(counted.value());
  // Opened as it is, not migrated: a copy is of the database as it was, and needs no write lock
  // beyond the audit entry's.
  store::SqlStorage storage(store::DatabaseUrl{store::Engine::sqlite, *source});
  const Status recorded =
      record_console_event(storage, {.action = audit_action::back_up,
                                     .entity = audit_entity::database,
                                     .detail = "copied to " + target + ": " + summary});
  if (!recorded) return print_refusal(recorded.error(), {});
  std::cout << "casereview: backed up " << *source << " to " << target << ": " << summary << "\n";
  return 0;
}

int restore_command(const std::vector<std::string>& arguments) {
  const std::vector<OptionSpec> specs = {
      {"database", "URL", "",
       "The new SQLite database to restore into, sqlite:PATH (refused if PATH exists)."},
      {"from", "FILE", "", "A copy written by casereview backup."}};
  Options options;
  if (auto stop = parse_command_line(
          "Usage: casereview restore --from FILE --database sqlite:PATH\n\n"
          "Makes a new SQLite database from a copy casereview backup wrote, brings its schema up "
          "to date, and\nverifies its audit chain. Prints how many tables and rows it holds. "
          "Serve it with the data key\nthat was in use when the copy was taken. Never writes "
          "over an existing database.\n",
          specs, arguments, {"from", "database"}, options)) {
    return *stop;
  }
  const auto target =
      sqlite_path(options, "pg_restore --dbname DATABASE_URL FILE  (into a new, empty database)");
  if (!target) return 1;
  const std::string from = options.get("from");
  const Status copied = store::copy_sqlite_database(from, *target, "from", "database");
  if (!copied)
    return print_refusal(copied.error(), {{"database", "--database"}, {"from", "--from"}});
  auto storage = open_and_migrate(options, {}, /*quiet=*/true);
  if (!storage) return 1;
  auto verification = verify_audit_log(*storage);
  if (!verification) return print_refusal(verification.error(), {});
  if (verification.value().first_bad_sequence) {
    std::cerr << "casereview: restored into " << *target
              << ", but its audit log does not verify:\n";
    for (const AuditProblem& problem : verification.value().problems)
      std::cerr << "  " << problem.text << "\n";
    return 1;
  }
  const auto counted = store::count_rows_by_table(*storage);
  if (!counted) return print_refusal(counted.error(), {});
  const std::string summary = store::census_summary(counted.value());
  const std::int64_t entries = verification.value().entries_checked;
  const Status recorded =
      record_console_event(*storage, {.action = audit_action::restore,
                                      .entity = audit_entity::database,
                                      .detail = "restored from " + from + ": " + summary});
  if (!recorded) return print_refusal(recorded.error(), {});
  std::cout << "casereview: restored " << from << " into " << *target << ": " << summary
            << "; audit log verified: " << entries << " entries\n";
  return 0;
}

}  // namespace casereview::cli
