#include "web/pages/panel_pages.hpp"

#include <algorithm>

#include "app/cases/case_views.hpp"
#include "app/cases/panel_decisions.hpp"
#include "domain/messages.hpp"
#include "domain/text.hpp"
#include "web/components/back_link.hpp"
#include "web/components/button.hpp"
#include "web/components/error_summary.hpp"
#include "web/components/input.hpp"
#include "web/components/radios.hpp"
#include "web/components/select.hpp"
#include "web/components/summary_list.hpp"
#include "web/components/table.hpp"
#include "web/forms.hpp"
#include "web/layout.hpp"
#include "web/page_markup.hpp"
#include "web/pages/case_page_parts.hpp"
#include "web/problem.hpp"

namespace casereview::web {

namespace {

using namespace cases;

// GET /panel: rapid reviews awaiting the Panel's response.
Response show_queue(const Request& request, Services& services) {
  auto queue = panel_queue(services.app, request.caller());
  if (!queue) return error_response(queue.error(), request, services);
  Html list;
  if (queue.value().empty()) {
    list = paragraph("No rapid reviews are waiting for the Panel's response.");
  } else {
    govuk::TableOptions table;
    table.caption = "Rapid reviews awaiting the Panel's response, oldest first";
    table.caption_classes = "govuk-visually-hidden";
    table.head = {{.text = "Reference"},
                  {.text = "Partnership"},
                  {.text = "Children"},
                  {.text = "Submitted"},
                  {.text = "Recommendation"}};
    for (const PanelQueueRow& row : queue.value()) {
      table.rows.push_back(
          {{.html = link("/cases/" + std::to_string(row.case_id) + "/decision", row.reference)},
           {.text = row.partnership_name},
           {.text = joined(row.pseudonyms)},
           {.text = day_month_year(row.submitted_on)},
           {.text = std::string(review_outcome_text(row.recommendation))}});
    }
    list = govuk::table(table);
  }
  Page page;
  page.title = "Rapid reviews awaiting the Panel's response";
  page.content = full_width(
      success_banner(request.done_flag() == "decided" ? "The decision is recorded" : "") +
      heading("Rapid reviews awaiting the Panel's response") + list);
  return page_response(page, request, services);
}

Html rapid_review_summary(const CaseDetail& detail) {
  const CaseRecord& record = detail.record;
  const RapidReviewRecord& review = record.rapid_review;
  govuk::SummaryListOptions options;
  auto row = [&](const std::string& key, const std::string& value) {
    options.rows.push_back({.key = {.text = key}, .value = {.text = value}});
  };
  row("Partnership", detail.partnership_name);
  row("Children", joined(record.pseudonyms));
  row("What happened", std::string(incident_kind_text(record.facts.incident)));
  row("Date of the incident", day_month_year(record.facts.incident_on));
  row("Submitted to the Panel", day_month_year_or(record.submitted_on, "Not yet"));
  row("Facts established", review.facts_established);
  row("Immediate action taken", review.immediate_action);
  row("Key practice episodes", review.key_practice_episodes);
  row("What could be improved", review.what_could_be_improved);
  row("Race, other inequalities and disability", review.equality_considerations);
  for (Criterion criterion : all_criteria) {
    const CriterionAnswer& answer = review.answer(criterion);
    row(std::string(criterion_text(criterion)),
        (answer.met ? (*answer.met ? "Yes. " : "No. ") : "Not answered. ") + answer.rationale);
  }
  row("Partnership's recommendation",
      review.recommendation ? std::string(review_outcome_text(*review.recommendation)) : "None");
  row("Reasons for the recommendation", review.recommendation_rationale);
  return govuk::summary_list(options);
}

// Rule DEC-1: agreeing is deciding the recommended outcome, so the question names it.
Html decision_form(const Request& request, const CaseRecord& record,
                   const std::vector<ThemeSummary>& themes, const FormErrors& errors) {
  const Id case_id = record.id;
  auto value = [&](const std::string& name) {
    return errors.empty() ? std::string() : request.form_value(name).value_or("");
  };
  govuk::RadiosOptions view;
  view.name = "panel_view";
  view.value = value("panel_view");
  view.fieldset = govuk::InputsFieldsetOptions{
      .legend = {.text = "Does the Panel agree with the recommendation?",
                 .classes = "govuk-fieldset__legend--s"}};
  view.error_message = errors.for_field("panel_view");
  if (record.rapid_review.recommendation) {
    view.hint = govuk::HintOptions{
        .text = "The partnership recommended: " +
                std::string(review_outcome_text(*record.rapid_review.recommendation)) +
                ". If the Panel agrees, that is the outcome; if it disagrees, choose another and "
                "give the reason."};
  }
  view.items = {{.text = "Agrees", .value = "agrees"}, {.text = "Disagrees", .value = "disagrees"}};
  govuk::RadiosOptions outcome;
  outcome.name = "outcome";
  outcome.value = value("outcome");
  outcome.fieldset = govuk::InputsFieldsetOptions{
      .legend = {.text = "What did the Panel decide?", .classes = "govuk-fieldset__legend--s"}};
  outcome.error_message = errors.for_field("outcome");
  for (ReviewOutcome each : all_review_outcomes) {
    outcome.items.push_back({.text = std::string(review_outcome_text(each)),
                             .value = std::string(review_outcome_name(each))});
  }
  govuk::SelectOptions theme;
  theme.name = "theme_id";
  theme.id = "theme";
  theme.value = value("theme_id");
  theme.label = {.text = "National review theme", .classes = "govuk-label--s"};
  theme.hint = govuk::HintOptions{
      .text = "For a national review only. Choose a theme, or name a new one below."};
  theme.error_message = errors.for_field("theme");
  theme.items.push_back({.value = "", .text = "No theme chosen"});
  for (const ThemeSummary& each : themes) {
    theme.items.push_back({.value = std::to_string(each.theme.id),
                           .text = each.theme.name + " (" + std::to_string(each.cases) +
                                   (each.cases == 1 ? " case)" : " cases)")});
  }
  return form_start(request, "/cases/" + std::to_string(case_id) + "/decision") +
         govuk::radios(view) + govuk::radios(outcome) +
         text_question("reason", "Reason", value("reason"), limits::decision_reason, errors, "",
                       5) +
         date_question({.name = "decided_on",
                        .legend = "Date of the decision",
                        .value = errors.empty() ? "" : date_from_form(request, "decided_on")},
                       errors) +
         govuk::select(theme) +
         govuk::input(
             {.id = "new_theme",
              .name = "new_theme",
              .value = value("new_theme"),
              .label = {.text = "Or a new national review theme", .classes = "govuk-label--s"},
              .autocomplete = "off"}) +
         govuk::button({.text = "Record decision", .prevent_double_click = true}) + form_end();
}

Response decision_page(const Request& request, Services& services,
                       const std::optional<Error>& error) {
  const Id case_id = request.path_id("case_id");
  auto found = view_case(services.app, request.caller(), case_id, NameDisplay::hidden);
  if (!found) return error_response(found.error(), request, services);
  auto themes = list_national_review_themes(services.app, request.caller());
  if (!themes) return error_response(themes.error(), request, services);
  const FormErrors errors = FormErrors::of(error);
  const Html problem =
      errors.summary({.date_fields = {"decided_on"}, .message_href = "#panel_view"});
  const CaseDetail& detail = found.value();
  Html form =
      detail.record.stage == CaseStage::awaiting_panel_decision
          ? decision_form(request, detail.record, themes.value(), errors)
          : paragraph("The case is not awaiting the Panel's decision: it is at the stage \"" +
                      std::string(case_stage_text(detail.record.stage)) + "\".");
  Page page;
  page.title = "The Panel's decision";
  page.has_errors = error.has_value();
  page.before_content =
      govuk::back_link({.href = request.actor && request.actor->has_role(Role::panel)
                                    ? "/panel"
                                    : "/cases/" + std::to_string(case_id)});
  page.content = two_thirds(problem + heading("The Panel's decision", detail.record.reference) +
                            section_heading("The rapid review") + rapid_review_summary(detail) +
                            section_heading("Record the decision") + form);
  return page_response(page, request, services, error ? status_for(error->code) : 200);
}

// GET /cases/{case_id}/decision
Response show_decision(const Request& request, Services& services) {
  return decision_page(request, services, std::nullopt);
}

// POST /cases/{case_id}/decision
Response decide(const Request& request, Services& services) {
  const Id case_id = request.path_id("case_id");
  PanelDecisionInput input{.panel_view = request.form_value("panel_view").value_or(""),
                           .outcome = request.form_value("outcome").value_or(""),
                           .reason = request.form_value("reason").value_or(""),
                           .decided_on = date_from_form(request, "decided_on"),
                           .new_theme = request.form_value("new_theme").value_or("")};
  input.theme_id = parse_id(request.form_value("theme_id").value_or(""));
  auto decided = record_panel_decision(services.app, request.caller(), case_id, input);
  if (!decided) {
    if (shown_on_form(decided.error())) return decision_page(request, services, decided.error());
    return error_response(decided.error(), request, services);
  }
  services.mail_queued();
  if (request.actor->has_role(Role::panel)) return Response::redirect("/panel?done=decided");
  return Response::redirect("/cases/" + std::to_string(case_id) + "?done=decided");
}

// GET /notifications: every notification sent to the Panel, for inspectors (read only, no names).
Response show_notifications(const Request& request, Services& services) {
  auto rows = list_notifications(services.app, request.caller());
  if (!rows) return error_response(rows.error(), request, services);
  Html list;
  if (rows.value().empty()) {
    list = paragraph("No notifications have been sent to the Panel yet.");
  } else {
    govuk::TableOptions table;
    table.caption = "Notifications, newest first";
    table.caption_classes = "govuk-visually-hidden";
    table.classes = "govuk-table--small-text-until-tablet";
    table.head = {{.text = "Reference"},     {.text = "Partnership"}, {.text = "Children"},
                  {.text = "What happened"}, {.text = "Incident"},    {.text = "Sent"},
                  {.text = "Stage"}};
    for (const NotificationRow& row : rows.value()) {
      table.rows.push_back(
          {{.text = row.reference},
           {.text = row.partnership_name},
           {.text = joined(row.pseudonyms)},
           {.text = std::string(incident_kind_text(row.incident))},
           {.text = day_month_year(row.incident_on)},
           {.text = day_month_year_or(row.sent_on, "Not yet") + (row.late ? " (late)" : "")},
           {.html = stage_tag(row.stage)}});
    }
    list = govuk::table(table);
  }
  Page page;
  page.title = "Notifications";
  page.content = full_width(
      heading("Notifications") +
      paragraph("Serious incident notifications sent to the National Panel, read only.") + list);
  return page_response(page, request, services);
}

}  // namespace

void add_panel_routes(Router& router) {
  router.add("GET", "/panel", Permission::decide_for_panel, show_queue);
  router.add("GET", "/cases/{case_id:int}/decision", Permission::decide_for_panel, show_decision);
  router.add("POST", "/cases/{case_id:int}/decision", Permission::decide_for_panel, decide);
  router.add("GET", "/notifications", Permission::view_notifications, show_notifications);
}

}  // namespace casereview::web
