#include "app/accounts.hpp"

#include <chrono>
#include <thread>

#include "app/affiliation.hpp"
#include "app/audit.hpp"
#include "app/caller_checks.hpp"
#include "app/emails.hpp"
#include "app/security/password_hash.hpp"
#include "app/security/password_rules.hpp"
#include "app/security/tokens.hpp"
#include "domain/id_text.hpp"
#include "domain/messages.hpp"
#include "domain/partnership_settings.hpp"
#include "domain/report_version.hpp"
#include "domain/review_model.hpp"
#include "domain/text.hpp"

namespace casereview {

namespace {

// Emails anyone may ask for without signing in (a reset link; a registration's verification, or
// its "you already have an account") are limited per address and per client (issue 17 item 5), so
// that nobody can flood a mailbox or use the service to send mail. The requests are counted in the
// sign-in's rate-limit table (sign_in_attempts), whose rows older than its 15-minute window are
// forgotten as it goes, under keys of their own that no client address can equal:
// "email-to:<address>" and "email-from:<client address>". Over either limit the request is answered
// exactly as before, and no email goes.
constexpr std::chrono::minutes email_request_window{15};
constexpr int emails_per_address = 3;
constexpr int email_requests_per_client = 10;

// Records the request; false when it is over a limit.
bool email_request_allowed(Transaction& transaction, const std::string& to,
                           const std::string& client_address, Instant now) {
  SignInAttemptRepository& requests = transaction.sign_in_attempts();
  requests.forget_before(now - email_request_window);
  const std::string to_key = "email-to:" + to;
  const std::string from_key = "email-from:" + client_address;
  const bool allowed =
      requests.count_since(to_key, now - email_request_window) < emails_per_address &&
      requests.count_since(from_key, now - email_request_window) < email_requests_per_client;
  requests.record(from_key, now);
  if (allowed) requests.record(to_key, now);
  return allowed;
}

// The least time a reset request takes to answer, whether or not the address has an account, so
// that the time does not tell (issue 17 item 5). Far more than the work either way takes.
constexpr std::chrono::milliseconds reset_answer_time{250};

// A new partnership's or agency's code and name, each problem naming its field ("code", "name").
Status check_code_and_name(const std::string& code, const std::string& name) {
  std::vector<FieldError> problems;
  if (auto checked = check_code("code", code); !checked)
    problems.push_back(checked.error().fields.front());
  if (auto checked = check_name("name", name); !checked)
    problems.push_back(checked.error().fields.front());
  if (!problems.empty()) return Error::invalid(problems);
  return ok_status();
}

Error link_not_usable() {
  return Error::of(ErrorCode::not_found, "This link has expired or has been used already");
}

// The account an emailed single-use link is for, using the link up; not_found when the link is
// unknown, used or expired.
Result<Account> use_link(Transaction& transaction, TokenPurpose purpose, const std::string& token,
                         Instant now) {
  auto user_id = transaction.user_tokens().consume(purpose, security::token_hash(token), now);
  auto account = user_id ? transaction.accounts().find(*user_id) : std::nullopt;
  if (!account) return link_not_usable();
  return *account;
}

// Checks a new password and its confirmation; hashes it.
Result<std::string> new_password_hash(AppContext& context, const std::string& password,
                                      const std::string& confirmation, const std::string& email) {
  TRY(security::check_new_password(password, email));
  if (password != confirmation) {
    return Error::invalid({{"confirmation", enter("the same password in both boxes")}});
  }
  return security::hash_password(password, context.settings.password_cost);
}

// Roles chosen on a form, and the agency they need (for contributor and lead).
struct CheckedRoles {
  std::vector<Role> roles;
  std::optional<Id> agency_id;
  std::optional<StatutoryPartner> signs_for;
};

// Checks the roles named on a form and the agency they need; invalid_input names the bad field.
Result<CheckedRoles> check_roles(Transaction& transaction, std::optional<Id> partnership_id,
                                 const std::vector<std::string>& names,
                                 const std::string& agency_code, const std::string& signs_for) {
  if (names.empty()) return Error::invalid({{"roles", "Select at least one role"}});
  CheckedRoles checked;
  bool agency_needed = false;
  bool partner_needed = false;
  for (const std::string& name : names) {
    auto role = role_from_name(name);
    if (!role) return Error::invalid({{"roles", "Select roles from the list"}});
    checked.roles.push_back(*role);
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
    partner_needed = partner_needed || needs_partner(*role);
  }
  // Rule SIGN-1: a signatory signs for one statutory partner, named with the role.
  if (partner_needed) {
    checked.signs_for = statutory_partner_from_name(signs_for);
    if (!checked.signs_for)
      return Error::invalid({{"signs_for", "Select the partner a partner signatory signs for"}});
  }
  if (!agency_needed) return checked;
  if (agency_code.empty())
    return Error::invalid(
        {{"agency", "Select the agency of an agency contributor or strategic lead"}});
  auto agency = transaction.agencies().find_by_code(*partnership_id, agency_code);
  if (!agency) return Error::invalid({{"agency", "Select an agency of this partnership"}});
  checked.agency_id = agency->id;
  return checked;
}

// Creates the account with the roles named on the form and its invitation email (when it has no
// password) in `transaction`.
Result<Account> create_account(AppContext& context, Transaction& transaction, const Caller& caller,
                               Account account, const std::vector<std::string>& role_names,
                               const std::string& agency_code, const std::string& signs_for,
                               Instant now) {
  CheckedRoles checked = TRY(
      check_roles(transaction, account.user.partnership_id, role_names, agency_code, signs_for));
  account.user.roles = std::move(checked.roles);
  account.user.agency_id = checked.agency_id;
  account.user.signs_for = checked.signs_for;
  Account created = TRY(transaction.accounts().create(account, now));
  if (account.status == AccountStatus::invited) {
    const std::string token = security::random_token();
    transaction.user_tokens().create(created.user.id, TokenPurpose::invitation,
                                     security::token_hash(token), now, now + invitation_lifetime);
    transaction.outbox().enqueue(
        emails::invitation(context.settings, created.user.email, created.user.name, token), now);
  }
  record_audit(
      transaction, caller, now,
      {audit_action::create, audit_entity::user, std::to_string(created.user.id),
       audit_outcome::success, created.user.email + " as " + role_names_text(created.user.roles),
       created.user.partnership_id});
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
  TRY(require_permission(caller, Permission::manage_users));
  const Id partnership_id = TRY(caller_partnership(caller));
  std::vector<FieldError> problems;
  auto email = normalise_email("email", invitation.email);
  if (!email) problems.push_back(email.error().fields.front());
  if (auto name = check_name("name", invitation.name); !name)
    problems.push_back(name.error().fields.front());
  if (!problems.empty()) return Error::invalid(problems);
  Account account;
  account.user.partnership_id = partnership_id;
  account.user.email = email.value();
  account.user.name = invitation.name;
  account.status = AccountStatus::invited;
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<Account> {
        return create_account(context, transaction, caller, account, invitation.roles,
                              invitation.agency_code, invitation.signs_for, now);
      });
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
  account.status = AccountStatus::invited;
  if (password) {
    account.password_hash = TRY(new_password_hash(context, *password, *password, email));
    account.status = AccountStatus::active;
  }
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<Account> {
        if (!partnership_code.empty()) {
          auto partnership = transaction.partnerships().find_by_code(partnership_code);
          if (!partnership)
            return Error::invalid(
                {{"partnership", "No partnership has the code " + partnership_code}});
          account.user.partnership_id = partnership->id;
        }
        return create_account(context, transaction, caller, account, invitation.roles,
                              invitation.agency_code, invitation.signs_for, now);
      });
}

