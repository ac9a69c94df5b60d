// Certificates: a person downloads their own certificate as a PDF (only once it is issued: marked
// attended and, when the course requires it, the evaluation given — Rule TRN-5), and anyone,
// without signing in, checks a certificate's verification code at /certificates/verify. The code
// can come in the address (?code=…), so the address printed on the PDF can carry it. An unknown
// code gets one answer, "We could not find a certificate with that code", which reveals nothing
// else.
#include "app/training/certificates.hpp"
#include "domain/messages.hpp"
#include "web/components/button.hpp"
#include "web/components/error_summary.hpp"
#include "web/components/input.hpp"
#include "web/components/panel.hpp"
#include "web/components/summary_list.hpp"
#include "web/forms.hpp"
#include "web/layout.hpp"
#include "web/page_markup.hpp"
#include "web/pages/training_parts.hpp"
#include "web/problem.hpp"

namespace casereview::web::training {

namespace {

const char* const verify_title = "Check a training certificate";

// The code question: a GET form, because checking a code changes nothing.
Html code_form(const std::string& code, const std::optional<std::string>& error) {
  Html form = Html::trusted("<form method=\"get\" action=\"/certificates/verify\" novalidate>");
  form += govuk::input(
      {.name = "code",
       .value = code,
       .label = {.text = "Verification code", .classes = "govuk-label--s"},
       .hint =
           govuk::HintOptions{.text =
                                  "It is printed on the certificate, for example K7MQ-4RTX-9WHC"},
       .error_message =
           error ? std::optional(govuk::ErrorMessageOptions{.text = *error}) : std::nullopt,
       .classes = "govuk-input--width-20",
       .autocomplete = "off",
       .spellcheck = false,
       .autocapitalize = "characters"});
  return form + govuk::button({.text = "Check certificate"}) + Html::trusted("</form>");
}

// GET /certificates/verify[?code=…]
Response show_verify(const Request& request, Services& services) {
  const std::optional<std::string> sent = request.query_value("code");
  Page page;
  page.title = verify_title;
  int status = 200;
  Html content;
  if (!sent) {
    content = heading(verify_title) +
              paragraph(
                  "Enter the verification code printed on a certificate to check that the "
                  "partnership issued it.") +
              code_form("", std::nullopt);
  } else if (sent->find_first_not_of(" \t") == std::string::npos) {
    page.has_errors = true;
    status = 422;
    const std::string missing = enter("the verification code");
    content =
        FormErrors({{"code", missing}}).summary() + heading(verify_title) + code_form("", missing);
  } else if (auto found = verify_certificate(services.app, *sent); found) {
    const CertificateVerification& certificate = found.value();
    page.title = "This certificate is valid";
    content =
        govuk::panel({.title_text = "This certificate is valid", .text = certificate.code}) +
        govuk::summary_list(
            {.rows =
                 {
                     {.key = {.text = "Name"}, .value = {.text = certificate.name}},
                     {.key = {.text = "Course"}, .value = {.text = certificate.course}},
                     {.key = {.text = "Date"}, .value = {.text = day_month_year(certificate.date)}},
                     {.key = {.text = "Issued by"}, .value = {.text = certificate.partnership}},
                 }}) +
        Html::trusted("<p class=\"govuk-body\">") +
        link("/certificates/verify", "Check another certificate") + Html::trusted("</p>");
  } else if (found.error().code == ErrorCode::not_found) {
    page.title = "We could not find a certificate with that code";
    status = 404;
    content = heading("We could not find a certificate with that code") +
              paragraph("Check the code and try again. It has 12 letters and numbers.") +
              code_form(*sent, std::nullopt);
  } else {
    return error_response(found.error(), request, services);
  }
  page.content = two_thirds(content);
  return page_response(page, request, services, status);
}

// GET /certificates/{certificate_id}: the holder's own certificate as a PDF download.
Response download_certificate(const Request& request, Services& services) {
  auto file = certificate_pdf(services.app, request.caller(), request.path_id("certificate_id"));
  if (!file) return error_response(file.error(), request, services);
  return Response::attachment(file.value().content, file.value().content_type,
                              file.value().file_name);
}

}  // namespace

void add_certificate_routes(Router& router) {
  router.add("GET", "/certificates/verify", Permission::public_access, show_verify);
  router.add("GET", "/certificates/{certificate_id:int}", Permission::signed_in,
             download_certificate);
}

}  // namespace casereview::web::training
