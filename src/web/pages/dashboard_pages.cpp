#include "web/pages/dashboard_pages.hpp"

#include "app/cases/case_views.hpp"
#include "domain/csv.hpp"
#include "domain/policy.hpp"
#include "domain/text.hpp"
#include "web/components/button.hpp"
#include "web/components/select.hpp"
#include "web/components/table.hpp"
#include "web/layout.hpp"
#include "web/page_markup.hpp"
#include "web/pages/case_page_parts.hpp"
#include "web/pages/review_pages.hpp"
#include "web/problem.hpp"

namespace casereview::web {

namespace {

using namespace cases;

constexpr DeadlineStatus filterable_statuses[] = {DeadlineStatus::overdue, DeadlineStatus::due_soon,
                                                  DeadlineStatus::on_track};

// The filters in the query; an unknown value is no filter.
DashboardFilter filter_from(const Request& request) {
  DashboardFilter filter;
  filter.stage = case_stage_from_name(request.query_value("stage").value_or(""));
  filter.status = deadline_status_from_name(request.query_value("status").value_or(""));
  return filter;
}

std::string responses_text(const DashboardRow& row) {
  if (row.outstanding_agency_responses == 0) return "None";
  return std::to_string(row.outstanding_agency_responses) +
         (row.overdue_agency_responses > 0
              ? " (" + std::to_string(row.overdue_agency_responses) + " overdue)"
              : "");
}

Html filters(const Request& request) {
  govuk::SelectOptions stage{.id = "stage",
                             .name = "stage",
                             .value = request.query_value("stage").value_or(""),
                             .label = {.text = "Stage", .classes = "govuk-label--s"}};
  stage.items.push_back({.value = "", .text = "All open stages"});
  for (CaseStage each : all_case_stages) {
    stage.items.push_back(
        {.value = std::string(case_stage_name(each)), .text = std::string(case_stage_text(each))});
  }
  govuk::SelectOptions status{.id = "status",
                              .name = "status",
                              .value = request.query_value("status").value_or(""),
                              .label = {.text = "Status", .classes = "govuk-label--s"}};
  status.items.push_back({.value = "", .text = "Any status"});
  for (DeadlineStatus each : filterable_statuses) {
    status.items.push_back({.value = std::string(deadline_status_name(each)),
                            .text = std::string(deadline_status_text(each))});
  }
  return Html::trusted(
             "<form method=\"get\" action=\"/dashboard\" novalidate class=\"cr-filters\">") +
         Html::trusted(
             "<div class=\"govuk-grid-row\"><div class=\"govuk-grid-column-one-third\">") +
         govuk::select(stage) + Html::trusted("</div><div class=\"govuk-grid-column-one-third\">") +
         govuk::select(status) + Html::trusted("</div></div>") +
         govuk::button({.text = "Apply filters", .classes = "govuk-button--secondary"}) +
         Html::trusted("</form>");
}

// Rule REV-2: the commissioned reviews with their stage, due date, days paused and status in words;
// Rule REV-3: when each one's next monitoring check is due, and whether it is overdue.
Html reviews_table(const std::vector<ReviewView>& reviews) {
  if (reviews.empty()) return Html();
  govuk::TableOptions table;
  table.caption = "Reviews";
  table.caption_classes = "govuk-table__caption--m";
  table.classes = "govuk-table--small-text-until-tablet";
  table.head = {{.text = "Reference"},
                {.text = "Kind"},
                {.text = "Stage"},
                {.text = "Due"},
                {.text = "Days paused"},
                {.text = "Status"},
                {.text = "Next monitoring check"}};
  for (const ReviewView& view : reviews) {
    table.rows.push_back({{.html = link("/cases/" + std::to_string(view.review.case_id) + "/review",
                                        view.case_reference)},
                          {.text = std::string(review_outcome_text(view.review.kind))},
                          {.text = std::string(review_stage_text(view.review.stage))},
                          {.text = day_month_year(view.clock.due_on)},
                          {.text = std::to_string(view.clock.days_paused)},
                          {.html = review_status_tag(view.clock.status)},
                          {.html = escape(day_month_year(view.next_check.due_on) + " ") +
                                   monitoring_check_tag(view.next_check.status)}});
  }
  return govuk::table(table);
}

// GET /dashboard
Response show_dashboard(const Request& request, Services& services) {
  auto rows = case_dashboard(services.app, request.caller(), filter_from(request));
  if (!rows) return error_response(rows.error(), request, services);
  Html list;
  if (rows.value().empty()) {
    list = paragraph("No cases match.");
  } else {
    govuk::TableOptions table;
    table.caption =
        std::to_string(rows.value().size()) + (rows.value().size() == 1 ? " case" : " cases");
    table.caption_classes = "govuk-table__caption--s";
    table.classes = "govuk-table--small-text-until-tablet";
    table.head = {{.text = "Reference"},
                  {.text = "Children"},
                  {.text = "Stage"},
                  {.text = "Next deadline"},
                  {.text = "Time left"},
                  {.text = "Status"},
                  {.text = "Agency responses outstanding"}};
    for (const DashboardRow& row : rows.value()) {
      const std::string deadline = row.next_deadline ? row.next_deadline->label + ", " +
                                                           day_month_year(row.next_deadline->due_on)
                                                     : "None";
      // "3 working days left", "Due today", "2 working days overdue": never a bare "-2".
      const std::string left = working_days_left_text(
          row.next_deadline ? row.next_deadline->working_days_left : std::nullopt);
      table.rows.push_back({{.html = link("/cases/" + std::to_string(row.id), row.reference)},
                            {.text = joined(row.pseudonyms)},
                            {.html = stage_tag(row.stage)},
                            {.text = deadline},
                            {.text = left},
                            {.html = row.status ? deadline_tag(*row.status) : Html()},
                            {.text = responses_text(row)}});
    }
    list = govuk::table(table);
  }
  auto reviews = list_reviews(services.app, request.caller());
  if (!reviews) return error_response(reviews.error(), request, services);
  const std::string csv_href =
      "/dashboard/csv" + (request.query_string.empty() ? "" : "?" + request.query_string);
  Html record;
  if (permits(request.actor, false, Permission::record_notifications)) {
    record = govuk::button({.text = "Notify a serious incident", .href = "/notifications/new"});
  }
  Page page;
  page.title = "Case Review Committee dashboard";
  page.content =
      full_width(heading("Case Review Committee dashboard") + record + filters(request) +
                 Html::trusted("<p class=\"govuk-body\">") + link(csv_href, "Download CSV") +
                 Html::trusted("</p>") + list + reviews_table(reviews.value()));
  return page_response(page, request, services);
}

// GET /dashboard/csv
Response download_csv(const Request& request, Services& services) {
  auto rows = case_dashboard(services.app, request.caller(), filter_from(request));
  if (!rows) return error_response(rows.error(), request, services);
  std::string csv =
      csv_line({"Reference", "Children", "Stage", "Next deadline", "Due", "Working days left",
                "Status", "Agency responses outstanding", "Agency responses overdue"});
  for (const DashboardRow& row : rows.value()) {
    csv += csv_line({row.reference, joined(row.pseudonyms), std::string(case_stage_text(row.stage)),
                     row.next_deadline ? row.next_deadline->label : "",
                     row.next_deadline ? row.next_deadline->due_on.to_iso_string() : "",
                     row.next_deadline && row.next_deadline->working_days_left
                         ? std::to_string(*row.next_deadline->working_days_left)
                         : "",
                     row.status ? std::string(deadline_status_text(*row.status)) : "",
                     std::to_string(row.outstanding_agency_responses),
                     std::to_string(row.overdue_agency_responses)});
  }
  Response response = Response::text(csv, "text/csv; charset=utf-8");
  response.set_header("Content-Disposition", "attachment; filename=\"cases.csv\"");
  response.set_header("Cache-Control", "no-store");
  return response;
}

}  // namespace

void add_dashboard_routes(Router& router) {
  router.add("GET", "/dashboard", Permission::view_cases, show_dashboard);
  router.add("GET", "/dashboard/csv", Permission::view_cases, download_csv);
}

}  // namespace casereview::web
