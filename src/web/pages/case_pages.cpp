#include "web/pages/case_pages.hpp"

#include <algorithm>

#include "app/accounts.hpp"
#include "app/cases/case_views.hpp"
#include "app/cases/notifications.hpp"
#include "app/cases/rapid_reviews.hpp"
#include "domain/policy.hpp"
#include "domain/uk_time.hpp"
#include "web/components/back_link.hpp"
#include "web/components/button.hpp"
#include "web/components/checkboxes.hpp"
#include "web/components/error_summary.hpp"
#include "web/components/radios.hpp"
#include "web/components/summary_list.hpp"
#include "web/components/table.hpp"
#include "web/components/textarea.hpp"
#include "web/forms.hpp"
#include "web/layout.hpp"
#include "web/page_markup.hpp"
#include "web/pages/case_page_parts.hpp"
#include "web/pages/publication_pages.hpp"
#include "web/pages/rapid_review_recommendation_pages.hpp"
#include "web/pages/review_pages.hpp"
#include "web/problem.hpp"

namespace casereview::web {

namespace {

using namespace cases;

std::string case_path(Id case_id) { return "/cases/" + std::to_string(case_id); }

bool may(const Request& request, Permission permission) {
  return permits(request.actor, false, permission);
}

std::string banner_for(const Request& request) {
  const std::string done = request.done_flag();
  if (done == "sent") return "Notification to the National Panel recorded";
  if (done == "partners-told") return "Partners told recorded";
  if (done == "allocated") return "You are leading the rapid review";
  if (done == "requested") return "Agency responses requested";
  if (done == "submitted") return "Rapid review submitted to the National Panel";
  if (done == "decided") return "The Panel's decision is recorded";
  if (done == "agency-added") return "Agency added to the case";
  return "";
}

Html text_rows(const std::vector<std::pair<std::string, std::string>>& rows) {
  govuk::SummaryListOptions options;
  for (const auto& [key, value] : rows)
    options.rows.push_back({.key = {.text = key}, .value = {.text = value}});
  return govuk::summary_list(options);
}

Html children_summary(const CaseDetail& detail) {
  govuk::SummaryListOptions options;
  for (const ChildView& child : detail.children) {
    std::vector<std::string> lines;
    if (child.identity) {
      const ChildIdentity& identity = *child.identity;
      lines = {identity.given_name + " " + identity.family_name,
               "Born " + day_month_year(identity.date_of_birth),
               std::string(child_sex_text(identity.sex))};
      if (!identity.ethnicity.empty()) lines.push_back("Ethnicity: " + identity.ethnicity);
      if (!identity.home_local_authority.empty())
        lines.push_back("Home local authority: " + identity.home_local_authority);
    } else {
      lines = {"Name hidden"};
    }
    options.rows.push_back({.key = {.text = child.pseudonym}, .value = {.html = text_list(lines)}});
  }
  const std::string path = case_path(detail.record.id);
  Html toggle;
  if (detail.visibility == CaseVisibility::full) {
    toggle = detail.names_shown
                 ? paragraph(
                       "Children's names are shown. Each time they are shown it is recorded in the "
                       "audit log.") +
                       Html::trusted("<p class=\"govuk-body\">") +
                       link(path, "Hide children's names") + Html::trusted("</p>")
                 : Html::trusted("<p class=\"govuk-body\">") +
                       link(path + "?names=shown", "Show children's names") + Html::trusted("</p>");
  }
  return section_heading("Children") + govuk::summary_list(options) + toggle;
}

Html facts_summary(const CaseDetail& detail) {
  const CaseRecord& record = detail.record;
  const NotificationFacts& facts = record.facts;
  std::vector<std::string> categories;
  for (AbuseCategory category : facts.categories)
    categories.emplace_back(abuse_category_text(category));
  std::vector<std::string> agencies;
  for (const Agency& agency : detail.agencies) agencies.push_back(agency.name);
  auto yes_no_word = [](bool value) { return std::string(value ? "Yes" : "No"); };
  auto joined = [](const std::vector<std::string>& items) {
    std::string text;
    for (const std::string& item : items) text += (text.empty() ? "" : ", ") + item;
    return text.empty() ? std::string("None") : text;
  };
  std::vector<std::pair<std::string, std::string>> rows = {
      {"Partnership", detail.partnership_name},
      {"Date the local authority became aware", day_month_year(facts.aware_on)},
      {"Date of the incident", day_month_year(facts.incident_on)},
      {"What happened", std::string(incident_kind_text(facts.incident))},
      {"Abuse or neglect", std::string(abuse_or_neglect_text(facts.abuse_or_neglect))},
      {"Kinds of abuse or neglect", joined(categories)},
      {"Looked after", yes_no_word(facts.looked_after)},
      {"Care leaver", yes_no_word(facts.care_leaver)},
      {"Police involved", yes_no_word(facts.police_involved)},
      {"Agencies involved", joined(agencies)},
      {"Notify the Panel by", day_month_year(record.notify_by)},
      {"Sent to the Panel", day_month_year_or(record.sent_on, "Not yet")},
      {"Partners told", day_month_year_or(record.partners_told_on, "Not yet")},
  };
  if (!record.late_reason.empty())
    rows.emplace_back("Reason the notification was late", record.late_reason);
  if (!record.partners_late_reason.empty())
    rows.emplace_back("Reason the partners were told late", record.partners_late_reason);
  if (record.rapid_review_due)
    rows.emplace_back("Rapid review due", day_month_year(*record.rapid_review_due));
  if (record.submitted_on)
    rows.emplace_back("Submitted to the Panel", day_month_year(*record.submitted_on));
  // Rule DEC-1: the Panel agrees or disagrees with this, so it is shown beside its decision.
  if (record.submitted_on && record.rapid_review.recommendation) {
    rows.emplace_back("Partnership's recommendation",
                      std::string(review_outcome_text(*record.rapid_review.recommendation)));
    rows.emplace_back("Reasons for the recommendation",
                      record.rapid_review.recommendation_rationale);
  }
  if (record.decision) {
    rows.emplace_back("Panel's decision",
                      std::string(panel_view_text(record.decision->view)) + ": " +
                          std::string(review_outcome_text(record.decision->outcome)));
    rows.emplace_back("Reason for the decision", record.decision->reason);
    if (detail.theme) rows.emplace_back("National review theme", detail.theme->name);
  }
  if (!record.closed_reason.empty()) rows.emplace_back("Closed because", record.closed_reason);
  return section_heading("Notification") + text_rows(rows) + section_heading("Case outline") +
         paragraph(facts.outline);
}

Html deadlines_table(const std::vector<DeadlineView>& deadlines) {
  if (deadlines.empty()) return Html();
  govuk::TableOptions table;
  table.caption = "Deadlines";
  table.caption_classes = "govuk-table__caption--m";
  table.head = {{.text = "Deadline"}, {.text = "Due"}, {.text = "Done"}, {.text = "Status"}};
  for (const DeadlineView& deadline : deadlines) {
    const std::string left = working_days_left_text(deadline.working_days_left);
    table.rows.push_back(
        {{.text = deadline.label},
         {.text = day_month_year(deadline.due_on)},
         {.text = day_month_year_or(deadline.done_on, left.empty() ? "Not yet" : left)},
         {.html = deadline_tag(deadline.status)}});
  }
  return govuk::table(table);
}

Html timeline(const std::vector<TimelineEntry>& entries) {
  govuk::TableOptions table;
  table.caption = "Timeline";
  table.caption_classes = "govuk-table__caption--m";
  table.head = {{.text = "When"}, {.text = "What happened"}, {.text = "By"}};
  for (const TimelineEntry& entry : entries) {
    std::string when =
        entry.event.on ? day_month_year(*entry.event.on) : uk_time_text(entry.event.at);
    table.rows.push_back({{.text = when}, {.text = entry.text}, {.text = entry.event.user_name}});
  }
  return govuk::table(table);
}

// A date and a reason-if-late, posted to `action`. Both such forms can be on the page, so each
// reason's id (and the field its error is reported on) starts with the date's field name:
// "sent_on-late_reason".
Html dated_form(const Request& request, const std::string& action, const std::string& date_field,
                const std::string& legend, const std::string& due_text, const std::string& button,
                const FormErrors& errors) {
  govuk::TextareaOptions reason;
  reason.name = "late_reason";
  reason.id = date_field + "-late_reason";
  reason.rows = 3;
  reason.value = errors.empty() ? "" : request.form_value("late_reason").value_or("");
  reason.label = {.text = "Reason it was late (if it was)", .classes = "govuk-label--s"};
  reason.hint = govuk::HintOptions{.text = "Needed only if it was done after " + due_text + "."};
  reason.error_message = errors.for_field(reason.id);
  return form_start(request, action) +
         date_question({.name = date_field,
                        .legend = legend,
                        .value = errors.empty() ? "" : date_from_form(request, date_field)},
                       errors) +
         govuk::textarea(reason) + govuk::button({.text = button, .prevent_double_click = true}) +
         form_end();
}

Html requests_table(const std::vector<AgencyRequestView>& requests) {
  govuk::TableOptions table;
  table.caption = "Agency responses";
  table.caption_classes = "govuk-table__caption--s";
  table.head = {{.text = "Agency"},
                {.text = "Requested"},
                {.text = "Due"},
                {.text = "Response"},
                {.text = "Status"}};
  for (const AgencyRequestView& item : requests) {
    table.rows.push_back({{.text = item.agency_name},
                          {.text = day_month_year(item.requested_on)},
                          {.text = day_month_year(item.deadline.due_on)},
                          {.text = std::string(agency_response_state_text(item.state))},
                          {.html = deadline_tag(item.deadline.status)}});
  }
  return govuk::table(table);
}

Html submitted_responses(const std::vector<AgencyRequestView>& requests) {
  Html out;
  for (const AgencyRequestView& item : requests) {
    if (item.state != AgencyResponseState::submitted) continue;
    out += Html::trusted("<h3 class=\"govuk-heading-s\">") +
           escape("Response from " + item.agency_name) + Html::trusted("</h3>") +
           paragraph(item.summary);
  }
  return out;
}

// The actions the case's stage allows this reader.
Html actions(const Request& request, const CaseDetail& detail, const FormErrors& errors,
             const std::string& failed_action) {
  const CaseRecord& record = detail.record;
  const std::string path = case_path(record.id);
  auto errors_for = [&](const std::string& action) {
    return failed_action == action ? errors : FormErrors();
  };
  Html out;
  if (may(request, Permission::record_notifications)) {
    if (!record.sent_on) {
      out += section_heading("Send the notification") +
             paragraph(
                 "Send it to the National Panel through GOV.UK \"Report a serious child "
                 "safeguarding incident\"; "
                 "the Panel shares it with Ofsted and the Department for Education. Then record "
                 "the date here.") +
             dated_form(
                 request, path + "/sent", "sent_on", "When was the notification sent to the Panel?",
                 day_month_year(record.notify_by), "Record notification sent", errors_for("sent"));
    }
    if (!record.partners_told_on) {
      out += section_heading("Tell the safeguarding partners") +
             dated_form(request, path + "/partners-told", "told_on", "When were the partners told?",
                        day_month_year(record.notify_by), "Record partners told",
                        errors_for("partners-told"));
    }
  }
  if (record.stage == CaseStage::rapid_review && may(request, Permission::run_rapid_reviews)) {
    out += section_heading("Rapid review");
    if (!record.rapid_review_lead_id) {
      out += paragraph("Nobody leads this rapid review yet.") +
             button_form(request, path + "/allocation", "Lead this rapid review", "");
    }
    if (!detail.agency_requests.empty())
      out += requests_table(detail.agency_requests) + submitted_responses(detail.agency_requests);
    govuk::CheckboxesOptions choose;
    choose.name = "agency_ids";
    choose.fieldset =
        govuk::InputsFieldsetOptions{.legend = {.text = "Request a summary of involvement from",
                                                .classes = "govuk-fieldset__legend--s"}};
    choose.hint = govuk::HintOptions{
        .text = "Leave all unticked to ask every involved agency not yet asked."};
    choose.error_message = errors_for("agency-requests").for_field("agency_ids");
    choose.classes = "govuk-checkboxes--small";
    for (const Agency& agency : detail.agencies) {
      const bool asked =
          std::any_of(detail.agency_requests.begin(), detail.agency_requests.end(),
                      [&](const AgencyRequestView& item) { return item.agency_id == agency.id; });
      if (!asked) choose.items.push_back({.text = agency.name, .value = std::to_string(agency.id)});
    }
    if (!choose.items.empty()) {
      out += form_start(request, path + "/agency-requests") + govuk::checkboxes(choose) +
             govuk::button({.text = "Request responses",
                            .classes = "govuk-button--secondary",
                            .prevent_double_click = true}) +
             form_end();
    }
    out += govuk::button(
        {.text = "Rapid review record, sign-off and submission", .href = path + "/rapid-review"});
  }
  // Issue 10: an agency not ticked at notification can join the case at any stage before closure.
  if (record.stage != CaseStage::closed && may(request, Permission::run_rapid_reviews)) {
    out += Html::trusted("<p class=\"govuk-body\">") +
           link(path + "/agencies", "Add an agency to the case") + Html::trusted("</p>");
  }
  if (record.stage == CaseStage::awaiting_panel_decision &&
      may(request, Permission::decide_for_panel)) {
    out += section_heading("The Panel's decision") +
           paragraph(
               "The rapid review was submitted to the National Panel. Record its response when it "
               "comes.") +
           govuk::button({.text = "Record the Panel's decision", .href = path + "/decision"});
  }
  // Issue 13, Rule ACT-1: learning from the rapid review becomes recommendations and actions, with
  // or without a review.
  if (record.stage != CaseStage::notification && record.stage != CaseStage::recorded_only &&
      may(request, Permission::oversee_actions)) {
    out += section_heading("Learning from the rapid review") +
           paragraph_link(rapid_review_recommendations_path(record.id),
                          "Recommendations from the rapid review and their actions");
  }
  // Issue 14, Rule PUB-1: once the review runs, the partnership prepares its publication.
  if (record.stage == CaseStage::review_in_progress && may(request, Permission::run_reviews)) {
    out += section_heading("Publication") +
           paragraph_link(publication_path(record.id),
                          "Publication: the decision, advance copies, the library entry and the "
                          "anonymisation check");
  }
  return out;
}

}  // namespace

Response case_page(const Request& request, Services& services, const std::optional<Error>& error) {
  const Id case_id = request.path_id("case_id");
  const NameDisplay names = request.query_value("names").value_or("") == "shown"
                                ? NameDisplay::shown
                                : NameDisplay::hidden;
  auto found = view_case(services.app, request.caller(), case_id, names);
  if (!found) return error_response(found.error(), request, services);
  const CaseDetail& detail = found.value();
  // Rule REV-2: the review's stage, due date and status, for those who may see it.
  std::optional<ReviewView> review;
  if (auto read = find_review(services.app, request.caller(), case_id)) review = read.value();
  // Which form failed: the last segment of the path it was posted to.
  const std::string failed_action = error ? request.path.substr(request.path.rfind('/') + 1) : "";
  // The reason-if-late of each dated form has an id of its own (dated_form).
  const FormErrors reported = FormErrors::of(error);
  std::vector<FieldError> fields = reported.fields();
  for (FieldError& field : fields) {
    if (field.field == "late_reason")
      field.field = (failed_action == "sent" ? "sent_on" : "told_on") + std::string("-late_reason");
  }
  const FormErrors errors(std::move(fields), reported.message());
  const Html problem =
      errors.summary({.date_fields = {"sent_on", "told_on"}, .message_href = "#actions"});
  Page page;
  page.title = detail.record.reference;
  page.has_errors = !errors.empty();
  page.content = two_thirds(
      problem + success_banner(banner_for(request)) + heading(detail.record.reference, "Case") +
      Html::trusted("<p class=\"govuk-body\">") + stage_tag(detail.record.stage) +
      Html::trusted("</p>") + children_summary(detail) + facts_summary(detail) +
      deadlines_table(detail.deadlines) + Html::trusted("<div id=\"actions\">") +
      actions(request, detail, errors, failed_action) +
      case_review_section(request, detail.record, review) + Html::trusted("</div>") +
      timeline(detail.timeline));
  return page_response(page, request, services, error ? status_for(error->code) : 200);
}

namespace {

Response show_case(const Request& request, Services& services) {
  return case_page(request, services, std::nullopt);
}

// After an action: back to the case page with its banner, or the case page with the error.
Response after(const Request& request, Services& services, const Status& outcome,
               const std::string& done) {
  if (!outcome) {
    if (shown_on_form(outcome.error())) return case_page(request, services, outcome.error());
    return error_response(outcome.error(), request, services);
  }
  services.mail_queued();
  return Response::redirect(case_path(request.path_id("case_id")) + "?done=" + done);
}

Status status_of(const Error* error) { return error ? Status(*error) : ok_status(); }

// POST /cases/{case_id}/sent
Response record_sent(const Request& request, Services& services) {
  auto sent =
      record_notification_sent(services.app, request.caller(), request.path_id("case_id"),
                               {.sent_on = date_from_form(request, "sent_on"),
                                .late_reason = request.form_value("late_reason").value_or("")});
  return after(request, services, status_of(sent ? nullptr : &sent.error()), "sent");
}

// POST /cases/{case_id}/partners-told
Response record_told(const Request& request, Services& services) {
  auto told = record_partners_told(services.app, request.caller(), request.path_id("case_id"),
                                   {.told_on = date_from_form(request, "told_on"),
                                    .late_reason = request.form_value("late_reason").value_or("")});
  return after(request, services, status_of(told ? nullptr : &told.error()), "partners-told");
}

// POST /cases/{case_id}/allocation: the manager leads the rapid review themself.
Response allocate(const Request& request, Services& services) {
  return after(request, services,
               allocate_rapid_review(services.app, request.caller(), request.path_id("case_id"),
                                     {.lead_user_id = request.actor->user_id}),
               "allocated");
}

// The page that adds an agency to the case: radios of the partnership's agencies not yet on it.
Response case_agency_page(const Request& request, Services& services,
                          const std::optional<Error>& error) {
  const Id case_id = request.path_id("case_id");
  auto found = view_case(services.app, request.caller(), case_id, NameDisplay::hidden);
  if (!found) return error_response(found.error(), request, services);
  auto agencies = list_agencies(services.app, request.caller());
  if (!agencies) return error_response(agencies.error(), request, services);
  const CaseDetail& detail = found.value();
  const FormErrors errors = FormErrors::of(error);
  govuk::RadiosOptions choose;
  choose.name = "agency_id";
  choose.value = errors.empty() ? "" : request.form_value("agency_id").value_or("");
  choose.fieldset =
      govuk::InputsFieldsetOptions{.legend = {.text = "Which agency do you want to add?",
                                              .classes = "govuk-fieldset__legend--m"}};
  choose.hint = govuk::HintOptions{
      .text =
          "The partnership's agencies that are not on the case yet. Once it is added, you "
          "can ask it for a response while the rapid review runs."};
  choose.error_message = errors.for_field("agency_id");
  for (const Agency& agency : agencies.value()) {
    const bool on_case =
        std::any_of(detail.agencies.begin(), detail.agencies.end(),
                    [&agency](const Agency& involved) { return involved.id == agency.id; });
    if (!on_case) choose.items.push_back({.text = agency.name, .value = std::to_string(agency.id)});
  }
  Html body;
  if (detail.record.stage == CaseStage::closed) {
    body = paragraph("The case is closed: no agency can be added to it.");
  } else if (choose.items.empty()) {
    body = paragraph("Every agency of the partnership is on the case already.");
  } else {
    body = form_start(request, case_path(case_id) + "/agencies") + govuk::radios(choose) +
           govuk::button({.text = "Add agency", .prevent_double_click = true}) + form_end();
  }
  Page page;
  page.title = "Add an agency to the case";
  page.has_errors = !errors.empty();
  page.before_content = govuk::back_link({.text = "Back to the case", .href = case_path(case_id)});
  page.content = two_thirds(errors.summary({.message_href = "#agency_id"}) +
                            heading("Add an agency to the case", detail.record.reference) + body);
  return page_response(page, request, services, error ? status_for(error->code) : 200);
}

// GET /cases/{case_id}/agencies
Response show_case_agency_page(const Request& request, Services& services) {
  return case_agency_page(request, services, std::nullopt);
}

// POST /cases/{case_id}/agencies
Response add_agency(const Request& request, Services& services) {
  const Id case_id = request.path_id("case_id");
  auto added = add_case_agency(
      services.app, request.caller(), case_id,
      {.agency_id = parse_id(request.form_value("agency_id").value_or("")).value_or(0)});
  if (!added) {
    if (shown_on_form(added.error())) return case_agency_page(request, services, added.error());
    return error_response(added.error(), request, services);
  }
  return Response::redirect(case_path(case_id) + "?done=agency-added");
}

// POST /cases/{case_id}/agency-requests
Response request_responses(const Request& request, Services& services) {
  AgencyRequestsInput input;
  for (const std::string& id : request.form_values("agency_ids")) {
    if (const std::optional<Id> agency_id = parse_id(id)) input.agency_ids.push_back(*agency_id);
  }
  auto requested =
      request_agency_responses(services.app, request.caller(), request.path_id("case_id"), input);
  return after(request, services, status_of(requested ? nullptr : &requested.error()), "requested");
}

}  // namespace

void add_case_routes(Router& router) {
  // Rule NTK-2 (need to know): a reviewer appointed to the case's review reads it too (the use case
  // decides).
  router.add("GET", "/cases/{case_id:int}", Permission::read_case, show_case);
  router.add("POST", "/cases/{case_id:int}/sent", Permission::record_notifications, record_sent);
  router.add("POST", "/cases/{case_id:int}/partners-told", Permission::record_notifications,
             record_told);
  router.add("POST", "/cases/{case_id:int}/allocation", Permission::run_rapid_reviews, allocate);
  router.add("POST", "/cases/{case_id:int}/agency-requests", Permission::run_rapid_reviews,
             request_responses);
  router.add("GET", "/cases/{case_id:int}/agencies", Permission::run_rapid_reviews,
             show_case_agency_page);
  router.add("POST", "/cases/{case_id:int}/agencies", Permission::run_rapid_reviews, add_agency);
}

}  // namespace casereview::web