Result<std::string> email_for_link(AppContext& context, TokenPurpose purpose,
                                   const std::string& token) {
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<std::string> {
        auto user_id = transaction.user_tokens().peek(purpose, security::token_hash(token),
                                                      context.clock.now());
        auto account = user_id ? transaction.accounts().find(*user_id) : std::nullopt;
        if (!account) return link_not_usable();
        return account->user.email;
      });
}

Status accept_invitation(AppContext& context, const Caller& caller, const std::string& token,
                         const std::string& password, const std::string& confirmation) {
  const std::string email = TRY(email_for_link(context, TokenPurpose::invitation, token));
  const std::string hash = TRY(new_password_hash(context, password, confirmation, email));
  const Instant now = context.clock.now();
  return context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
    const Account account = TRY(use_link(transaction, TokenPurpose::invitation, token, now));
    // An account deactivated before its invitation was accepted stays deactivated.
    if (account.status != AccountStatus::invited) return link_not_usable();
    transaction.accounts().set_password(account.user.id, hash, AccountStatus::active);
    record_audit(
        transaction, caller, now,
        {audit_action::accept_invitation, audit_entity::user, std::to_string(account.user.id)},
        account.user);
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
  const bool another_area = registration.partnership_code == another_area_code;
  if (registration.partnership_code.empty())
    problems.push_back({"partnership", "Select the partnership area you work in"});
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
    // The area first, so that the answer for a taken email is the same as for a new one.
    Account account;
    if (!another_area && !registration.partnership_code.empty()) {
      auto partnership = transaction.partnerships().find_by_code(registration.partnership_code);
      if (!partnership)
        return Error::invalid({{"partnership", "Select the partnership area you work in"}});
      account.user.partnership_id = partnership->id;
    }
    const bool may_email =
        email_request_allowed(transaction, email.value(), caller.client_address, now);
    if (transaction.accounts().find_by_email(email.value())) {
      // Say nothing on the page that would reveal the account; tell its owner instead.
      if (may_email)
        transaction.outbox().enqueue(emails::already_registered(context.settings, email.value()),
                                     now);
      return ok_status();
    }
    account.user.email = email.value();
    account.user.name = registration.name;
    account.user.roles = {Role::learner};
    account.status = AccountStatus::unverified;
    account.password_hash = hash;
    account.organisation = registration.organisation.substr(0, 200);
    account.job_role = registration.job_role.substr(0, 200);
    Account created = TRY(transaction.accounts().create(account, now));
    // Over the limits the account is made all the same; a reset link, asked for later, verifies it.
    if (may_email) {
      const std::string token = security::random_token();
      transaction.user_tokens().create(created.user.id, TokenPurpose::email_verification,
                                       security::token_hash(token), now,
                                       now + verification_lifetime);
      transaction.outbox().enqueue(emails::email_verification(context.settings, created.user.email,
                                                              created.user.name, token),
                                   now);
    }
    record_audit(
        transaction, caller, now,
        {audit_action::register_account, audit_entity::user, std::to_string(created.user.id)},
        created.user);
    return ok_status();
  });
}

