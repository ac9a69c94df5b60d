#include "app/accounts.hpp"

#include "app/audit.hpp"
#include "app/emails.hpp"
#include "app/security/password_hash.hpp"
#include "app/security/password_rules.hpp"
#include "app/security/tokens.hpp"
#include "domain/messages.hpp"
#include "domain/partnership_settings.hpp"
#include "domain/policy.hpp"

namespace casereview {

namespace {

Status require(const Caller& caller, Permission permission) {
  if (!caller.actor) return Error::of(ErrorCode::unauthenticated, "Sign in to continue");
  if (!permits(caller.actor, false, permission))
    return Error::of(ErrorCode::forbidden, "You cannot do that");
  return ok_status();
}

// The caller's partnership, for an administrator; the command line (no actor) names it itself.
Id partnership_of(const Caller& caller) { return *caller.actor->partnership_id; }

// Checks a new password and its confirmation; hashes it.
Result<std::string> new_password_hash(AppContext& context, const std::string& password,
                                      const std::string& confirmation, const std::string& email) {
  TRY(security::check_new_password(password, email));
  if (password != confirmation) {
    return Error::invalid({{"confirmation", enter("the same password in both boxes")}});
  }
  return security::hash_password(password, context.settings.password_cost);
}

// Checks roles and the agency they need. Returns the agency id for contributor and lead.
Result<std::optional<Id>> check_roles(Transaction& transaction, std::optional<Id> partnership_id,
                                      const std::vector<std::string>& roles,
                                      const std::string& agency_code) {
  if (roles.empty()) return Error::invalid({{"roles", "Select at least one role"}});
  bool agency_needed = false;
  for (const std::string& name : roles) {
    auto role = role_from_name(name);
    if (!role) return Error::invalid({{"roles", "Select roles from the list"}});
    if (is_national(*role) && partnership_id) {
      return Error::invalid(
          {{"roles",
            "National Panel and inspector roles cannot be combined with a partnership's roles"}});
    }
    if (!is_national(*role) && !partnership_id) {
      return Error::invalid({{"partnership", "Give the partnership of a " +
                                                 std::string(role_title(*role)) + " account"}});
    }
    agency_needed = agency_needed || needs_agency(*role);
  }
  if (!agency_needed) return std::optional<Id>();
  if (agency_code.empty())
    return Error::invalid(
        {{"agency", "Select the agency of an agency contributor or strategic lead"}});
  auto agency = transaction.agencies().find_by_code(*partnership_id, agency_code);
  if (!agency) return Error::invalid({{"agency", "Select an agency of this partnership"}});
  return std::optional<Id>(agency->id);
}

// Creates the account and its invitation email (when it has no password) in `transaction`.
Result<Account> create_account(AppContext& context, Transaction& transaction, const Caller& caller,
                               Account account, const std::string& agency_code, Instant now) {
  account.user.agency_id =
      TRY(check_roles(transaction, account.user.partnership_id, account.user.roles, agency_code));
  Account created = TRY(transaction.accounts().create(account, now));
  if (account.status == AccountStatus::invited) {
    const std::string token = security::random_token();
    transaction.user_tokens().create(created.user.id, TokenPurpose::invitation,
                                     security::token_hash(token), now, now + invitation_lifetime);
    transaction.outbox().enqueue(
        emails::invitation(context.settings, created.user.email, created.user.name, token), now);
  }
  std::string roles;
  for (const std::string& role : created.user.roles) roles += (roles.empty() ? "" : ",") + role;
  record_audit(transaction, caller, now,
               {"create", "user", std::to_string(created.user.id), "success",
                created.user.email + " as " + roles, created.user.partnership_id});
  return created;
}

Result<Account> user_in_partnership(Transaction& transaction, Id partnership_id, Id user_id) {
  auto account = transaction.accounts().find(user_id);
  if (!account || account->user.partnership_id != partnership_id)
    return Error::of(ErrorCode::not_found, "No such user");
  return *account;
}

}  // namespace

Result<Account> invite_user(AppContext& context, const Caller& caller,
                            const Invitation& invitation) {
  TRY(require(caller, Permission::manage_users));
  std::vector<FieldError> problems;
  auto email = normalise_email("email", invitation.email);
  if (!email) problems.push_back(email.error().fields.front());
  if (auto name = check_name("name", invitation.name); !name)
    problems.push_back(name.error().fields.front());
  if (!problems.empty()) return Error::invalid(problems);
  Account account;
  account.user.partnership_id = partnership_of(caller);
  account.user.email = email.value();
  account.user.name = invitation.name;
  account.user.roles = invitation.roles;
  account.status = AccountStatus::invited;
  const Instant now = context.clock.now();
  std::optional<Account> created;
  Status outcome =
      context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
        created =
            TRY(create_account(context, transaction, caller, account, invitation.agency_code, now));
        return ok_status();
      });
  if (!outcome) return outcome.error();
  return *created;
}

