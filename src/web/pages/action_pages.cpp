// The action plans' pages (issue 13, Rule ACT-1, Rule ACT-2, Rule ACT-3, Rule ACT-4): see
// action_pages.hpp.
#include "web/pages/action_pages.hpp"

#include "app/actions/action_plan_pdf.hpp"
#include "app/documents/action_plan_sheet.hpp"
#include "app/documents/xlsx_file.hpp"
#include "domain/csv.hpp"
#include "domain/text.hpp"
#include "domain/uk_time.hpp"
#include "web/components/back_link.hpp"
#include "web/components/button.hpp"
#include "web/components/checkboxes.hpp"
#include "web/components/details.hpp"
#include "web/components/file_upload.hpp"
#include "web/components/radios.hpp"
#include "web/components/select.hpp"
#include "web/components/summary_list.hpp"
#include "web/components/table.hpp"
#include "web/forms.hpp"
#include "web/layout.hpp"
#include "web/markdown.hpp"
#include "web/page_markup.hpp"
#include "web/pages/action_page_parts.hpp"
#include "web/pages/case_page_parts.hpp"
#include "web/pages/report_page_parts.hpp"
#include "web/problem.hpp"

namespace casereview::web {

namespace {

using cases::date_from_form;
using cases::date_question;
using cases::text_question;

Id action_id_of(const Request& request) { return request.path_id("action_id"); }

std::string typed(const Request& request, const FormErrors& errors, const std::string& name) {
  return errors.empty() ? "" : request.form_value(name).value_or("");
}

std::string name_of(const std::map<Id, std::string>& names, Id user_id) {
  const auto found = names.find(user_id);
  return found == names.end() ? "Someone" : found->second;
}

// Radios named `name` under a small legend, with its error; after an error the choice made is
// checked again.
govuk::RadiosOptions question_radios(const Request& request, const FormErrors& errors,
                                     const std::string& name, const std::string& legend,
                                     std::vector<govuk::RadiosItem> items) {
  return {.name = name,
          .items = std::move(items),
          .value = typed(request, errors, name),
          .fieldset =
              govuk::InputsFieldsetOptions{
                  .legend = {.text = legend, .classes = "govuk-fieldset__legend--s"}},
          .error_message = errors.for_field(name)};
}

// question_radios with an item for each of `values`, by its name and its words.
template <typename Value, std::size_t N, typename NameOf, typename TextOf>
Html name_radios(const Request& request, const FormErrors& errors, const std::string& name,
                 const std::string& legend, const std::array<Value, N>& values,
                 NameOf name_of_value, TextOf text_of_value) {
  std::vector<govuk::RadiosItem> items;
  for (Value each : values)
    items.push_back(
        {.text = std::string(text_of_value(each)), .value = std::string(name_of_value(each))});
  return govuk::radios(question_radios(request, errors, name, legend, std::move(items)));
}

// --- The list ---

// The query of the list's filters (without the page), for its page links.
std::string filter_query(const Request& request) {
  std::string query;
  for (const char* name : {"case_id", "agency_id", "kind", "status", "rag", "overdue"}) {
    const std::string value = request.query_value(name).value_or("");
    if (!value.empty())
      query += (query.empty() ? "" : "&") + std::string(name) + "=" + query_encode(value);
  }
  return query;
}

template <typename Value, std::size_t N, typename NameOf, typename TextOf>
Html filter_select(const Request& request, const std::string& name, const std::string& label,
                   const std::array<Value, N>& values, NameOf name_of_value, TextOf text_of_value) {
  govuk::SelectOptions select{
      .name = name, .value = request.query_value(name).value_or(""), .label = {.text = label}};
  select.items.push_back({.value = "", .text = "Any"});
  for (Value each : values)
    select.items.push_back(
        {.value = std::string(name_of_value(each)), .text = std::string(text_of_value(each))});
  return govuk::select(select);
}

Html filters_form(const Request& request, const ActionList& list) {
  Html agencies;
  if (!list.own_agency) {
    govuk::SelectOptions select{.name = "agency_id",
                                .value = request.query_value("agency_id").value_or(""),
                                .label = {.text = "Agency"}};
    select.items.push_back({.value = "", .text = "Any"});
    for (const auto& [id, name] : list.agencies)
      select.items.push_back({.value = std::to_string(id), .text = name});
    agencies = govuk::select(select);
  }
  const Html overdue =
      govuk::checkboxes({.name = "overdue",
                         .items = {{.text = "Only actions past their due date",
                                    .value = "true",
                                    .checked = request.query_value("overdue") == "true"}},
                         .fieldset = govuk::InputsFieldsetOptions{.legend = {.text = "Overdue"}},
                         .classes = "govuk-checkboxes--small"});
  Html keep_case;
  if (auto case_id = request.query_value("case_id"); case_id && !case_id->empty())
    keep_case = hidden_input("case_id", *case_id);
  return Html::trusted("<form method=\"get\" action=\"/actions\" novalidate>") + keep_case +
         agencies +
         filter_select(request, "kind", "Kind", all_action_kinds, action_kind_name,
                       action_kind_text) +
         filter_select(request, "status", "Status", all_action_statuses, action_status_name,
                       action_status_text) +
         filter_select(request, "rag", "RAG rating", all_rags, rag_name, rag_text) + overdue +
         govuk::button({.text = "Apply the filters", .classes = "govuk-button--secondary"}) +
         Html::trusted("</form>");
}

Html actions_table(const ActionList& list) {
  if (list.rows.empty()) return paragraph("No actions match.");
  govuk::TableOptions table;
  table.caption = "Actions, soonest due first";
  table.caption_classes = "govuk-visually-hidden";
  table.head = {{.text = "Action"}, {.text = "Review (recommendation)"},
                {.text = "Agency"}, {.text = "Owner"},
                {.text = "Due"},    {.text = "Status"},
                {.text = "RAG"}};
  for (const ActionRow& row : list.rows) {
    const Action& action = row.listing.action;
    table.rows.push_back({{.html = link(action_path(action.id), action.text)},
                          {.text = row.listing.case_reference + " (" +
                                   std::to_string(action.recommendation_number) + ")"},
                          {.text = row.listing.agency_name},
                          {.text = row.listing.owner_name},
                          {.text = day_month_year(action.due_on)},
                          {.text = std::string(action_status_text(action.status))},
                          {.html = rag_tag(row.rag)}});
  }
  return govuk::table(table);
}

// GET /actions: the committee's every action, a lead's own agency's (Rule ACT-3: colours today).
Response show_list(const Request& request, Services& services) {
  auto filter = action_filter_from_query(request);
  const FormErrors errors = FormErrors::of(filter ? std::nullopt : std::optional(filter.error()));
  auto listed = list_actions(services.app, request.caller(),
                             filter ? filter.value() : ActionFilter{}, request.page_number());
  if (!listed) return error_response(listed.error(), request, services);
  const ActionList& list = listed.value();
  const std::string query = filter ? filter_query(request) : "";
  const std::string base = "/actions?" + (query.empty() ? "" : query + "&");
  Page page;
  page.title = list.own_agency ? "My actions" : "Actions";
  page.has_errors = !errors.empty();
  page.content = full_width(
      errors.summary() +
      success_banner(request.done_flag() == "made" ? "The actions are made and their owners told"
                                                   : "") +
      heading(page.title) +
      paragraph(list.own_agency ? "Your agency's actions from the partnership's reviews: add "
                                  "progress updates and evidence, and propose them for sign-off."
                                : "Every action of the partnership's action plans.") +
      // The filters fold away (open while any is set) so the table has the page's width.
      govuk::details({.summary_text = "Filter the actions",
                      .html = filters_form(request, list),
                      .open = !query.empty()}) +
      paragraph(std::to_string(list.total) + (list.total == 1 ? " action" : " actions")) +
      Html::trusted("<p class=\"govuk-body\">") +
      link("/actions/csv" + (query.empty() ? "" : "?" + query), "Download these actions (CSV)") +
      Html::trusted(" or ") +
      link("/actions/xlsx" + (query.empty() ? "" : "?" + query), "as a spreadsheet (XLSX)") +
      Html::trusted("</p>") + actions_table(list) +
      page_numbers(static_cast<std::size_t>(list.page), static_cast<std::size_t>(list.page_count),
                   [&](std::size_t number) { return base + "page=" + std::to_string(number); }) +
      section_heading("What the colours mean", "legend") +
      Html::trusted("<div class=\"govuk-grid-row\"><div class=\"govuk-grid-column-two-thirds\">") +
      rag_legend(list.thresholds) + Html::trusted("</div></div>"));
  return page_response(page, request, services, errors.empty() ? 200 : errors.http_status());
}

// GET /actions/csv and /actions/xlsx: the list's actions with its filters, every page.
Response download_list(const Request& request, Services& services, bool spreadsheet) {
  auto filter = action_filter_from_query(request);
  if (!filter) return error_response(filter.error(), request, services);
  auto rows = actions_to_download(services.app, request.caller(), filter.value());
  if (!rows) return error_response(rows.error(), request, services);
  if (spreadsheet) {
    auto bytes = action_plan_xlsx(rows.value());
    if (!bytes) return error_response(bytes.error(), request, services);
    return Response::attachment(std::move(bytes.value()), xlsx_media_type, "action-plan.xlsx");
  }
  std::string csv = csv_line(action_plan_header());
  for (const ActionRow& row : rows.value()) csv += csv_line(action_plan_cells(row));
  return Response::attachment(std::move(csv), "text/csv; charset=utf-8", "action-plan.csv");
}

// --- Making actions from a recommendation (Rule ACT-1) ---

std::string new_actions_path(Id recommendation_id) {
  return "/recommendations/" + std::to_string(recommendation_id) + "/actions";
}

// Rule ACT-1: the owner, when not the agency's strategic lead — for an action for one agency.
Html owner_select(const Request& request, const RecommendationForActions& form,
                  const FormErrors& errors) {
  govuk::SelectOptions select{
      .name = "owner_user_id",
      .value = errors.empty() ? "" : request.form_value("owner_user_id").value_or(""),
      .label = {.text = "Owner", .classes = "govuk-label--s"},
      .hint = govuk::HintOptions{
          .text = "Leave as it is for each agency's strategic lead. Choose another strategic lead "
                  "only when the action is for one agency."}};
  if (auto message = errors.for_field("owner_user_id")) select.error_message = message;
  select.items.push_back({.value = "", .text = "Each agency's strategic lead"});
  for (const RecommendationForActions::Owner& owner : form.owners)
    select.items.push_back({.value = std::to_string(owner.user_id),
                            .text = owner.name + " (" + owner.agency_name + ")"});
  return govuk::select(select);
}

Response new_actions_page(const Request& request, Services& services,
                          const std::optional<Error>& error) {
  const Id recommendation_id = request.path_id("recommendation_id");
  auto found = recommendation_for_actions(services.app, request.caller(), recommendation_id);
  if (!found) return error_response(found.error(), request, services);
  const RecommendationForActions& form = found.value();
  const FormErrors errors = FormErrors::of(error);
  Html existing;
  if (!form.actions.empty()) {
    std::vector<std::string> items;
    Html list = Html::trusted("<ul class=\"govuk-list govuk-list--bullet\">");
    for (const ActionListing& listing : form.actions)
      list += Html::trusted("<li>") + link(action_path(listing.action.id), listing.action.text) +
              escape(" (" + listing.agency_name + ", due " + day_month_year(listing.action.due_on) +
                     ")") +
              Html::trusted("</li>");
    existing = section_heading("Actions already made") + list + Html::trusted("</ul>");
  }
  const std::string number = std::to_string(form.recommendation.number);
  Page page;
  page.title = "Make actions for recommendation " + number;
  page.has_errors = error.has_value();
  page.before_content = govuk::back_link({.text = "Actions", .href = "/actions"});
  page.content = two_thirds(
      errors.summary() + heading("Make actions for recommendation " + number, form.case_reference) +
      render_markdown(form.recommendation.text, {.heading_offset = 2}) + existing +
      paragraph_link("/cases/" + std::to_string(form.recommendation.case_id) + "/action-plan/pdf",
                     "Download the case's action plan to publish (PDF)") +
      section_heading("New actions") +
      paragraph("One action is made for each agency you choose, owned by its strategic lead, who "
                "is emailed.") +
      form_start(request, new_actions_path(recommendation_id)) +
      report_parts::choice_checkboxes("agency_ids", "Agencies", "", form.agencies,
                                      report_parts::ids_of(request.form_values("agency_ids")),
                                      errors) +
      owner_select(request, form, errors) +
      text_question("text", "What the agency will do", typed(request, errors, "text"),
                    limits::action_text, errors) +
      name_radios(request, errors, "kind", "Kind of action", all_action_kinds, action_kind_name,
                  action_kind_text) +
      (form.courses.empty()
           ? Html()
           : report_parts::choice_checkboxes(
                 "course_ids", "Courses (for training for staff)",
                 "The action's evidence then counts who from the agency booked, attended and was "
                 "certified.",
                 form.courses, report_parts::ids_of(request.form_values("course_ids")), errors)) +
      text_question("success_measure", "How success will be measured",
                    typed(request, errors, "success_measure"), limits::action_success_measure,
                    errors,
                    "What the committee will look for to know the action made a difference.", 3) +
      date_question({.name = "start_on",
                     .legend = "Start date",
                     .value = errors.empty() ? "" : date_from_form(request, "start_on")},
                    errors) +
      date_question({.name = "due_on",
                     .legend = "Due date",
                     .value = errors.empty() ? "" : date_from_form(request, "due_on")},
                    errors) +
      govuk::button({.text = "Make the actions", .prevent_double_click = true}) + form_end());
  return page_response(page, request, services, error ? errors.http_status() : 200);
}

Response show_new_actions(const Request& request, Services& services) {
  return new_actions_page(request, services, std::nullopt);
}

// POST /recommendations/{recommendation_id}/actions (Rule ACT-1)
Response make_actions(const Request& request, Services& services) {
  const std::string owner = trimmed(request.form_value("owner_user_id").value_or(""));
  std::optional<Id> owner_user_id;
  if (!owner.empty()) {
    owner_user_id = parse_id(owner);
    // Not an id at all: no owner the form offered.
    if (!owner_user_id)
      return new_actions_page(request, services,
                              Error::invalid({{"owner_user_id", "Select an owner from the list"}}));
  }
  auto made =
      create_actions(services.app, request.caller(), request.path_id("recommendation_id"),
                     {.text = request.form_value("text").value_or(""),
                      .kind = request.form_value("kind").value_or(""),
                      .success_measure = request.form_value("success_measure").value_or(""),
                      .start_on = date_from_form(request, "start_on"),
                      .due_on = date_from_form(request, "due_on"),
                      .agency_ids = report_parts::ids_of(request.form_values("agency_ids")),
                      .owner_user_id = owner_user_id,
                      .course_ids = report_parts::ids_of(request.form_values("course_ids"))});
  if (!made) {
    if (!shown_on_form(made.error())) return error_response(made.error(), request, services);
    return new_actions_page(request, services, made.error());
  }
  return Response::redirect("/actions?case_id=" + std::to_string(made.value().front().case_id) +
                            "&done=made");
}

// --- One action ---

Html facts_markup(const ActionDetail& detail) {
  const Action& action = detail.listing.action;
  govuk::SummaryListOptions facts;
  const auto row = [&](const std::string& key, const std::string& value) {
    facts.rows.push_back({.key = {.text = key}, .value = {.text = value}});
  };
  row("Review", detail.listing.case_reference + ", recommendation " +
                    std::to_string(action.recommendation_number));
  row("Agency", detail.listing.agency_name);
  row("Owner", detail.listing.owner_name);
  row("Kind", std::string(action_kind_text(action.kind)));
  row("How success will be measured", action.success_measure);
  row("Start date", day_month_year(action.start_on));
  row("Due date",
      day_month_year(action.due_on) +
          (action.proposed_due_on ? " (a change to " + day_month_year(*action.proposed_due_on) +
                                        " waits for the committee)"
                                  : ""));
  row("Status", std::string(action_status_text(action.status)));
  facts.rows.push_back(
      {.key = {.text = "RAG rating"},
       .value = {.html = rag_tag(detail.rag) + Html::trusted(" ") + escape(detail.rag_reason)}});
  row("Last update", day_month_year(action.last_update_on));
  return govuk::summary_list(facts);
}

Html updates_markup(const ActionDetail& detail) {
  if (detail.updates.empty()) return paragraph("No progress updates yet.");
  Html out;
  for (const ActionUpdate& update : detail.updates)
    out += Html::trusted("<div class=\"govuk-inset-text\"><p class=\"govuk-body-s\">") +
           escape(uk_time_text(update.at) + ", " + name_of(detail.names, update.by) +
                  (update.status ? ": marked " + std::string(action_status_text(*update.status))
                                 : "")) +
           Html::trusted("</p>") + paragraph(update.text) + Html::trusted("</div>");
  return out + report_parts::list_page_numbers(detail.page, detail.page_count,
                                               action_path(detail.listing.action.id));
}

Html evidence_markup(const ActionDetail& detail) {
  if (detail.evidence.empty()) return paragraph("No evidence yet.");
  Html out;
  for (const ActionEvidence& item : detail.evidence) {
    Html file;
    if (!item.file_name.empty())
      file = paragraph_link("/action-evidence/" + std::to_string(item.id) + "/file",
                            "Download " + item.file_name + " (" +
                                std::to_string((item.file_size + 1023) / 1024) + " KB)");
    out += Html::trusted("<div class=\"govuk-inset-text\"><p class=\"govuk-body-s\">") +
           escape(std::string("Evidence of ") +
                  (item.kind == EvidenceKind::impact ? "impact" : "completion") + ", " +
                  uk_time_text(item.at) + ", " + name_of(detail.names, item.by)) +
           Html::trusted("</p>") + (item.text.empty() ? Html() : paragraph(item.text)) + file +
           Html::trusted("</div>");
  }
  return out;
}

// Issue 13: a training action's evidence, counted from the training records.
Html training_markup(const ActionDetail& detail) {
  if (!detail.training) return Html();
  const TrainingEvidence& training = *detail.training;
  Html out = section_heading("Training evidence", "training");
  if (training.courses.empty())
    return out + paragraph("This action names no course, so nothing is counted.");
  std::vector<std::string> titles;
  for (const auto& [id, title] : training.courses) titles.push_back(title);
  govuk::SummaryListOptions facts;
  facts.rows.push_back({.key = {.text = "Courses"}, .value = {.html = cases::text_list(titles)}});
  const auto row = [&](const std::string& key, int count) {
    facts.rows.push_back({.key = {.text = key}, .value = {.text = std::to_string(count)}});
  };
  row("Booked", training.booked);
  row("Attended", training.attended);
  row("Certificates", training.certificates);
  return out +
         paragraph("People of " + detail.listing.agency_name +
                   " on these courses' sessions since the action started, from the training "
                   "records.") +
         govuk::summary_list(facts);
}

Html due_dates_markup(const Request& request, const ActionDetail& detail) {
  Html out;
  if (!detail.due_date_changes.empty()) {
    govuk::TableOptions table;
    table.caption = "Changes of due date";
    table.caption_classes = "govuk-visually-hidden";
    table.head = {{.text = "From"}, {.text = "To"}, {.text = "Why"}, {.text = "Answer"}};
    for (const DueDateChange& change : detail.due_date_changes)
      table.rows.push_back(
          {{.text = day_month_year(change.from_due_on)},
           {.text = day_month_year(change.to_due_on)},
           {.text = change.reason + " (" + name_of(detail.names, change.requested_by) + ")"},
           {.text = !change.agreed   ? "Waiting for the committee"
                    : *change.agreed ? "Agreed"
                                     : "Refused"}});
    out += govuk::table(table);
  }
  const Action& action = detail.listing.action;
  if (action.proposed_due_on && detail.oversees) {
    const std::string path = action_path(action.id) + "/due-date/decision";
    out += Html::trusted("<div class=\"govuk-button-group\">") + form_start(request, path) +
           hidden_input("agree", "true") +
           govuk::button({.text = "Agree to " + day_month_year(*action.proposed_due_on)}) +
           form_end() + form_start(request, path) + hidden_input("agree", "false") +
           govuk::button({.text = "Refuse the new date", .classes = "govuk-button--secondary"}) +
           form_end() + Html::trusted("</div>");
  } else if (!action.proposed_due_on && action.status != ActionStatus::closed) {
    out += paragraph_link(action_path(action.id) + "/due-date", "Ask for a new due date");
  }
  return out;
}

Html checks_markup(const ActionDetail& detail) {
  const Action& action = detail.listing.action;
  Html out;
  if (detail.assurance_checks.empty()) {
    out = paragraph(action.status == ActionStatus::awaiting_sign_off && action.impact_evidence == 0
                        ? "None planned. Without evidence of impact, the committee plans one "
                          "before closing the action."
                        : "None planned.");
  } else {
    govuk::TableOptions table;
    table.caption = "Assurance checks";
    table.caption_classes = "govuk-visually-hidden";
    table.head = {{.text = "Check"}, {.text = "Due"}, {.text = "Result"}};
    for (const AssuranceCheck& check : detail.assurance_checks) {
      Html result = escape(check.result);
      if (!check.recorded_at)
        result = detail.oversees ? link(action_path(action.id) + "/assurance-checks/" +
                                            std::to_string(check.id) + "/result",
                                        "Record the result")
                                 : escape("Not yet");
      table.rows.push_back(
          {{.text = std::string(assurance_method_text(check.method)) + ": " + check.description},
           {.text = day_month_year(check.due_on)},
           {.html = result}});
    }
    out = govuk::table(table);
  }
  if (detail.oversees &&
      (action.status == ActionStatus::awaiting_sign_off || action.status == ActionStatus::closed))
    out += paragraph_link(action_path(action.id) + "/assurance-checks", "Plan an assurance check");
  return out;
}

Html decisions_markup(const ActionDetail& detail) {
  if (detail.decisions.empty()) return Html();
  Html list = Html::trusted("<ul class=\"govuk-list\">");
  for (const ActionDecision& decision : detail.decisions)
    list += Html::trusted("<li>") +
            escape(uk_time_text(decision.at) + ": " +
                   (decision.decision == SignOffDecision::accept ? "signed off" : "returned") +
                   " by " + name_of(detail.names, decision.by) +
                   (decision.reason.empty() ? "" : ". " + decision.reason)) +
            Html::trusted("</li>");
  return section_heading("The committee's decisions", "decisions") + list + Html::trusted("</ul>");
}

// What the reader may do next, by the action's status and who they are.
Html next_steps(const Request& request, const ActionDetail& detail) {
  const Action& action = detail.listing.action;
  const std::string path = action_path(action.id);
  Html out;
  if (action.status == ActionStatus::closed) return out;
  const bool may_work = detail.works_on || detail.oversees;
  if (may_work && action.status != ActionStatus::awaiting_sign_off)
    out += Html::trusted("<div class=\"govuk-button-group\">") +
           govuk::button({.text = "Add a progress update", .href = path + "/updates"}) +
           govuk::button({.text = "Add evidence",
                          .href = path + "/evidence",
                          .classes = "govuk-button--secondary"}) +
           Html::trusted("</div>");
  if (may_work && action.status != ActionStatus::awaiting_sign_off)
    out += action.completion_evidence > 0
               ? form_start(request, path + "/completion") +
                     govuk::button({.text = "Propose for sign-off",
                                    .classes = "govuk-button--secondary",
                                    .prevent_double_click = true}) +
                     form_end()
               : paragraph("Add evidence of completion to propose the action for sign-off.");
  if (action.status == ActionStatus::awaiting_sign_off)
    out += detail.oversees
               ? govuk::button({.text = "Sign off or return", .href = path + "/sign-off"})
               : paragraph("This action is waiting for the committee's sign-off.");
  return out;
}

Response action_page(const Request& request, Services& services,
                     const std::optional<Error>& error) {
  auto found =
      view_action(services.app, request.caller(), action_id_of(request), request.page_number());
  if (!found) return error_response(found.error(), request, services);
  const ActionDetail& detail = found.value();
  const Action& action = detail.listing.action;
  const FormErrors errors = FormErrors::of(error);
  const std::string done = request.done_flag();
  Page page;
  page.title = "Action for " + detail.listing.agency_name;
  page.has_errors = error.has_value();
  page.before_content = govuk::back_link({.text = "Actions", .href = "/actions"});
  page.content = two_thirds(
      errors.summary() +
      success_banner(done == "updated"    ? "Progress update added"
                     : done == "evidence" ? "Evidence added"
                     : done == "proposed" ? "Proposed for sign-off: the committee will decide"
                     : done == "accept"   ? "The action is closed"
                     : done == "return"   ? "The action is returned to its owner"
                     : done == "asked"    ? "The new due date is waiting for the committee"
                     : done == "decided"  ? "The committee's answer is recorded"
                     : done == "planned"  ? "Assurance check planned"
                     : done == "recorded" ? "Assurance check result recorded"
                                          : "") +
      heading(action.text, "Action for " + detail.listing.agency_name) +
      section_heading("Recommendation " + std::to_string(action.recommendation_number)) +
      render_markdown(detail.recommendation.text, {.heading_offset = 2}) +
      (detail.oversees ? paragraph_link(new_actions_path(action.recommendation_id),
                                        "Every action for this recommendation, and make more")
                       : Html()) +
      facts_markup(detail) + next_steps(request, detail) +
      section_heading("Progress updates", "updates") + updates_markup(detail) +
      section_heading("Evidence", "evidence") + evidence_markup(detail) + training_markup(detail) +
      section_heading("Due date", "due-date") + due_dates_markup(request, detail) +
      section_heading("Assurance checks", "assurance-checks") + checks_markup(detail) +
      decisions_markup(detail));
  return page_response(page, request, services, error ? errors.http_status() : 200);
}

Response show_action(const Request& request, Services& services) {
  return action_page(request, services, std::nullopt);
}

// --- The forms of one action: each a page of its own, so their fields' ids never meet ---

struct ActionForm {
  const char* path;  // after /actions/{id}
  const char* title;
  const char* button;
  bool multipart = false;
  Permission permission = Permission::view_actions;  // the committee's steps: oversee_actions
  Html (*fields)(const Request&, const ActionDetail&, const FormErrors&) = nullptr;
  // Does the step; the done flag of the action page on success.
  Result<std::string> (*submit)(const Request&, Services&) = nullptr;
};

Html update_fields(const Request& request, const ActionDetail& detail, const FormErrors& errors) {
  govuk::RadiosOptions status = question_radios(request, errors, "status", "Status",
                                                {{.text = "Leave it as it is", .value = ""},
                                                 {.text = "In progress", .value = "in_progress"},
                                                 {.text = "Not started", .value = "not_started"}});
  status.hint = govuk::HintOptions{
      .text = "Now " + std::string(action_status_text(detail.listing.action.status)) +
              ". A first update puts an action in progress."};
  return text_question("text", "Progress update", typed(request, errors, "text"),
                       limits::action_update_text, errors,
                       "What has been done since the last update, and what comes next.", 6) +
         govuk::radios(status);
}

Result<std::string> submit_update(const Request& request, Services& services) {
  TRY(add_action_update(services.app, request.caller(), action_id_of(request),
                        request.form_value("text").value_or(""),
                        request.form_value("status").value_or("")));
  return std::string("updated");
}

Html evidence_fields(const Request& request, const ActionDetail&, const FormErrors& errors) {
  const Html kind = govuk::radios(question_radios(
      request, errors, "kind", "Evidence of",
      {{.text = "Completion",
        .value = "completion",
        .hint = {.text = "That the action was done: a policy reissued, a course run"}},
       {.text = "Impact",
        .value = "impact",
        .hint = {.text = "That it made a difference to practice: an audit, a survey"}}}));
  return kind +
         text_question("text", "The evidence", typed(request, errors, "text"),
                       limits::action_update_text, errors,
                       "Describe it; with a file, say what the file shows.", 4) +
         govuk::file_upload(
             {.id = "file",
              .name = "file",
              .label = {.text = "A file (optional)", .classes = "govuk-label--s"},
              .hint = govuk::HintOptions{.text = "PDF, Word (DOCX), Excel (XLSX), PNG or JPEG. "
                                                 "It is only ever downloaded, never opened here."},
              .error_message = errors.for_field("file")});
}

Result<std::string> submit_evidence(const Request& request, Services& services) {
  TRY(add_action_evidence(services.app, request.caller(), action_id_of(request),
                          evidence_from_form(request)));
  return std::string("evidence");
}

Html sign_off_fields(const Request& request, const ActionDetail& detail, const FormErrors& errors) {
  const Action& action = detail.listing.action;
  const govuk::RadiosOptions decision =
      question_radios(request, errors, "decision", "Your decision",
                      {{.text = "Sign off and close the action", .value = "accept"},
                       {.text = "Return it to its owner", .value = "return"}});
  return paragraph("Evidence of completion: " + std::to_string(action.completion_evidence) +
                   ". Evidence of impact: " + std::to_string(action.impact_evidence) +
                   ". Assurance checks planned: " + std::to_string(action.assurance_checks) + ".") +
         govuk::radios(decision) +
         text_question("reason", "Reason", typed(request, errors, "reason"), limits::action_reason,
                       errors, "Needed when you return it: the owner is emailed it.", 3);
}

Result<std::string> submit_sign_off(const Request& request, Services& services) {
  const std::string decision = request.form_value("decision").value_or("");
  TRY(sign_off_action(services.app, request.caller(), action_id_of(request), decision,
                      request.form_value("reason").value_or("")));
  return decision;
}

Html due_date_fields(const Request& request, const ActionDetail& detail, const FormErrors& errors) {
  return paragraph("Due now on " + day_month_year(detail.listing.action.due_on) +
                   ". The committee agrees or refuses the change; every date is kept.") +
         date_question({.name = "due_on",
                        .legend = "New due date",
                        .value = errors.empty() ? "" : date_from_form(request, "due_on")},
                       errors) +
         text_question("reason", "Why the date should change", typed(request, errors, "reason"),
                       limits::action_reason, errors, "", 3);
}

Result<std::string> submit_due_date(const Request& request, Services& services) {
  TRY(ask_for_due_date(services.app, request.caller(), action_id_of(request),
                       date_from_form(request, "due_on"),
                       request.form_value("reason").value_or("")));
  return std::string("asked");
}

Html check_fields(const Request& request, const ActionDetail&, const FormErrors& errors) {
  return name_radios(request, errors, "method", "How the check will be made", all_assurance_methods,
                     assurance_method_name, assurance_method_text) +
         text_question("description", "What the check will look at",
                       typed(request, errors, "description"), limits::action_reason, errors, "",
                       3) +
         date_question({.name = "due_on",
                        .legend = "Due date",
                        .value = errors.empty() ? "" : date_from_form(request, "due_on")},
                       errors);
}

Result<std::string> submit_check(const Request& request, Services& services) {
  TRY(plan_assurance_check(services.app, request.caller(), action_id_of(request),
                           request.form_value("method").value_or(""),
                           request.form_value("description").value_or(""),
                           date_from_form(request, "due_on")));
  return std::string("planned");
}

Html result_fields(const Request& request, const ActionDetail&, const FormErrors& errors) {
  return text_question("result", "What the check found", typed(request, errors, "result"),
                       limits::action_update_text, errors, "", 5);
}

Result<std::string> submit_result(const Request& request, Services& services) {
  TRY(record_assurance_result(services.app, request.caller(), action_id_of(request),
                              request.path_id("check_id"),
                              request.form_value("result").value_or("")));
  return std::string("recorded");
}

const ActionForm update_form{"/updates",   "Add a progress update",  "Add the update",
                             false,        Permission::view_actions, update_fields,
                             submit_update};
const ActionForm evidence_form{"/evidence",    "Add evidence",           "Add the evidence",
                               true,           Permission::view_actions, evidence_fields,
                               submit_evidence};
const ActionForm sign_off_form{"/sign-off",    "Sign off or return the action", "Save the decision",
                               false,          Permission::oversee_actions,     sign_off_fields,
                               submit_sign_off};
const ActionForm due_date_form{"/due-date",    "Ask for a new due date", "Ask the committee",
                               false,          Permission::view_actions, due_date_fields,
                               submit_due_date};
const ActionForm check_form{"/assurance-checks",
                            "Plan an assurance check",
                            "Plan the check",
                            false,
                            Permission::oversee_actions,
                            check_fields,
                            submit_check};
const ActionForm result_form{"/assurance-checks/{check_id:int}/result",
                             "Record an assurance check's result",
                             "Record the result",
                             false,
                             Permission::oversee_actions,
                             result_fields,
                             submit_result};

// The form's own address: its path with the request's ids in place.
std::string form_path(const ActionForm& form, const Request& request) {
  std::string path = form.path;
  if (const auto at = path.find("{check_id:int}"); at != std::string::npos)
    path.replace(at, std::string("{check_id:int}").size(),
                 std::to_string(request.path_id("check_id")));
  return action_path(action_id_of(request)) + path;
}

Response form_page(const ActionForm& form, const Request& request, Services& services,
                   const std::optional<Error>& error, int status = 0) {
  auto found = view_action(services.app, request.caller(), action_id_of(request));
  if (!found) return error_response(found.error(), request, services);
  const ActionDetail& detail = found.value();
  const FormErrors errors = FormErrors::of(error);
  const std::string action = form_path(form, request);
  const Html start = form.multipart
                         ? Html::trusted("<form method=\"post\" action=\"") + escape(action) +
                               Html::trusted("\" enctype=\"multipart/form-data\" novalidate>") +
                               csrf_input(request)
                         : form_start(request, action);
  Page page;
  page.title = form.title;
  page.has_errors = error.has_value();
  page.before_content =
      govuk::back_link({.text = "The action", .href = action_path(detail.listing.action.id)});
  page.content = two_thirds(
      errors.summary() + heading(form.title, "Action for " + detail.listing.agency_name) +
      paragraph(detail.listing.action.text) + start + form.fields(request, detail, errors) +
      govuk::button({.text = form.button, .prevent_double_click = true}) + form_end());
  return page_response(page, request, services,
                       status  ? status
                       : error ? errors.http_status()
                               : 200);
}

void add_form_routes(Router& router, const ActionForm& form) {
  const std::string path = std::string("/actions/{action_id:int}") + form.path;
  router.add("GET", path, form.permission, [&form](const Request& request, Services& services) {
    return form_page(form, request, services, std::nullopt);
  });
  router.add("POST", path, form.permission, [&form](const Request& request, Services& services) {
    auto done = form.submit(request, services);
    if (!done) {
      if (!shown_on_form(done.error())) return error_response(done.error(), request, services);
      return form_page(form, request, services, done.error());
    }
    return Response::redirect(action_path(action_id_of(request)) + "?done=" + done.value());
  });
}

// POST /actions/{action_id}/completion (Rule ACT-2)
Response propose(const Request& request, Services& services) {
  auto proposed = propose_action_completion(services.app, request.caller(), action_id_of(request));
  if (!proposed) {
    if (!shown_on_form(proposed.error()))
      return error_response(proposed.error(), request, services);
    return action_page(request, services, proposed.error());
  }
  return Response::redirect(action_path(action_id_of(request)) + "?done=proposed");
}

// POST /actions/{action_id}/due-date/decision (Rule ACT-4)
Response decide(const Request& request, Services& services) {
  auto decided = decide_due_date(services.app, request.caller(), action_id_of(request),
                                 request.form_value("agree").value_or(""));
  if (!decided) {
    if (!shown_on_form(decided.error())) return error_response(decided.error(), request, services);
    return action_page(request, services, decided.error());
  }
  return Response::redirect(action_path(action_id_of(request)) + "?done=decided");
}

// GET /cases/{case_id}/action-plan/pdf: the review's action plan to publish.
Response download_plan_pdf(const Request& request, Services& services) {
  auto pdf = action_plan_pdf(services.app, request.caller(), request.path_id("case_id"));
  if (!pdf) return error_response(pdf.error(), request, services);
  return Response::attachment(std::move(pdf.value()), "application/pdf", "action-plan.pdf");
}

// GET /action-evidence/{evidence_id}/file
Response download(const Request& request, Services& services) {
  auto file = action_evidence_file(services.app, request.caller(), request.path_id("evidence_id"));
  if (!file) return error_response(file.error(), request, services);
  return evidence_download(std::move(file.value()));
}

}  // namespace

void add_action_routes(Router& router) {
  // The committee's list and a lead's "My actions" are one page: the use case chooses the rows.
  router.add("GET", "/actions", Permission::view_actions, show_list);
  router.add("GET", "/actions/csv", Permission::view_actions,
             [](const Request& request, Services& services) {
               return download_list(request, services, false);
             });
  router.add("GET", "/actions/xlsx", Permission::view_actions,
             [](const Request& request, Services& services) {
               return download_list(request, services, true);
             });
  router.add("GET", "/recommendations/{recommendation_id:int}/actions", Permission::oversee_actions,
             show_new_actions);
  router.add("POST", "/recommendations/{recommendation_id:int}/actions",
             Permission::oversee_actions, make_actions);
  router.add("GET", "/actions/{action_id:int}", Permission::view_actions, show_action);
  add_form_routes(router, update_form);
  add_form_routes(router, evidence_form);
  router.accept_bodies_up_to(evidence_upload_limit);
  // A file over even that: the form again, with the error on the file.
  router.on_too_large([](const Request& request, Services& services) {
    return form_page(evidence_form, request, services,
                     Error::invalid({{"file", "The selected file must be smaller than 20 MB"}}),
                     413);
  });
  add_form_routes(router, sign_off_form);
  add_form_routes(router, due_date_form);
  add_form_routes(router, check_form);
  add_form_routes(router, result_form);
  router.add("POST", "/actions/{action_id:int}/completion", Permission::view_actions, propose);
  router.add("POST", "/actions/{action_id:int}/due-date/decision", Permission::oversee_actions,
             decide);
  router.add("GET", "/action-evidence/{evidence_id:int}/file", Permission::view_actions, download);
  router.add("GET", "/cases/{case_id:int}/action-plan/pdf", Permission::oversee_actions,
             download_plan_pdf);
}

}  // namespace casereview::web
