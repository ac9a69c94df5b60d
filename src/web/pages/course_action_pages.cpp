// The reviews and actions a course answers: see course_action_pages.hpp.
#include "web/pages/course_action_pages.hpp"

#include "app/actions/course_actions.hpp"
#include "domain/id_text.hpp"
#include "domain/policy.hpp"
#include "web/components/back_link.hpp"
#include "web/components/button.hpp"
#include "web/components/select.hpp"
#include "web/components/table.hpp"
#include "web/forms.hpp"
#include "web/layout.hpp"
#include "web/page_markup.hpp"
#include "web/pages/action_page_parts.hpp"
#include "web/pages/case_page_parts.hpp"
#include "web/pages/report_page_parts.hpp"
#include "web/problem.hpp"

namespace casereview::web {

namespace {

std::string course_path(Id course_id) { return "/courses/" + std::to_string(course_id); }

// "NB-2026-0004, recommendation 1, Northbrook Hospitals NHS Trust"
std::string answered(const ActionListing& listing) {
  return listing.case_reference + ", recommendation " +
         std::to_string(listing.action.recommendation_number) + ", " + listing.agency_name;
}

Html actions_table(const Request& request, const CourseActions& listed) {
  if (listed.actions.empty()) return paragraph("No action names this course yet.");
  const bool may_open = permits(request.actor, false, Permission::view_actions);
  govuk::TableOptions table;
  table.caption = "Actions that name this course, soonest due first";
  table.caption_classes = "govuk-visually-hidden";
  table.head = {{.text = "Action"},
                {.text = "Review, recommendation and agency"},
                {.text = "Due"},
                {.text = "Status"}};
  if (listed.may_link) table.head.push_back({.text = "Change"});
  for (const ActionListing& listing : listed.actions) {
    const Action& action = listing.action;
    std::vector<govuk::TableCell> row{
        may_open ? govuk::TableCell{.html = link(action_path(action.id), action.text)}
                 : govuk::TableCell{.text = action.text},
        {.text = answered(listing)},
        {.text = day_month_year(action.due_on)},
        {.text = std::string(action_status_text(action.status))}};
    if (listed.may_link)
      row.push_back(
          {.html = button_form(
               request,
               course_actions_path(listed.course_id) + "/" + std::to_string(action.id) + "/unlink",
               "Unlink", "govuk-button--secondary govuk-!-margin-bottom-0")});
    table.rows.push_back(std::move(row));
  }
  return govuk::table(table);
}

Html link_form(const Request& request, const CourseActions& listed, const FormErrors& errors) {
  if (listed.choices.empty())
    return paragraph("No open training action is waiting for this course.");
  govuk::SelectOptions select{
      .name = "action_id",
      .value = request.form_value("action_id").value_or(""),
      .label = {.text = "Action", .classes = "govuk-label--s"},
      .hint = govuk::HintOptions{.text = "Open actions of the kind training for staff that do "
                                         "not name this course yet, soonest due first."}};
  if (auto message = errors.for_field("action_id")) select.error_message = message;
  for (const ActionListing& listing : listed.choices)
    select.items.push_back({.value = std::to_string(listing.action.id),
                            .text = listing.action.text + " (" + answered(listing) + ", due " +
                                    day_month_year(listing.action.due_on) + ")"});
  return form_start(request, course_actions_path(listed.course_id)) + govuk::select(select) +
         govuk::button({.text = "Link the action", .prevent_double_click = true}) + form_end();
}

Response actions_page(const Request& request, Services& services,
                      const std::optional<Error>& error) {
  const Id course_id = request.path_id("course_id");
  auto found =
      list_course_actions(services.app, request.caller(), course_id, request.page_number());
  if (!found) return error_response(found.error(), request, services);
  const CourseActions& listed = found.value();
  const FormErrors errors = FormErrors::of(error);
  const std::string done = request.done_flag();
  Html reviews;
  if (!listed.case_references.empty())
    reviews =
        section_heading("Reviews") + cases::text_list(listed.case_references, "govuk-list--bullet");
  Page page;
  page.title = "The reviews and actions this course answers";
  page.has_errors = error.has_value();
  page.before_content =
      govuk::back_link({.text = listed.course_title, .href = course_path(course_id)});
  page.content =
      two_thirds(errors.summary() +
                 success_banner(done == "linked"     ? "The action now names this course"
                                : done == "unlinked" ? "The action no longer names this course"
                                                     : "") +
                 heading("The reviews and actions this course answers", listed.course_title) +
                 paragraph("A training action that names this course counts the bookings, "
                           "attendance and certificates of its agency's people on the course as "
                           "evidence.") +
                 reviews + section_heading("Actions")) +
      full_width(actions_table(request, listed) +
                 report_parts::list_page_numbers(listed.page, listed.page_count,
                                                 course_actions_path(course_id))) +
      (listed.may_link
           ? two_thirds(section_heading("Link an action") + link_form(request, listed, errors))
           : Html());
  return page_response(page, request, services, error ? errors.http_status() : 200);
}

// GET /courses/{course_id}/actions[?page=N]
Response show_actions(const Request& request, Services& services) {
  return actions_page(request, services, std::nullopt);
}

// POST /courses/{course_id}/actions {action_id}
Response link_action(const Request& request, Services& services) {
  const Id course_id = request.path_id("course_id");
  const auto action_id = parse_id(request.form_value("action_id").value_or(""));
  const Status linked =
      action_id ? link_course_action(services.app, request.caller(), course_id, *action_id)
                : Status(Error::invalid({{"action_id", "Select an action to link"}}));
  if (!linked) {
    if (!shown_on_form(linked.error())) return error_response(linked.error(), request, services);
    return actions_page(request, services, linked.error());
  }
  return Response::redirect(course_actions_path(course_id) + "?done=linked");
}

// POST /courses/{course_id}/actions/{action_id}/unlink
Response unlink_action(const Request& request, Services& services) {
  const Id course_id = request.path_id("course_id");
  const Status unlinked =
      unlink_course_action(services.app, request.caller(), course_id, request.path_id("action_id"));
  if (!unlinked) return error_response(unlinked.error(), request, services);
  return Response::redirect(course_actions_path(course_id) + "?done=unlinked");
}

}  // namespace

std::string course_actions_path(Id course_id) { return course_path(course_id) + "/actions"; }

void add_course_action_routes(Router& router) {
  router.add("GET", "/courses/{course_id:int}/actions", Permission::signed_in, show_actions);
  router.add("POST", "/courses/{course_id:int}/actions", Permission::manage_training, link_action);
  router.add("POST", "/courses/{course_id:int}/actions/{action_id:int}/unlink",
             Permission::manage_training, unlink_action);
}

}  // namespace casereview::web
