// `casereview user add` and `casereview create-admin`: accounts made at the console, for first
// set-up and for national roles no partnership administrator can give. With a password on standard
// input the account is active at once; otherwise an invitation to set one is queued in the outbox
// (sent by `casereview serve` when it has a mail server).
#include <iostream>

#include "app/accounts.hpp"
#include "cli/commands.hpp"
#include "cli/console.hpp"
#include "cli/database_options.hpp"
#include "domain/role.hpp"

namespace casereview::cli {

namespace {

const char* const password_help =
    "Password: when standard input is not a terminal and has something to read, its first line is "
    "the\n"
    "account's password and the account is active at once, e.g.\n"
    "  printf '%s\\n' \"$PASSWORD\" | casereview ...\n"
    "Otherwise (a terminal, or </dev/null) the account is invited: an email with a link to set a\n"
    "password waits in the outbox until casereview serve sends it.\n";

// The options links in an invitation email are made with; the same names as serve's, so one
// environment or configuration serves both.
std::vector<OptionSpec> email_options() {
  const AppSettings defaults;
  return {
      {"public-url", "URL", defaults.public_url,
       "The address people use, for the link in an invitation email."},
      {"service-name", "TEXT", defaults.service_name, "The service's name in an invitation email."},
  };
}

std::string role_names() {
  std::string names;
  for (Role role : all_roles) names += (names.empty() ? "" : ", ") + std::string(role_name(role));
  return names;
}

// The option each of add_user's fields comes from, to name it in a refusal.
const std::map<std::string, std::string> option_for_field = {
    {"email", "--email"},
    {"name", "--name"},
    {"roles", "--role"},
    {"agency", "--agency"},
    {"signs_for", "--signs-for"},
    {"partnership", "--partnership"},
    {"password", "password (standard input)"},
    {"confirmation", "password (standard input)"},
};

// Adds the account and says what happened. Reads the password only now, after every option has
// been checked, so a mistyped command does not swallow it.
int add_account(const Options& options, const Invitation& invitation,
                const std::string& partnership_code) {
  const std::optional<std::string> password = password_from_standard_input();
  auto storage = open_and_migrate(options, {}, /*quiet=*/true);
  if (!storage) return 1;
  SystemClock clock;
  AppSettings settings;
  settings.public_url = options.get("public-url");
  settings.service_name = options.get("service-name");
  AppContext context{*storage, clock, settings};
  auto added = add_user(context, command_line_caller(), invitation, partnership_code, password);
  if (!added) return print_refusal(added.error(), option_for_field);
  const Account& account = added.value();
  std::cout << "Added " << account.user.email << " (" << role_names_text(account.user.roles) << ")"
            << (partnership_code.empty() ? "" : " to partnership " + partnership_code) << ".\n";
  if (account.status == AccountStatus::active) {
    std::cout << "The account is active: they can sign in with the password given.\n";
  } else {
    std::cout << "An invitation email to " << account.user.email
              << " is queued in the outbox: its link lets them set a password.\n";
  }
  return 0;
}

int add_user_command(const std::vector<std::string>& given) {
  std::vector<OptionSpec> specs = {
      database_option,
      {"email", "EMAIL", "", "The person's email address; they sign in with it."},
      {"name", "NAME", "", "The person's full name."},
      {"role", "ROLE", "",
       "A role to give: " + role_names() +
           ". Repeat --role for more, or separate roles with commas."},
      {"partnership", "CODE", "",
       "The partnership they work in; leave out for the national roles panel and inspector."},
      {"agency", "CODE", "", "Their agency, for the roles contributor and lead."},
      {"signs-for", "PARTNER", "",
       "The statutory partner a signatory signs for: local_authority, police or health."},
  };
  for (const OptionSpec& spec : email_options()) specs.push_back(spec);
  std::vector<std::string> arguments = given;
  std::vector<std::string> roles = take_repeated_option(specs, "role", arguments);
  Options options;
  if (auto stop = parse_command_line(
          std::string(
              "Usage: casereview user add --email EMAIL --name NAME --role ROLE "
              "[--role ROLE ...] [--partnership CODE] [--agency CODE] [--signs-for PARTNER] "
              "[options]\n\n"
              "Adds a user directly. Refuses an email that has an account.\n\n") +
              password_help,
          specs, arguments, {"email", "name"}, options)) {
    return *stop;
  }
  if (roles.empty())
    roles = split_list(options.get("role"));  // from the environment or a --config file
  if (roles.empty()) {
    std::cerr << "casereview: --role ROLE is required; see --help\n";
    return 2;
  }
  const Invitation invitation{options.get("email"), options.get("name"), roles,
                              options.get("agency"), options.get("signs-for")};
  return add_account(options, invitation, options.get("partnership"));
}

}  // namespace

int user_command(const std::vector<std::string>& arguments) {
  return run_action(
      "user", "Adds user accounts from the console.",
      {{"add", "Add a user, active with a password from standard input or invited by email",
        add_user_command}},
      arguments);
}

int create_admin_command(const std::vector<std::string>& arguments) {
  std::vector<OptionSpec> specs = {
      database_option,
      {"partnership", "CODE", "", "The code of the partnership they administer."},
      {"email", "EMAIL", "", "The administrator's email address; they sign in with it."},
      {"name", "NAME", "", "The administrator's full name."},
  };
  for (const OptionSpec& spec : email_options()) specs.push_back(spec);
  Options options;
  if (auto stop = parse_command_line(
          std::string("Usage: casereview create-admin --partnership CODE --email EMAIL "
                      "--name NAME [options]\n\nAdds an administrator of a partnership, "
                      "who can then add its users, agencies and settings.\n\n") +
              password_help,
          specs, arguments, {"partnership", "email", "name"}, options)) {
    return *stop;
  }
  const Invitation invitation{
      options.get("email"), options.get("name"), {std::string(role_name(Role::admin))}, ""};
  return add_account(options, invitation, options.get("partnership"));
}

}  // namespace casereview::cli
