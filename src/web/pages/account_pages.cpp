#include "web/pages/account_pages.hpp"

#include <chrono>
#include <cstdio>

#include "app/accounts.hpp"
#include "app/affiliation.hpp"
#include "domain/uk_time.hpp"
#include "web/components/button.hpp"
#include "web/components/details.hpp"
#include "web/components/inset_text.hpp"
#include "web/components/notification_banner.hpp"
#include "web/components/panel.hpp"
#include "web/components/password_input.hpp"
#include "web/components/select.hpp"
#include "web/components/summary_list.hpp"
#include "web/components/table.hpp"
#include "web/components/tag.hpp"
#include "web/components/warning_text.hpp"
#include "web/forms.hpp"
#include "web/layout.hpp"
#include "web/page_markup.hpp"
#include "web/pages/affiliation_pages.hpp"
#include "web/problem.hpp"

namespace casereview::web {

namespace {

// ---------------------------------------------------------------------------------------------
// Small pieces every page here uses.

// Tells a password manager which account a new password is for, on pages that do not ask for the
// email address (Chrome's advice for password-only forms).
Html username_for_password_managers(const std::string& email) {
  return Html::trusted(
             "<input type=\"hidden\" name=\"username\" autocomplete=\"username\" value=\"") +
         escape(email) + Html::trusted("\">");
}

// The NCSC's advice, as the password rules of app/security/password_rules.hpp apply it.
const char* const password_hint =
    "Use at least 12 characters. A few unrelated words put together make a good password that is "
    "easy to remember.";

// A new password and its confirmation; fields "password" and "confirmation", as the use cases name
// them.
Html new_password_fields(const FormErrors& errors, const std::string& label) {
  return govuk::password_input({.name = "password",
                                .label = {.text = label, .classes = "govuk-label--s"},
                                .hint = govuk::HintOptions{.text = password_hint},
                                .error_message = errors.for_field("password"),
                                .autocomplete = "new-password"}) +
         govuk::password_input({.name = "confirmation",
                                .label = {.text = "Confirm password", .classes = "govuk-label--s"},
                                .error_message = errors.for_field("confirmation"),
                                .autocomplete = "new-password"});
}

std::string token_from(const Request& request) {
  if (auto from_form = request.form_value("token")) return *from_form;
  return request.query_value("token").value_or("");
}

// ---------------------------------------------------------------------------------------------
// Links from emails that are unknown, used or expired: one page, 404, saying what to do next.

Response link_expired(const Request& request, Services& services, TokenPurpose purpose) {
  Html advice;
  switch (purpose) {
    case TokenPurpose::email_verification:
      advice = Html::trusted(
          "<p class=\"govuk-body\">Links to confirm an email address work once, for 24 hours.</p>"
          "<p class=\"govuk-body\">If you have confirmed your email address already, "
          "<a class=\"govuk-link\" href=\"/sign-in\">sign in</a>.</p>"
          "<p class=\"govuk-body\">If not, you can still finish registering: "
          "<a class=\"govuk-link\" href=\"/forgot-password\">reset your password</a>. We will "
          "email you a new link, "
          "and choosing a password with it confirms your email address.</p>");
      break;
    case TokenPurpose::invitation:
      advice = Html::trusted(
          "<p class=\"govuk-body\">Invitation links work once, for 7 days.</p>"
          "<p class=\"govuk-body\">If you have set your password already, "
          "<a class=\"govuk-link\" href=\"/sign-in\">sign in</a>.</p>"
          "<p class=\"govuk-body\">If not, you can still set one: "
          "<a class=\"govuk-link\" href=\"/forgot-password\">reset your password</a> and we will "
          "email you a new "
          "link. If that does not work, contact your partnership’s administrator.</p>");
      break;
    case TokenPurpose::password_reset:
      advice = Html::trusted(
          "<p class=\"govuk-body\">Links to reset a password work once, for 1 hour.</p>"
          "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/forgot-password\">Ask for a new "
          "link</a>.</p>");
      break;
  }
  Page page;
  page.title = "This link has expired";
  page.content = two_thirds(heading("This link has expired") + advice);
  return page_response(page, request, services, 404);
}

// A journey's last page: a GOV.UK confirmation panel and what to do next.
Response confirmation(const Request& request, Services& services, const std::string& title,
                      const Html& next) {
  Page page;
  page.title = title;
  page.content = two_thirds(govuk::panel({.title_text = title}) + next);
  return page_response(page, request, services);
}

Html sign_in_next() {
  return Html::trusted(
             "<p class=\"govuk-body\">You can now sign in with your email address and "
             "password.</p>") +
         govuk::button({.text = "Sign in", .href = "/sign-in"});
}

// ---------------------------------------------------------------------------------------------
// Registering (practitioners) and confirming the email address.

// "Which partnership's area do you work in?": a plain select (there may be many partnerships),
// with "another area" last for people who work elsewhere; they may book only courses that are
// open to everyone.
Html partnership_select(const Request& request, const FormErrors& errors,
                        const std::vector<Partnership>& partnerships) {
  govuk::SelectOptions options;
  options.name = "partnership";
  options.label = {.text = "Which safeguarding partnership’s area do you work in?",
                   .classes = "govuk-label--s"};
  options.hint = govuk::HintOptions{
      .text = "Partnerships may keep some courses for people who work in their area."};
  options.error_message = errors.for_field("partnership");
  options.value = request.form_value("partnership").value_or("");
  options.items.push_back({.value = "", .text = "Select an area"});
  for (const Partnership& partnership : partnerships)
    options.items.push_back({.value = partnership.code, .text = partnership.name});
  options.items.push_back({.value = another_area_code, .text = "Another area"});
  return govuk::select(options);
}

Response register_page(const Request& request, Services& services,
                       const std::optional<Error>& error) {
  auto partnerships = list_partnerships(services.app);
  if (!partnerships) return error_response(partnerships.error(), request, services);
  const FormErrors errors = FormErrors::of(error);
  Page page;
  page.title = "Create an account";
  page.has_errors = !errors.empty();
  page.content = two_thirds(
      errors.summary() + heading("Create an account") +
      paragraph("Create an account to book training about what case reviews have found. It is for "
                "people who work "
                "with children or families in the partnership’s area.") +
      paragraph(
          "Partnership and agency staff do not register here: their administrator invites them.") +
      form_start(request, "/register") +
      text_input(request, errors,
                 {.name = "name",
                  .label = {.text = "Full name", .classes = "govuk-label--s"},
                  .autocomplete = "name",
                  .spellcheck = false}) +
      text_input(
          request, errors,
          {.name = "email",
           .type = "email",
           .label = {.text = "Work email address", .classes = "govuk-label--s"},
           .hint = govuk::HintOptions{.text = "We will send you an email to confirm it is yours."},
           .autocomplete = "email",
           .spellcheck = false}) +
      text_input(
          request, errors,
          {.name = "organisation",
           .label = {.text = "Organisation", .classes = "govuk-label--s"},
           .hint = govuk::HintOptions{.text = "The agency, school or organisation you work for"},
           .autocomplete = "organization"}) +
      text_input(request, errors,
                 {.name = "job_role",
                  .label = {.text = "Job role", .classes = "govuk-label--s"},
                  .hint = govuk::HintOptions{.text = "For example, designated safeguarding lead"},
                  .autocomplete = "organization-title"}) +
      partnership_select(request, errors, partnerships.value()) +
      new_password_fields(errors, "Create a password") +
      govuk::button({.text = "Create account", .prevent_double_click = true}) + form_end() +
      Html::trusted("<p class=\"govuk-body\">Already have an account? <a class=\"govuk-link\" "
                    "href=\"/sign-in\">Sign "
                    "in</a>.</p>"));
  return page_response(page, request, services, error ? status_for(error->code) : 200);
}

Response show_register(const Request& request, Services& services) {
  if (request.actor) return Response::redirect("/account");
  return register_page(request, services, std::nullopt);
}

Response submit_register(const Request& request, Services& services) {
  Registration registration;
  registration.name = request.form_value("name").value_or("");
  registration.email = request.form_value("email").value_or("");
  registration.organisation = request.form_value("organisation").value_or("");
  registration.job_role = request.form_value("job_role").value_or("");
  registration.password = request.form_value("password").value_or("");
  registration.confirmation = request.form_value("confirmation").value_or("");
  registration.partnership_code = request.form_value("partnership").value_or("");
  Status registered = register_learner(services.app, request.caller(), registration);
  if (!registered) {
    if (!shown_on_form(registered.error()))
      return error_response(registered.error(), request, services);
    return register_page(request, services, registered.error());
  }
  services.mail_queued();
  return Response::redirect("/register/check-your-email");
}

// The same page whether or not the address had an account: its owner is told by email instead.
Response register_check_email(const Request& request, Services& services) {
  Page page;
  page.title = "Check your email";
  page.content = two_thirds(
      heading("Check your email") +
      paragraph("We have sent an email to the address you gave. Select the link in it to confirm "
                "your email address "
                "and finish creating your account.") +
      paragraph("The link works for 24 hours.") +
      govuk::details(
          {.summary_text = "Not received an email?",
           .html = Html::trusted(
               "<p class=\"govuk-body\">Emails can take a few minutes to arrive. Check "
               "your spam or junk folder.</p><p class=\"govuk-body\">If it has still not "
               "arrived, <a class=\"govuk-link\" href=\"/register\">register "
               "again</a>, checking that the email address is right.</p>")}));
  return page_response(page, request, services);
}

Response show_verify_email(const Request& request, Services& services) {
  Status verified = verify_email(services.app, request.caller(), token_from(request));
  if (!verified) {
    if (verified.error().code != ErrorCode::not_found)
      return error_response(verified.error(), request, services);
    return link_expired(request, services, TokenPurpose::email_verification);
  }
  return confirmation(request, services, "Your email address is confirmed", sign_in_next());
}

// ---------------------------------------------------------------------------------------------
// Invitations: the invitee sets their first password. The token travels in a hidden field.

Response set_password_page(const Request& request, Services& services, const std::string& email,
                           const std::optional<Error>& error) {
  const FormErrors errors = FormErrors::of(error);
  Page page;
  page.title = "Set your password";
  page.has_errors = !errors.empty();
  page.content = two_thirds(
      errors.summary() + heading("Set your password") +
      Html::trusted(
          "<p class=\"govuk-body\">You have been invited to use this service as <strong>") +
      escape(email) + Html::trusted("</strong>. Set a password to start using it.</p>") +
      form_start(request, "/accept-invitation") + hidden_input("token", token_from(request)) +
      username_for_password_managers(email) + new_password_fields(errors, "Password") +
      govuk::button({.text = "Set password", .prevent_double_click = true}) + form_end());
  return page_response(page, request, services, error ? status_for(error->code) : 200);
}

Response show_accept_invitation(const Request& request, Services& services) {
  auto email = email_for_link(services.app, TokenPurpose::invitation, token_from(request));
  if (!email) {
    if (email.error().code != ErrorCode::not_found)
      return error_response(email.error(), request, services);
    return link_expired(request, services, TokenPurpose::invitation);
  }
  return set_password_page(request, services, email.value(), std::nullopt);
}

Response submit_accept_invitation(const Request& request, Services& services) {
  const std::string token = token_from(request);
  Status accepted = accept_invitation(services.app, request.caller(), token,
                                      request.form_value("password").value_or(""),
                                      request.form_value("confirmation").value_or(""));
  if (!accepted) {
    if (accepted.error().code == ErrorCode::not_found)
      return link_expired(request, services, TokenPurpose::invitation);
    if (!shown_on_form(accepted.error()))
      return error_response(accepted.error(), request, services);
    auto email = email_for_link(services.app, TokenPurpose::invitation, token);
    if (!email) return link_expired(request, services, TokenPurpose::invitation);
    return set_password_page(request, services, email.value(), accepted.error());
  }
  return Response::redirect("/accept-invitation/password-set");
}

Response invitation_accepted(const Request& request, Services& services) {
  return confirmation(request, services, "Your password is set", sign_in_next());
}

// ---------------------------------------------------------------------------------------------
// Forgotten passwords.

Response forgot_password_page(const Request& request, Services& services,
                              const std::optional<Error>& error) {
  const FormErrors errors = FormErrors::of(error);
  Page page;
  page.title = "Reset your password";
  page.has_errors = !errors.empty();
  page.content =
      two_thirds(errors.summary() + heading("Reset your password") +
                 paragraph("Enter the email address of your account. We will email you a link to "
                           "choose a new password.") +
                 form_start(request, "/forgot-password") +
                 text_input(request, errors,
                            {.name = "email",
                             .type = "email",
                             .label = {.text = "Email address", .classes = "govuk-label--s"},
                             .autocomplete = "email",
                             .spellcheck = false}) +
                 govuk::button({.text = "Send link", .prevent_double_click = true}) + form_end());
  return page_response(page, request, services, error ? status_for(error->code) : 200);
}

Response show_forgot_password(const Request& request, Services& services) {
  return forgot_password_page(request, services, std::nullopt);
}

Response submit_forgot_password(const Request& request, Services& services) {
  Status requested = request_password_reset(services.app, request.caller(),
                                            request.form_value("email").value_or(""));
  if (!requested) {
    if (!shown_on_form(requested.error()))
      return error_response(requested.error(), request, services);
    return forgot_password_page(request, services, requested.error());
  }
  services.mail_queued();
  return Response::redirect("/forgot-password/check-your-email");
}

// The same page whether or not the address has an account.
Response forgot_password_check_email(const Request& request, Services& services) {
  Page page;
  page.title = "Check your email";
  page.content = two_thirds(
      heading("Check your email") +
      paragraph("If the email address you gave has an account, we have sent it a link to choose a "
                "new password.") +
      paragraph("The link works for 1 hour.") +
      govuk::details(
          {.summary_text = "Not received an email?",
           .html = Html::trusted(
               "<p class=\"govuk-body\">Emails can take a few minutes to arrive. Check "
               "your spam or junk folder.</p><p class=\"govuk-body\">If it has still not "
               "arrived, <a class=\"govuk-link\" href=\"/forgot-password\">ask for "
               "another link</a>, checking that the email address is right.</p>")}));
  return page_response(page, request, services);
}

Response reset_password_page(const Request& request, Services& services, const std::string& email,
                             const std::optional<Error>& error) {
  const FormErrors errors = FormErrors::of(error);
  Page page;
  page.title = "Choose a new password";
  page.has_errors = !errors.empty();
  page.content = two_thirds(
      errors.summary() + heading("Choose a new password") +
      Html::trusted("<p class=\"govuk-body\">For the account <strong>") + escape(email) +
      Html::trusted("</strong>. When you have chosen it, you will be signed out everywhere.</p>") +
      form_start(request, "/reset-password") + hidden_input("token", token_from(request)) +
      username_for_password_managers(email) + new_password_fields(errors, "New password") +
      govuk::button({.text = "Reset password", .prevent_double_click = true}) + form_end());
  return page_response(page, request, services, error ? status_for(error->code) : 200);
}

Response show_reset_password(const Request& request, Services& services) {
  auto email = email_for_link(services.app, TokenPurpose::password_reset, token_from(request));
  if (!email) {
    if (email.error().code != ErrorCode::not_found)
      return error_response(email.error(), request, services);
    return link_expired(request, services, TokenPurpose::password_reset);
  }
  return reset_password_page(request, services, email.value(), std::nullopt);
}

Response submit_reset_password(const Request& request, Services& services) {
  const std::string token = token_from(request);
  Status reset = reset_password(services.app, request.caller(), token,
                                request.form_value("password").value_or(""),
                                request.form_value("confirmation").value_or(""));
  if (!reset) {
    if (reset.error().code == ErrorCode::not_found)
      return link_expired(request, services, TokenPurpose::password_reset);
    if (!shown_on_form(reset.error())) return error_response(reset.error(), request, services);
    auto email = email_for_link(services.app, TokenPurpose::password_reset, token);
    if (!email) return link_expired(request, services, TokenPurpose::password_reset);
    return reset_password_page(request, services, email.value(), reset.error());
  }
  services.mail_queued();  // "your password has been changed"
  return Response::redirect("/reset-password/password-reset");
}

Response password_was_reset(const Request& request, Services& services) {
  return confirmation(
      request, services, "Your password has been reset",
      paragraph("You have been signed out everywhere you were signed in.") + sign_in_next());
}

// ---------------------------------------------------------------------------------------------
// Your account: details, sessions and API tokens.

// A small form with one button posting to `action`; `context` completes the button's words for
// screen readers, since every row of a table has the same button.
Html row_button(const Request& request, const std::string& action, const std::string& text,
                const std::string& context) {
  return form_start(request, action) +
         govuk::button({.html = escape(text) +
                                Html::trusted("<span class=\"govuk-visually-hidden\"> ") +
                                escape(context) + Html::trusted("</span>"),
                        .classes = "govuk-button--secondary govuk-!-margin-bottom-0"}) +
         form_end();
}

govuk::TableCell hidden_header(const std::string& text) {
  return {.html = Html::trusted("<span class=\"govuk-visually-hidden\">") + escape(text) +
                  Html::trusted("</span>")};
}

Html details_list(const Actor& actor, const Affiliation& affiliation) {
  Html roles;
  if (actor.roles.size() == 1) {
    roles = escape(role_title(actor.roles.front()));
  } else {
    roles = Html::trusted("<ul class=\"govuk-list\">");
    for (Role role : actor.roles)
      roles += Html::trusted("<li>") + escape(role_title(role)) + Html::trusted("</li>");
    roles += Html::trusted("</ul>");
  }
  govuk::SummaryListOptions list;
  list.attributes = {{"id", "your-details"}};
  list.rows.push_back({.key = {.text = "Name"}, .value = {.text = actor.name}});
  list.rows.push_back({.key = {.text = "Email address"}, .value = {.text = actor.email}});
  list.rows.push_back(
      {.key = {.text = actor.roles.size() == 1 ? "Role" : "Roles"}, .value = {.html = roles}});
  if (affiliation.partnership) {
    list.rows.push_back(
        {.key = {.text = "Partnership"}, .value = {.text = affiliation.partnership->name}});
  }
  if (affiliation.agency)
    list.rows.push_back({.key = {.text = "Agency"}, .value = {.text = affiliation.agency->name}});
  if (!affiliation.organisation.empty()) {
    list.rows.push_back(
        {.key = {.text = "Organisation"}, .value = {.text = affiliation.organisation}});
  }
  if (!affiliation.job_role.empty()) {
    list.rows.push_back({.key = {.text = "Job role"}, .value = {.text = affiliation.job_role}});
  }
  return govuk::summary_list(list);
}

Html sessions_table(const Request& request, const std::vector<SessionRecord>& sessions) {
  govuk::TableOptions table;
  table.caption = "Where you are signed in";
  table.caption_classes = "govuk-visually-hidden";
  table.attributes = {{"id", "sessions"}};
  table.head = {{.text = "Started"},
                {.text = "Last seen"},
                {.text = "Address"},
                {.text = "Browser"},
                hidden_header("Action")};
  for (const SessionRecord& session : sessions) {
    const bool current = request.session && request.session->session.id == session.id;
    const std::string started = uk_time_text(session.created_at);
    Html action =
        current ? govuk::tag({.text = "This session"})
                : row_button(request, "/account/sessions/" + std::to_string(session.id) + "/end",
                             "End session", "started " + started);
    table.rows.push_back(
        {{.text = started},
         {.text = uk_time_text(session.last_seen_at)},
         {.text = session.client_address},
         {.text = session.user_agent.empty() ? "Not known" : session.user_agent},
         {.html = action, .attributes = {{"data-session-id", std::to_string(session.id)}}}});
  }
  return table.rows.empty() ? paragraph("You are not signed in anywhere with a browser.")
                            : govuk::table(table);
}

Html api_tokens_table(const Request& request, const std::vector<ApiTokenRecord>& tokens) {
  if (tokens.empty()) return paragraph("You have no API tokens.");
  govuk::TableOptions table;
  table.caption = "Your API tokens";
  table.caption_classes = "govuk-visually-hidden";
  table.attributes = {{"id", "api-tokens"}};
  table.head = {{.text = "Name"},
                {.text = "Created"},
                {.text = "Last used"},
                {.text = "Status"},
                hidden_header("Action")};
  for (const ApiTokenRecord& token : tokens) {
    const bool revoked = token.revoked_at.has_value();
    Html status = revoked ? govuk::tag({.text = "Revoked", .classes = "govuk-tag--grey"})
                          : govuk::tag({.text = "Active", .classes = "govuk-tag--green"});
    Html action =
        revoked ? Html()
                : row_button(request, "/account/api-tokens/" + std::to_string(token.id) + "/revoke",
                             "Revoke", "token " + token.name);
    table.rows.push_back(
        {{.text = token.name},
         {.text = uk_time_text(token.created_at)},
         {.text = token.last_used_at ? uk_time_text(*token.last_used_at) : "Never"},
         {.html = status},
         {.html = action, .attributes = {{"data-token-id", std::to_string(token.id)}}}});
  }
  return govuk::table(table);
}

// After ending a session or revoking a token the browser comes back here with ?notice=…
Html notice_banner(const Request& request) {
  const std::string notice = request.query_value("notice").value_or("");
  if (notice == "session-ended") {
    return govuk::notification_banner(
        {.text = "The session has ended. That browser will have to sign in again.",
         .type = "success"});
  }
  if (notice == "details-changed") {
    return govuk::notification_banner(
        {.text = "Your details have been changed.", .type = "success"});
  }
  if (notice == "affiliations-saved") {
    return govuk::notification_banner(
        {.text = "Your affiliations have been saved.", .type = "success"});
  }
  if (notice == "api-token-revoked") {
    return govuk::notification_banner(
        {.text = "The API token has been revoked. Programs using it can no longer use the API.",
         .type = "success"});
  }
  return Html();
}

Response account_page(const Request& request, Services& services,
                      const std::optional<Error>& error) {
  const Actor& actor = *request.actor;
  auto affiliation = find_affiliation(services.app, actor);
  if (!affiliation) return error_response(affiliation.error(), request, services);
  auto sessions = list_my_sessions(services.app, request.caller());
  if (!sessions) return error_response(sessions.error(), request, services);
  auto tokens = list_my_api_tokens(services.app, request.caller());
  if (!tokens) return error_response(tokens.error(), request, services);

  const FormErrors errors = FormErrors::of(error);
  Page page;
  page.title = "Your account";
  page.has_errors = !errors.empty();
  page.content =
      two_thirds(
          errors.summary() + notice_banner(request) + heading("Your account") +
          section_heading("Your details", "details-heading") +
          details_list(actor, affiliation.value()) +
          Html::trusted(
              "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/account/details\" "
              "id=\"change-details\">Change your name, organisation or job role</a></p>") +
          paragraph(
              "To change your email address or role, contact your partnership’s administrator.") +
          account_affiliations_section(request, services)) +
      section_heading("Where you are signed in", "sessions-heading") +
      paragraph(
          "If you see somewhere you do not recognise, end that session and reset your password.") +
      sessions_table(request, sessions.value()) +
      section_heading("API tokens", "api-tokens-heading") +
      two_thirds(paragraph(
          "Scripts and other programs can use the service’s API as you with an API token. Anyone "
          "who has one of your tokens can act as you, so revoke a token you no longer need.")) +
      api_tokens_table(request, tokens.value()) +
      two_thirds(
          form_start(request, "/account/api-tokens") +
          text_input(
              request, errors,
              {.name = "name",
               .label = {.text = "Create an API token", .classes = "govuk-label--s"},
               .hint = govuk::HintOptions{.text = "Give it a name so you can tell your tokens "
                                                  "apart, such as the name of the script that "
                                                  "uses it"},
               .classes = "govuk-!-width-two-thirds",
               .spellcheck = false}) +
          govuk::button({.text = "Create token",
                         .classes = "govuk-button--secondary",
                         .prevent_double_click = true}) +
          form_end());
  return page_response(page, request, services, error ? status_for(error->code) : 200);
}

Response show_account(const Request& request, Services& services) {
  return account_page(request, services, std::nullopt);
}

// "Change your details": the person's own name, organisation and job role (change_own_details).
// A corrected name is what their certificates show from then on.
// Issue 13: a self-registered practitioner says which of the partnership's agencies they work for
// (if any), so that an action training that agency's staff counts their training.
Html own_agency_select(const Request& request, const FormErrors& errors,
                       const std::vector<Agency>& agencies, const Affiliation& affiliation) {
  if (agencies.empty()) return Html();
  govuk::SelectOptions select{
      .name = "agency",
      .value = errors.empty() ? (affiliation.agency ? std::to_string(affiliation.agency->id) : "")
                              : request.form_value("agency").value_or(""),
      .label = {.text = "Your agency in the partnership", .classes = "govuk-label--s"},
      .hint = govuk::HintOptions{
          .text = "If you work for one of these agencies, choose it: the partnership then counts "
                  "your training towards the actions that train its staff."}};
  if (auto message = errors.for_field("agency")) select.error_message = message;
  select.items.push_back({.value = "", .text = "None of these"});
  for (const Agency& agency : agencies)
    select.items.push_back({.value = std::to_string(agency.id), .text = agency.name});
  return govuk::select(select);
}

Response details_page(const Request& request, Services& services,
                      const std::optional<Error>& error) {
  auto affiliation = find_affiliation(services.app, *request.actor);
  if (!affiliation) return error_response(affiliation.error(), request, services);
  auto agencies = agencies_to_choose(services.app, *request.actor);
  if (!agencies) return error_response(agencies.error(), request, services);
  const FormErrors errors = FormErrors::of(error);
  // First visit: the current details; after an error, what was submitted (the request's values).
  auto current = [&](const std::string& value) { return error ? std::string() : value; };
  Page page;
  page.title = "Change your details";
  page.has_errors = !errors.empty();
  page.content = two_thirds(
      errors.summary() + heading("Change your details") +
      paragraph("Your certificates show the name you give here.") +
      form_start(request, "/account/details") +
      text_input(request, errors,
                 {.name = "name",
                  .value = current(request.actor->name),
                  .label = {.text = "Full name", .classes = "govuk-label--s"},
                  .autocomplete = "name",
                  .spellcheck = false}) +
      text_input(
          request, errors,
          {.name = "organisation",
           .value = current(affiliation.value().organisation),
           .label = {.text = "Agency or organisation", .classes = "govuk-label--s"},
           .hint = govuk::HintOptions{.text = "The agency, school or organisation you work for"},
           .autocomplete = "organization"}) +
      text_input(request, errors,
                 {.name = "job_role",
                  .value = current(affiliation.value().job_role),
                  .label = {.text = "Job role", .classes = "govuk-label--s"},
                  .autocomplete = "organization-title"}) +
      own_agency_select(request, errors, agencies.value(), affiliation.value()) +
      govuk::button({.text = "Save your details", .prevent_double_click = true}) + form_end() +
      Html::trusted("<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/account\">Back to "
                    "your account</a></p>"));
  return page_response(page, request, services, error ? status_for(error->code) : 200);
}

Response show_details(const Request& request, Services& services) {
  return details_page(request, services, std::nullopt);
}

Response submit_details(const Request& request, Services& services) {
  OwnDetails details{request.form_value("name").value_or(""),
                     request.form_value("organisation").value_or(""),
                     request.form_value("job_role").value_or("")};
  if (chooses_own_agency(*request.actor))
    details.agency = request.form_value("agency").value_or("");
  Status changed = change_own_details(services.app, request.caller(), details);
  if (!changed) {
    if (shown_on_form(changed.error())) return details_page(request, services, changed.error());
    return error_response(changed.error(), request, services);
  }
  return Response::redirect("/account?notice=details-changed");
}

Response submit_end_session(const Request& request, Services& services) {
  Status ended = end_my_session(services.app, request.caller(), request.path_id("session_id"));
  if (!ended) return error_response(ended.error(), request, services);
  return Response::redirect("/account?notice=session-ended");
}

Response submit_create_api_token(const Request& request, Services& services) {
  auto created = create_api_token(services.app, request.caller(), request.actor->user_id,
                                  request.form_value("name").value_or(""));
  if (!created) {
    if (!shown_on_form(created.error())) return error_response(created.error(), request, services);
    return account_page(request, services, created.error());
  }
  // Shown here once: only its hash is kept, so neither this page nor any other can show it again.
  Page page;
  page.title = "Your new API token";
  page.content = two_thirds(
      heading("Your new API token") +
      govuk::warning_text({.text = "Copy the token now. It will not be shown again."}) +
      govuk::inset_text(
          {.html =
               Html::trusted("<p class=\"govuk-body\">Token name: ") +
               escape(created.value().record.name) +
               Html::trusted(
                   "</p><p class=\"govuk-body govuk-!-margin-bottom-0\"><code class=\"cr-api-token "
                   "govuk-!-font-size-24 govuk-!-font-weight-bold\">") +
               escape(created.value().token) + Html::trusted("</code></p>")}) +
      Html::trusted(
          "<p class=\"govuk-body\">Send it in the <code>Authorization</code> header of each "
          "request, as "
          "<code>Bearer</code> followed by the token. The API is described in "
          "<a class=\"govuk-link\" href=\"/api/v1/openapi\">its OpenAPI document</a>.</p>") +
      govuk::button({.text = "Back to your account", .href = "/account"}));
  return page_response(page, request, services);
}

Response submit_revoke_api_token(const Request& request, Services& services) {
  Status revoked = revoke_my_api_token(services.app, request.caller(), request.path_id("token_id"));
  if (!revoked) return error_response(revoked.error(), request, services);
  return Response::redirect("/account?notice=api-token-revoked");
}

}  // namespace

void add_account_routes(Router& router) {
  router.add("GET", "/register", Permission::public_access, show_register);
  router.add("POST", "/register", Permission::public_access, submit_register);
  router.add("GET", "/register/check-your-email", Permission::public_access, register_check_email);
  router.add("GET", "/verify-email", Permission::public_access, show_verify_email);
  router.add("GET", "/accept-invitation", Permission::public_access, show_accept_invitation);
  router.add("POST", "/accept-invitation", Permission::public_access, submit_accept_invitation);
  router.add("GET", "/accept-invitation/password-set", Permission::public_access,
             invitation_accepted);
  router.add("GET", "/forgot-password", Permission::public_access, show_forgot_password);
  router.add("POST", "/forgot-password", Permission::public_access, submit_forgot_password);
  router.add("GET", "/forgot-password/check-your-email", Permission::public_access,
             forgot_password_check_email);
  router.add("GET", "/reset-password", Permission::public_access, show_reset_password);
  router.add("POST", "/reset-password", Permission::public_access, submit_reset_password);
  router.add("GET", "/reset-password/password-reset", Permission::public_access,
             password_was_reset);
  router.add("GET", "/account", Permission::signed_in, show_account);
  router.add("GET", "/account/details", Permission::signed_in, show_details);
  router.add("POST", "/account/details", Permission::signed_in, submit_details);
  router.add("POST", "/account/sessions/{session_id:int}/end", Permission::signed_in,
             submit_end_session);
  router.add("POST", "/account/api-tokens", Permission::signed_in, submit_create_api_token);
  router.add("POST", "/account/api-tokens/{token_id:int}/revoke", Permission::signed_in,
             submit_revoke_api_token);
}

}  // namespace casereview::web
