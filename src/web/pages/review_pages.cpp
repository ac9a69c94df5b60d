// The review's pages: see the header. Rule REV-1 (commissioning) and Rule REV-2 (the clock).
#include "web/pages/review_pages.hpp"

#include <algorithm>

#include "app/accounts.hpp"
#include "app/cases/case_views.hpp"
#include "app/reviews/monitoring.hpp"
#include "app/reviews/reviewers.hpp"
#include "domain/messages.hpp"
#include "domain/policy.hpp"
#include "domain/uk_time.hpp"
#include "web/components/back_link.hpp"
#include "web/components/button.hpp"
#include "web/components/character_count.hpp"
#include "web/components/checkboxes.hpp"
#include "web/components/input.hpp"
#include "web/components/radios.hpp"
#include "web/components/summary_list.hpp"
#include "web/components/table.hpp"
#include "web/components/tag.hpp"
#include "web/forms.hpp"
#include "web/layout.hpp"
#include "web/markdown.hpp"
#include "web/page_markup.hpp"
#include "web/pages/case_page_parts.hpp"
#include "web/pages/chronology_pages.hpp"
#include "web/pages/findings_pages.hpp"
#include "web/pages/key_practice_episode_pages.hpp"
#include "web/pages/learning_event_pages.hpp"
#include "web/pages/report_pages.hpp"
#include "web/problem.hpp"