Status change_own_details(AppContext& context, const Caller& caller, const OwnDetails& details) {
  TRY(require_signed_in(caller));
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
  std::optional<Id> agency_id;
  if (details.agency) {
    if (!chooses_own_agency(*caller.actor))
      problems.push_back({"agency", "Your administrator sets your agency"});
    else if (!trimmed(*details.agency).empty() && !(agency_id = parse_id(trimmed(*details.agency))))
      problems.push_back({"agency", "Select your agency, or none of these"});
  }
  if (!problems.empty()) return Error::invalid(problems);
  const Instant now = context.clock.now();
  return context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
    auto account = transaction.accounts().find(caller.actor->user_id);
    if (!account) return Error::of(ErrorCode::unauthenticated, "Sign in to continue");
    if (agency_id && !transaction.agencies().find(*caller.actor->partnership_id, *agency_id))
      return Error::invalid({{"agency", "Select an agency of your partnership, or none of these"}});
    transaction.accounts().set_details(caller.actor->user_id, details.name, details.organisation,
                                       details.job_role);
    std::string changed;
    if (account->user.name != details.name)
      changed += "name from " + account->user.name + " to " + details.name;
    if (account->organisation != details.organisation)
      changed += (changed.empty() ? "" : "; ") + std::string("organisation");
    if (account->job_role != details.job_role)
      changed += (changed.empty() ? "" : "; ") + std::string("job role");
    if (details.agency && account->user.agency_id != agency_id) {
      transaction.accounts().set_agency(caller.actor->user_id, agency_id);
      changed += (changed.empty() ? "" : "; ") + std::string("agency");
    }
    record_audit(transaction, caller, now,
                 {audit_action::change_details, audit_entity::user,
                  std::to_string(caller.actor->user_id), audit_outcome::success, changed});
    return ok_status();
  });
}

