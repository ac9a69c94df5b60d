// The casereview program: one executable with subcommands (DESIGN.md).
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.hpp"

namespace {

const char* const usage = R"(Usage: casereview COMMAND [options]

casereview runs child safeguarding practice reviews for a safeguarding partnership: notifications,
rapid reviews, reviews, action plans, the public library of learning, and training.

Commands:
  serve     Serve the web pages and API (casereview serve --help for options)
  migrate   Bring the database schema up to date
  demo      Load demonstration data (a fictional partnership) once

Administration (each acts as the administrator at the console; COMMAND --help for details):
  partnership add|list   Add a partnership, or list them
  agency add             Add an agency to a partnership
  user add               Add a user: active with a password on standard input, else invited by email
  create-admin           Add a partnership's administrator, in the same way
  token create           Create an API token for a user and print it once
  audit verify|anchor    Check the audit log's hash chain, or write its head to a file

Looking after the database (docs/operations.md):
  backup --to FILE       Copy the SQLite database while it is in use
  restore --from FILE    Make a new SQLite database from such a copy and verify it
  rekey                  Re-seal every encrypted value under the data key file's first key

Exit codes: 0 done; 1 refused or failed (the reason on standard error); 2 bad usage.
Every command takes --database URL: sqlite:PATH (default sqlite:var/casereview.db) or
postgresql://user@host:port/database; or set CASEREVIEW_DATABASE_URL.
)";

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> arguments(argv + 1, argv + argc);
  if (arguments.empty() || arguments[0] == "--help" || arguments[0] == "-h" ||
      arguments[0] == "help") {
    std::cout << usage;
    return arguments.empty() ? 2 : 0;
  }
  const std::string command = arguments[0];
  arguments.erase(arguments.begin());
  if (command == "serve") return casereview::cli::serve_command(arguments);
  if (command == "migrate") return casereview::cli::migrate_command(arguments);
  if (command == "demo") return casereview::cli::demo_command(arguments);
  if (command == "partnership") return casereview::cli::partnership_command(arguments);
  if (command == "agency") return casereview::cli::agency_command(arguments);
  if (command == "user") return casereview::cli::user_command(arguments);
  if (command == "create-admin") return casereview::cli::create_admin_command(arguments);
  if (command == "token") return casereview::cli::token_command(arguments);
  if (command == "audit") return casereview::cli::audit_command(arguments);
  if (command == "backup") return casereview::cli::backup_command(arguments);
  if (command == "restore") return casereview::cli::restore_command(arguments);
  if (command == "rekey") return casereview::cli::rekey_command(arguments);
  std::cerr << "casereview: unknown command '" << command << "'\n\n" << usage;
  return 2;
}
