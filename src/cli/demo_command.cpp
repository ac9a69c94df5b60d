// `casereview demo`: loads the demonstration partnership, its agencies and one account per role,
// and prints their codes and emails.
#include <iostream>

#include "app/demonstration.hpp"
#include "cli/commands.hpp"
#include "cli/data_key_option.hpp"
#include "cli/database_options.hpp"

namespace casereview::cli {

int demo_command(const std::vector<std::string>& arguments) {
  const std::vector<OptionSpec> specs = {database_option, data_key_option};
  auto options = Options::parse(specs, arguments);
  if (!options) {
    print_error(options.error());
    return 2;
  }
  if (options.value().help_requested()) {
    std::cout << "Usage: casereview demo [options]\n\nLoads demonstration data (a fictional "
                 "partnership) into a "
                 "database, once; running it again changes nothing.\n\n"
              << describe_options(specs);
    return 0;
  }
  auto cipher = open_data_key(options.value());
  if (!cipher) return 2;
  auto storage = open_and_migrate(options.value());
  if (!storage) return 1;
  SystemClock clock;
  auto summary = load_demonstration_data(*storage, clock, cipher);
  if (!summary) {
    print_error(summary.error());
    return 1;
  }
  const DemonstrationSummary& demo = summary.value();
  std::cout << (demo.already_loaded ? "Demonstration data is already loaded.\n"
                                    : "Demonstration data loaded.\n")
            << "Partnership: " << demo.partnership.code << "  " << demo.partnership.name
            << "\nAgencies:\n";
  for (const Agency& agency : demo.agencies)
    std::cout << "  " << agency.code << "  " << agency.name << "\n";
  std::cout << "Accounts (one per role), each with the password \"" << demonstration_password
            << "\":\n";
  for (const DemonstrationAccount& account : demo.accounts) {
    std::cout << "  " << account.role << "  " << account.email
              << (account.agency_code.empty() ? "" : "  (agency " + account.agency_code + ")")
              << (account.partner.empty() ? "" : "  (signs for " + account.partner + ")") << "\n";
  }
  return 0;
}

}  // namespace casereview::cli
