// Options for every subcommand, from (highest first) the command line, the environment
// (CASEREVIEW_<NAME>), a configuration file (--config FILE or CASEREVIEW_CONFIG: `name = value`
// lines, # comments), then built-in defaults. Each option is declared once in options.cpp with its
// help text, so --help documents every one.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/result.hpp"

namespace casereview::cli {

struct OptionSpec {
  std::string name;           // long option without dashes, e.g. "database"
  std::string value_name;     // e.g. "URL"; empty for a flag
  std::string default_value;  // empty when none
  std::string help;
};

// The spec named `name`, or nullptr when there is none.
const OptionSpec* find_spec(const std::vector<OptionSpec>& specs, const std::string& name);

class Options {
 public:
  // Parses `arguments` (after the subcommand) against `specs`, reading the environment and the
  // configuration file. Fails with invalid_input naming the option for an unknown option, a
  // missing value, or an unreadable configuration file.
  static Result<Options> parse(const std::vector<OptionSpec>& specs,
                               const std::vector<std::string>& arguments);

  std::string get(const std::string& name) const;  // "" when unset and no default
  bool has(const std::string& name) const;
  // The option as a whole number in [minimum, maximum], or invalid_input naming it.
  Result<int> integer(const std::string& name, int minimum, int maximum) const;
  bool help_requested() const { return help_; }

 private:
  std::map<std::string, std::string> values_;
  bool help_ = false;
};

// The options' help, one paragraph per option, for --help.
std::string describe_options(const std::vector<OptionSpec>& specs);

// The environment variable for an option: "database" → "CASEREVIEW_DATABASE_URL" for the
// database, otherwise CASEREVIEW_ + upper case with '-' → '_'.
std::string environment_name(const std::string& option);

}  // namespace casereview::cli
