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

Every command takes --database URL: sqlite:PATH (default sqlite:var/casereview.db) or
postgresql://user@host:port/database; or set CASEREVIEW_DATABASE_URL.
)";

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> arguments(argv + 1, argv + argc);
  if (arguments.empty() || arguments[0] == "--help" || arguments[0] == "-h" || arguments[0] == "help") {
    std::cout << usage;
    return arguments.empty() ? 2 : 0;
  }
  const std::string command = arguments[0];
  arguments.erase(arguments.begin());
  if (command == "serve") return casereview::cli::serve_command(arguments);
  if (command == "migrate") return casereview::cli::migrate_command(arguments);
  if (command == "demo") return casereview::cli::demo_command(arguments);
  std::cerr << "casereview: unknown command '" << command << "'\n\n" << usage;
  return 2;
}
