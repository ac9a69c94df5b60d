// What the administration subcommands (partnership, agency, user, create-admin, token, audit)
// share: the Caller they act as, actions under one command ("partnership add"), required options,
// a repeatable option, a password read from standard input, and refusals printed with the option
// each problem is about.
//
// Exit codes, as in commands.hpp: 2 when the command line itself is wrong (unknown action or
// option, a missing option or value), found before the database is opened; 1 when a use case
// refuses the work (including a value it finds invalid) or the database fails. A use case changes
// nothing when it refuses, so neither code leaves anything half done.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/audit.hpp"
#include "app/context.hpp"
#include "cli/options.hpp"

namespace casereview::cli {

// The Caller of every use case run from the command line: nobody signed in, which the use cases
// treat as the administrator at the console.
Caller command_line_caller();

// One action of a command, e.g. "add" of `casereview partnership`.
struct Action {
  std::string name;
  std::string summary;
  int (*run)(const std::vector<std::string>& arguments);
};

// Runs the action named by arguments[0] with the rest. With no action prints the usage on standard
// error and returns 2; with --help prints it on standard output and returns 0; an unknown action
// is named on standard error with the usage, returning 2.
int run_action(const std::string& command, const std::string& description,
               const std::vector<Action>& actions, const std::vector<std::string>& arguments);

// Parses `arguments` against `specs` into `options`. Returns the exit code when the command should
// stop here: 0 after printing `usage` and the options for --help, 2 after naming the bad or missing
// option (every name in `required` must have a value). Returns nullopt to carry on.
std::optional<int> parse_command_line(const std::string& usage,
                                      const std::vector<OptionSpec>& specs,
                                      const std::vector<std::string>& arguments,
                                      const std::vector<std::string>& required, Options& options);

// Takes every `--NAME VALUE` and `--NAME=VALUE` of the repeatable option `name` out of `arguments`
// and returns their values split at commas, trimmed, empty ones dropped. Other options keep their
// values (so `--email --role` is left alone), and a `--NAME` with no value after it is left for
// Options::parse to report.
std::vector<std::string> take_repeated_option(const std::vector<OptionSpec>& specs,
                                              const std::string& name,
                                              std::vector<std::string>& arguments);

// Splits `text` at commas, trimming each part and dropping empty ones.
std::vector<std::string> split_list(const std::string& text);

// The first line of standard input without its line ending, when standard input is not a terminal
// and has something to read (an empty first line gives ""); nullopt for a terminal or nothing
// (e.g. </dev/null). Blocks until the first line or the end of input arrives.
std::optional<std::string> password_from_standard_input();

// Prints why a use case refused, on standard error: its message, then each field's problem under
// the option it came from (`option_for_field` maps a use case's field, e.g. "roles", to the
// option, e.g. "--role"; fields not in it are printed as they are). Returns 1.
int print_refusal(const Error& error, const std::map<std::string, std::string>& option_for_field);

// Appends `event` to the audit log as the administrator at the console, now: for the commands that
// act on the database as a whole (backup, restore, rekey) rather than through a use case.
Status record_console_event(Storage& storage, const AuditEvent& event);

}  // namespace casereview::cli
