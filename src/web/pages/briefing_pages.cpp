// The 7-minute briefing (Rule LIB-2): see briefing_pages.hpp.
#include "web/pages/briefing_pages.hpp"

#include "app/library/briefing.hpp"
#include "domain/text.hpp"
#include "web/components/back_link.hpp"
#include "web/components/button.hpp"
#include "web/components/input.hpp"
#include "web/components/summary_list.hpp"
#include "web/components/table.hpp"
#include "web/components/warning_text.hpp"
#include "web/forms.hpp"
#include "web/layout.hpp"
#include "web/markdown.hpp"
#include "web/page_markup.hpp"
#include "web/pages/case_page_parts.hpp"
#include "web/pages/publication_pages.hpp"
#include "web/problem.hpp"

namespace casereview::web {

namespace {

constexpr const char* template_path = "/briefing-template";

Id case_id_of(const Request& request) { return request.path_id("case_id"); }
Id entry_id_of(const Request& request) { return request.path_id("entry_id"); }
std::string briefing_form_path(Id case_id) { return publication_path(case_id) + "/briefing"; }
std::string public_briefing_path(Id entry_id) {
  return "/learning/" + std::to_string(entry_id) + "/briefing";
}

std::string numbered(const char* name, std::size_t index) {
  return std::string(name) + "_" + std::to_string(index + 1);
}

Html heading_input(const std::string& name, const std::string& label, const std::string& value,
                   const FormErrors& errors) {
  return govuk::input({.id = name,
                       .name = name,
                       .value = value,
                       .label = {.text = label, .classes = "govuk-label--s"},
                       .error_message = errors.for_field(name),
                       .classes = "govuk-!-width-two-thirds"});
}

// --- The briefing's form (managers) ---

std::vector<BriefingSection> sections_from_form(const Request& request) {
  std::vector<BriefingSection> sections;
  for (std::size_t i = 0; i < limits::briefing_sections; ++i)
    sections.push_back({request.form_value(numbered("heading", i)).value_or(""),
                        request.form_value(numbered("section", i)).value_or("")});
  return sections;
}

Response briefing_form(const Request& request, Services& services, const BriefingForm& form,
                       const std::vector<BriefingSection>& values,
                       const std::optional<Error>& error) {
  const FormErrors errors = FormErrors::of(error);
  Html fields;
  for (std::size_t i = 0; i < values.size(); ++i) {
    const std::string number = std::to_string(i + 1);
    const std::string guidance = i < form.headings.size() ? form.headings[i].guidance : "";
    fields += Html::trusted("<div class=\"briefing-section\">") +
              section_heading("Section " + number) +
              heading_input(numbered("heading", i), "Heading of section " + number,
                            values[i].heading, errors) +
              cases::text_question(numbered("section", i), "Text of section " + number,
                                   values[i].text, limits::briefing_text, errors, guidance, 5) +
              Html::trusted("</div>");
  }
  Page page;
  page.title = "The 7-minute briefing";
  page.has_errors = error.has_value();
  page.before_content = govuk::back_link({.href = publication_path(form.case_id)});
  Html body;
  if (!form.entry) {
    body = paragraph("Write the library entry first: the briefing is published with it.") +
           paragraph_link(publication_path(form.case_id) + "/entry", "Write the library entry");
  } else {
    body =
        paragraph(
            "Seven short sections a team can read and talk through in about seven minutes. "
            "Write for practitioners: no names, no dates of birth, no addresses.") +
        (form.entry->published_on
             ? govuk::warning_text(
                   {.text = "The review is published: a change is public as soon as it is saved, "
                            "and the anonymisation check runs on it first.",
                    .icon_fallback_text = "Warning"})
             : Html()) +
        paragraph_link(template_path, "Change the partnership's headings for new briefings") +
        form_start(request, briefing_form_path(form.case_id)) + fields +
        govuk::button({.text = "Save the briefing", .prevent_double_click = true}) + form_end();
  }
  page.content =
      two_thirds(errors.summary() + heading("The 7-minute briefing", form.case_reference) + body);
  return page_response(page, request, services, error ? errors.http_status() : 200);
}

// GET /cases/{case_id}/publication/briefing
Response show_briefing_form(const Request& request, Services& services) {
  auto found = view_briefing_form(services.app, request.caller(), case_id_of(request));
  if (!found) return error_response(found.error(), request, services);
  return briefing_form(request, services, found.value(), found.value().sections, std::nullopt);
}

// POST /cases/{case_id}/publication/briefing (Rule LIB-2)
Response save_briefing_form(const Request& request, Services& services) {
  const std::vector<BriefingSection> values = sections_from_form(request);
  auto saved = save_briefing(services.app, request.caller(), case_id_of(request), values);
  if (!saved) {
    if (!shown_on_form(saved.error())) return error_response(saved.error(), request, services);
    auto found = view_briefing_form(services.app, request.caller(), case_id_of(request));
    if (!found) return error_response(found.error(), request, services);
    return briefing_form(request, services, found.value(), values, saved.error());
  }
  return Response::redirect(publication_path(case_id_of(request)) + "?done=briefing");
}

// GET /cases/{case_id}/publication/briefing-uses (Rule LIB-2)
Response show_briefing_uses(const Request& request, Services& services) {
  const Id case_id = case_id_of(request);
  auto found = list_briefing_uses(services.app, request.caller(), case_id, request.page_number());
  if (!found) return error_response(found.error(), request, services);
  const BriefingUses& listed = found.value();
  govuk::TableOptions table{.head = {{.text = "Team"},
                                     {.text = "Organisation"},
                                     {.text = "Used on"},
                                     {.text = "People", .format = "numeric"}},
                            .caption = "Teams that used the briefing",
                            .caption_classes = "govuk-visually-hidden",
                            .first_cell_is_header = true};
  for (const BriefingUse& use : listed.uses)
    table.rows.push_back({{.text = use.team},
                          {.text = use.agency},
                          {.text = day_month_year(use.used_on)},
                          {.text = std::to_string(use.people), .format = "numeric"}});
  Page page;
  page.title = "Teams that used the briefing";
  page.before_content = govuk::back_link({.href = publication_path(case_id)});
  page.content = two_thirds(
      heading("Teams that used the briefing", listed.case_reference) +
      (listed.uses.empty()
           ? paragraph("No team has recorded using the briefing yet. Anyone signed in can "
                       "record it from the briefing's page in the learning library.")
           : paragraph(std::to_string(listed.total) +
                       (listed.total == 1 ? " team has" : " teams have") + " recorded using it.") +
                 govuk::table(table) +
                 page_numbers(static_cast<std::size_t>(listed.page),
                              static_cast<std::size_t>(listed.page_count), [&](std::size_t number) {
                                return publication_path(case_id) +
                                       "/briefing-uses?page=" + std::to_string(number);
                              })));
  return page_response(page, request, services);
}

// --- The template (managers) ---

std::vector<BriefingHeading> headings_from_form(const Request& request) {
  std::vector<BriefingHeading> headings;
  for (std::size_t i = 0; i < limits::briefing_sections; ++i)
    headings.push_back({request.form_value(numbered("heading", i)).value_or(""),
                        request.form_value(numbered("guidance", i)).value_or("")});
  return headings;
}

Response template_form(const Request& request, Services& services,
                       const std::vector<BriefingHeading>& values,
                       const std::optional<Error>& error) {
  const FormErrors errors = FormErrors::of(error);
  Html fields;
  for (std::size_t i = 0; i < values.size(); ++i)
    fields += section_heading("Section " + std::to_string(i + 1)) +
              heading_input(numbered("heading", i), "Heading of section " + std::to_string(i + 1),
                            values[i].heading, errors) +
              cases::text_question(numbered("guidance", i),
                                   "Guidance for whoever writes section " + std::to_string(i + 1),
                                   values[i].guidance, limits::briefing_guidance, errors, "", 2);
  Page page;
  page.title = "The 7-minute briefing's headings";
  page.has_errors = error.has_value();
  page.before_content = govuk::back_link({.text = "Home", .href = "/"});
  page.content = two_thirds(
      errors.summary() +
      success_banner(request.done_flag() == "saved" ? "The headings are saved" : "") +
      heading("The 7-minute briefing's headings") +
      paragraph("Every briefing your partnership writes starts with these seven headings. "
                "Briefings written before keep theirs.") +
      form_start(request, template_path) + fields +
      govuk::button({.text = "Save the headings", .prevent_double_click = true}) + form_end());
  return page_response(page, request, services, error ? errors.http_status() : 200);
}

// GET /briefing-template
Response show_template(const Request& request, Services& services) {
  auto found = view_briefing_template(services.app, request.caller());
  if (!found) return error_response(found.error(), request, services);
  return template_form(request, services, found.value(), std::nullopt);
}

// POST /briefing-template (Rule LIB-2)
Response save_template(const Request& request, Services& services) {
  const std::vector<BriefingHeading> values = headings_from_form(request);
  auto saved = save_briefing_template(services.app, request.caller(), values);
  if (!saved) {
    if (!shown_on_form(saved.error())) return error_response(saved.error(), request, services);
    return template_form(request, services, values, saved.error());
  }
  return Response::redirect(std::string(template_path) + "?done=saved");
}

// --- The public briefing ---

Html use_form(const Request& request, Id entry_id, const std::optional<Error>& error) {
  const std::string here = public_briefing_path(entry_id);
  if (!request.actor)
    return Html::trusted("<p class=\"govuk-body\">") +
           link("/sign-in?return-to=" + query_encode(here), "Sign in") +
           escape(" to record that your team used this briefing.") + Html::trusted("</p>");
  const FormErrors errors = FormErrors::of(error);
  const auto value = [&](const char* name) {
    return error ? request.form_value(name).value_or("") : std::string();
  };
  return form_start(request, here + "/uses") +
         govuk::input({.id = "team",
                       .name = "team",
                       .value = value("team"),
                       .label = {.text = "Team"},
                       .hint = govuk::HintOptions{.text = "For example, Health visiting, north "
                                                          "locality"},
                       .error_message = errors.for_field("team")}) +
         govuk::input({.id = "agency",
                       .name = "agency",
                       .value = value("agency"),
                       .label = {.text = "Organisation"},
                       .error_message = errors.for_field("agency"),
                       .autocomplete = "organization"}) +
         cases::date_question({.name = "used_on",
                               .legend = "Date the team used it",
                               .value = error ? cases::date_from_form(request, "used_on") : ""},
                              errors) +
         govuk::input({.id = "people",
                       .name = "people",
                       .inputmode = "numeric",
                       .value = value("people"),
                       .label = {.text = "How many people took part"},
                       .error_message = errors.for_field("people"),
                       .classes = "govuk-input--width-4"}) +
         govuk::button({.text = "Record that the team used it",
                        .classes = "govuk-button--secondary",
                        .prevent_double_click = true}) +
         form_end();
}

Response briefing_page(const Request& request, Services& services,
                       const std::optional<Error>& error) {
  const Id entry_id = entry_id_of(request);
  auto found = read_briefing(services.app, entry_id);
  if (!found) return error_response(found.error(), request, services);
  const PublicBriefing& briefing = found.value();
  const FormErrors errors = FormErrors::of(error);
  Html sections = Html::trusted("<ol class=\"govuk-list briefing\">");
  for (const BriefingSection& section : briefing.sections) {
    sections += Html::trusted("<li class=\"briefing__section\"><h2 class=\"govuk-heading-m\">") +
                escape(section.heading) + Html::trusted("</h2>");
    sections += render_markdown(section.text, {.heading_offset = 2});
    sections += Html::trusted("</li>");
  }
  sections += Html::trusted("</ol>");
  const std::string used = briefing.uses == 0
                               ? "No team has recorded using it yet."
                               : std::to_string(briefing.uses) +
                                     (briefing.uses == 1 ? " team has" : " teams have") +
                                     " recorded using it.";
  Page page;
  page.title = "7-minute briefing: " + briefing.entry.text.title;
  page.has_errors = error.has_value();
  page.before_content = govuk::back_link(
      {.text = "The review's entry", .href = "/learning/" + std::to_string(entry_id)});
  page.content = two_thirds(
      errors.summary({.date_fields = {"used_on"}}) +
      success_banner(request.done_flag() == "used" ? "Thank you: your team's use is recorded"
                                                   : "") +
      heading("7-minute briefing: " + briefing.entry.text.title, briefing.entry.partnership_name) +
      paragraph("Seven short sections to read and talk through with your team in about seven "
                "minutes.") +
      govuk::warning_text(
          {.text = "This briefing describes the serious harm or death of a child. Some readers "
                   "may find it distressing.",
           .icon_fallback_text = "Content note"}) +
      sections +
      paragraph_link(public_briefing_path(entry_id) + "/pdf",
                     "Download the briefing on one page (PDF)") +
      section_heading("Did your team use it?", "used") + paragraph(used) +
      use_form(request, entry_id, error));
  return page_response(page, request, services, error ? errors.http_status() : 200);
}

// GET /learning/{entry_id}/briefing
Response show_public_briefing(const Request& request, Services& services) {
  return briefing_page(request, services, std::nullopt);
}

// GET /learning/{entry_id}/briefing/pdf
Response download_briefing(const Request& request, Services& services) {
  const Id entry_id = entry_id_of(request);
  auto pdf = briefing_pdf(services.app, entry_id);
  if (!pdf) return error_response(pdf.error(), request, services);
  return Response::attachment(std::move(pdf.value()), "application/pdf",
                              "briefing-" + std::to_string(entry_id) + ".pdf");
}

// POST /learning/{entry_id}/briefing/uses (Rule LIB-2)
Response record_use(const Request& request, Services& services) {
  const BriefingUseInput input{.team = request.form_value("team").value_or(""),
                               .agency = request.form_value("agency").value_or(""),
                               .used_on = cases::date_from_form(request, "used_on"),
                               .people = request.form_value("people").value_or("")};
  auto recorded = record_briefing_use(services.app, request.caller(), entry_id_of(request), input);
  if (!recorded) {
    if (!shown_on_form(recorded.error()))
      return error_response(recorded.error(), request, services);
    return briefing_page(request, services, recorded.error());
  }
  return Response::redirect(public_briefing_path(entry_id_of(request)) + "?done=used#used");
}

}  // namespace

void add_briefing_routes(Router& router) {
  const std::string base = "/cases/{case_id:int}/publication";
  router.add("GET", base + "/briefing", Permission::run_reviews, show_briefing_form);
  router.add("POST", base + "/briefing", Permission::run_reviews, save_briefing_form);
  router.add("GET", base + "/briefing-uses", Permission::run_reviews, show_briefing_uses);
  router.add("GET", template_path, Permission::run_reviews, show_template);
  router.add("POST", template_path, Permission::run_reviews, save_template);
  router.add("GET", "/learning/{entry_id:int}/briefing", Permission::public_access,
             show_public_briefing);
  router.add("GET", "/learning/{entry_id:int}/briefing/pdf", Permission::public_access,
             download_briefing);
  router.add("POST", "/learning/{entry_id:int}/briefing/uses", Permission::signed_in, record_use);
}

}  // namespace casereview::web
