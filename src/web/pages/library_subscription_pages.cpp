// The learning library's monthly email: see library_subscription_pages.hpp.
#include "web/pages/library_subscription_pages.hpp"

#include "app/library/library_subscriptions.hpp"
#include "web/components/back_link.hpp"
#include "web/components/button.hpp"
#include "web/forms.hpp"
#include "web/layout.hpp"
#include "web/message_page.hpp"
#include "web/page_markup.hpp"
#include "web/problem.hpp"

namespace casereview::web {

namespace {

constexpr const char* emails_path = "/learning/emails";
constexpr const char* subscription_path = "/learning/emails/subscription";

std::string token_from(const Request& request) {
  if (auto from_form = request.form_value("token")) return *from_form;
  return request.query_value("token").value_or("");
}

// Back to the library, from every page here.
const BackLink to_library{"The learning library", "/learning"};

Response form_page(const Request& request, Services& services, const std::optional<Error>& error) {
  const FormErrors errors = FormErrors::of(error);
  Page page;
  page.title = "Get a monthly email of new reviews";
  page.has_errors = error.has_value();
  page.before_content = govuk::back_link({.text = "The learning library", .href = "/learning"});
  page.content = two_thirds(
      errors.summary() + heading("Get a monthly email of new reviews") +
      paragraph("At the start of each month, an email lists the reviews published in the "
                "library the month before. There is no email in a month with none. Every email "
                "has a link to stop them.") +
      paragraph("We will send a link to confirm the address first. We use it for nothing else.") +
      form_start(request, emails_path) +
      text_input(request, errors,
                 {.name = "email",
                  .type = "email",
                  .label = {.text = "Email address"},
                  .autocomplete = "email",
                  .spellcheck = false}) +
      govuk::button({.text = "Send the confirmation link", .prevent_double_click = true}) +
      form_end());
  return page_response(page, request, services, error ? errors.http_status() : 200);
}

// GET /learning/emails
Response show_form(const Request& request, Services& services) {
  return form_page(request, services, std::nullopt);
}

// POST /learning/emails: the same answer whether the address is new, waiting or confirmed.
Response submit_form(const Request& request, Services& services) {
  const Status asked = subscribe_to_library(services.app, request.form_value("email").value_or(""));
  if (!asked) {
    if (!shown_on_form(asked.error())) return error_response(asked.error(), request, services);
    return form_page(request, services, asked.error());
  }
  return message_page(
      request, services, "Check your email",
      paragraph("If the address can have the emails, a link to confirm them is on its way. The "
                "emails start once you confirm.") +
          paragraph("No email? Check your spam folder, or ask again in 10 minutes."),
      200, to_library);
}

Html token_form(const Request& request, const char* action, const std::string& token,
                const std::string& label, const std::string& classes) {
  return form_start(request, action) + hidden_input("token", token) +
         govuk::button({.text = label, .classes = classes, .prevent_double_click = true}) +
         form_end();
}

// GET /learning/emails/subscription?token=…
Response show_subscription(const Request& request, Services& services) {
  const std::string token = token_from(request);
  auto found = subscription_by_link(services.app, token);
  if (!found) {
    if (found.error().code != ErrorCode::not_found)
      return error_response(found.error(), request, services);
    return message_page(request, services, "This link is not recognised",
                        paragraph("Check that you copied the whole link from the email.") +
                            paragraph_link(emails_path, "Ask for the monthly email again"),
                        404, to_library);
  }
  const SubscriptionByLink& subscription = found.value();
  const std::string address = "The address: " + subscription.email + ".";
  switch (subscription.state) {
    case SubscriptionState::waiting:
      return message_page(
          request, services, "Confirm the monthly email",
          paragraph(address) +
              token_form(request, "/learning/emails/confirmation", token, "Start the emails", "") +
              paragraph("Not you? Do nothing: no email will follow."),
          200, to_library);
    case SubscriptionState::confirmed:
      return message_page(request, services, "The monthly email",
                          paragraph(address + " It gets the monthly email of new reviews.") +
                              token_form(request, "/learning/emails/cancellation", token,
                                         "Stop the emails", "govuk-button--warning"),
                          200, to_library);
    case SubscriptionState::left:
      return message_page(request, services, "The emails have stopped",
                          paragraph(address + " It gets no more emails from the library.") +
                              paragraph_link(emails_path, "Start them again"),
                          200, to_library);
  }
  return Response::redirect(emails_path);
}

// POST /learning/emails/confirmation {token}
Response confirm(const Request& request, Services& services) {
  const Status confirmed = confirm_library_subscription(services.app, token_from(request));
  if (!confirmed) return show_subscription(request, services);
  return message_page(request, services, "The emails will start",
                      paragraph("The first email comes at the start of next month.") +
                          paragraph_link("/learning", "Search the library"),
                      200, to_library);
}

// POST /learning/emails/cancellation {token}
Response cancel(const Request& request, Services& services) {
  const Status left = leave_library_emails(services.app, token_from(request));
  if (!left) return show_subscription(request, services);
  return message_page(request, services, "The emails have stopped",
                      paragraph("You will get no more emails from the library.") +
                          paragraph_link(emails_path, "Start them again"),
                      200, to_library);
}

}  // namespace

void add_library_subscription_routes(Router& router) {
  router.add("GET", emails_path, Permission::public_access, show_form);
  router.add("POST", emails_path, Permission::public_access, submit_form);
  router.add("GET", subscription_path, Permission::public_access, show_subscription);
  router.add("POST", "/learning/emails/confirmation", Permission::public_access, confirm);
  router.add("POST", "/learning/emails/cancellation", Permission::public_access, cancel);
}

}  // namespace casereview::web