Result<Account> add_user(AppContext& context, const Caller& caller, const Invitation& invitation,
                         const std::string& partnership_code,
                         const std::optional<std::string>& password) {
  // The console's use case: a signed-in person invites through invite_user instead.
  if (caller.actor)
    return Error::of(ErrorCode::forbidden, "Add users from the command line, or invite them");
  const std::string email = TRY(normalise_email("email", invitation.email));
  TRY(check_name("name", invitation.name));
  Account account;
  account.user.email = email;
  account.user.name = invitation.name;
  account.user.roles = invitation.roles;
  account.status = AccountStatus::invited;
  if (password) {
    account.password_hash = TRY(new_password_hash(context, *password, *password, email));
    account.status = AccountStatus::active;
  }
  const Instant now = context.clock.now();
  std::optional<Account> created;
  Status outcome =
      context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
        if (!partnership_code.empty()) {
          auto partnership = transaction.partnerships().find_by_code(partnership_code);
          if (!partnership)
            return Error::invalid(
                {{"partnership", "No partnership has the code " + partnership_code}});
          account.user.partnership_id = partnership->id;
        }
        created =
            TRY(create_account(context, transaction, caller, account, invitation.agency_code, now));
        return ok_status();
      });
  if (!outcome) return outcome.error();
  return *created;
}

Result<std::string> email_for_link(AppContext& context, TokenPurpose purpose,
                                   const std::string& token) {
  std::string email;
  Status outcome =
      context.storage.transact(TransactionMode::read, [&](Transaction& transaction) -> Status {
        auto user_id = transaction.user_tokens().peek(purpose, security::token_hash(token),
                                                      context.clock.now());
        auto account = user_id ? transaction.accounts().find(*user_id) : std::nullopt;
        if (!account)
          return Error::of(ErrorCode::not_found, "This link has expired or has been used already");
        email = account->user.email;
        return ok_status();
      });
  if (!outcome) return outcome.error();
  return email;
}

Status accept_invitation(AppContext& context, const Caller& caller, const std::string& token,
                         const std::string& password, const std::string& confirmation) {
  const std::string email = TRY(email_for_link(context, TokenPurpose::invitation, token));
  const std::string hash = TRY(new_password_hash(context, password, confirmation, email));
  const Instant now = context.clock.now();
  return context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
    auto user_id = transaction.user_tokens().consume(TokenPurpose::invitation,
                                                     security::token_hash(token), now);
    if (!user_id)
      return Error::of(ErrorCode::not_found, "This link has expired or has been used already");
    auto account = transaction.accounts().find(*user_id);
    // An account deactivated before its invitation was accepted stays deactivated.
    if (account->status != AccountStatus::invited) {
      return Error::of(ErrorCode::not_found, "This link has expired or has been used already");
    }
    transaction.accounts().set_password(*user_id, hash, AccountStatus::active);
    record_audit(transaction, caller, now, {"accept-invitation", "user", std::to_string(*user_id)},
                 account->user);
    return ok_status();
  });
}

