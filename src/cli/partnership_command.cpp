// `casereview partnership add|list`: partnerships are created only here, at the console
// (DESIGN.md), before anyone can sign in to them.
#include <iostream>

#include "app/accounts.hpp"
#include "cli/commands.hpp"
#include "cli/console.hpp"
#include "cli/database_options.hpp"

namespace casereview::cli {

namespace {

int add_partnership_command(const std::vector<std::string>& arguments) {
  const std::vector<OptionSpec> specs = {
      database_option,
      {"code", "CODE", "",
       "The partnership's code: 2 to 12 capital letters, digits or hyphens, starting with a "
       "letter."},
      {"name", "NAME", "", "The partnership's name, as people see it."},
  };
  Options options;
  if (auto stop = parse_command_line(
          "Usage: casereview partnership add --code CODE --name NAME [options]\n\n"
          "Adds a safeguarding partnership. Refuses a code that is taken.\n",
          specs, arguments, {"code", "name"}, options)) {
    return *stop;
  }
  auto storage = open_and_migrate(options, {}, /*quiet=*/true);
  if (!storage) return 1;
  SystemClock clock;
  AppContext context{*storage, clock, AppSettings{}};
  auto added =
      add_partnership(context, command_line_caller(), options.get("code"), options.get("name"));
  if (!added) return print_refusal(added.error(), {{"code", "--code"}, {"name", "--name"}});
  std::cout << "Added partnership " << added.value().code << "  " << added.value().name << "\n";
  return 0;
}

int list_partnerships_command(const std::vector<std::string>& arguments) {
  const std::vector<OptionSpec> specs = {database_option};
  Options options;
  if (auto stop = parse_command_line(
          "Usage: casereview partnership list [options]\n\n"
          "Lists the partnerships, one a line: the code, two spaces, the name.\n",
          specs, arguments, {}, options)) {
    return *stop;
  }
  auto storage = open_and_migrate(options, {}, /*quiet=*/true);
  if (!storage) return 1;
  SystemClock clock;
  AppContext context{*storage, clock, AppSettings{}};
  auto partnerships = list_partnerships(context);
  if (!partnerships) return print_refusal(partnerships.error(), {});
  for (const Partnership& partnership : partnerships.value()) {
    std::cout << partnership.code << "  " << partnership.name << "\n";
  }
  if (partnerships.value().empty()) {
    std::cerr << "casereview: no partnerships yet; add one with casereview partnership add\n";
  }
  return 0;
}

}  // namespace

int partnership_command(const std::vector<std::string>& arguments) {
  return run_action(
      "partnership", "Adds and lists safeguarding partnerships.",
      {{"add", "Add a partnership", add_partnership_command},
       {"list", "List the partnerships: code and name, one a line", list_partnerships_command}},
      arguments);
}

}  // namespace casereview::cli
