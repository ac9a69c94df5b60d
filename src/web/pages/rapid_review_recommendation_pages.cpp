// The rapid review's recommendations (Rule ACT-1): see rapid_review_recommendation_pages.hpp. The
// list is one page of the database's (20); the form posts and, on an error, shows itself again
// with the GOV.UK error summary and what was typed.
#include "web/pages/rapid_review_recommendation_pages.hpp"

#include "app/actions/rapid_review_recommendations.hpp"
#include "web/components/back_link.hpp"
#include "web/components/button.hpp"
#include "web/components/summary_list.hpp"
#include "web/forms.hpp"
#include "web/layout.hpp"
#include "web/markdown.hpp"
#include "web/page_markup.hpp"
#include "web/pages/case_page_parts.hpp"
#include "web/pages/report_page_parts.hpp"
#include "web/problem.hpp"

namespace casereview::web {

namespace {

using report_parts::ids_of;

std::string case_path(Id case_id) { return "/cases/" + std::to_string(case_id); }

Html recommendation_section(const Recommendation& recommendation,
                            const RapidReviewRecommendationsPage& listed) {
  const std::string title = "Recommendation " + std::to_string(recommendation.number);
  const std::vector<std::string> addressed = report_parts::addressed_names(
      recommendation.to_partnership, listed.agencies, recommendation.agency_ids);
  govuk::SummaryListOptions facts;
  facts.rows.push_back({.key = {.text = "For"}, .value = {.html = cases::text_list(addressed)}});
  return section_heading(title, "recommendation-" + std::to_string(recommendation.number)) +
         render_markdown(recommendation.text, {.heading_offset = 2}) + govuk::summary_list(facts) +
         paragraph_link("/recommendations/" + std::to_string(recommendation.id) + "/actions",
                        "Actions for " + title);
}

// GET /cases/{case_id}/rapid-review-recommendations[?page=N]
Response show_recommendations(const Request& request, Services& services) {
  const Id case_id = request.path_id("case_id");
  auto found = list_rapid_review_recommendations(services.app, request.caller(), case_id,
                                                 request.page_number());
  if (!found) return error_response(found.error(), request, services);
  const RapidReviewRecommendationsPage& listed = found.value();
  Html content;
  for (const Recommendation& recommendation : listed.recommendations)
    content += recommendation_section(recommendation, listed);
  const std::string done = request.done_flag();
  Page page;
  page.title = "Recommendations from the rapid review";
  page.before_content = govuk::back_link({.text = "The case", .href = case_path(case_id)});
  page.content = two_thirds(
      success_banner(done.starts_with("added-") ? "Recommendation " + done.substr(6) + " is added"
                                                : "") +
      heading("Recommendations from the rapid review", listed.case_reference) +
      paragraph("Learning from the rapid review that the partnership will act on now, whether or "
                "not a review follows. Each recommendation becomes actions for agencies. Numbers "
                "are the case's: a review's recommendations carry on from them.") +
      (listed.recommendations.empty()
           ? paragraph("No recommendation has been recorded from the rapid review yet.")
           : content) +
      report_parts::list_page_numbers(listed.page, listed.page_count,
                                      rapid_review_recommendations_path(case_id)) +
      (listed.may_add
           ? govuk::button({.text = "Add a recommendation",
                            .href = rapid_review_recommendations_path(case_id) + "/new",
                            .classes = "govuk-button--secondary"})
           : paragraph("Learning can be recorded once the notification is sent and the rapid "
                       "review has begun.")));
  return page_response(page, request, services);
}

Response form_page(const Request& request, Services& services,
                   const RapidReviewRecommendationInput& values,
                   const std::optional<Error>& error) {
  const Id case_id = request.path_id("case_id");
  auto found = list_rapid_review_recommendations(services.app, request.caller(), case_id, 1);
  if (!found) return error_response(found.error(), request, services);
  const FormErrors errors = FormErrors::of(error);
  Page page;
  page.title = "Add a recommendation from the rapid review";
  page.has_errors = error.has_value();
  page.before_content = govuk::back_link({.href = rapid_review_recommendations_path(case_id)});
  page.content = two_thirds(
      errors.summary() +
      heading("Add a recommendation from the rapid review", found.value().case_reference) +
      form_start(request, rapid_review_recommendations_path(case_id)) +
      cases::text_question("text", "The recommendation", values.text, limits::recommendation_text,
                           errors,
                           "What the rapid review found should change, said so that it can be "
                           "acted on and checked.",
                           6) +
      report_parts::addressed_to_question(values.to_partnership, found.value().agencies,
                                          values.agency_ids, errors) +
      govuk::button({.text = "Add the recommendation", .prevent_double_click = true}) + form_end());
  return page_response(page, request, services, error ? status_for(error->code) : 200);
}

// GET /cases/{case_id}/rapid-review-recommendations/new
Response show_new(const Request& request, Services& services) {
  return form_page(request, services, {}, std::nullopt);
}

// POST /cases/{case_id}/rapid-review-recommendations (Rule ACT-1)
Response create(const Request& request, Services& services) {
  const Id case_id = request.path_id("case_id");
  const RapidReviewRecommendationInput input{
      .text = request.form_value("text").value_or(""),
      .to_partnership = report_parts::addressed_to_partnership(request.form_values("addressed_to")),
      .agency_ids = ids_of(request.form_values("agency_ids"))};
  auto added = add_rapid_review_recommendation(services.app, request.caller(), case_id, input);
  if (!added) {
    if (!shown_on_form(added.error())) return error_response(added.error(), request, services);
    return form_page(request, services, input, added.error());
  }
  return Response::redirect(rapid_review_recommendations_path(case_id) + "?done=added-" +
                            std::to_string(added.value().number));
}

}  // namespace

std::string rapid_review_recommendations_path(Id case_id) {
  return case_path(case_id) + "/rapid-review-recommendations";
}

void add_rapid_review_recommendation_routes(Router& router) {
  router.add("GET", "/cases/{case_id:int}/rapid-review-recommendations",
             Permission::oversee_actions, show_recommendations);
  router.add("POST", "/cases/{case_id:int}/rapid-review-recommendations",
             Permission::oversee_actions, create);
  router.add("GET", "/cases/{case_id:int}/rapid-review-recommendations/new",
             Permission::oversee_actions, show_new);
}

}  // namespace casereview::web
