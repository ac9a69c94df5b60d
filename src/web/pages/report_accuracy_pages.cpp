// The factual-accuracy pages (Rule RPT-1): see report_accuracy_pages.hpp. Lists are one page of
// the database's (20).
#include "web/pages/report_accuracy_pages.hpp"

#include <algorithm>

#include "app/reviews/report_accuracy.hpp"
#include "domain/uk_time.hpp"
#include "web/components/back_link.hpp"
#include "web/components/button.hpp"
#include "web/components/inset_text.hpp"
#include "web/components/radios.hpp"
#include "web/components/summary_list.hpp"
#include "web/components/table.hpp"
#include "web/components/tag.hpp"
#include "web/forms.hpp"
#include "web/layout.hpp"
#include "web/markdown.hpp"
#include "web/page_markup.hpp"
#include "web/pages/case_page_parts.hpp"
#include "web/pages/report_page_parts.hpp"
#include "web/pages/report_pages.hpp"
#include "web/problem.hpp"

namespace casereview::web {

namespace {

using cases::date_from_form;
using cases::date_question;
using cases::text_question;
using report_parts::choice_checkboxes;
using report_parts::ids_of;
using report_parts::list_page_numbers;

Id case_id_of(const Request& request) { return request.path_id("case_id"); }
int number_of(const Request& request) { return static_cast<int>(request.path_id("number")); }

std::string accuracy_path(Id case_id, int number) {
  return version_path(case_id, number) + "/accuracy";
}

Html answer_tag(const ReportCirculation& circulation, bool overdue) {
  if (circulation.answered_at)
    return govuk::tag({.text = "Answered", .classes = "govuk-tag--green"});
  if (overdue) return govuk::tag({.text = "Overdue", .classes = "govuk-tag--red"});
  return govuk::tag({.text = "Waiting", .classes = "govuk-tag--grey"});
}

std::string name_in(const std::map<Id, std::string>& names, Id user_id) {
  auto found = names.find(user_id);
  return found == names.end() ? "" : found->second;
}

std::string reply_path(Id case_id, int number, Id comment_id) {
  return version_path(case_id, number) + "/comments/" + std::to_string(comment_id) + "/reply";
}

// A comment as a summary card: what it says, and the reply; `reply_href` (the reviewer's) links
// to the form that answers a comment not yet answered.
Html comment_card(const ReportComment& comment, const std::string& title,
                  const std::map<Id, std::string>& names, const std::string& reply_href = "") {
  govuk::SummaryListOptions card;
  card.card =
      govuk::SummaryCard{.title = govuk::SummaryCardTitle{.text = title, .heading_level = 3},
                         .attributes = {{"id", "comment-" + std::to_string(comment.id)}}};
  if (!reply_href.empty() && !comment.decision)
    card.card->actions.items.push_back({.href = reply_href, .text = "Reply"});
  if (!comment.section.empty())
    card.rows.push_back({.key = {.text = "Section"}, .value = {.text = comment.section}});
  if (!comment.quote.empty())
    card.rows.push_back({.key = {.text = "Quoted text"}, .value = {.text = comment.quote}});
  card.rows.push_back({.key = {.text = "Comment"}, .value = {.text = comment.text}});
  card.rows.push_back({.key = {.text = "By"},
                       .value = {.text = name_in(names, comment.author_id) + ", " +
                                         uk_time_text(comment.created_at)}});
  Html reply = paragraph("Not replied to yet.");
  if (comment.decision) {
    reply = govuk::tag({.text = std::string(comment_decision_text(*comment.decision)),
                        .classes = *comment.decision == CommentDecision::accepted
                                       ? "govuk-tag--green"
                                       : "govuk-tag--orange"});
    if (!comment.reply.empty()) reply += paragraph(comment.reply);
  }
  card.rows.push_back({.key = {.text = "Reply"}, .value = {.html = reply}});
  return govuk::summary_list(card);
}

// --- The reviewer's and the committee's view ---

Html circulation_table(const AccuracyOverview& overview) {
  if (overview.agencies.empty())
    return paragraph("This version has not been sent to any agency for factual accuracy.");
  govuk::TableOptions table;
  table.caption = "Agencies sent this version";
  table.caption_classes = "govuk-table__caption--m";
  table.head = {{.text = "Agency"}, {.text = "Due"}, {.text = "Comments"}, {.text = "Answer"}};
  for (const CirculationRow& row : overview.agencies)
    table.rows.push_back({{.text = row.agency_name},
                          {.text = day_month_year(row.circulation.due_on)},
                          {.text = std::to_string(row.circulation.comments)},
                          {.html = answer_tag(row.circulation, row.overdue)}});
  return govuk::table(table);
}

Html send_form(const Request& request, const AccuracyOverview& overview, const FormErrors& errors) {
  report_parts::Choices open;  // agencies that have not answered this version
  for (const auto& [id, name] : overview.in_scope) {
    const bool answered = std::any_of(
        overview.agencies.begin(), overview.agencies.end(), [&](const CirculationRow& row) {
          return row.circulation.agency_id == id && row.circulation.answered_at;
        });
    if (!answered) open.emplace_back(id, name);
  }
  if (open.empty()) return Html();
  return section_heading("Send this version for factual accuracy") +
         form_start(request, circulation_path(overview.case_id, overview.version.number)) +
         choice_checkboxes(
             "agency_ids", "Agencies",
             "Their contributors are emailed. An agency sent it already gets the "
             "new date.",
             open, errors.empty() ? std::vector<Id>{} : ids_of(request.form_values("agency_ids")),
             errors) +
         date_question({.name = "due_on",
                        .legend = "Comments due by",
                        .value = errors.empty() ? "" : date_from_form(request, "due_on")},
                       errors) +
         govuk::button({.text = "Send for factual accuracy", .prevent_double_click = true}) +
         form_end();
}

std::string overview_banner(const Request& request) {
  if (request.done_flag() == "sent") return "The version is sent to the agencies";
  if (request.done_flag() == "replied") return "The reply is saved";
  return "";
}

Response circulation_page(const Request& request, Services& services,
                          const std::optional<Error>& send_error) {
  const Id case_id = case_id_of(request);
  const int number = number_of(request);
  auto found = report_accuracy_overview(services.app, request.caller(), case_id, number,
                                        send_error ? 1 : request.page_number());
  if (!found) return error_response(found.error(), request, services);
  const AccuracyOverview& overview = found.value();
  const FormErrors send_errors = FormErrors::of(send_error);
  Html comments;
  int position = (overview.page - 1) * report_comments_per_page;
  for (const ReportComment& comment : overview.comments)
    comments += comment_card(comment,
                             "Comment " + std::to_string(++position) + " from " +
                                 overview.agency_name(comment.agency_id),
                             overview.names,
                             overview.can_write ? reply_path(case_id, number, comment.id) : "");
  Page page;
  page.title = "Factual accuracy of version " + std::to_string(number);
  page.has_errors = send_error.has_value();
  page.before_content = govuk::back_link({.href = version_path(case_id, number)});
  page.content = two_thirds(
      send_errors.summary({.date_fields = {"due_on"}}) + success_banner(overview_banner(request)) +
      heading("Factual accuracy", overview.case_reference + ", version " + std::to_string(number)) +
      circulation_table(overview) +
      (overview.can_write ? send_form(request, overview, send_errors) : Html()) +
      section_heading("Comments") +
      (overview.total == 0 ? paragraph("No agency has commented on this version.") : comments) +
      list_page_numbers(overview.page, overview.page_count, circulation_path(case_id, number)));
  return page_response(page, request, services, send_error ? send_errors.http_status() : 200);
}

// GET /cases/{case_id}/report/versions/{number}/circulation[?page=N]
Response show_circulation(const Request& request, Services& services) {
  return circulation_page(request, services, std::nullopt);
}

// POST /cases/{case_id}/report/versions/{number}/circulation (Rule RPT-1)
Response circulate(const Request& request, Services& services) {
  const CirculationInput input{.agency_ids = ids_of(request.form_values("agency_ids")),
                               .due_on = date_from_form(request, "due_on")};
  auto sent = circulate_report_version(services.app, request.caller(), case_id_of(request),
                                       number_of(request), input);
  if (!sent) {
    if (!shown_on_form(sent.error())) return error_response(sent.error(), request, services);
    return circulation_page(request, services, sent.error());
  }
  return Response::redirect(circulation_path(case_id_of(request), number_of(request)) +
                            "?done=sent");
}

Response reply_page(const Request& request, Services& services, const std::optional<Error>& error) {
  auto found = report_comment_to_answer(services.app, request.caller(), request.path_id("id"));
  if (!found) return error_response(found.error(), request, services);
  const CommentToAnswer& answer = found.value();
  // The path names the comment's case and version: another's would mislead.
  if (answer.case_id != case_id_of(request) || answer.version_number != number_of(request))
    return error_response(Error::of(ErrorCode::not_found, "No such comment"), request, services);
  const FormErrors errors = FormErrors::of(error);
  const std::string back = circulation_path(answer.case_id, answer.version_number);
  Html form;
  if (!answer.comment.decision) {
    govuk::RadiosOptions decision{
        .name = "decision",
        .value = errors.empty() ? "" : request.form_value("decision").value_or(""),
        .fieldset =
            govuk::InputsFieldsetOptions{.legend = {.text = "Is the comment accepted?",
                                                    .classes = "govuk-fieldset__legend--s"}},
        .error_message = errors.for_field("decision")};
    for (CommentDecision each : all_comment_decisions)
      decision.items.push_back({.text = std::string(comment_decision_text(each)),
                                .value = std::string(comment_decision_name(each))});
    form =
        form_start(request, reply_path(answer.case_id, answer.version_number, answer.comment.id)) +
        govuk::radios(decision) +
        text_question("text", "Why", errors.empty() ? "" : request.form_value("text").value_or(""),
                      limits::report_comment_reply, errors,
                      "Say why when the comment is not accepted; for an accepted one, what "
                      "changes.",
                      4) +
        govuk::button({.text = "Save the reply", .prevent_double_click = true}) + form_end();
  }
  Page page;
  page.title = "Reply to a comment";
  page.has_errors = error.has_value();
  page.before_content = govuk::back_link({.href = back});
  page.content = two_thirds(
      errors.summary() +
      heading("Reply to a comment",
              answer.case_reference + ", version " + std::to_string(answer.version_number)) +
      comment_card(answer.comment, "Comment from " + answer.agency_name, answer.names) + form);
  return page_response(page, request, services, error ? errors.http_status() : 200);
}

// GET /cases/{case_id}/report/versions/{number}/comments/{id}/reply
Response show_reply(const Request& request, Services& services) {
  return reply_page(request, services, std::nullopt);
}

// POST /cases/{case_id}/report/versions/{number}/comments/{id}/reply (Rule RPT-1)
Response reply(const Request& request, Services& services) {
  const Id comment_id = request.path_id("id");
  auto replied = reply_to_report_comment(services.app, request.caller(), comment_id,
                                         request.form_value("decision").value_or(""),
                                         request.form_value("text").value_or(""));
  if (!replied) {
    if (!shown_on_form(replied.error())) return error_response(replied.error(), request, services);
    return reply_page(request, services, replied.error());
  }
  return Response::redirect(circulation_path(case_id_of(request), number_of(request)) +
                            "?done=replied");
}

// --- The agency contributor's view ---

// GET /report-checks[?page=N]: the versions sent to the contributor's agency.
Response show_requests(const Request& request, Services& services) {
  auto found = report_accuracy_requests(services.app, request.caller(), request.page_number());
  if (!found) return error_response(found.error(), request, services);
  const AccuracyRequests& listed = found.value();
  Html list;
  if (listed.requests.empty()) {
    list = paragraph("No report has been sent to your agency to check.");
  } else {
    govuk::TableOptions table;
    table.caption = "Reports sent to " + listed.agency_name + ", newest first";
    table.caption_classes = "govuk-visually-hidden";
    table.head = {{.text = "Case"}, {.text = "Version"}, {.text = "Due"}, {.text = "Answer"}};
    for (const AccuracyRequest& row : listed.requests)
      table.rows.push_back(
          {{.html = link(accuracy_path(row.circulation.case_id, row.circulation.version_number),
                         row.case_reference)},
           {.text = std::to_string(row.circulation.version_number)},
           {.text = day_month_year(row.circulation.due_on)},
           {.html = answer_tag(row.circulation, row.overdue)}});
    list = govuk::table(table);
  }
  Page page;
  page.title = "Reports to check";
  page.content = full_width(
      success_banner(request.done_flag() == "answered" ? "Your agency's response is sent" : "") +
      heading("Reports to check", listed.agency_name) +
      paragraph("Check each version of a review's report for factual accuracy: comment on "
                "anything your agency's records show differently, then send your agency's "
                "response.") +
      list + list_page_numbers(listed.page, listed.page_count, "/report-checks"));
  return page_response(page, request, services);
}

Html comment_form(const Request& request, const AccuracyCheck& check, const FormErrors& errors) {
  const auto typed = [&](const char* name) {
    return errors.empty() ? std::string() : request.form_value(name).value_or("");
  };
  return section_heading("Add a comment") +
         form_start(request, accuracy_path(check.case_id, check.version.number)) +
         text_input(request, errors,
                    {.id = "section",
                     .name = "section",
                     .value = typed("section"),
                     .label = {.text = "Section (optional)", .classes = "govuk-label--s"},
                     .hint = govuk::HintOptions{.text = "For example, The child and family"}}) +
         text_question("quote", "The text you are commenting on (optional)", typed("quote"),
                       limits::report_comment_quote, errors, "Copy it from the report.", 3) +
         text_question("text", "Your comment", typed("text"), limits::report_comment_text, errors,
                       "What your agency's records show, and where. Use roles, not names.", 5) +
         govuk::button({.text = "Add the comment", .prevent_double_click = true}) + form_end();
}

Response check_page(const Request& request, Services& services, const std::optional<Error>& error) {
  const Id case_id = case_id_of(request);
  const int number = number_of(request);
  auto found =
      report_accuracy_check(services.app, request.caller(), case_id, number, request.page_number());
  if (!found) return error_response(found.error(), request, services);
  const AccuracyCheck& check = found.value();
  const FormErrors errors = FormErrors::of(error);
  govuk::SummaryListOptions facts;
  facts.rows.push_back({.key = {.text = "Agency"}, .value = {.text = check.agency_name}});
  facts.rows.push_back({.key = {.text = "Comments due by"},
                        .value = {.text = weekday_day_month_year(check.circulation.due_on)}});
  facts.rows.push_back(
      {.key = {.text = "Your agency's response"},
       .value = {.text = check.circulation.answered_at
                             ? "Sent " + uk_time_text(*check.circulation.answered_at)
                             : "Not sent yet"}});
  Html comments;
  int position = (check.page - 1) * report_comments_per_page;
  for (const ReportComment& comment : check.comments)
    comments += comment_card(comment, "Comment " + std::to_string(++position), check.names);
  Html respond;
  if (check.can_comment)
    respond =
        comment_form(request, check, errors) + section_heading("Send your agency's response") +
        paragraph(
            "When your agency has no more comments on this version — or none at all "
            "— send its response. You cannot comment on this version after that.") +
        button_form(request, accuracy_path(case_id, number) + "/response", "Send our response", "");
  Page page;
  page.title = "Check version " + std::to_string(number) + " of the report";
  page.has_errors = error.has_value();
  page.before_content = govuk::back_link({.text = "Reports to check", .href = "/report-checks"});
  page.content = two_thirds(
      errors.summary() +
      success_banner(request.done_flag() == "commented" ? "Your comment is added" : "") +
      heading("Check version " + std::to_string(number) + " of the report", check.case_reference) +
      govuk::summary_list(facts) + section_heading("The report") +
      govuk::inset_text({.html = render_markdown(check.version.text, {.heading_offset = 2})}) +
      section_heading("Your agency's comments") +
      (check.total == 0 ? paragraph("Your agency has not commented on this version.") : comments) +
      list_page_numbers(check.page, check.page_count, accuracy_path(case_id, number)) + respond);
  return page_response(page, request, services, error ? errors.http_status() : 200);
}

// GET /cases/{case_id}/report/versions/{number}/accuracy[?page=N]
Response show_check(const Request& request, Services& services) {
  return check_page(request, services, std::nullopt);
}

// POST /cases/{case_id}/report/versions/{number}/accuracy: a comment (Rule RPT-1)
Response comment(const Request& request, Services& services) {
  auto added =
      add_report_comment(services.app, request.caller(), case_id_of(request), number_of(request),
                         {.section = request.form_value("section").value_or(""),
                          .quote = request.form_value("quote").value_or(""),
                          .text = request.form_value("text").value_or("")});
  if (!added) {
    if (!shown_on_form(added.error())) return error_response(added.error(), request, services);
    return check_page(request, services, added.error());
  }
  return Response::redirect(accuracy_path(case_id_of(request), number_of(request)) +
                            "?done=commented");
}

// POST /cases/{case_id}/report/versions/{number}/accuracy/response (Rule RPT-1)
Response respond(const Request& request, Services& services) {
  Status sent = send_accuracy_response(services.app, request.caller(), case_id_of(request),
                                       number_of(request));
  if (!sent) {
    if (!shown_on_form(sent.error())) return error_response(sent.error(), request, services);
    return check_page(request, services, sent.error());
  }
  return Response::redirect("/report-checks?done=answered");
}

}  // namespace

std::string circulation_path(Id case_id, int number) {
  return version_path(case_id, number) + "/circulation";
}

void add_report_accuracy_routes(Router& router) {
  const std::string version = "/cases/{case_id:int}/report/versions/{number:int}";
  router.add("GET", version + "/circulation", Permission::view_report, show_circulation);
  router.add("POST", version + "/circulation", Permission::write_report, circulate);
  router.add("GET", version + "/comments/{id:int}/reply", Permission::write_report, show_reply);
  router.add("POST", version + "/comments/{id:int}/reply", Permission::write_report, reply);
  router.add("GET", "/report-checks", Permission::check_report_accuracy, show_requests);
  router.add("GET", version + "/accuracy", Permission::check_report_accuracy, show_check);
  router.add("POST", version + "/accuracy", Permission::check_report_accuracy, comment);
  router.add("POST", version + "/accuracy/response", Permission::check_report_accuracy, respond);
}

}  // namespace casereview::web
