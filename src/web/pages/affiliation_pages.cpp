// A reviewer's declared affiliations: see the header. Rule REV-4.
#include "web/pages/affiliation_pages.hpp"

#include "app/accounts.hpp"
#include "app/reviews/reviewers.hpp"
#include "domain/policy.hpp"
#include "web/components/button.hpp"
#include "web/components/fieldset.hpp"
#include "web/components/input.hpp"
#include "web/components/select.hpp"
#include "web/components/table.hpp"
#include "web/forms.hpp"
#include "web/layout.hpp"
#include "web/page_markup.hpp"
#include "web/pages/case_page_parts.hpp"
#include "web/problem.hpp"

namespace casereview::web {

namespace {

using namespace cases;

constexpr const char* affiliations_path = "/account/affiliations";

std::string item_name(std::size_t index, const std::string& field) {
  return "affiliations[" + std::to_string(index) + "]." + field;
}

// At most this many items on the page.
constexpr std::size_t most_items = 100;

// "0", "12": an item's number as posted; nothing for anything else or too many.
std::optional<std::size_t> item_index(const std::string& text) {
  if (text.empty() || text.size() > 3) return std::nullopt;
  for (char digit : text) {
    if (digit < '0' || digit > '9') return std::nullopt;
  }
  const std::size_t index = std::stoul(text);
  if (index > most_items) return std::nullopt;
  return index;
}

// The list as the form holds it: text as typed, one item per affiliation.
std::vector<AffiliationInput> inputs_from_form(const Request& request) {
  std::vector<AffiliationInput> inputs;
  const std::size_t count = item_index(request.form_value("count").value_or("0")).value_or(0);
  for (std::size_t index = 0; index < count; ++index) {
    AffiliationInput input;
    input.agency_id = parse_id(request.form_value(item_name(index, "agency_id")).value_or(""));
    input.organisation = request.form_value(item_name(index, "organisation")).value_or("");
    input.from = date_from_form(request, item_name(index, "from"));
    input.to = date_from_form(request, item_name(index, "to"));
    inputs.push_back(std::move(input));
  }
  return inputs;
}

std::vector<AffiliationInput> inputs_from(const std::vector<DeclaredAffiliation>& affiliations) {
  std::vector<AffiliationInput> inputs;
  for (const DeclaredAffiliation& affiliation : affiliations) {
    inputs.push_back({.agency_id = affiliation.agency_id,
                      .organisation = affiliation.agency_id ? "" : affiliation.organisation,
                      .from = affiliation.from.to_iso_string(),
                      .to = affiliation.to ? affiliation.to->to_iso_string() : ""});
  }
  return inputs;
}

// One affiliation's questions in a fieldset of its own, with its "Remove" button.
Html item_fieldset(std::size_t index, const AffiliationInput& input,
                   const std::vector<Agency>& agencies, const FormErrors& errors) {
  govuk::SelectOptions agency;
  agency.id = field_id(item_name(index, "agency_id"));
  agency.name = item_name(index, "agency_id");
  agency.label = {.text = "Agency of the partnership"};
  agency.value = input.agency_id ? std::to_string(*input.agency_id) : "";
  agency.error_message = errors.for_field(item_name(index, "agency_id"));
  agency.items.push_back({.value = "", .text = "Not an agency of the partnership"});
  for (const Agency& each : agencies)
    agency.items.push_back({.value = std::to_string(each.id), .text = each.name});
  const std::string number = std::to_string(index + 1);
  Html content =
      govuk::select(agency) +
      govuk::input({.id = field_id(item_name(index, "organisation")),
                    .name = item_name(index, "organisation"),
                    .value = input.organisation,
                    .label = {.text = "Or the organisation's name"},
                    .error_message = errors.for_field(item_name(index, "organisation"))}) +
      date_question({.name = item_name(index, "from"), .legend = "From", .value = input.from},
                    errors) +
      date_question({.name = item_name(index, "to"),
                     .legend = "To (leave empty if it continues)",
                     .value = input.to},
                    errors) +
      govuk::button({.html = Html::trusted("Remove<span class=\"govuk-visually-hidden\"> "
                                           "affiliation ") +
                             escape(number) + Html::trusted("</span>"),
                     .name = "remove",
                     .value = std::to_string(index),
                     .classes = "govuk-button--secondary"});
  return govuk::fieldset(
      {.legend = {.text = "Affiliation " + number, .classes = "govuk-fieldset__legend--m"},
       .html = content});
}

Response affiliations_page(const Request& request, Services& services,
                           const std::vector<AffiliationInput>& inputs,
                           const std::optional<Error>& error) {
  auto agencies = list_agencies(services.app, request.caller());
  if (!agencies) return error_response(agencies.error(), request, services);
  const FormErrors errors = FormErrors::of(error);
  SummaryLinks links;
  Html items;
  for (std::size_t index = 0; index < inputs.size(); ++index) {
    links.date_fields.insert(item_name(index, "from"));
    links.date_fields.insert(item_name(index, "to"));
    items += item_fieldset(index, inputs[index], agencies.value(), errors);
  }
  Page page;
  page.title = "Your affiliations";
  page.has_errors = error.has_value();
  page.content = two_thirds(
      errors.summary(links) + heading("Your affiliations") +
      paragraph("Declare every agency or organisation you have worked for or with, with the dates. "
                "Before you are appointed to a review, these are checked against the agencies it "
                "looks at.") +
      form_start(request, affiliations_path) +
      hidden_input("count", std::to_string(inputs.size())) +
      (inputs.empty() ? paragraph("You have not declared any affiliations.") : items) +
      govuk::button({.text = "Add another affiliation",
                     .name = "add",
                     .value = "1",
                     .classes = "govuk-button--secondary"}) +
      Html::trusted("<div class=\"govuk-button-group\">") +
      govuk::button({.text = "Save your affiliations", .prevent_double_click = true}) +
      Html::trusted("</div>") + form_end() +
      Html::trusted("<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/account\">Back to "
                    "your account</a></p>"));
  return page_response(page, request, services, error ? status_for(error->code) : 200);
}

// The page is a reviewer's: anyone else signed in is told there is no such page.
std::optional<Error> not_a_reviewer(const Request& request) {
  if (permits(request.actor, false, Permission::declare_affiliations)) return std::nullopt;
  return Error::of(ErrorCode::not_found, "Only reviewers declare affiliations");
}

// GET /account/affiliations
Response show_affiliations(const Request& request, Services& services) {
  if (auto refused = not_a_reviewer(request)) return error_response(*refused, request, services);
  auto found = my_affiliations(services.app, request.caller());
  if (!found) return error_response(found.error(), request, services);
  return affiliations_page(request, services, inputs_from(found.value()), std::nullopt);
}

// POST /account/affiliations: add an item, remove one, or save the list.
Response submit_affiliations(const Request& request, Services& services) {
  if (auto refused = not_a_reviewer(request)) return error_response(*refused, request, services);
  std::vector<AffiliationInput> inputs = inputs_from_form(request);
  if (request.form_value("add")) {
    inputs.push_back({});
    return affiliations_page(request, services, inputs, std::nullopt);
  }
  if (auto remove = request.form_value("remove")) {
    if (auto index = item_index(*remove); index && *index < inputs.size())
      inputs.erase(inputs.begin() + static_cast<std::ptrdiff_t>(*index));
    return affiliations_page(request, services, inputs, std::nullopt);
  }
  auto saved = replace_my_affiliations(services.app, request.caller(), inputs);
  if (!saved) {
    if (shown_on_form(saved.error()))
      return affiliations_page(request, services, inputs, saved.error());
    return error_response(saved.error(), request, services);
  }
  return Response::redirect("/account?notice=affiliations-saved");
}

}  // namespace

Html account_affiliations_section(const Request& request, Services& services) {
  if (!permits(request.actor, false, Permission::declare_affiliations)) return Html();
  auto found = my_affiliations(services.app, request.caller());
  Html list;
  if (!found) {
    list = paragraph("Your affiliations cannot be shown just now.");
  } else if (found.value().empty()) {
    list = paragraph("You have not declared any affiliations.");
  } else {
    govuk::TableOptions table;
    table.caption = "Your affiliations";
    table.caption_classes = "govuk-visually-hidden";
    table.attributes = {{"id", "affiliations"}};
    table.head = {{.text = "Agency or organisation"}, {.text = "From"}, {.text = "To"}};
    for (const DeclaredAffiliation& affiliation : found.value()) {
      table.rows.push_back(
          {{.text = affiliation.organisation},
           {.text = day_month_year(affiliation.from)},
           {.text = affiliation.to ? day_month_year(*affiliation.to) : "Continuing"}});
    }
    list = govuk::table(table);
  }
  return section_heading("Your affiliations", "affiliations-heading") +
         paragraph(
             "A reviewer is independent of the agencies a review looks at. Declare where you "
             "have worked so that appointments can be checked.") +
         list +
         Html::trusted(
             "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/account/affiliations\" "
             "id=\"change-affiliations\">Change your affiliations</a></p>");
}

void add_affiliation_routes(Router& router) {
  // Account pages are open to anyone signed in; the use case refuses all but reviewers (403).
  router.add("GET", affiliations_path, Permission::signed_in, show_affiliations);
  router.add("POST", affiliations_path, Permission::signed_in, submit_affiliations);
}

}  // namespace casereview::web
