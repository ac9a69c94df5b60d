// A partnership's agencies, for its administrator: the list and a form to add one (add_agency in
// app/accounts.hpp, always to the administrator's own partnership). Contributors and strategic
// leads belong to one of these agencies and see that agency's work only.
#include <algorithm>

#include "app/accounts.hpp"
#include "web/components/button.hpp"
#include "web/components/table.hpp"
#include "web/forms.hpp"
#include "web/layout.hpp"
#include "web/page_markup.hpp"
#include "web/pages/admin_pages.hpp"
#include "web/problem.hpp"

namespace casereview::web::admin {

namespace {

Response agencies_page(const Request& request, Services& services,
                       const std::optional<Error>& error, int status) {
  auto agencies = list_agencies(services.app, request.caller());
  if (!agencies) return error_response(agencies.error(), request, services);
  const FormErrors errors = FormErrors::of(error);

  std::string banner;
  if (request.done_flag() == "added") {
    const std::string code = request.query_value("agency").value_or("");
    auto added = std::find_if(agencies.value().begin(), agencies.value().end(),
                              [&](const Agency& agency) { return agency.code == code; });
    if (added != agencies.value().end()) banner = "Agency added: " + added->name;
  }

  Html list;
  if (agencies.value().empty()) {
    list = Html::trusted("<p class=\"govuk-body\">The partnership has no agencies yet.</p>");
  } else {
    govuk::TableOptions table;
    table.caption = "Agencies";
    table.caption_classes = "govuk-visually-hidden";
    table.head = {{.text = "Code"}, {.text = "Name"}};
    for (const Agency& agency : agencies.value())
      table.rows.push_back({{.text = agency.code}, {.text = agency.name}});
    list = govuk::table(table);
  }

  Page page;
  page.title = "Agencies";
  page.has_errors = !errors.empty();
  page.content = two_thirds(
      success_banner(banner) + errors.summary() + heading("Agencies") + list +
      Html::trusted("<h2 class=\"govuk-heading-m\">Add an agency</h2>") +
      form_start(request, "/admin/agencies") +
      text_input(
          request, errors,
          {.name = "code",
           .label = {.text = "Code"},
           .hint =
               govuk::HintOptions{.text = "Used in references. 2 to 12 capital letters, digits or "
                                          "hyphens, starting with a letter, for example POLICE."},
           .classes = "govuk-input--width-10",
           .autocomplete = "off",
           .spellcheck = false,
           .autocapitalize = "characters"}) +
      text_input(request, errors,
                 {.name = "name",
                  .label = {.text = "Name"},
                  .hint = govuk::HintOptions{.text = "For example, Northbrook Police."},
                  .autocomplete = "off"}) +
      govuk::button({.text = "Add agency", .prevent_double_click = true}) + form_end());
  return page_response(page, request, services, status);
}

// GET /admin/agencies
Response show_agencies(const Request& request, Services& services) {
  return agencies_page(request, services, std::nullopt, 200);
}

// POST /admin/agencies
Response submit_agency(const Request& request, Services& services) {
  const std::string code = request.form_value("code").value_or("");
  // An administrator adds to their own partnership: the use case takes it from the caller.
  auto added =
      add_agency(services.app, request.caller(), "", code, request.form_value("name").value_or(""));
  if (!added) {
    const Error& error = added.error();
    if (error.code == ErrorCode::invalid_input) return agencies_page(request, services, error, 422);
    // The code is taken: say so at the code field (409, as for any wrong state).
    if (error.code == ErrorCode::wrong_state) {
      return agencies_page(request, services, Error::invalid({{"code", error.message}}), 409);
    }
    return error_response(error, request, services);
  }
  return Response::redirect("/admin/agencies?done=added&agency=" +
                            query_encode(added.value().code));
}

}  // namespace

void add_agency_routes(Router& router) {
  router.add("GET", "/admin/agencies", Permission::manage_agencies, show_agencies);
  router.add("POST", "/admin/agencies", Permission::manage_agencies, submit_agency);
}

}  // namespace casereview::web::admin