Status verify_email(AppContext& context, const Caller& caller, const std::string& token) {
  const Instant now = context.clock.now();
  return context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
    const Account account =
        TRY(use_link(transaction, TokenPurpose::email_verification, token, now));
    if (account.status == AccountStatus::unverified)
      transaction.accounts().set_status(account.user.id, AccountStatus::active);
    record_audit(transaction, caller, now,
                 {audit_action::verify_email, audit_entity::user, std::to_string(account.user.id)},
                 account.user);
    return ok_status();
  });
}

Status request_password_reset(AppContext& context, const Caller& caller,
                              const std::string& email_input) {
  const std::string email = TRY(normalise_email("email", email_input));
  const auto started = std::chrono::steady_clock::now();
  const Instant now = context.clock.now();
  Status answer =
      context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
        const bool may_email =
            email_request_allowed(transaction, email, caller.client_address, now);
        auto account = transaction.accounts().find_by_email(email);
        if (!may_email || !account || account->status == AccountStatus::deactivated)
          return ok_status();
        const std::string token = security::random_token();
        transaction.user_tokens().create(account->user.id, TokenPurpose::password_reset,
                                         security::token_hash(token), now,
                                         now + password_reset_lifetime);
        transaction.outbox().enqueue(emails::password_reset(context.settings, email, token), now);
        record_audit(transaction, caller, now,
                     {audit_action::request_password_reset, audit_entity::user,
                      std::to_string(account->user.id)},
                     account->user);
        return ok_status();
      });
  std::this_thread::sleep_until(started + reset_answer_time);
  return answer;
}

Status reset_password(AppContext& context, const Caller& caller, const std::string& token,
                      const std::string& password, const std::string& confirmation) {
  const std::string email = TRY(email_for_link(context, TokenPurpose::password_reset, token));
  const std::string hash = TRY(new_password_hash(context, password, confirmation, email));
  const Instant now = context.clock.now();
  return context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
    const Account account = TRY(use_link(transaction, TokenPurpose::password_reset, token, now));
    const Id user_id = account.user.id;
    // An invited or unverified person who proves they hold the mailbox is active from now on.
    transaction.accounts().set_password(user_id, hash,
                                        account.status == AccountStatus::deactivated
                                            ? AccountStatus::deactivated
                                            : AccountStatus::active);
    transaction.sessions().end_all_for_user(user_id, now);
    transaction.outbox().enqueue(emails::password_changed(context.settings, email), now);
    record_audit(transaction, caller, now,
                 {audit_action::reset_password, audit_entity::user, std::to_string(user_id)},
                 account.user);
    return ok_status();
  });
}

Result<std::vector<Account>> list_partnership_users(AppContext& context, const Caller& caller) {
  TRY(require_permission(caller, Permission::manage_users));
  const Id partnership_id = TRY(caller_partnership(caller));
  return context.storage.transact(TransactionMode::read,
                                  [&](Transaction& transaction) -> Result<std::vector<Account>> {
                                    return transaction.accounts().list(partnership_id);
                                  });
}

