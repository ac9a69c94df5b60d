// `casereview token create`: an API token for a user, for scripts that call the API with
// `Authorization: Bearer TOKEN`. The token is printed once, alone on standard output, so a script
// can capture it; only its hash is stored.
#include <iostream>

#include "app/sessions.hpp"
#include "cli/commands.hpp"
#include "cli/console.hpp"
#include "cli/database_options.hpp"

namespace casereview::cli {

namespace {

// The account with `email`; not_found naming --user when there is none.
Result<Account> account_by_email(Storage& storage, const std::string& email_given) {
  const std::string email = TRY(normalise_email("user", email_given));
  std::optional<Account> account;
  Status read = storage.transact(TransactionMode::read, [&](Transaction& transaction) -> Status {
    account = transaction.accounts().find_by_email(email);
    return ok_status();
  });
  if (!read) return read.error();
  if (!account)
    return Error::invalid({{"user", "No account has the email " + email}}, "There is no such user");
  return *account;
}

int create_token_command(const std::vector<std::string>& arguments) {
  const std::vector<OptionSpec> specs = {
      database_option,
      {"user", "EMAIL", "", "The email of the account the token acts for."},
      {"name", "NAME", "",
       "What the token is for, e.g. the script that uses it (100 characters at most)."},
  };
  Options options;
  if (auto stop = parse_command_line(
          "Usage: casereview token create --user EMAIL --name NAME [options]\n\n"
          "Creates an API token acting for the user, with their roles, and prints it once "
          "on standard output;\nit cannot be shown again. Use it as the header "
          "Authorization: Bearer TOKEN. The user can revoke it.\n",
          specs, arguments, {"user", "name"}, options)) {
    return *stop;
  }
  const std::map<std::string, std::string> option_for_field = {{"user", "--user"},
                                                               {"name", "--name"}};
  auto storage = open_and_migrate(options, {}, /*quiet=*/true);
  if (!storage) return 1;
  SystemClock clock;
  AppContext context{*storage, clock, AppSettings{}};
  auto account = account_by_email(*storage, options.get("user"));
  if (!account) return print_refusal(account.error(), option_for_field);
  auto created = create_api_token(context, command_line_caller(), account.value().user.id,
                                  options.get("name"));
  if (!created) return print_refusal(created.error(), option_for_field);
  std::cout << created.value().token << std::endl;
  std::cerr << "casereview: API token \"" << created.value().record.name << "\" created for "
            << account.value().user.email << ". Keep it now: it will not be shown again.\n";
  if (account.value().status != AccountStatus::active) {
    std::cerr << "casereview: note: this account is not active, so the token will not work until "
                 "it is.\n";
  }
  return 0;
}

}  // namespace

int token_command(const std::vector<std::string>& arguments) {
  return run_action(
      "token", "Creates API tokens.",
      {{"create", "Create an API token for a user and print it once", create_token_command}},
      arguments);
}

}  // namespace casereview::cli
