#include "web/pages/error_pages.hpp"

#include "web/layout.hpp"
#include "web/page_markup.hpp"

namespace casereview::web {

namespace {

struct ErrorText {
  const char* title;
  const char* body;
};

// Wording follows the GOV.UK Design System's error page patterns.
ErrorText text_for(int status) {
  switch (status) {
    case 400:
      return {"Sorry, there is a problem with your request",
              "The address or the form you sent could not be read. Go back and try again."};
    case 403:
      return {
          "You do not have permission to see this page",
          "If you think you should be able to see it, contact your partnership’s administrator."};
    case 404:
      return {"Page not found",
              "If you typed the web address, check it is correct. If you pasted the web address, "
              "check you copied the entire address."};
    case 405:
      return {"Sorry, this page cannot do that", "Go back to the previous page and try again."};
    case 419:
      return {"Sorry, your form could not be sent",
              "This can happen when a page has been open a long time or you have signed in again "
              "since. Nothing was changed. Go back, reload the page and try again."};
    case 413:
      return {"Sorry, what you sent is too large", "Go back and send less, or a smaller file."};
    case 503:
      return {"Sorry, the service is unavailable",
              "Try again later. Anything you have saved is safe."};
    default:
      return {"Sorry, there is a problem with the service",
              "Try again later. Anything you have saved is safe."};
  }
}

}  // namespace

Response render_error_page(int status, const Request& request, const Services& services) {
  ErrorText text = text_for(status);
  // National users (the Panel, inspectors) belong to no partnership, so there is no partnership's
  // administrator for them to ask.
  if (status == 403 && request.actor && !request.actor->partnership_id) {
    text.body = "If you think you should be able to see it, contact the service's administrator.";
  }
  Page page;
  page.title = text.title;
  page.content = Html::trusted("<h1 class=\"govuk-heading-l\">") + escape(text.title) +
                 Html::trusted("</h1><p class=\"govuk-body\">") + escape(text.body) +
                 Html::trusted("</p>");
  if (status >= 500) {
    page.content +=
        Html::trusted(
            "<p class=\"govuk-body\">If you contact us about this, quote reference <strong>") +
        escape(request.request_id) + Html::trusted("</strong>.</p>");
  }
  page.content += Html::trusted(
      "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/\">Go to the home page</a></p>");
  // 419 is our name for a refused form token; it is sent as 403 Forbidden.
  return page_response(page, request, services, status == 419 ? 403 : status);
}

Response render_refusal_page(const Error& error, const Request& request, const Services& services) {
  const bool wrong_state = error.code == ErrorCode::wrong_state;
  Page page;
  page.title = wrong_state ? "Sorry, you cannot do that now" : "There is a problem";
  page.content = heading(page.title);
  if (error.fields.empty()) page.content += paragraph(error.message);
  for (const FieldError& field : error.fields) page.content += paragraph(field.message);
  page.content += Html::trusted(
      "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/\">Go to the home page</a></p>");
  return page_response(page, request, services, wrong_state ? 409 : 422);
}

}  // namespace casereview::web
