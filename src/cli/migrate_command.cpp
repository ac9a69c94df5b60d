// `casereview migrate`: applies the migrations compiled into this program to the database.
#include <iostream>

#include "cli/commands.hpp"
#include "cli/database_options.hpp"

namespace casereview::cli {

int migrate_command(const std::vector<std::string>& arguments) {
  const std::vector<OptionSpec> specs = {database_option};
  auto options = Options::parse(specs, arguments);
  if (!options) {
    print_error(options.error());
    return 2;
  }
  if (options.value().help_requested()) {
    std::cout << "Usage: casereview migrate [options]\n\nBrings the database schema up to date. "
                 "Safe to run "
                 "again; refuses a database from a newer casereview.\n\n"
              << describe_options(specs);
    return 0;
  }
  return open_and_migrate(options.value()) ? 0 : 1;
}

}  // namespace casereview::cli