Result<Account> find_partnership_user(AppContext& context, const Caller& caller, Id user_id) {
  TRY(require_permission(caller, Permission::manage_users));
  const Id partnership_id = TRY(caller_partnership(caller));
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<Account> {
        return user_in_partnership(transaction, partnership_id, user_id);
      });
}

Status change_roles(AppContext& context, const Caller& caller, Id user_id,
                    const std::vector<std::string>& roles, const std::string& agency_code,
                    const std::string& signs_for) {
  TRY(require_permission(caller, Permission::manage_users));
  const Id partnership_id = TRY(caller_partnership(caller));
  const Instant now = context.clock.now();
  return context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
    const Account account = TRY(user_in_partnership(transaction, partnership_id, user_id));
    const CheckedRoles checked =
        TRY(check_roles(transaction, account.user.partnership_id, roles, agency_code, signs_for));
    if (user_id == caller.actor->user_id &&
        std::find(checked.roles.begin(), checked.roles.end(), Role::admin) == checked.roles.end()) {
      return Error::invalid({{"roles", "You cannot remove your own administrator role"}});
    }
    transaction.accounts().set_roles(user_id, checked.roles, checked.signs_for);
    transaction.accounts().set_agency(user_id, checked.agency_id);
    const std::string text =
        role_names_text(checked.roles) +
        (checked.signs_for
             ? " signing for " + std::string(statutory_partner_name(*checked.signs_for))
             : "");
    record_audit(transaction, caller, now,
                 {audit_action::update, audit_entity::user, std::to_string(user_id),
                  audit_outcome::success, "roles " + text});
    return ok_status();
  });
}

Status deactivate_user(AppContext& context, const Caller& caller, Id user_id) {
  TRY(require_permission(caller, Permission::manage_users));
  const Id partnership_id = TRY(caller_partnership(caller));
  if (user_id == caller.actor->user_id)
    return Error::of(ErrorCode::wrong_state, "You cannot deactivate your own account");
  const Instant now = context.clock.now();
  return context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
    TRY(user_in_partnership(transaction, partnership_id, user_id));
    transaction.accounts().set_status(user_id, AccountStatus::deactivated);
    transaction.sessions().end_all_for_user(user_id, now);
    record_audit(transaction, caller, now,
                 {audit_action::deactivate, audit_entity::user, std::to_string(user_id)});
    return ok_status();
  });
}

Status reset_second_factor(AppContext& context, const Caller& caller, Id user_id) {
  TRY(require_permission(caller, Permission::manage_users));
  const Id partnership_id = TRY(caller_partnership(caller));
  const Instant now = context.clock.now();
  return context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
    const Account account = TRY(user_in_partnership(transaction, partnership_id, user_id));
    transaction.accounts().clear_totp(user_id);
    transaction.recovery_codes().replace(user_id, {});
    transaction.sessions().end_all_for_user(user_id, now);
    transaction.outbox().enqueue(emails::second_factor_reset(context.settings, account.user.email),
                                 now);
    record_audit(transaction, caller, now,
                 {audit_action::reset_second_factor, audit_entity::user, std::to_string(user_id)});
    return ok_status();
  });
}

Result<Partnership> add_partnership(AppContext& context, const Caller& caller,
                                    const std::string& code, const std::string& name) {
  if (caller.actor)
    return Error::of(ErrorCode::forbidden, "Partnerships are added from the command line");
  TRY(check_code_and_name(code, name));
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<Partnership> {
        const Partnership added = TRY(transaction.partnerships().add(code, name));
        record_audit(transaction, caller, now,
                     {audit_action::create, audit_entity::partnership, std::to_string(added.id),
                      audit_outcome::success, code, added.id});
        return added;
      });
}

Result<std::vector<Partnership>> list_partnerships(AppContext& context) {
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<std::vector<Partnership>> {
        return transaction.partnerships().list();
      });
}