Status register_learner(AppContext& context, const Caller& caller,
                        const Registration& registration) {
  std::vector<FieldError> problems;
  if (auto name = check_name("name", registration.name); !name)
    problems.push_back(name.error().fields.front());
  auto email = normalise_email("email", registration.email);
  if (!email) problems.push_back(email.error().fields.front());
  if (registration.organisation.empty()) {
    problems.push_back({"organisation", enter("the agency or organisation you work for")});
  }
  if (registration.job_role.empty()) problems.push_back({"job_role", enter("your job role")});
  std::string hash;
  if (auto password = new_password_hash(context, registration.password, registration.confirmation,
                                        email ? email.value() : registration.email);
      !password) {
    for (const FieldError& field : password.error().fields) problems.push_back(field);
  } else {
    hash = password.value();
  }
  if (!problems.empty()) return Error::invalid(problems);

  const Instant now = context.clock.now();
  return context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
    if (transaction.accounts().find_by_email(email.value())) {
      // Say nothing on the page that would reveal the account; tell its owner instead.
      transaction.outbox().enqueue(emails::already_registered(context.settings, email.value()),
                                   now);
      return ok_status();
    }
    Account account;
    account.user.email = email.value();
    account.user.name = registration.name;
    account.user.roles = {std::string(role_name(Role::learner))};
    account.status = AccountStatus::unverified;
    account.password_hash = hash;
    account.organisation = registration.organisation.substr(0, 200);
    account.job_role = registration.job_role.substr(0, 200);
    Account created = TRY(transaction.accounts().create(account, now));
    const std::string token = security::random_token();
    transaction.user_tokens().create(created.user.id, TokenPurpose::email_verification,
                                     security::token_hash(token), now, now + verification_lifetime);
    transaction.outbox().enqueue(
        emails::email_verification(context.settings, created.user.email, created.user.name, token),
        now);
    record_audit(transaction, caller, now, {"register", "user", std::to_string(created.user.id)},
                 created.user);
    return ok_status();
  });
}

Status change_own_details(AppContext& context, const Caller& caller, const OwnDetails& details) {
  if (!caller.actor) return Error::of(ErrorCode::unauthenticated, "Sign in to continue");
  std::vector<FieldError> problems;
  if (auto name = check_name("name", details.name); !name)
    problems.push_back(name.error().fields.front());
  const bool learner = caller.actor->has_role(Role::learner);
  if (learner && details.organisation.empty()) {
    problems.push_back({"organisation", enter("the agency or organisation you work for")});
  }
  if (details.organisation.size() > limits::name) {
    problems.push_back({"organisation", too_long("The organisation", limits::name)});
  }
  if (learner && details.job_role.empty()) problems.push_back({"job_role", enter("your job role")});
  if (details.job_role.size() > limits::name)
    problems.push_back({"job_role", too_long("The job role", limits::name)});
  if (!problems.empty()) return Error::invalid(problems);
  const Instant now = context.clock.now();
  return context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
    auto account = transaction.accounts().find(caller.actor->user_id);
    if (!account) return Error::of(ErrorCode::unauthenticated, "Sign in to continue");
    transaction.accounts().set_details(caller.actor->user_id, details.name, details.organisation,
                                       details.job_role);
    std::string changed;
    if (account->user.name != details.name)
      changed += "name from " + account->user.name + " to " + details.name;
    if (account->organisation != details.organisation)
      changed += (changed.empty() ? "" : "; ") + std::string("organisation");
    if (account->job_role != details.job_role)
      changed += (changed.empty() ? "" : "; ") + std::string("job role");
    record_audit(
        transaction, caller, now,
        {"change-details", "user", std::to_string(caller.actor->user_id), "success", changed});
    return ok_status();
  });
}

Status verify_email(AppContext& context, const Caller& caller, const std::string& token) {
  const Instant now = context.clock.now();
  return context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
    auto user_id = transaction.user_tokens().consume(TokenPurpose::email_verification,
                                                     security::token_hash(token), now);
    if (!user_id)
      return Error::of(ErrorCode::not_found, "This link has expired or has been used already");
    auto account = transaction.accounts().find(*user_id);
    if (account->status == AccountStatus::unverified)
      transaction.accounts().set_status(*user_id, AccountStatus::active);
    record_audit(transaction, caller, now, {"verify-email", "user", std::to_string(*user_id)},
                 account->user);
    return ok_status();
  });
}

Status request_password_reset(AppContext& context, const Caller& caller,
                              const std::string& email_input) {
  const std::string email = TRY(normalise_email("email", email_input));
  const Instant now = context.clock.now();
  return context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
    auto account = transaction.accounts().find_by_email(email);
    if (!account || account->status == AccountStatus::deactivated) return ok_status();
    const std::string token = security::random_token();
    transaction.user_tokens().create(account->user.id, TokenPurpose::password_reset,
                                     security::token_hash(token), now,
                                     now + password_reset_lifetime);
    transaction.outbox().enqueue(emails::password_reset(context.settings, email, token), now);
    record_audit(transaction, caller, now,
                 {"request-password-reset", "user", std::to_string(account->user.id)},
                 account->user);
    return ok_status();
  });
}

