#include "cli/console.hpp"

#include <unistd.h>

#include <iostream>

#include "cli/database_options.hpp"
#include "cli/options.hpp"
#include "domain/text.hpp"

namespace casereview::cli {

namespace {

std::string action_usage(const std::string& command, const std::string& description,
                         const std::vector<Action>& actions) {
  std::string text =
      "Usage: casereview " + command + " ACTION [options]\n\n" + description + "\n\nActions:\n";
  for (const Action& action : actions) {
    text += "  " + action.name +
            std::string(action.name.size() < 8 ? 8 - action.name.size() : 1, ' ') + action.summary +
            "\n";
  }
  text += "\ncasereview " + command + " ACTION --help describes each action's options.\n";
  return text;
}

}  // namespace

Caller command_line_caller() { return Caller{std::nullopt, "command line", "casereview cli"}; }

int run_action(const std::string& command, const std::string& description,
               const std::vector<Action>& actions, const std::vector<std::string>& arguments) {
  if (arguments.empty()) {
    std::cerr << action_usage(command, description, actions);
    return 2;
  }
  if (arguments[0] == "--help" || arguments[0] == "-h" || arguments[0] == "help") {
    std::cout << action_usage(command, description, actions);
    return 0;
  }
  for (const Action& action : actions) {
    if (action.name == arguments[0]) return action.run({arguments.begin() + 1, arguments.end()});
  }
  std::cerr << "casereview " << command << ": unknown action '" << arguments[0] << "'\n\n"
            << action_usage(command, description, actions);
  return 2;
}

std::optional<int> parse_command_line(const std::string& usage,
                                      const std::vector<OptionSpec>& specs,
                                      const std::vector<std::string>& arguments,
                                      const std::vector<std::string>& required, Options& options) {
  auto parsed = Options::parse(specs, arguments);
  if (!parsed) {
    print_error(parsed.error());
    return 2;
  }
  options = std::move(parsed).value();
  if (options.help_requested()) {
    std::cout << usage << "\n" << describe_options(specs);
    return 0;
  }
  for (const std::string& name : required) {
    if (!options.get(name).empty()) continue;
    const OptionSpec* spec = find_spec(specs, name);
    std::cerr << "casereview: --" << name
              << (spec && !spec->value_name.empty() ? " " + spec->value_name : "")
              << " is required; see --help\n";
    return 2;
  }
  return std::nullopt;
}

std::vector<std::string> split_list(const std::string& text) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= text.size()) {
    auto comma = text.find(',', start);
    if (comma == std::string::npos) comma = text.size();
    std::string part = trimmed(text.substr(start, comma - start));
    if (!part.empty()) parts.push_back(part);
    start = comma + 1;
  }
  return parts;
}

std::vector<std::string> take_repeated_option(const std::vector<OptionSpec>& specs,
                                              const std::string& name,
                                              std::vector<std::string>& arguments) {
  const std::string option = "--" + name;
  std::vector<std::string> values;
  std::vector<std::string> rest;
  for (std::size_t i = 0; i < arguments.size(); ++i) {
    const std::string& argument = arguments[i];
    if (argument == option && i + 1 < arguments.size()) {
      for (std::string& value : split_list(arguments[++i])) values.push_back(std::move(value));
      continue;
    }
    if (argument.rfind(option + "=", 0) == 0) {
      for (std::string& value : split_list(argument.substr(option.size() + 1)))
        values.push_back(std::move(value));
      continue;
    }
    rest.push_back(argument);
    // Another option that takes its value from the next argument keeps it, whatever it says.
    if (argument.rfind("--", 0) == 0 && argument.find('=') == std::string::npos &&
        i + 1 < arguments.size()) {
      const std::string other = argument.substr(2);
      const OptionSpec* spec = find_spec(specs, other);
      if (other == "config" || (spec && !spec->value_name.empty())) rest.push_back(arguments[++i]);
    }
  }
  arguments = std::move(rest);
  return values;
}

std::optional<std::string> password_from_standard_input() {
  if (isatty(STDIN_FILENO)) return std::nullopt;
  std::string line;
  if (!std::getline(std::cin, line)) return std::nullopt;
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

int print_refusal(const Error& error, const std::map<std::string, std::string>& option_for_field) {
  std::cerr << "casereview: " << error.message << "\n";
  for (const FieldError& field : error.fields) {
    auto option = option_for_field.find(field.field);
    std::cerr << "  " << (option == option_for_field.end() ? field.field : option->second) << ": "
              << field.message << "\n";
  }
  return 1;
}

Status record_console_event(Storage& storage, const AuditEvent& event) {
  SystemClock clock;
  return storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
    record_audit(transaction, command_line_caller(), clock.now(), event);
    return ok_status();
  });
}

}  // namespace casereview::cli