namespace casereview::web {

namespace {

using namespace cases;

std::string review_path(Id case_id) { return "/cases/" + std::to_string(case_id) + "/review"; }

bool may(const Request& request, Permission permission) {
  return permits(request.actor, false, permission);
}

Html summary(const std::vector<std::pair<std::string, Html>>& rows) {
  govuk::SummaryListOptions options;
  for (const auto& [key, value] : rows)
    options.rows.push_back({.key = {.text = key}, .value = {.html = value}});
  return govuk::summary_list(options);
}

Html text(const std::string& value) { return escape(value); }

std::string days_text(int days) { return std::to_string(days) + (days == 1 ? " day" : " days"); }

// Rule REV-2: the clock's rows, shared by the case page and the review page.
std::vector<std::pair<std::string, Html>> clock_rows(const ReviewView& view) {
  return {{"Kind of review", text(std::string(review_outcome_text(view.review.kind)))},
          {"Stage", text(std::string(review_stage_text(view.review.stage)))},
          {"Due", text(day_month_year(view.clock.due_on))},
          {"Days paused", text(days_text(view.clock.days_paused))},
          {"Status", review_status_tag(view.clock.status)},
          {"Next monitoring check", text(day_month_year(view.next_check.due_on) + " ") +
                                        monitoring_check_tag(view.next_check.status)}};
}

// Rule REV-1: the commissioning form.
Html commission_form(const Request& request, const CaseDetail& detail,
                     const std::vector<Agency>& agencies,
                     const std::vector<std::string>& methodologies, const FormErrors& errors) {
  const CaseRecord& record = detail.record;
  auto value = [&](const std::string& name) {
    return errors.empty() ? std::string() : request.form_value(name).value_or("");
  };
  govuk::RadiosOptions methodology;
  methodology.name = "methodology";
  methodology.value = value("methodology");
  methodology.fieldset = govuk::InputsFieldsetOptions{
      .legend = {.text = "Methodology", .classes = "govuk-fieldset__legend--s"}};
  methodology.error_message = errors.for_field("methodology");
  // Rule REV-1: the partnership's list (its setting), then "Other".
  for (const std::string& method : methodologies)
    methodology.items.push_back({.text = method, .value = method});
  methodology.items.push_back(
      {.text = "Other",
       .value = other_methodology,
       .conditional = {
           .html = govuk::input({.id = "methodology_other",
                                 .name = "methodology_other",
                                 .value = value("methodology_other"),
                                 .label = {.text = "Name of the methodology"},
                                 .error_message = errors.for_field("methodology_other")})}});
  govuk::CheckboxesOptions scope;
  scope.name = "agency_ids";
  scope.fieldset = govuk::InputsFieldsetOptions{
      .legend = {.text = "Agencies in scope", .classes = "govuk-fieldset__legend--s"}};
  scope.hint = govuk::HintOptions{.text = "The agencies involved with the case are selected."};
  scope.error_message = errors.for_field("agency_ids");
  scope.classes = "govuk-checkboxes--small";
  for (const Agency& agency : agencies)
    scope.items.push_back({.text = agency.name, .value = std::to_string(agency.id)});
  if (errors.empty()) {
    for (Id id : record.agency_ids) scope.values.push_back(std::to_string(id));
  } else {
    scope.values = request.form_values("agency_ids");
  }
  Html panel_reviewer;
  if (record.decision && record.decision->outcome == ReviewOutcome::national_review) {
    panel_reviewer = govuk::input(
        {.id = "panel_reviewer",
         .name = "panel_reviewer",
         .value = value("panel_reviewer"),
         .label = {.text = "The Panel's reviewer", .classes = "govuk-label--s"},
         .hint = govuk::HintOptions{.text = "A national review: the partnership supports the "
                                            "reviewer the Panel appoints."},
         .error_message = errors.for_field("panel_reviewer")});
  }
  return form_start(request, review_path(record.id) + "/commission") + govuk::radios(methodology) +
         date_question({.name = "scope_from",
                        .legend = "Start of the scope period",
                        .value = errors.empty() ? "" : date_from_form(request, "scope_from")},
                       errors) +
         date_question({.name = "scope_to",
                        .legend = "End of the scope period",
                        .value = errors.empty() ? "" : date_from_form(request, "scope_to")},
                       errors) +
         govuk::checkboxes(scope) +
         text_question("rationale", "Proportionality rationale", value("rationale"),
                       limits::review_rationale, errors,
                       "Why this kind of review, of this scope, is proportionate.", 5) +
         govuk::character_count(
             {.id = "terms_of_reference",
              .name = "terms_of_reference",
              .rows = 12,
              .value = value("terms_of_reference"),
              .maxlength = static_cast<int>(limits::terms_of_reference),
              .label = {.text = "Terms of reference", .classes = "govuk-label--s"},
              .hint = govuk::HintOptions{.text = "With the key lines of enquiry. You can use "
                                                 "Markdown: \"## Heading\", \"- item\"."},
              .error_message = errors.for_field("terms_of_reference")}) +
         panel_reviewer +
         govuk::button({.text = "Commission the review", .prevent_double_click = true}) +
         form_end();
}

Response commission_page(const Request& request, Services& services,
                         const std::optional<Error>& error) {
  const Id case_id = request.path_id("case_id");
  auto found = view_case(services.app, request.caller(), case_id, NameDisplay::hidden);
  if (!found) return error_response(found.error(), request, services);
  auto agencies = list_agencies(services.app, request.caller());
  if (!agencies) return error_response(agencies.error(), request, services);
  auto methodologies = review_methodologies(services.app, request.caller());
  if (!methodologies) return error_response(methodologies.error(), request, services);
  const CaseDetail& detail = found.value();
  const FormErrors errors = FormErrors::of(error);
  const bool open = detail.record.decision && calls_for_review(detail.record.decision->outcome) &&
                    !find_review(services.app, request.caller(), case_id).ok();
  Html form =
      open ? commission_form(request, detail, agencies.value(), methodologies.value(), errors)
           : paragraph(
                 "The case's decision does not call for a review to be "
                 "commissioned, or its review is commissioned already.");
  Page page;
  page.title = "Commission the review";
  page.has_errors = error.has_value();
  page.before_content = govuk::back_link({.href = "/cases/" + std::to_string(case_id)});
  page.content = two_thirds(
      errors.summary({.date_fields = {"scope_from", "scope_to"}, .message_href = "#methodology"}) +
      heading("Commission the review", detail.record.reference) +
      (detail.record.decision
           ? paragraph("The decision: " +
                       std::string(review_outcome_text(detail.record.decision->outcome)) + ", on " +
                       day_month_year(detail.record.decision->decided_on) + ".")
           : Html()) +
      form);
  return page_response(page, request, services, error ? status_for(error->code) : 200);
}

Response show_commission(const Request& request, Services& services) {
  return commission_page(request, services, std::nullopt);
}

// POST /cases/{case_id}/review/commission
Response commission(const Request& request, Services& services) {
  const Id case_id = request.path_id("case_id");
  CommissionInput input{.methodology = request.form_value("methodology").value_or(""),
                        .methodology_other = request.form_value("methodology_other").value_or(""),
                        .scope_from = date_from_form(request, "scope_from"),
                        .scope_to = date_from_form(request, "scope_to"),
                        .rationale = request.form_value("rationale").value_or(""),
                        .terms_of_reference = request.form_value("terms_of_reference").value_or(""),
                        .panel_reviewer = request.form_value("panel_reviewer").value_or("")};
  for (const std::string& id : request.form_values("agency_ids")) {
    if (const std::optional<Id> agency_id = parse_id(id)) input.agency_ids.push_back(*agency_id);
  }
  auto commissioned = commission_review(services.app, request.caller(), case_id, input);
  if (!commissioned) {
    if (shown_on_form(commissioned.error()))
      return commission_page(request, services, commissioned.error());
    return error_response(commissioned.error(), request, services);
  }
  return Response::redirect(review_path(case_id) + "?done=commissioned");
}

// Rule REV-2: every pause, oldest first.
Html pauses_table(const ReviewRecord& review) {
  if (review.pauses.empty()) return paragraph("The review has not been paused.");
  govuk::TableOptions table;
  table.caption = "Pauses, oldest first";
  table.caption_classes = "govuk-table__caption--s";
  table.head = {{.text = "Reason"}, {.text = "Paused"}, {.text = "Resumed"}, {.text = "Days"}};
  for (const ReviewPause& pause : review.pauses) {
    const std::string why =
        std::string(pause_reason_text(pause.reason)) +
        (pause.reason == PauseReason::other ? ": " + pause.other_reason : std::string());
    table.rows.push_back(
        {{.text = why},
         {.text = day_month_year(pause.paused_on)},
         {.text = pause.resumed_on ? day_month_year(*pause.resumed_on) : "Still paused"},
         {.text = pause.resumed_on
                      ? std::to_string(days_between(pause.paused_on, *pause.resumed_on))
                      : ""}});
  }
  return govuk::table(table);
}

// Rule REV-2: the pause form while the clock runs, the resume form while it is paused.
Html clock_form(const Request& request, const ReviewView& view, const FormErrors& errors) {
  const Id case_id = view.review.case_id;
  const bool paused = view.clock.status == ReviewClockStatus::paused;
  if (paused) {
    return section_heading("Resume the review") +
           form_start(request, review_path(case_id) + "/resume") +
           date_question({.name = "on",
                          .legend = "Date the review resumed",
                          .value = errors.empty() ? "" : date_from_form(request, "on")},
                         errors) +
           govuk::button({.text = "Resume the review", .prevent_double_click = true}) + form_end();
  }
  govuk::RadiosOptions reason;
  reason.name = "reason";
  reason.value = errors.empty() ? "" : request.form_value("reason").value_or("");
  reason.fieldset = govuk::InputsFieldsetOptions{
      .legend = {.text = "Why is the review paused?", .classes = "govuk-fieldset__legend--s"}};
  reason.error_message = errors.for_field("reason");
  for (PauseReason each : all_pause_reasons) {
    govuk::RadiosItem item{.text = std::string(pause_reason_text(each)),
                           .value = std::string(pause_reason_name(each))};
    if (each == PauseReason::other) {
      item.conditional = {
          .html = govuk::input(
              {.id = "reason_text",
               .name = "reason_text",
               .value = errors.empty() ? "" : request.form_value("reason_text").value_or(""),
               .label = {.text = "The reason"},
               .error_message = errors.for_field("reason_text")})};
    }
    reason.items.push_back(item);
  }
  return section_heading("Pause the review") +
         paragraph(
             "A pause stops the clock; when the review resumes, its due date moves by the "
             "days it was paused.") +
         form_start(request, review_path(case_id) + "/pause") + govuk::radios(reason) +
         date_question({.name = "on",
                        .legend = "Date the review was paused",
                        .value = errors.empty() ? "" : date_from_form(request, "on")},
                       errors) +
         govuk::button({.text = "Pause the review",
                        .classes = "govuk-button--secondary",
                        .prevent_double_click = true}) +
         form_end();
}

// Rule REV-3: when the next monitoring check is due, in words.
Html next_check_line(const ReviewView& view) {
  return Html::trusted("<p class=\"govuk-body\" id=\"next-monitoring-check\">") +
         escape("The next monitoring check is due on " + day_month_year(view.next_check.due_on) +
                ". ") +
         monitoring_check_tag(view.next_check.status) + Html::trusted("</p>");
}

// Rule REV-3: every monitoring check, oldest first.
Html monitoring_table(const ReviewView& view) {
  const ReviewRecord& review = view.review;
  if (review.monitoring_checks.empty()) return paragraph("No monitoring check is recorded yet.");
  govuk::TableOptions table;
  table.caption = "Monitoring checks, oldest first";
  table.caption_classes = "govuk-table__caption--s";
  table.head = {{.text = "Date"},
                {.text = "Outcome"},
                {.text = "Draft asked for"},
                {.text = "Note"},
                {.text = "Recorded by"}};
  for (const MonitoringCheck& check : review.monitoring_checks) {
    table.rows.push_back({{.text = day_month_year(check.checked_on)},
                          {.text = std::string(monitoring_outcome_text(check.outcome))},
                          {.text = check.draft == DraftRequest::requested ? "Yes" : "No"},
                          {.text = check.note},
                          {.text = view.name(check.recorded_by)}});
  }
  return govuk::table(table);
}

// Rule REV-3: the form to record a check.
Html monitoring_form(const Request& request, const ReviewView& view, const FormErrors& errors) {
  auto value = [&](const std::string& name) {
    return errors.empty() ? std::string() : request.form_value(name).value_or("");
  };
  govuk::RadiosOptions outcome;
  outcome.name = "outcome";
  outcome.value = value("outcome");
  outcome.fieldset = govuk::InputsFieldsetOptions{
      .legend = {.text = "Is the review on track?", .classes = "govuk-fieldset__legend--s"}};
  outcome.error_message = errors.for_field("outcome");
  for (MonitoringOutcome each : all_monitoring_outcomes) {
    outcome.items.push_back({.text = std::string(monitoring_outcome_text(each)),
                             .value = std::string(monitoring_outcome_name(each))});
  }
  return section_heading("Record a monitoring check") +
         form_start(request, review_path(view.review.case_id) + "/monitoring-checks") +
         date_question({.name = "checked_on",
                        .legend = "Date of the check",
                        .value = errors.empty() ? "" : date_from_form(request, "checked_on")},
                       errors) +
         govuk::radios(outcome) +
         text_question("note", "Note", value("note"), limits::monitoring_note, errors,
                       "The time taken and the quality so far. Required when there are concerns.",
                       4) +
         yes_no_question("draft_requested", "Was the reviewer asked for a draft?",
                         value("draft_requested"), errors) +
         govuk::button({.text = "Record the check", .prevent_double_click = true}) + form_end();
}

// Rule REV-4: the reviewers appointed, each with what the independence check found.
Html reviewers_list(const ReviewView& view) {
  std::vector<std::pair<std::string, Html>> rows;
  for (ReviewerRole role : all_reviewer_roles) {
    const ReviewerAppointment* appointed = view.review.reviewer_in(role);
    if (!appointed) {
      rows.emplace_back(std::string(reviewer_role_text(role)), text("Not appointed"));
      continue;
    }
    Html value = text(view.name(appointed->user_id) + ", appointed " +
                      day_month_year(uk_date(appointed->appointed_at)) + " by " +
                      view.name(appointed->appointed_by));
    switch (appointed->verdict) {
      case IndependenceVerdict::independent:
        break;
      case IndependenceVerdict::warning:
        value = value + Html::trusted("<br>") +
                text("Warning: affiliated with an agency in scope (" + appointed->conflicts + ")");
        break;
      case IndependenceVerdict::exception:
        value = value + Html::trusted("<br>") +
                text("Appointed by exception: affiliated with an agency in scope (" +
                     appointed->conflicts + "). Reason: " + appointed->exception_reason);
        break;
    }
    rows.emplace_back(std::string(reviewer_role_text(role)), value);
  }
  return summary(rows);
}

// Rule REV-4: the form to appoint a reviewer to a role not yet filled, from the partnership's
// reviewer accounts.
Html appoint_form(const Request& request, const ReviewView& view, const std::vector<User>& people,
                  const FormErrors& errors) {
  auto value = [&](const std::string& name) {
    return errors.empty() ? std::string() : request.form_value(name).value_or("");
  };
  govuk::RadiosOptions role;
  role.name = "role";
  role.value = value("role");
  role.fieldset = govuk::InputsFieldsetOptions{
      .legend = {.text = "Role", .classes = "govuk-fieldset__legend--s"}};
  role.error_message = errors.for_field("role");
  for (ReviewerRole each : all_reviewer_roles) {
    if (view.review.reviewer_in(each)) continue;
    role.items.push_back({.text = each == ReviewerRole::lead_reviewer
                                      ? "Appoint a lead reviewer"
                                      : "Appoint the independent author",
                          .value = std::string(reviewer_role_name(each))});
  }
  if (role.items.empty()) return Html();
  if (people.empty()) {
    return section_heading("Appoint a reviewer") +
           paragraph("The partnership has no reviewer accounts. An administrator can invite one.");
  }
  govuk::RadiosOptions person;
  person.name = "user_id";
  person.value = value("user_id");
  person.fieldset = govuk::InputsFieldsetOptions{
      .legend = {.text = "Reviewer", .classes = "govuk-fieldset__legend--s"}};
  person.error_message = errors.for_field("user_id");
  for (const User& user : people)
    person.items.push_back({.text = user.name, .value = std::to_string(user.id)});
  return section_heading("Appoint a reviewer") +
         paragraph(
             "A reviewer of a child safeguarding practice review must be independent of the "
             "agencies in scope. If the reviewer was affiliated with one within the partnership's "
             "number of years, you will be asked for the reason for an exception.") +
         form_start(request, review_path(view.review.case_id) + "/reviewers") +
         govuk::radios(role) + govuk::radios(person) +
         text_question("exception_reason", "Reason for an exception (if needed)",
                       value("exception_reason"), limits::exception_reason, errors,
                       "Only when the reviewer is not independent of an agency in scope.", 3) +
         govuk::button({.text = "Appoint the reviewer", .prevent_double_click = true}) + form_end();
}

std::string banner(const Request& request) {
  const std::string done = request.done_flag();
  if (done == "commissioned") return "The review is commissioned";
  if (done == "paused") return "The review is paused";
  if (done == "resumed") return "The review has resumed";
  if (done == "chronologies-requested") return "The agencies are asked for their chronologies";
  if (done == "checked") return "The monitoring check is recorded";
  if (done == "appointed") return "The reviewer is appointed";
  return "";
}

Response review_page(const Request& request, Services& services,
                     const std::optional<Error>& error) {
  const Id case_id = request.path_id("case_id");
  auto found = find_review(services.app, request.caller(), case_id);
  if (!found) return error_response(found.error(), request, services);
  const ReviewView& view = found.value();
  const ReviewRecord& review = view.review;
  const FormErrors errors = FormErrors::of(error);
  std::vector<std::pair<std::string, Html>> rows = clock_rows(view);
  rows.emplace_back("Methodology", text(review.methodology_text()));
  rows.emplace_back("Scope period", text(day_month_year(review.scope_from) + " to " +
                                         day_month_year(review.scope_to)));
  std::vector<std::string> names;
  for (const Agency& agency : view.agencies) names.push_back(agency.name);
  rows.emplace_back("Agencies in scope", text_list(names));
  rows.emplace_back("Proportionality rationale", text(review.rationale));
  if (!review.panel_reviewer.empty())
    rows.emplace_back("The Panel's reviewer", text(review.panel_reviewer));
  rows.emplace_back("Decided", text(day_month_year(review.decided_on)));
  rows.emplace_back("Commissioned", text(day_month_year(uk_date(review.commissioned_at)) + " by " +
                                         view.commissioned_by_name));
  Html reviewers = section_heading("Reviewers") + reviewers_list(view);
  Html monitoring = section_heading("Monitoring") + next_check_line(view) + monitoring_table(view);
  if (may(request, Permission::run_reviews)) {
    auto people = reviewer_candidates(services.app, request.caller());
    if (!people) return error_response(people.error(), request, services);
    reviewers = reviewers + appoint_form(request, view, people.value(), errors);
    monitoring = monitoring + monitoring_form(request, view, errors);
  }
  Page page;
  page.title = "The review";
  page.has_errors = error.has_value();
  page.before_content = govuk::back_link({.href = "/cases/" + std::to_string(case_id)});
  page.content = two_thirds(
      errors.summary({.date_fields = {"on", "checked_on"}, .message_href = "#reason"}) +
      success_banner(banner(request)) + heading("The review", view.case_reference) + summary(rows) +
      section_heading("Terms of reference") +
      render_markdown(review.terms_of_reference, {.heading_offset = 2}) + reviewers + monitoring +
      review_chronologies_section(request, services, case_id) +
      review_key_practice_episodes_section(request, services, case_id) +
      review_learning_section(request, services, case_id) +
      review_findings_section(request, services, case_id) +
      review_report_section(request, services, case_id) + section_heading("Pauses") +
      pauses_table(review) +
      (may(request, Permission::run_reviews) ? clock_form(request, view, errors) : Html()));
  return page_response(page, request, services, error ? status_for(error->code) : 200);
}

Response show_review(const Request& request, Services& services) {
  return review_page(request, services, std::nullopt);
}

Response after_clock(const Request& request, Services& services, const Result<ReviewView>& done,
                     const std::string& flag) {
  if (!done) {
    if (shown_on_form(done.error())) return review_page(request, services, done.error());
    return error_response(done.error(), request, services);
  }
  return Response::redirect(review_path(request.path_id("case_id")) + "?done=" + flag);
}

// POST /cases/{case_id}/review/pause
Response pause(const Request& request, Services& services) {
  PauseInput input{.reason = request.form_value("reason").value_or(""),
                   .reason_text = request.form_value("reason_text").value_or(""),
                   .on = date_from_form(request, "on")};
  return after_clock(
      request, services,
      pause_review(services.app, request.caller(), request.path_id("case_id"), input), "paused");
}

// POST /cases/{case_id}/review/resume
Response resume(const Request& request, Services& services) {
  ResumeInput input{.on = date_from_form(request, "on")};
  return after_clock(
      request, services,
      resume_review(services.app, request.caller(), request.path_id("case_id"), input), "resumed");
}

// POST /cases/{case_id}/review/monitoring-checks
Response record_check(const Request& request, Services& services) {
  MonitoringCheckInput input{.checked_on = date_from_form(request, "checked_on"),
                             .outcome = request.form_value("outcome").value_or(""),
                             .note = request.form_value("note").value_or(""),
                             .draft_requested = request.form_value("draft_requested").value_or("")};
  return after_clock(
      request, services,
      record_monitoring_check(services.app, request.caller(), request.path_id("case_id"), input),
      "checked");
}

// POST /cases/{case_id}/review/reviewers
Response appoint(const Request& request, Services& services) {
  AppointInput input{.user_id = parse_id(request.form_value("user_id").value_or("")),
                     .role = request.form_value("role").value_or(""),
                     .exception_reason = request.form_value("exception_reason").value_or("")};
  return after_clock(
      request, services,
      appoint_reviewer(services.app, request.caller(), request.path_id("case_id"), input),
      "appointed");
}

// Rule NTK-2 (need to know): the reviews the signed-in reviewer is appointed to, a page at a time
// (?page=2), each linking its review page and merged chronology.
// GET /my-reviews
Response show_my_reviews(const Request& request, Services& services) {
  int wanted = 1;
  if (const std::optional<Id> number = parse_id(request.query_value("page").value_or(""));
      number && *number > 0 && *number < 100000)
    wanted = static_cast<int>(*number);
  auto listed = my_appointed_reviews(services.app, request.caller(), wanted);
  if (!listed) return error_response(listed.error(), request, services);
  const AppointedReviewsPage& found = listed.value();
  Html list;
  if (found.reviews.empty()) {
    list = paragraph("You are not appointed to any review yet.");
  } else {
    govuk::TableOptions table;
    table.caption = std::to_string(found.total) + (found.total == 1 ? " review" : " reviews");
    table.caption_classes = "govuk-table__caption--s";
    table.classes = "govuk-table--small-text-until-tablet";
    table.head = {{.text = "Case"},
                  {.text = "Your role"},
                  {.text = "Kind"},
                  {.text = "Review due"},
                  {.text = "Merged chronology"}};
    for (const AppointedReview& appointed : found.reviews) {
      const ReviewView& view = appointed.view;
      table.rows.push_back(
          {{.html = link(review_path(view.review.case_id), view.case_reference)},
           {.text = std::string(reviewer_role_text(appointed.role))},
           {.text = std::string(review_outcome_text(view.review.kind))},
           {.text = day_month_year(view.clock.due_on)},
           {.html = link("/cases/" + std::to_string(view.review.case_id) + "/chronology",
                         "Merged chronology of " + view.case_reference)}});
    }
    list = govuk::table(table);
  }
  Page page;
  page.title = "Your reviews";
  page.content = full_width(
      heading("Your reviews") +
      paragraph("The reviews you are appointed to. You see these cases and no others.") + list +
      page_numbers(
          static_cast<std::size_t>(found.page), static_cast<std::size_t>(found.page_count),
          [](std::size_t number) { return "/my-reviews?page=" + std::to_string(number); }));
  return page_response(page, request, services);
}

}  // namespace

Html review_status_tag(ReviewClockStatus status) {
  std::string classes;
  switch (status) {
    case ReviewClockStatus::on_track:
      classes = "govuk-tag--green";
      break;
    case ReviewClockStatus::due_soon:
      classes = "govuk-tag--yellow";
      break;
    case ReviewClockStatus::overdue:
      classes = "govuk-tag--red";
      break;
    case ReviewClockStatus::paused:
      classes = "govuk-tag--grey";
      break;
  }
  return govuk::tag({.text = std::string(review_clock_status_text(status)), .classes = classes});
}

Html monitoring_check_tag(MonitoringCheckStatus status) {
  switch (status) {
    case MonitoringCheckStatus::not_yet_due:
      return govuk::tag({.text = "Check not yet due", .classes = "govuk-tag--green"});
    case MonitoringCheckStatus::due_today:
      return govuk::tag({.text = "Check due today", .classes = "govuk-tag--yellow"});
    case MonitoringCheckStatus::overdue:
      return govuk::tag({.text = "Check overdue", .classes = "govuk-tag--red"});
  }
  return Html();
}

Html case_review_section(const Request& request, const CaseRecord& record,
                         const std::optional<ReviewView>& review) {
  if (review) {
    return section_heading("The review") + summary(clock_rows(*review)) +
           Html::trusted("<p class=\"govuk-body\">") +
           link(review_path(record.id), "View the review") + Html::trusted("</p>");
  }
  if (record.decision && calls_for_review(record.decision->outcome) &&
      may(request, Permission::run_reviews)) {
    return section_heading("The review") +
           paragraph("The decision is a " +
                     std::string(review_outcome_text(record.decision->outcome)) +
                     ": commission it with its scope and terms of reference.") +
           govuk::button(
               {.text = "Commission the review", .href = review_path(record.id) + "/commission"});
  }
  return Html();
}

void add_review_routes(Router& router) {
  router.add("GET", "/my-reviews", Permission::view_appointed_reviews, show_my_reviews);
  router.add("GET", "/cases/{case_id:int}/review/commission", Permission::run_reviews,
             show_commission);
  router.add("POST", "/cases/{case_id:int}/review/commission", Permission::run_reviews, commission);
  // Reviewers appointed to the case see it too: the use case decides who sees it.
  router.add("GET", "/cases/{case_id:int}/review", Permission::signed_in, show_review);
  router.add("POST", "/cases/{case_id:int}/review/pause", Permission::run_reviews, pause);
  router.add("POST", "/cases/{case_id:int}/review/resume", Permission::run_reviews, resume);
  router.add("POST", "/cases/{case_id:int}/review/monitoring-checks", Permission::run_reviews,
             record_check);
  router.add("POST", "/cases/{case_id:int}/review/reviewers", Permission::run_reviews, appoint);
}

}  // namespace casereview::web