Status reset_password(AppContext& context, const Caller& caller, const std::string& token,
                      const std::string& password, const std::string& confirmation) {
  const std::string email = TRY(email_for_link(context, TokenPurpose::password_reset, token));
  const std::string hash = TRY(new_password_hash(context, password, confirmation, email));
  const Instant now = context.clock.now();
  return context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
    auto user_id = transaction.user_tokens().consume(TokenPurpose::password_reset,
                                                     security::token_hash(token), now);
    if (!user_id)
      return Error::of(ErrorCode::not_found, "This link has expired or has been used already");
    auto account = transaction.accounts().find(*user_id);
    // An invited or unverified person who proves they hold the mailbox is active from now on.
    transaction.accounts().set_password(*user_id, hash,
                                        account->status == AccountStatus::deactivated
                                            ? AccountStatus::deactivated
                                            : AccountStatus::active);
    transaction.sessions().end_all_for_user(*user_id, now);
    transaction.outbox().enqueue(emails::password_changed(context.settings, email), now);
    record_audit(transaction, caller, now, {"reset-password", "user", std::to_string(*user_id)},
                 account->user);
    return ok_status();
  });
}

Result<std::vector<Account>> list_partnership_users(AppContext& context, const Caller& caller) {
  TRY(require(caller, Permission::manage_users));
  std::vector<Account> accounts;
  Status outcome =
      context.storage.transact(TransactionMode::read, [&](Transaction& transaction) -> Status {
        accounts = transaction.accounts().list(partnership_of(caller));
        return ok_status();
      });
  if (!outcome) return outcome.error();
  return accounts;
}

Result<Account> find_partnership_user(AppContext& context, const Caller& caller, Id user_id) {
  TRY(require(caller, Permission::manage_users));
  std::optional<Account> account;
  Status outcome =
      context.storage.transact(TransactionMode::read, [&](Transaction& transaction) -> Status {
        account = TRY(user_in_partnership(transaction, partnership_of(caller), user_id));
        return ok_status();
      });
  if (!outcome) return outcome.error();
  return *account;
}

Status change_roles(AppContext& context, const Caller& caller, Id user_id,
                    const std::vector<std::string>& roles, const std::string& agency_code) {
  TRY(require(caller, Permission::manage_users));
  const Instant now = context.clock.now();
  return context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
    const Account account = TRY(user_in_partnership(transaction, partnership_of(caller), user_id));
    const std::optional<Id> agency_id =
        TRY(check_roles(transaction, account.user.partnership_id, roles, agency_code));
    if (user_id == caller.actor->user_id &&
        std::find(roles.begin(), roles.end(), std::string(role_name(Role::admin))) == roles.end()) {
      return Error::invalid({{"roles", "You cannot remove your own administrator role"}});
    }
    transaction.accounts().set_roles(user_id, roles);
    transaction.accounts().set_agency(user_id, agency_id);
    std::string text;
    for (const std::string& role : roles) text += (text.empty() ? "" : ",") + role;
    record_audit(transaction, caller, now,
                 {"update", "user", std::to_string(user_id), "success", "roles " + text});
    return ok_status();
  });
}

Status deactivate_user(AppContext& context, const Caller& caller, Id user_id) {
  TRY(require(caller, Permission::manage_users));
  if (user_id == caller.actor->user_id)
    return Error::of(ErrorCode::wrong_state, "You cannot deactivate your own account");
  const Instant now = context.clock.now();
  return context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
    TRY(user_in_partnership(transaction, partnership_of(caller), user_id));
    transaction.accounts().set_status(user_id, AccountStatus::deactivated);
    transaction.sessions().end_all_for_user(user_id, now);
    record_audit(transaction, caller, now, {"deactivate", "user", std::to_string(user_id)});
    return ok_status();
  });
}

Status reset_second_factor(AppContext& context, const Caller& caller, Id user_id) {
  TRY(require(caller, Permission::manage_users));
  const Instant now = context.clock.now();
  return context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
    const Account account = TRY(user_in_partnership(transaction, partnership_of(caller), user_id));
    transaction.accounts().clear_totp(user_id);
    transaction.recovery_codes().replace(user_id, {});
    transaction.sessions().end_all_for_user(user_id, now);
    transaction.outbox().enqueue(emails::second_factor_reset(context.settings, account.user.email),
                                 now);
    record_audit(transaction, caller, now,
                 {"reset-second-factor", "user", std::to_string(user_id)});
    return ok_status();
  });
}

