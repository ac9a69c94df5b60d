// The link in an advance copy's email (Rule PUB-2): see advance_copy_pages.hpp.
#include "web/pages/advance_copy_pages.hpp"

#include "app/library/advance_copies.hpp"
#include "domain/uk_time.hpp"
#include "web/message_page.hpp"
#include "web/page_markup.hpp"
#include "web/problem.hpp"

namespace casereview::web {

namespace {

std::string token_of(const Request& request) { return request.query_value("token").value_or(""); }

// GET /advance-copies?token=…
Response show_copy(const Request& request, Services& services) {
  auto found = advance_copy_by_link(services.app, token_of(request));
  if (!found) {
    if (found.error().code != ErrorCode::not_found)
      return error_response(found.error(), request, services);
    return message_page(request, services, "This link is not recognised",
                        paragraph("Check that you copied the whole link from the email."), 404);
  }
  const AdvanceCopyByLink& copy = found.value();
  if (copy.expired)
    return message_page(request, services, "This link has expired",
                        paragraph("It worked until " + uk_time_text(copy.link.expires_at) +
                                  ". Ask " + copy.partnership_name + " to send the report again."),
                        410);
  return message_page(
      request, services, "Advance copy of review " + copy.case_reference,
      paragraph(copy.partnership_name +
                " sent you the final report of this child safeguarding practice review before "
                "it is published. It is confidential until then.") +
          paragraph_link("/advance-copies/pdf?token=" + query_encode(token_of(request)),
                         "Download the final report (PDF)") +
          paragraph("The link works until " + uk_time_text(copy.link.expires_at) + "."),
      200);
}

// GET /advance-copies/pdf?token=…
Response download_copy(const Request& request, Services& services) {
  auto pdf = advance_copy_pdf(services.app, token_of(request));
  if (!pdf) {
    if (pdf.error().code == ErrorCode::wrong_state) return show_copy(request, services);
    return error_response(pdf.error(), request, services);
  }
  return Response::attachment(std::move(pdf.value()), "application/pdf", "final-report.pdf");
}

}  // namespace

void add_advance_copy_routes(Router& router) {
  router.add("GET", "/advance-copies", Permission::public_access, show_copy);
  router.add("GET", "/advance-copies/pdf", Permission::public_access, download_copy);
}

}  // namespace casereview::web
