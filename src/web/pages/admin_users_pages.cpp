// The users of a partnership, for its administrator: the list, inviting a staff member, one user's
// page with a form to change their roles and agency, and — each after a page asking "Are you
// sure…" — deactivating an account or resetting its authenticator app. Every change is made by a
// use case in app/accounts.hpp, which checks the permission again, keeps the administrator to
// their own partnership (another partnership's user is not found: 404) and audits it.
#include <algorithm>
#include <map>

#include "app/accounts.hpp"
#include "domain/role.hpp"
#include "domain/text.hpp"
#include "web/components/back_link.hpp"
#include "web/components/button.hpp"
#include "web/components/checkboxes.hpp"
#include "web/components/select.hpp"
#include "web/components/summary_list.hpp"
#include "web/components/table.hpp"
#include "web/components/tag.hpp"
#include "web/components/warning_text.hpp"
#include "web/forms.hpp"
#include "web/layout.hpp"
#include "web/page_markup.hpp"
#include "web/pages/admin_pages.hpp"
#include "web/problem.hpp"

namespace casereview::web::admin {

namespace {

// The roles an administrator gives within a partnership, in the order the form lists them. The
// national roles (panel, inspector) are given from the command line; practitioners (learner)
// register themselves.
constexpr Role partnership_roles[] = {Role::admin,    Role::manager,     Role::committee,
                                      Role::notifier, Role::contributor, Role::lead,
                                      Role::reviewer, Role::trainer,     Role::signatory};

// What holding a role lets someone do, shown under its title in the form.
std::string_view role_hint(Role role) {
  switch (role) {
    case Role::admin:
      return "Manages the partnership's users, agencies and settings, and reads its audit log.";
    case Role::manager:
      return "Runs the review process and sees all the partnership's cases.";
    case Role::committee:
      return "Sits on the Case Review Committee.";
    case Role::notifier:
      return "Records notifications of serious incidents for the local authority.";
    case Role::contributor:
      return "Writes their agency's chronologies and summaries. Needs an agency.";
    case Role::lead:
      return "Owns their agency's actions. Needs an agency.";
    case Role::reviewer:
      return "Sees only the cases they are assigned to.";
    case Role::trainer:
      return "Runs courses and training sessions.";
    case Role::learner:
      return "Books training.";
    case Role::panel:
      return "The National Panel.";
    case Role::inspector:
      return "Ofsted or the Department for Education: notifications, read only.";
    case Role::signatory:
      return "Signs rapid reviews off for one statutory partner, as themselves. Needs the partner.";
  }
  return "";
}

// The titles of the roles, for people, in the order of all_roles (storage keeps them in
// alphabetical order of their names).
std::vector<std::string> role_titles(const std::vector<Role>& roles) {
  std::vector<std::string> titles;
  for (Role role : all_roles) {
    if (std::find(roles.begin(), roles.end(), role) != roles.end())
      titles.emplace_back(role_title(role));
  }
  return titles;
}

// The roles' names, as the role checkboxes' values.
std::vector<std::string> role_names(const std::vector<Role>& roles) {
  std::vector<std::string> names;
  for (Role role : roles) names.emplace_back(role_name(role));
  return names;
}

Html status_tag(AccountStatus status) {
  switch (status) {
    case AccountStatus::invited:
      return govuk::tag({.text = "Invited"});
    case AccountStatus::unverified:
      return govuk::tag({.text = "Email not confirmed", .classes = "govuk-tag--yellow"});
    case AccountStatus::active:
      return govuk::tag({.text = "Active", .classes = "govuk-tag--green"});
    case AccountStatus::deactivated:
      return govuk::tag({.text = "Deactivated", .classes = "govuk-tag--grey"});
  }
  return Html();
}

const Agency* agency_with_id(const std::vector<Agency>& agencies, std::optional<Id> agency_id) {
  if (!agency_id) return nullptr;
  auto found = std::find_if(agencies.begin(), agencies.end(),
                            [&](const Agency& agency) { return agency.id == *agency_id; });
  return found == agencies.end() ? nullptr : &*found;
}

// Rule SIGN-1: the partner a signatory signs for, beside the agency question (a plain select, so
// that it works without JavaScript).
Html partner_select(const FormErrors& errors, const std::string& chosen) {
  govuk::SelectOptions options;
  options.name = "signs_for";
  options.label = {.text = "Signs for", .classes = "govuk-label--m"};
  options.hint = govuk::HintOptions{
      .text =
          "Needed for a partner signatory: the statutory partner they sign rapid reviews "
          "off for. Leave as ‘No partner’ for other roles."};
  options.error_message = errors.for_field("signs_for");
  options.value = chosen;
  options.items.push_back({.value = "", .text = "No partner"});
  for (StatutoryPartner partner : all_statutory_partners) {
    options.items.push_back({.value = std::string(statutory_partner_name(partner)),
                             .text = std::string(statutory_partner_text(partner))});
  }
  return govuk::select(options);
}

std::string user_path(Id user_id) { return "/admin/users/" + std::to_string(user_id); }

// The roles question. `include_learner` adds the practitioner role, for a user who holds it, so
// that saving their other roles keeps it.
Html role_checkboxes(const FormErrors& errors, const std::vector<std::string>& chosen,
                     bool include_learner, const std::string& legend) {
  govuk::CheckboxesOptions options;
  options.name = "roles";
  options.id_prefix = "roles";
  options.values = chosen;
  options.fieldset = govuk::InputsFieldsetOptions{
      .legend = {.text = legend, .classes = "govuk-fieldset__legend--m"}};
  options.hint = govuk::HintOptions{.text = "Select all that apply."};
  options.error_message = errors.for_field("roles");
  std::vector<Role> roles(std::begin(partnership_roles), std::end(partnership_roles));
  if (include_learner) roles.push_back(Role::learner);
  for (Role role : roles) {
    options.items.push_back({.text = std::string(role_title(role)),
                             .value = std::string(role_name(role)),
                             .hint = {.text = std::string(role_hint(role))}});
  }
  return govuk::checkboxes(options);
}

// The agency question: a plain select, so that it works without JavaScript for both roles that
// need it.
Html agency_select(const FormErrors& errors, const std::vector<Agency>& agencies,
                   const std::string& chosen) {
  govuk::SelectOptions options;
  options.name = "agency";
  options.label = {.text = "Agency", .classes = "govuk-label--m"};
  options.hint = govuk::HintOptions{
      .text =
          "Needed for an agency contributor or strategic lead, who see their own "
          "agency's work only. Leave as ‘No agency’ for other roles."};
  options.error_message = errors.for_field("agency");
  options.value = chosen;
  options.items.push_back({.value = "", .text = "No agency"});
  for (const Agency& agency : agencies)
    options.items.push_back({.value = agency.code, .text = agency.name});
  return govuk::select(options);
}

// GET /admin/users
Response show_users(const Request& request, Services& services) {
  auto users = list_partnership_users(services.app, request.caller());
  if (!users) return error_response(users.error(), request, services);
  auto agencies = list_agencies(services.app, request.caller());
  if (!agencies) return error_response(agencies.error(), request, services);

  std::string banner;
  if (request.done_flag() == "invited") {
    const std::string invited_id = request.query_value("user").value_or("");
    for (const Account& account : users.value()) {
      if (std::to_string(account.user.id) == invited_id)
        banner = "Invitation sent to " + account.user.email;
    }
  }

  govuk::TableOptions table;
  table.caption = "Users";
  table.caption_classes = "govuk-visually-hidden";
  table.head = {{.text = "Name"},
                {.text = "Email address"},
                {.text = "Roles"},
                {.text = "Agency"},
                {.text = "Status"}};
  for (const Account& account : users.value()) {
    const Agency* agency = agency_with_id(agencies.value(), account.user.agency_id);
    table.rows.push_back({
        {.html = Html::trusted("<a class=\"govuk-link\" href=\"") +
                 escape(user_path(account.user.id)) + Html::trusted("\">") +
                 escape(account.user.name) + Html::trusted("</a>")},
        {.text = account.user.email},
        {.text = joined(role_titles(account.user.roles))},
        {.text = agency ? agency->name : ""},
        {.html = status_tag(account.status)},
    });
  }

  Page page;
  page.title = "Users";
  page.content =
      full_width(success_banner(banner) + heading("Users") +
                 govuk::button({.text = "Invite a user", .href = "/admin/users/invite"}) +
                 govuk::table(table));
  return page_response(page, request, services);
}

Response invite_page(const Request& request, Services& services, const std::optional<Error>& error,
                     int status) {
  auto agencies = list_agencies(services.app, request.caller());
  if (!agencies) return error_response(agencies.error(), request, services);
  const FormErrors errors = FormErrors::of(error);
  Page page;
  page.title = "Invite a user";
  page.has_errors = !errors.empty();
  page.before_content = govuk::back_link({.href = "/admin/users"});
  page.content = two_thirds(
      errors.summary() + heading("Invite a user") +
      paragraph("They will get an email with a link to set their password. The link works once, "
                "for 7 days.") +
      form_start(request, "/admin/users/invite") +
      text_input(request, errors,
                 {.name = "name",
                  .label = {.text = "Full name", .classes = "govuk-label--m"},
                  .autocomplete = "off",
                  .spellcheck = false}) +
      text_input(request, errors,
                 {.name = "email",
                  .type = "email",
                  .label = {.text = "Email address", .classes = "govuk-label--m"},
                  .hint = govuk::HintOptions{.text = "Their work email address."},
                  .autocomplete = "off",
                  .spellcheck = false}) +
      role_checkboxes(errors, request.form_values("roles"), false, "Roles") +
      agency_select(errors, agencies.value(), request.form_value("agency").value_or("")) +
      partner_select(errors, request.form_value("signs_for").value_or("")) +
      govuk::button({.text = "Send invitation", .prevent_double_click = true}) + form_end());
  return page_response(page, request, services, status);
}

// GET /admin/users/invite
Response show_invite(const Request& request, Services& services) {
  return invite_page(request, services, std::nullopt, 200);
}

// POST /admin/users/invite
Response submit_invite(const Request& request, Services& services) {
  const Invitation invitation{.email = request.form_value("email").value_or(""),
                              .name = request.form_value("name").value_or(""),
                              .roles = request.form_values("roles"),
                              .agency_code = request.form_value("agency").value_or(""),
                              .signs_for = request.form_value("signs_for").value_or("")};
  auto invited = invite_user(services.app, request.caller(), invitation);
  if (!invited) {
    const Error& error = invited.error();
    if (error.code == ErrorCode::invalid_input) return invite_page(request, services, error, 422);
    // The email has an account already: say so at the email field (409, as for any wrong state).
    if (error.code == ErrorCode::wrong_state) {
      return invite_page(request, services, Error::invalid({{"email", error.message}}), 409);
    }
    return error_response(error, request, services);
  }
  services.mail_queued();
  return Response::redirect("/admin/users?done=invited&user=" +
                            std::to_string(invited.value().user.id));
}

std::string user_banner(const Request& request) {
  const std::string done = request.done_flag();
  if (done == "roles-changed") return "Roles and agency saved";
  if (done == "deactivated") return "Account deactivated";
  if (done == "second-factor-reset") return "Authenticator app reset";
  return "";
}

Response user_page(const Request& request, Services& services, const std::optional<Error>& error) {
  const Id user_id = request.path_id("user_id");
  auto found = find_partnership_user(services.app, request.caller(), user_id);
  if (!found) return error_response(found.error(), request, services);
  auto agencies = list_agencies(services.app, request.caller());
  if (!agencies) return error_response(agencies.error(), request, services);
  const Account& account = found.value();
  const Agency* agency = agency_with_id(agencies.value(), account.user.agency_id);
  const FormErrors errors = FormErrors::of(error);

  Html roles_list = Html::trusted("<ul class=\"govuk-list\">");
  for (const std::string& title : role_titles(account.user.roles)) {
    roles_list += Html::trusted("<li>") + escape(title) + Html::trusted("</li>");
  }
  roles_list += Html::trusted("</ul>");
  const Html summary = govuk::summary_list(
      {.rows = {
           {.key = {.text = "Name"}, .value = {.text = account.user.name}},
           {.key = {.text = "Email address"}, .value = {.text = account.user.email}},
           {.key = {.text = "Roles"}, .value = {.html = roles_list}},
           {.key = {.text = "Agency"}, .value = {.text = agency ? agency->name : "None"}},
           {.key = {.text = "Signs for"},
            .value = {.text = account.user.signs_for
                                  ? std::string(statutory_partner_text(*account.user.signs_for))
                                  : "None"}},
           {.key = {.text = "Status"}, .value = {.html = status_tag(account.status)}},
           {.key = {.text = "Authenticator app"},
            .value = {.text = account.totp_enrolled_at ? "Set up" : "Not set up"}},
       }});

  const bool holds_learner = std::find(account.user.roles.begin(), account.user.roles.end(),
                                       Role::learner) != account.user.roles.end();
  const std::vector<std::string> chosen_roles =
      error ? request.form_values("roles") : role_names(account.user.roles);
  const std::string chosen_agency =
      error ? request.form_value("agency").value_or("") : (agency ? agency->code : "");
  const std::string path = user_path(user_id);
  const Html roles_form =
      Html::trusted("<h2 class=\"govuk-heading-m\">Change roles and agency</h2>") +
      form_start(request, path + "/roles") +
      role_checkboxes(errors, chosen_roles, holds_learner, "Roles") +
      agency_select(errors, agencies.value(), chosen_agency) +
      partner_select(errors,
                     error ? request.form_value("signs_for").value_or("")
                           : (account.user.signs_for
                                  ? std::string(statutory_partner_name(*account.user.signs_for))
                                  : "")) +
      govuk::button({.text = "Save roles and agency", .prevent_double_click = true}) + form_end();

  Html account_actions = Html::trusted("<h2 class=\"govuk-heading-m\">Account</h2>");
  if (account.status == AccountStatus::deactivated) {
    account_actions += paragraph("This account is deactivated. They cannot sign in.");
  } else {
    const bool own_account = request.actor && request.actor->user_id == user_id;
    Html buttons;
    if (own_account) {
      account_actions +=
          paragraph("You cannot deactivate your own account. Another administrator can.");
    } else {
      buttons += govuk::button({.text = "Deactivate account",
                                .href = path + "/deactivate",
                                .classes = "govuk-button--warning"});
    }
    if (account.totp_enrolled_at) {
      buttons += govuk::button({.text = "Reset authenticator app",
                                .href = path + "/reset-second-factor",
                                .classes = "govuk-button--secondary"});
    }
    if (!buttons.empty()) {
      account_actions +=
          Html::trusted("<div class=\"govuk-button-group\">") + buttons + Html::trusted("</div>");
    }
  }

  Page page;
  page.title = account.user.name;
  page.has_errors = !errors.empty();
  page.before_content = govuk::back_link({.text = "All users", .href = "/admin/users"});
  page.content =
      two_thirds(success_banner(user_banner(request)) + errors.summary() +
                 heading(account.user.name, "User") + summary + roles_form + account_actions);
  return page_response(page, request, services, error ? status_for(error->code) : 200);
}

// GET /admin/users/{user_id}
Response show_user(const Request& request, Services& services) {
  return user_page(request, services, std::nullopt);
}

// POST /admin/users/{user_id}/roles
Response submit_roles(const Request& request, Services& services) {
  const Id user_id = request.path_id("user_id");
  Status changed = change_roles(
      services.app, request.caller(), user_id, request.form_values("roles"),
      request.form_value("agency").value_or(""), request.form_value("signs_for").value_or(""));
  if (!changed) {
    if (shown_on_form(changed.error())) return user_page(request, services, changed.error());
    return error_response(changed.error(), request, services);
  }
  return Response::redirect(user_path(user_id) + "?done=roles-changed");
}

// What a confirmation page asks.
struct Confirmation {
  std::string title;  // the question, also the page's heading
  std::string consequence;
  std::string button_text;
  std::string action;  // the path the button posts to (the page's own path)
};

// "Are you sure…": the question, what will happen, a button that does it and a way back.
Response confirmation_page(const Request& request, Services& services, const Account& account,
                           const Confirmation& confirmation) {
  const std::string back = user_path(account.user.id);
  Page page;
  page.title = confirmation.title;
  page.before_content = govuk::back_link({.href = back});
  page.content =
      two_thirds(heading(confirmation.title, account.user.name + " (" + account.user.email + ")") +
                 govuk::warning_text({.text = confirmation.consequence}) +
                 form_start(request, confirmation.action) +
                 Html::trusted("<div class=\"govuk-button-group\">") +
                 govuk::button({.text = confirmation.button_text,
                                .classes = "govuk-button--warning",
                                .prevent_double_click = true}) +
                 Html::trusted("<a class=\"govuk-link\" href=\"") + escape(back) +
                 Html::trusted("\">Cancel</a></div>") + form_end());
  return page_response(page, request, services);
}

Confirmation deactivation(Id user_id) {
  return {"Are you sure you want to deactivate this account?",
          "They will be signed out at once and will not be able to sign in again.",
          "Deactivate account", user_path(user_id) + "/deactivate"};
}

Confirmation second_factor_reset(Id user_id) {
  return {
      "Are you sure you want to reset their authenticator app?",
      "They will be signed out, and their recovery codes will stop working. They will set up their "
      "authenticator app again the next time they sign in. We will email them to say so.",
      "Reset authenticator app", user_path(user_id) + "/reset-second-factor"};
}

// GET /admin/users/{user_id}/deactivate and /reset-second-factor: the question first.
Response confirm(const Request& request, Services& services, Confirmation (*confirmation)(Id)) {
  const Id user_id = request.path_id("user_id");
  auto found = find_partnership_user(services.app, request.caller(), user_id);
  if (!found) return error_response(found.error(), request, services);
  return confirmation_page(request, services, found.value(), confirmation(user_id));
}

Response show_deactivate(const Request& request, Services& services) {
  return confirm(request, services, deactivation);
}

Response show_reset_second_factor(const Request& request, Services& services) {
  return confirm(request, services, second_factor_reset);
}

// POST /admin/users/{user_id}/deactivate
Response submit_deactivate(const Request& request, Services& services) {
  const Id user_id = request.path_id("user_id");
  Status deactivated = deactivate_user(services.app, request.caller(), user_id);
  if (!deactivated) return error_response(deactivated.error(), request, services);
  return Response::redirect(user_path(user_id) + "?done=deactivated");
}

// POST /admin/users/{user_id}/reset-second-factor
Response submit_reset_second_factor(const Request& request, Services& services) {
  const Id user_id = request.path_id("user_id");
  Status reset = reset_second_factor(services.app, request.caller(), user_id);
  if (!reset) return error_response(reset.error(), request, services);
  services.mail_queued();
  return Response::redirect(user_path(user_id) + "?done=second-factor-reset");
}

}  // namespace

void add_user_routes(Router& router) {
  router.add("GET", "/admin/users", Permission::manage_users, show_users);
  router.add("GET", "/admin/users/invite", Permission::manage_users, show_invite);
  router.add("POST", "/admin/users/invite", Permission::manage_users, submit_invite);
  router.add("GET", "/admin/users/{user_id:int}", Permission::manage_users, show_user);
  router.add("POST", "/admin/users/{user_id:int}/roles", Permission::manage_users, submit_roles);
  router.add("GET", "/admin/users/{user_id:int}/deactivate", Permission::manage_users,
             show_deactivate);
  router.add("POST", "/admin/users/{user_id:int}/deactivate", Permission::manage_users,
             submit_deactivate);
  router.add("GET", "/admin/users/{user_id:int}/reset-second-factor", Permission::manage_users,
             show_reset_second_factor);
  router.add("POST", "/admin/users/{user_id:int}/reset-second-factor", Permission::manage_users,
             submit_reset_second_factor);
}

}  // namespace casereview::web::admin
