#include "web/pages/agency_request_pages.hpp"

#include "app/cases/agency_responses.hpp"
#include "domain/messages.hpp"
#include "domain/text.hpp"
#include "domain/uk_time.hpp"
#include "web/components/back_link.hpp"
#include "web/components/button.hpp"
#include "web/components/character_count.hpp"
#include "web/components/error_summary.hpp"
#include "web/components/inset_text.hpp"
#include "web/components/summary_list.hpp"
#include "web/components/table.hpp"
#include "web/forms.hpp"
#include "web/layout.hpp"
#include "web/page_markup.hpp"
#include "web/pages/case_page_parts.hpp"
#include "web/pages/chronology_pages.hpp"
#include "web/problem.hpp"

namespace casereview::web {

namespace {

using namespace cases;

std::string request_path(Id request_id) { return "/agency-requests/" + std::to_string(request_id); }

// GET /agency-requests
Response show_requests(const Request& request, Services& services) {
  auto requests = list_my_agency_requests(services.app, request.caller());
  if (!requests) return error_response(requests.error(), request, services);
  Html list;
  if (requests.value().empty()) {
    list = paragraph("Your agency has no requests.");
  } else {
    govuk::TableOptions table;
    table.caption = "Requests, due soonest first";
    table.caption_classes = "govuk-visually-hidden";
    table.head = {{.text = "Case"}, {.text = "Children"}, {.text = "Requested"},
                  {.text = "Due"},  {.text = "Response"}, {.text = "Status"}};
    for (const AgencyRequestSummary& item : requests.value()) {
      table.rows.push_back({{.html = link(request_path(item.id), item.reference)},
                            {.text = joined(item.pseudonyms)},
                            {.text = day_month_year(item.requested_on)},
                            {.text = day_month_year(item.deadline.due_on)},
                            {.text = std::string(agency_response_state_text(item.state))},
                            {.html = deadline_tag(item.deadline.status)}});
    }
    list = govuk::table(table);
  }
  const std::string done = request.done_flag();
  Page page;
  page.title = "Your requests";
  page.content = full_width(
      success_banner(done == "submitted" ? "Response submitted" : "") + heading("Your requests") +
      paragraph("Rapid reviews that ask your agency for a summary of its involvement.") + list +
      my_chronology_requests_section(request, services));
  return page_response(page, request, services);
}

// Rule NTK-1: who the children are, while the request is open, so the agency can search its own
// records (the use case leaves them out otherwise, and audits each view).
Html children_section(const AgencyRequestDetail& detail) {
  if (detail.children.empty()) return Html();
  govuk::TableOptions table;
  table.caption = "The children";
  table.caption_classes = "govuk-table__caption--m";
  table.head = {{.text = "Pseudonym"},
                {.text = "Name"},
                {.text = "Date of birth"},
                {.text = "Home local authority"}};
  for (const ChildToIdentify& child : detail.children) {
    table.rows.push_back({{.text = child.pseudonym},
                          {.text = child.given_name + " " + child.family_name},
                          {.text = day_month_year(child.date_of_birth)},
                          {.text = child.home_local_authority}});
  }
  return govuk::table(table) +
         govuk::inset_text({.text = "Use these details only to search your agency's records, "
                                    "while this request is open. Write the pseudonyms, not the "
                                    "names, in your summary. Each time this page is opened it "
                                    "is recorded."});
}

Response request_page(const Request& request, Services& services,
                      const std::optional<Error>& error) {
  const Id request_id = request.path_id("request_id");
  auto found = view_agency_request(services.app, request.caller(), request_id, NameDisplay::shown);
  if (!found) return error_response(found.error(), request, services);
  const AgencyRequestDetail& detail = found.value();
  const FormErrors errors = FormErrors::of(error);
  govuk::SummaryListOptions facts;
  auto row = [&](const std::string& key, const std::string& value) {
    facts.rows.push_back({.key = {.text = key}, .value = {.text = value}});
  };
  row("Case", detail.request.reference);
  row("Children", joined(detail.request.pseudonyms));
  row("What happened", std::string(incident_kind_text(detail.incident)));
  row("Date of the incident", day_month_year(detail.incident_on));
  row("Requested", day_month_year(detail.request.requested_on));
  row("Due", day_month_year(detail.request.deadline.due_on));
  row("Response", std::string(agency_response_state_text(detail.request.state)));

  Html answer;
  if (detail.can_edit) {
    const std::string summary = error ? request.form_value("summary").value_or("") : detail.summary;
    answer =
        form_start(request, request_path(request_id)) +
        govuk::character_count(
            {.id = "summary",
             .name = "summary",
             .rows = 12,
             .value = summary,
             .maxlength = static_cast<int>(limits::agency_summary),
             .label = {.text = "Your agency's summary of its involvement",
                       .classes = "govuk-label--m"},
             .hint =
                 govuk::HintOptions{.text =
                                        "Who in your agency worked with the child or family, "
                                        "when, and what they did. Use the pseudonyms, not names."},
             .error_message = errors.for_field("summary"),
             .spellcheck = true}) +
        Html::trusted("<div class=\"govuk-button-group\">") +
        govuk::button(
            {.text = "Submit", .name = "action", .value = "submit", .prevent_double_click = true}) +
        govuk::button({.text = "Save as draft",
                       .name = "action",
                       .value = "save-draft",
                       .classes = "govuk-button--secondary"}) +
        Html::trusted("</div>") + form_end();
    if (detail.saved_at)
      answer = paragraph("Draft saved " + uk_time_text(*detail.saved_at) + ".") + answer;
  } else {
    answer =
        section_heading("Your agency's summary") + paragraph(detail.summary) +
        (detail.submitted_at ? paragraph("Submitted " + uk_time_text(*detail.submitted_at) + ".")
                             : Html());
  }
  const Html problem = errors.summary({.message_href = "#summary"});
  Page page;
  page.title = "Request for " + detail.request.reference;
  page.has_errors = error.has_value();
  page.before_content = govuk::back_link({.text = "Your requests", .href = "/agency-requests"});
  page.content = two_thirds(
      problem + success_banner(request.done_flag() == "saved" ? "Draft saved" : "") +
      heading("Summary of involvement", detail.request.reference + ", " + detail.agency_name) +
      govuk::summary_list(facts) + children_section(detail) + section_heading("Case outline") +
      paragraph(detail.outline) + answer);
  return page_response(page, request, services, error ? status_for(error->code) : 200);
}

// GET /agency-requests/{request_id}
Response show_request(const Request& request, Services& services) {
  return request_page(request, services, std::nullopt);
}

// POST /agency-requests/{request_id}: save a draft or submit.
Response answer_request(const Request& request, Services& services) {
  const Id request_id = request.path_id("request_id");
  const AgencyResponseInput input{.summary = request.form_value("summary").value_or("")};
  const bool submitting = request.form_value("action").value_or("") == "submit";
  Status outcome =
      submitting ? submit_agency_response(services.app, request.caller(), request_id, input)
                 : save_agency_response_draft(services.app, request.caller(), request_id, input);
  if (!outcome) {
    if (shown_on_form(outcome.error())) return request_page(request, services, outcome.error());
    return error_response(outcome.error(), request, services);
  }
  services.mail_queued();
  return Response::redirect(submitting ? "/agency-requests?done=submitted"
                                       : request_path(request_id) + "?done=saved");
}

}  // namespace

void add_agency_request_routes(Router& router) {
  router.add("GET", "/agency-requests", Permission::respond_for_agency, show_requests);
  router.add("GET", "/agency-requests/{request_id:int}", Permission::respond_for_agency,
             show_request);
  router.add("POST", "/agency-requests/{request_id:int}", Permission::respond_for_agency,
             answer_request);
}

}  // namespace casereview::web