Result<Partnership> add_partnership(AppContext& context, const Caller& caller,
                                    const std::string& code, const std::string& name) {
  if (caller.actor)
    return Error::of(ErrorCode::forbidden, "Partnerships are added from the command line");
  std::vector<FieldError> problems;
  if (auto checked = check_code("code", code); !checked)
    problems.push_back(checked.error().fields.front());
  if (auto checked = check_name("name", name); !checked)
    problems.push_back(checked.error().fields.front());
  if (!problems.empty()) return Error::invalid(problems);
  std::optional<Partnership> added;
  const Instant now = context.clock.now();
  Status outcome =
      context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
        added = TRY(transaction.partnerships().add(code, name));
        record_audit(
            transaction, caller, now,
            {"create", "partnership", std::to_string(added->id), "success", code, added->id});
        return ok_status();
      });
  if (!outcome) return outcome.error();
  return *added;
}

Result<std::vector<Partnership>> list_partnerships(AppContext& context) {
  std::vector<Partnership> partnerships;
  Status outcome =
      context.storage.transact(TransactionMode::read, [&](Transaction& transaction) -> Status {
        partnerships = transaction.partnerships().list();
        return ok_status();
      });
  if (!outcome) return outcome.error();
  return partnerships;
}

Result<Agency> add_agency(AppContext& context, const Caller& caller,
                          const std::string& partnership_code, const std::string& code,
                          const std::string& name) {
  if (caller.actor) TRY(require(caller, Permission::manage_agencies));
  std::vector<FieldError> problems;
  if (auto checked = check_code("code", code); !checked)
    problems.push_back(checked.error().fields.front());
  if (auto checked = check_name("name", name); !checked)
    problems.push_back(checked.error().fields.front());
  if (!problems.empty()) return Error::invalid(problems);
  std::optional<Agency> added;
  const Instant now = context.clock.now();
  Status outcome =
      context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
        Id partnership_id = 0;
        if (caller.actor) {
          partnership_id = partnership_of(caller);
        } else {
          auto partnership = transaction.partnerships().find_by_code(partnership_code);
          if (!partnership)
            return Error::invalid(
                {{"partnership", "No partnership has the code " + partnership_code}});
          partnership_id = partnership->id;
        }
        added = TRY(transaction.agencies().add(partnership_id, code, name));
        record_audit(transaction, caller, now,
                     {"create", "agency", std::to_string(added->id), "success", code + " " + name,
                      partnership_id});
        return ok_status();
      });
  if (!outcome) return outcome.error();
  return *added;
}

Result<std::vector<Agency>> list_agencies(AppContext& context, const Caller& caller) {
  if (!caller.actor || !caller.actor->partnership_id)
    return Error::of(ErrorCode::forbidden, "Not in a partnership");
  std::vector<Agency> agencies;
  Status outcome =
      context.storage.transact(TransactionMode::read, [&](Transaction& transaction) -> Status {
        agencies = transaction.agencies().list(*caller.actor->partnership_id);
        return ok_status();
      });
  if (!outcome) return outcome.error();
  return agencies;
}

}  // namespace casereview

namespace casereview {

Result<PartnershipSettings> read_settings(AppContext& context, const Caller& caller) {
  TRY(require(caller, Permission::manage_settings));
  PartnershipSettings settings;
  Status outcome =
      context.storage.transact(TransactionMode::read, [&](Transaction& transaction) -> Status {
        settings.name = transaction.partnerships().find(partnership_of(caller))->name;
        settings.values = transaction.settings().all(partnership_of(caller));
        return ok_status();
      });
  if (!outcome) return outcome.error();
  return settings;
}

Status update_settings(AppContext& context, const Caller& caller, const std::string& name,
                       const std::map<std::string, std::string>& values) {
  TRY(require(caller, Permission::manage_settings));
  std::vector<FieldError> problems;
  if (auto checked = check_name("name", name); !checked)
    problems.push_back(checked.error().fields.front());
  auto numbers = check_settings(values);
  if (!numbers)
    problems.insert(problems.end(), numbers.error().fields.begin(), numbers.error().fields.end());
  if (!problems.empty()) return Error::invalid(problems);
  const Instant now = context.clock.now();
  return context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
    transaction.partnerships().rename(partnership_of(caller), name);
    std::string detail;
    for (const auto& [key, value] : numbers.value()) {
      transaction.settings().set(partnership_of(caller), key, std::to_string(value));
      detail += (detail.empty() ? "" : ", ") + key + "=" + std::to_string(value);
    }
    record_audit(transaction, caller, now,
                 {"update", "settings", std::to_string(partnership_of(caller)), "success", detail});
    return ok_status();
  });
}

}  // namespace casereview
