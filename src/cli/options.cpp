#include "cli/options.hpp"

#include <cstdlib>
#include <fstream>

#include "domain/text.hpp"

namespace casereview::cli {

std::string environment_name(const std::string& option) {
  if (option == "database") return "CASEREVIEW_DATABASE_URL";
  std::string name = "CASEREVIEW_";
  for (char c : option)
    name += c == '-' ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return name;
}

const OptionSpec* find_spec(const std::vector<OptionSpec>& specs, const std::string& name) {
  for (const OptionSpec& spec : specs) {
    if (spec.name == name) return &spec;
  }
  return nullptr;
}

namespace {

Result<std::map<std::string, std::string>> read_config_file(const std::vector<OptionSpec>& specs,
                                                            const std::string& path) {
  std::ifstream file(path);
  if (!file) return Error::invalid({{"config", "Cannot read the configuration file " + path}});
  std::map<std::string, std::string> values;
  std::string line;
  int number = 0;
  while (std::getline(file, line)) {
    ++number;
    line = trimmed(line);
    if (line.empty() || line[0] == '#') continue;
    const auto equals = line.find('=');
    const std::string name = trimmed(line.substr(0, equals));
    if (equals == std::string::npos || !find_spec(specs, name)) {
      return Error::invalid(
          {{"config", path + " line " + std::to_string(number) + ": unknown setting '" + name +
                          "'; write name = value with a name from --help"}});
    }
    values[name] = trimmed(line.substr(equals + 1));
  }
  return values;
}

}  // namespace

Result<Options> Options::parse(const std::vector<OptionSpec>& specs,
                               const std::vector<std::string>& arguments) {
  Options options;
  std::map<std::string, std::string> given;
  for (std::size_t i = 0; i < arguments.size(); ++i) {
    const std::string& argument = arguments[i];
    if (argument == "--help" || argument == "-h") {
      options.help_ = true;
      continue;
    }
    if (argument.rfind("--", 0) != 0) {
      return Error::invalid({{"arguments", "Unexpected argument '" + argument + "'; see --help"}});
    }
    std::string name = argument.substr(2);
    std::optional<std::string> value;
    if (auto equals = name.find('='); equals != std::string::npos) {
      value = name.substr(equals + 1);
      name = name.substr(0, equals);
    }
    const OptionSpec* spec = find_spec(specs, name);
    if (!spec && name != "config") {
      return Error::invalid({{name, "Unknown option --" + name + "; see --help"}});
    }
    const bool flag = spec && spec->value_name.empty();
    if (!value && !flag) {
      if (i + 1 >= arguments.size())
        return Error::invalid({{name, "Option --" + name + " needs a value"}});
      value = arguments[++i];
    }
    given[name] = flag ? "true" : *value;
  }

  std::string config_path = given.count("config") ? given["config"] : "";
  if (config_path.empty()) {
    if (const char* from_environment = std::getenv("CASEREVIEW_CONFIG"))
      config_path = from_environment;
  }
  std::map<std::string, std::string> from_file;
  if (!config_path.empty()) from_file = TRY(read_config_file(specs, config_path));

  for (const OptionSpec& spec : specs) {
    if (auto found = given.find(spec.name); found != given.end()) {
      options.values_[spec.name] = found->second;
    } else if (const char* value = std::getenv(environment_name(spec.name).c_str())) {
      options.values_[spec.name] = value;
    } else if (auto in_file = from_file.find(spec.name); in_file != from_file.end()) {
      options.values_[spec.name] = in_file->second;
    } else if (!spec.default_value.empty()) {
      options.values_[spec.name] = spec.default_value;
    }
  }
  return options;
}

std::string Options::get(const std::string& name) const {
  auto found = values_.find(name);
  return found == values_.end() ? std::string() : found->second;
}

bool Options::has(const std::string& name) const { return values_.count(name) > 0; }

Result<int> Options::integer(const std::string& name, int minimum, int maximum) const {
  const std::string text = get(name);
  char* end = nullptr;
  const long value = std::strtol(text.c_str(), &end, 10);
  if (text.empty() || *end != '\0' || value < minimum || value > maximum) {
    return Error::invalid({{name, "--" + name + " must be a whole number from " +
                                      std::to_string(minimum) + " to " + std::to_string(maximum)}});
  }
  return static_cast<int>(value);
}

std::string describe_options(const std::vector<OptionSpec>& specs) {
  std::string text =
      "Options (each may also be set by its environment variable or in a --config file):\n";
  for (const OptionSpec& spec : specs) {
    text += "  --" + spec.name + (spec.value_name.empty() ? "" : " " + spec.value_name) +
            "\n      " + spec.help;
    if (!spec.default_value.empty()) text += " (default: " + spec.default_value + ")";
    text += "\n      environment: " + environment_name(spec.name) + "\n";
  }
  text +=
      "  --config FILE\n      Read options from FILE: name = value lines, # comments.\n"
      "      environment: CASEREVIEW_CONFIG\n";
  return text;
}

}  // namespace casereview::cli
