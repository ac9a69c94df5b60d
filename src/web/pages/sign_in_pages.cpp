#include "web/pages/sign_in_pages.hpp"

#include "app/security/qr_code.hpp"
#include "web/authentication.hpp"
#include "web/components/button.hpp"
#include "web/components/inset_text.hpp"
#include "web/forms.hpp"
#include "web/layout.hpp"
#include "web/page_markup.hpp"
#include "web/problem.hpp"

namespace casereview::web {

namespace {

// Where a person's work is, the page they land on after signing in (issue 10, item 11): the
// dashboard for managers, committee members and notifiers; the Panel's queue; the inspectors'
// notifications; an agency's requests; a partner's signatory's rapid reviews to sign; the
// trainers' courses; a learner's own training. The
// account page only for someone with none of these roles (an administrator).
std::string work_page(const Actor& actor) {
  if (actor.has_role(Role::manager) || actor.has_role(Role::committee) ||
      actor.has_role(Role::notifier))
    return "/dashboard";
  if (actor.has_role(Role::panel)) return "/panel";
  if (actor.has_role(Role::inspector)) return "/notifications";
  if (actor.has_role(Role::contributor)) return "/agency-requests";
  if (actor.has_role(Role::signatory)) return "/sign-offs";
  if (actor.has_role(Role::trainer)) return "/courses";
  if (actor.has_role(Role::learner)) return "/my-training";
  return "/account";
}

// What happens after signing in when no page asked for it: GET /sign-in, which sends a signed-in
// person on to their work page.
constexpr const char* after_sign_in = "/sign-in";

// Where to go after signing in: the page that asked for it (`return-to`), if it is on this site;
// otherwise the signed-in person's work page, or "" while nobody is signed in yet.
std::string return_path(const Request& request) {
  auto from_form = request.form_value("return-to");
  auto from_query = request.query_value("return-to");
  const std::string asked = from_form ? *from_form : from_query.value_or("");
  if (!asked.empty()) return safe_return_path(asked);
  return request.actor ? work_page(*request.actor) : "";
}

// return_path, or GET /sign-in (which finds the work page) when it is not known yet.
std::string next_path(const Request& request) {
  const std::string path = return_path(request);
  return path.empty() ? after_sign_in : path;
}

Response sign_in_page(const Request& request, Services& services,
                      const std::optional<Error>& error) {
  const FormErrors errors = FormErrors::of(error);
  Page page;
  page.title = "Sign in";
  page.has_errors = !errors.empty();
  page.content = two_thirds(
      errors.summary() + heading("Sign in") + form_start(request, "/sign-in") +
      Html::trusted("<input type=\"hidden\" name=\"return-to\" value=\"") +
      escape(return_path(request)) + Html::trusted("\">") +
      text_input(request, errors,
                 {.name = "email",
                  .type = "email",
                  .label = {.text = "Email address"},
                  .autocomplete = "email",
                  .spellcheck = false}) +
      text_input(request, errors,
                 {.name = "password",
                  .type = "password",
                  .label = {.text = "Password"},
                  .autocomplete = "current-password"}) +
      govuk::button({.text = "Sign in", .prevent_double_click = true}) + form_end() +
      Html::trusted(
          "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/forgot-password\">Forgotten "
          "your "
          "password?</a></p><p class=\"govuk-body\">Work with children or families and want to "
          "book "
          "training? <a class=\"govuk-link\" href=\"/register\">Create an account</a>.</p>"));
  return page_response(page, request, services, error ? status_for(error->code) : 200);
}

Response show_sign_in(const Request& request, Services& services) {
  if (request.actor) return Response::redirect(next_path(request));
  return sign_in_page(request, services, std::nullopt);
}

Response submit_sign_in(const Request& request, Services& services) {
  const std::string previous =
      request.cookies.count(session_cookie) ? request.cookies.at(session_cookie) : "";
  auto signed_in = sign_in(services.app, request.caller(), request.form_value("email").value_or(""),
                           request.form_value("password").value_or(""), previous);
  if (!signed_in) {
    if (!shown_on_form(signed_in.error()))
      return error_response(signed_in.error(), request, services);
    return sign_in_page(request, services, signed_in.error());
  }
  std::string next = next_path(request);
  if (signed_in.value().next_step == SecondFactorStep::enter_code) {
    // Encoded whole, so that its own query string stays part of it.
    next = "/sign-in/two-factor?return-to=" + query_encode(return_path(request));
  }
  if (signed_in.value().next_step == SecondFactorStep::set_up)
    next = "/sign-in/set-up-authenticator";
  Response response = Response::redirect(next);
  response.headers.emplace_back("Set-Cookie",
                                session_cookie_header(signed_in.value().session_token, services));
  return response;
}

Response two_factor_page(const Request& request, Services& services,
                         const std::optional<Error>& error) {
  if (request.session->next_step == SecondFactorStep::set_up)
    return Response::redirect("/sign-in/set-up-authenticator");
  const FormErrors errors = FormErrors::of(error);
  Page page;
  page.title = "Enter the code from your authenticator app";
  page.has_errors = !errors.empty();
  page.content = two_thirds(
      errors.summary() + form_start(request, "/sign-in/two-factor") +
      Html::trusted("<input type=\"hidden\" name=\"return-to\" value=\"") +
      escape(return_path(request)) + Html::trusted("\">") +
      text_input(
          request, errors,
          {.name = "code",
           .inputmode = "numeric",
           .label = {.text = "Enter the code from your authenticator app",
                     .classes = "govuk-label--l",
                     .is_page_heading = true},
           .hint =
               govuk::HintOptions{.text = "The 6-digit code your app shows now. If you have lost "
                                          "your phone, enter one of your recovery codes instead."},
           .classes = "govuk-input--width-10",
           .autocomplete = "one-time-code",
           .spellcheck = false}) +
      govuk::button({.text = "Continue", .prevent_double_click = true}) + form_end());
  return page_response(page, request, services, error ? status_for(error->code) : 200);
}

Response show_two_factor(const Request& request, Services& services) {
  return two_factor_page(request, services, std::nullopt);
}

// Rule SEC-5: the session ends after too many wrong codes; the sign-in page says why, and the
// browser forgets the ended session's cookie.
Response signed_out_with(const Request& request, Services& services, const Error& error) {
  Response response = sign_in_page(request, services, error);
  response.headers.emplace_back("Set-Cookie", cleared_session_cookie_header(services));
  return response;
}

// Rule SEC-5: the signed-in session replaces the half-signed-in one, under a new cookie.
Response signed_in_at(const std::string& path, const SignedIn& signed_in, Services& services) {
  Response response = Response::redirect(path);
  response.headers.emplace_back("Set-Cookie",
                                session_cookie_header(signed_in.session_token, services));
  return response;
}

Response submit_two_factor(const Request& request, Services& services) {
  auto verified = verify_second_factor(services.app, request.caller(), *request.session,
                                       request.form_value("code").value_or(""));
  if (!verified) {
    if (verified.error().code == ErrorCode::unauthenticated)
      return signed_out_with(request, services, verified.error());
    if (!shown_on_form(verified.error()))
      return error_response(verified.error(), request, services);
    return two_factor_page(request, services, verified.error());
  }
  return signed_in_at(next_path(request), verified.value(), services);
}

Response set_up_page(const Request& request, Services& services,
                     const std::optional<Error>& error) {
  auto enrolment = begin_totp_enrolment(services.app, *request.session);
  if (!enrolment) return error_response(enrolment.error(), request, services);
  auto qr_code =
      security::qr_code_svg(enrolment.value().uri, "QR code to scan with your authenticator app");
  if (!qr_code) return error_response(qr_code.error(), request, services);
  const FormErrors errors = FormErrors::of(error);
  Page page;
  page.title = "Set up your authenticator app";
  page.has_errors = !errors.empty();
  page.content = two_thirds(
      errors.summary() + heading("Set up your authenticator app") +
      Html::trusted(
          "<p class=\"govuk-body\">Staff accounts need a second step when signing in. Use an "
          "authenticator app on your phone, such as one your organisation recommends.</p>"
          "<ol class=\"govuk-list govuk-list--number\"><li>Open the app and choose to add an "
          "account.</li>"
          "<li>Scan this QR code, or enter the key below it.</li><li>Enter the 6-digit code the "
          "app "
          "shows.</li></ol><div class=\"cr-qr-code\">") +
      Html::trusted(qr_code.value()) +
      Html::trusted("</div><p class=\"govuk-body\">Key: <strong class=\"cr-secret\">") +
      escape(enrolment.value().secret_for_reading) + Html::trusted("</strong></p>") +
      form_start(request, "/sign-in/set-up-authenticator") +
      text_input(
          request, errors,
          {.name = "code",
           .inputmode = "numeric",
           .label = {.text = "Code from your authenticator app", .classes = "govuk-label--m"},
           .classes = "govuk-input--width-10",
           .autocomplete = "one-time-code",
           .spellcheck = false}) +
      govuk::button({.text = "Continue", .prevent_double_click = true}) + form_end());
  return page_response(page, request, services, error ? status_for(error->code) : 200);
}

Response show_set_up(const Request& request, Services& services) {
  return set_up_page(request, services, std::nullopt);
}

Response submit_set_up(const Request& request, Services& services) {
  auto enrolled = confirm_totp_enrolment(services.app, request.caller(), *request.session,
                                         request.form_value("code").value_or(""));
  if (!enrolled) {
    if (enrolled.error().code == ErrorCode::unauthenticated)
      return signed_out_with(request, services, enrolled.error());
    if (!shown_on_form(enrolled.error()))
      return error_response(enrolled.error(), request, services);
    return set_up_page(request, services, enrolled.error());
  }
  Html list = Html::trusted("<ul class=\"cr-recovery-codes\">");
  for (const std::string& code : enrolled.value().recovery_codes)
    list += Html::trusted("<li>") + escape(code) + Html::trusted("</li>");
  list += Html::trusted("</ul>");
  Page page;
  page.title = "Your recovery codes";
  page.content = two_thirds(heading("Your recovery codes") +
                            Html::trusted("<p class=\"govuk-body\">Your authenticator app is set "
                                          "up. If you lose your phone, you can sign "
                                          "in with one of these codes instead. Each works once. "
                                          "Keep them somewhere safe: they will not be "
                                          "shown again.</p>") +
                            list + govuk::button({.text = "Continue", .href = after_sign_in}));
  // Rule SEC-5: the signed-in session replaces the half-signed-in one, under a new cookie.
  Response response = page_response(page, request, services);
  response.headers.emplace_back(
      "Set-Cookie", session_cookie_header(enrolled.value().session.session_token, services));
  return response;
}

Response submit_sign_out(const Request& request, Services& services) {
  if (request.session) {
    Status ended = sign_out(services.app, request.caller(), *request.session);
    if (!ended) return error_response(ended.error(), request, services);
  }
  Response response = Response::redirect("/signed-out");
  response.headers.emplace_back("Set-Cookie", cleared_session_cookie_header(services));
  return response;
}

Response signed_out(const Request& request, Services& services) {
  Page page;
  page.title = "You have signed out";
  page.content = two_thirds(
      heading("You have signed out") +
      Html::trusted("<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/sign-in\">Sign in "
                    "again</a></p>"));
  return page_response(page, request, services);
}

}  // namespace

void add_sign_in_routes(Router& router) {
  router.add("GET", "/sign-in", Permission::public_access, show_sign_in);
  router.add("POST", "/sign-in", Permission::public_access, submit_sign_in);
  router.add("GET", "/sign-in/two-factor", Permission::second_factor_pending, show_two_factor);
  router.add("POST", "/sign-in/two-factor", Permission::second_factor_pending, submit_two_factor);
  router.add("GET", "/sign-in/set-up-authenticator", Permission::second_factor_pending,
             show_set_up);
  router.add("POST", "/sign-in/set-up-authenticator", Permission::second_factor_pending,
             submit_set_up);
  router.add("POST", "/sign-out", Permission::public_access, submit_sign_out);
  router.add("GET", "/signed-out", Permission::public_access, signed_out);
}

}  // namespace casereview::web