Result<Agency> add_agency(AppContext& context, const Caller& caller,
                          const std::string& partnership_code, const std::string& code,
                          const std::string& name) {
  if (caller.actor) TRY(require_permission(caller, Permission::manage_agencies));
  TRY(check_code_and_name(code, name));
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<Agency> {
        Id partnership_id = 0;
        if (caller.actor) {
          partnership_id = TRY(caller_partnership(caller));
        } else {
          auto partnership = transaction.partnerships().find_by_code(partnership_code);
          if (!partnership)
            return Error::invalid(
                {{"partnership", "No partnership has the code " + partnership_code}});
          partnership_id = partnership->id;
        }
        const Agency added = TRY(transaction.agencies().add(partnership_id, code, name));
        record_audit(transaction, caller, now,
                     {audit_action::create, audit_entity::agency, std::to_string(added.id),
                      audit_outcome::success, code + " " + name, partnership_id});
        return added;
      });
}

Result<std::vector<Agency>> list_agencies(AppContext& context, const Caller& caller) {
  const Id partnership_id = TRY(caller_partnership(caller));
  return context.storage.transact(TransactionMode::read,
                                  [&](Transaction& transaction) -> Result<std::vector<Agency>> {
                                    return transaction.agencies().list(partnership_id);
                                  });
}

}  // namespace casereview

namespace casereview {

Result<PartnershipSettings> read_settings(AppContext& context, const Caller& caller) {
  TRY(require_permission(caller, Permission::manage_settings));
  const Id partnership_id = TRY(caller_partnership(caller));
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<PartnershipSettings> {
        PartnershipSettings settings;
        settings.name = transaction.partnerships().find(partnership_id)->name;
        const auto stored = transaction.settings().all(partnership_id);
        settings.values = TRY(settings_with_defaults(stored));
        settings.report_sections = report_section_titles(stored);
        return settings;
      });
}

Status update_settings(AppContext& context, const Caller& caller, const std::string& name,
                       const std::map<std::string, std::string>& values) {
  TRY(require_permission(caller, Permission::manage_settings));
  const Id partnership_id = TRY(caller_partnership(caller));
  std::vector<FieldError> problems;
  if (auto checked = check_name("name", name); !checked)
    problems.push_back(checked.error().fields.front());
  auto checked = check_settings(values);
  if (!checked)
    problems.insert(problems.end(), checked.error().fields.begin(), checked.error().fields.end());
  // The settings kept as lists, one item a line, when the form sends them: Rule REV-1's
  // methodologies offered when commissioning, Rule RPT-1's sections of the report's template.
  using ListCheck = Result<std::string> (*)(std::string_view);
  const std::pair<const char*, ListCheck> list_settings[] = {
      {review_methodologies_key, &check_review_methodologies},
      {report_sections_key, &check_report_section_titles}};
  std::map<std::string, std::string> lists;
  for (const auto& [key, check] : list_settings) {
    auto sent = values.find(key);
    if (sent == values.end()) continue;
    auto listed = check(sent->second);
    if (listed) {
      lists[key] = listed.value();
    } else {
      problems.push_back(listed.error().fields.front());
    }
  }
  if (!problems.empty()) return Error::invalid(problems);
  const Instant now = context.clock.now();
  return context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
    transaction.partnerships().rename(partnership_id, name);
    std::string detail;
    for (const auto& [key, value] : stored_settings(checked.value())) {
      transaction.settings().set(partnership_id, key, value);
      detail += (detail.empty() ? "" : ", ") + key + "=" + value;
    }
    for (const auto& [key, listed] : lists) {
      transaction.settings().set(partnership_id, key, listed);
      detail += ", " + key + " changed";
    }
    record_audit(transaction, caller, now,
                 {audit_action::update, audit_entity::settings, std::to_string(partnership_id),
                  audit_outcome::success, detail});
    return ok_status();
  });
}

}  // namespace casereview
