// The findings' and recommendations' pages (Rule RPT-1, Rule RPT-2): see findings_pages.hpp. Each
// list is one page of the database's (20); each form posts and, on an error, shows itself again
// with the GOV.UK error summary and what was typed. Texts are Markdown, shown with web/markdown.
#include "web/pages/findings_pages.hpp"

#include <algorithm>

#include "app/reviews/findings.hpp"
#include "domain/policy.hpp"
#include "web/components/back_link.hpp"
#include "web/components/button.hpp"
#include "web/components/checkboxes.hpp"
#include "web/components/radios.hpp"
#include "web/components/summary_list.hpp"
#include "web/components/tag.hpp"
#include "web/components/warning_text.hpp"
#include "web/forms.hpp"
#include "web/layout.hpp"
#include "web/markdown.hpp"
#include "web/page_markup.hpp"
#include "web/pages/case_page_parts.hpp"
#include "web/pages/report_page_parts.hpp"
#include "web/problem.hpp"

namespace casereview::web {

namespace {

using cases::text_list;
using cases::text_question;
using report_parts::addressed_names;
using report_parts::addressed_to_partnership;
using report_parts::addressed_to_question;
using report_parts::choice_checkboxes;
using report_parts::Choices;
using report_parts::ids_of;
using report_parts::list_page_numbers;
using report_parts::names_of;

std::string review_path(Id case_id) { return "/cases/" + std::to_string(case_id) + "/review"; }

bool may_write(const Request& request) {
  return permits(request.actor, false, Permission::write_report);
}

// --- Findings (Rule RPT-1) ---

Html finding_section(const Finding& finding, const FindingsPage& listed) {
  govuk::SummaryListOptions facts;
  facts.rows.push_back(
      {.key = {.text = "Kind"},
       .value = {.html = govuk::tag({.text = std::string(finding_kind_text(finding.kind)),
                                     .classes = "govuk-tag--blue"})}});
  facts.rows.push_back({.key = {.text = "Evidenced by"},
                        .value = {.html = text_list(names_of(listed.episodes, finding.episode_ids),
                                                    "govuk-list--bullet")}});
  const std::vector<std::string> agencies = names_of(listed.about.agencies, finding.agency_ids);
  facts.rows.push_back({.key = {.text = "Agencies concerned"},
                        .value = agencies.empty()
                                     ? govuk::SummaryListCell{.text = "The partnership as a whole"}
                                     : govuk::SummaryListCell{.html = text_list(agencies)}});
  return section_heading(finding.title, "finding-" + std::to_string(finding.id)) +
         govuk::summary_list(facts) + render_markdown(finding.text, {.heading_offset = 2});
}

// GET /cases/{case_id}/findings[?page=N]
Response show_findings(const Request& request, Services& services) {
  const Id case_id = request.path_id("case_id");
  auto found = list_findings(services.app, request.caller(), case_id, request.page_number());
  if (!found) return error_response(found.error(), request, services);
  const FindingsPage& listed = found.value();
  Html content;
  for (const Finding& finding : listed.findings) content += finding_section(finding, listed);
  Page page;
  page.title = "Findings";
  page.before_content = govuk::back_link({.text = "The review", .href = review_path(case_id)});
  page.content = two_thirds(
      success_banner(request.done_flag() == "added" ? "The finding is added" : "") +
      heading("Findings", listed.about.case_reference) +
      (listed.findings.empty() ? paragraph("No finding has been written yet.") : content) +
      list_page_numbers(listed.page, listed.page_count, findings_path(case_id)) +
      (may_write(request) ? govuk::button({.text = "Add a finding",
                                           .href = findings_path(case_id) + "/new",
                                           .classes = "govuk-button--secondary"})
                          : Html()));
  return page_response(page, request, services);
}

Html finding_form(const Request& request, Id case_id, const FindingInput& values,
                  const FindingsPage& listed, const FormErrors& errors) {
  govuk::RadiosOptions kind{
      .name = "kind",
      .value = values.kind,
      .fieldset = govuk::InputsFieldsetOptions{.legend = {.text = "What kind of issue is it?",
                                                          .classes = "govuk-fieldset__legend--s"}},
      .error_message = errors.for_field("kind")};
  for (FindingKind each : all_finding_kinds)
    kind.items.push_back({.text = std::string(finding_kind_text(each)),
                          .value = std::string(finding_kind_name(each))});
  return form_start(request, findings_path(case_id)) +
         text_input(request, errors,
                    {.id = "title",
                     .name = "title",
                     .value = values.title,
                     .label = {.text = "Title", .classes = "govuk-label--s"}}) +
         govuk::radios(kind) +
         text_question("text", "The finding", values.text, limits::finding_text, errors,
                       "What the review learned and why it matters. Use roles, not names. You "
                       "can use Markdown.",
                       8) +
         choice_checkboxes("episode_ids", "Key practice episodes that evidence it", "",
                           listed.episodes, values.episode_ids, errors) +
         choice_checkboxes("agency_ids", "Agencies it concerns",
                           "Leave all unticked for a finding about the partnership as a whole.",
                           listed.about.agencies, values.agency_ids, errors) +
         govuk::button({.text = "Add the finding", .prevent_double_click = true}) + form_end();
}

Response finding_form_page(const Request& request, Services& services, const FindingInput& values,
                           const std::optional<Error>& error) {
  const Id case_id = request.path_id("case_id");
  auto found = list_findings(services.app, request.caller(), case_id, 1);
  if (!found) return error_response(found.error(), request, services);
  const FormErrors errors = FormErrors::of(error);
  Page page;
  page.title = "Add a finding";
  page.has_errors = error.has_value();
  page.before_content = govuk::back_link({.href = findings_path(case_id)});
  page.content =
      two_thirds(errors.summary() + heading("Add a finding", found.value().about.case_reference) +
                 (found.value().episodes.empty()
                      ? paragraph("A finding is evidenced by key practice episodes. Draw out the "
                                  "episodes from the merged chronology first.")
                      : finding_form(request, case_id, values, found.value(), errors)));
  return page_response(page, request, services, error ? status_for(error->code) : 200);
}

// GET /cases/{case_id}/findings/new
Response show_new_finding(const Request& request, Services& services) {
  return finding_form_page(request, services, {}, std::nullopt);
}

// POST /cases/{case_id}/findings (Rule RPT-1)
Response create_finding(const Request& request, Services& services) {
  const Id case_id = request.path_id("case_id");
  const FindingInput input{.title = request.form_value("title").value_or(""),
                           .kind = request.form_value("kind").value_or(""),
                           .text = request.form_value("text").value_or(""),
                           .episode_ids = ids_of(request.form_values("episode_ids")),
                           .agency_ids = ids_of(request.form_values("agency_ids"))};
  auto added = add_finding(services.app, request.caller(), case_id, input);
  if (!added) {
    if (!shown_on_form(added.error())) return error_response(added.error(), request, services);
    return finding_form_page(request, services, input, added.error());
  }
  return Response::redirect(findings_path(case_id) + "?done=added");
}

// --- Recommendations (Rule RPT-2) ---

std::string recommendation_title(const Recommendation& recommendation) {
  return "Recommendation " + std::to_string(recommendation.number);
}

Html overload_warning(const std::optional<std::string>& warning) {
  return warning ? govuk::warning_text({.text = *warning}) : Html();
}

Html recommendation_section(const Request& request, const Recommendation& recommendation,
                            const RecommendationsPage& listed) {
  const std::vector<std::string> addressed = addressed_names(
      recommendation.to_partnership, listed.about.agencies, recommendation.agency_ids);
  govuk::SummaryListOptions facts;
  facts.rows.push_back({.key = {.text = "For"}, .value = {.html = text_list(addressed)}});
  facts.rows.push_back(
      {.key = {.text = "Answers the findings"},
       .value = {.html = text_list(names_of(listed.findings, recommendation.finding_ids),
                                   "govuk-list--bullet")}});
  // Issue 13 (Rule ACT-1): the committee turns each recommendation into agencies' actions.
  Html actions;
  if (permits(request.actor, false, Permission::oversee_actions))
    actions = paragraph_link("/recommendations/" + std::to_string(recommendation.id) + "/actions",
                             "Actions for " + recommendation_title(recommendation));
  return section_heading(recommendation_title(recommendation),
                         "recommendation-" + std::to_string(recommendation.number)) +
         render_markdown(recommendation.text, {.heading_offset = 2}) + govuk::summary_list(facts) +
         actions;
}

// GET /cases/{case_id}/recommendations[?page=N]
Response show_recommendations(const Request& request, Services& services) {
  const Id case_id = request.path_id("case_id");
  auto found = list_recommendations(services.app, request.caller(), case_id, request.page_number());
  if (!found) return error_response(found.error(), request, services);
  const RecommendationsPage& listed = found.value();
  Html content;
  for (const Recommendation& recommendation : listed.recommendations)
    content += recommendation_section(request, recommendation, listed);
  const std::string done = request.done_flag();
  Page page;
  page.title = "Recommendations";
  page.before_content = govuk::back_link({.text = "The review", .href = review_path(case_id)});
  page.content = two_thirds(
      success_banner(done.starts_with("added-") ? "Recommendation " + done.substr(6) + " is added"
                                                : "") +
      heading("Recommendations", listed.about.case_reference) + overload_warning(listed.warning) +
      (listed.recommendations.empty() ? paragraph("No recommendation has been made yet.")
                                      : content) +
      list_page_numbers(listed.page, listed.page_count, recommendations_path(case_id)) +
      (may_write(request) ? govuk::button({.text = "Add a recommendation",
                                           .href = recommendations_path(case_id) + "/new",
                                           .classes = "govuk-button--secondary"})
                          : Html()));
  return page_response(page, request, services);
}

Html recommendation_form(const Request& request, Id case_id, const RecommendationInput& values,
                         const RecommendationsPage& listed, const FormErrors& errors) {
  return form_start(request, recommendations_path(case_id)) +
         text_question("text", "The recommendation", values.text, limits::recommendation_text,
                       errors, "What should change, said so that it can be acted on and checked.",
                       6) +
         choice_checkboxes("finding_ids", "Findings it answers", "", listed.findings,
                           values.finding_ids, errors) +
         addressed_to_question(values.to_partnership, listed.about.agencies, values.agency_ids,
                               errors) +
         govuk::button({.text = "Add the recommendation", .prevent_double_click = true}) +
         form_end();
}

Response recommendation_form_page(const Request& request, Services& services,
                                  const RecommendationInput& values,
                                  const std::optional<Error>& error) {
  const Id case_id = request.path_id("case_id");
  auto found = list_recommendations(services.app, request.caller(), case_id, 1);
  if (!found) return error_response(found.error(), request, services);
  const FormErrors errors = FormErrors::of(error);
  Page page;
  page.title = "Add a recommendation";
  page.has_errors = error.has_value();
  page.before_content = govuk::back_link({.href = recommendations_path(case_id)});
  page.content = two_thirds(
      errors.summary() + heading("Add a recommendation", found.value().about.case_reference) +
      overload_warning(found.value().warning) +
      (found.value().findings.empty()
           ? paragraph("A recommendation answers findings. Write the findings first.")
           : recommendation_form(request, case_id, values, found.value(), errors)));
  return page_response(page, request, services, error ? status_for(error->code) : 200);
}

// GET /cases/{case_id}/recommendations/new
Response show_new_recommendation(const Request& request, Services& services) {
  return recommendation_form_page(request, services, {}, std::nullopt);
}

// POST /cases/{case_id}/recommendations (Rule RPT-2)
Response create_recommendation(const Request& request, Services& services) {
  const Id case_id = request.path_id("case_id");
  const RecommendationInput input{
      .text = request.form_value("text").value_or(""),
      .finding_ids = ids_of(request.form_values("finding_ids")),
      .to_partnership = addressed_to_partnership(request.form_values("addressed_to")),
      .agency_ids = ids_of(request.form_values("agency_ids"))};
  auto added = add_recommendation(services.app, request.caller(), case_id, input);
  if (!added) {
    if (!shown_on_form(added.error())) return error_response(added.error(), request, services);
    return recommendation_form_page(request, services, input, added.error());
  }
  return Response::redirect(recommendations_path(case_id) + "?done=added-" +
                            std::to_string(added.value().recommendation.number));
}

}  // namespace

std::string findings_path(Id case_id) { return "/cases/" + std::to_string(case_id) + "/findings"; }

std::string recommendations_path(Id case_id) {
  return "/cases/" + std::to_string(case_id) + "/recommendations";
}

Html review_findings_section(const Request& request, Services& services, Id case_id) {
  if (!permits(request.actor, false, Permission::view_report)) return Html();
  auto summary = summarize_findings(services.app, request.caller(), case_id);
  if (!summary) return Html();
  const int finding_count = summary.value().findings;
  const int recommendation_count = summary.value().recommendations;
  auto counted = [](int count, const std::string& one, const std::string& many) {
    return std::to_string(count) + " " + (count == 1 ? one : many);
  };
  return section_heading("Findings and recommendations") +
         overload_warning(summary.value().warning) +
         Html::trusted("<ul class=\"govuk-list\"><li>") +
         link(findings_path(case_id), counted(finding_count, "finding", "findings")) +
         Html::trusted("</li><li>") +
         link(recommendations_path(case_id),
              counted(recommendation_count, "recommendation", "recommendations")) +
         Html::trusted("</li></ul>");
}

void add_findings_routes(Router& router) {
  router.add("GET", "/cases/{case_id:int}/findings", Permission::view_report, show_findings);
  router.add("POST", "/cases/{case_id:int}/findings", Permission::write_report, create_finding);
  router.add("GET", "/cases/{case_id:int}/findings/new", Permission::write_report,
             show_new_finding);
  router.add("GET", "/cases/{case_id:int}/recommendations", Permission::view_report,
             show_recommendations);
  router.add("POST", "/cases/{case_id:int}/recommendations", Permission::write_report,
             create_recommendation);
  router.add("GET", "/cases/{case_id:int}/recommendations/new", Permission::write_report,
             show_new_recommendation);
}

}  // namespace casereview::web
