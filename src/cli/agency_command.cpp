// `casereview agency add`: adds an agency (police, health, children's social care, …) to a
// partnership from the console; administrators can also add them in the web pages.
#include <iostream>

#include "app/accounts.hpp"
#include "cli/commands.hpp"
#include "cli/console.hpp"
#include "cli/database_options.hpp"

namespace casereview::cli {

namespace {

int add_agency_command(const std::vector<std::string>& arguments) {
  const std::vector<OptionSpec> specs = {
      database_option,
      {"partnership", "CODE", "", "The code of the partnership the agency belongs to."},
      {"code", "CODE", "",
       "The agency's code: 2 to 12 capital letters, digits or hyphens, starting with a letter."},
      {"name", "NAME", "", "The agency's name, as people see it."},
  };
  Options options;
  if (auto stop = parse_command_line(
          "Usage: casereview agency add --partnership CODE --code CODE --name NAME "
          "[options]\n\nAdds an agency to a partnership. Refuses an unknown partnership "
          "and a code that is taken.\n",
          specs, arguments, {"partnership", "code", "name"}, options)) {
    return *stop;
  }
  auto storage = open_and_migrate(options, {}, /*quiet=*/true);
  if (!storage) return 1;
  SystemClock clock;
  AppContext context{*storage, clock, AppSettings{}};
  auto added = add_agency(context, command_line_caller(), options.get("partnership"),
                          options.get("code"), options.get("name"));
  if (!added) {
    return print_refusal(
        added.error(), {{"partnership", "--partnership"}, {"code", "--code"}, {"name", "--name"}});
  }
  std::cout << "Added agency " << added.value().code << "  " << added.value().name
            << " to partnership " << options.get("partnership") << "\n";
  return 0;
}

}  // namespace

int agency_command(const std::vector<std::string>& arguments) {
  return run_action("agency", "Adds agencies to a partnership.",
                    {{"add", "Add an agency to a partnership", add_agency_command}}, arguments);
}

}  // namespace casereview::cli
