// The charges report for the partnership's trainers and business managers (Rule TRN-9, issue 18):
// late cancellations and no-shows on sessions dated in a period — by default this calendar month —
// the totals per agency, then each charge (paged in the database), with the whole period as a CSV
// download for invoicing. The same figures as JSON:
//   GET /api/v1/charges?from=YYYY-MM-DD&to=YYYY-MM-DD[&page=N] → {from, to, total_pence,
//       agencies: [{agency, late_cancellations, no_shows, amount_pence}],
//       charges: [{booking_id, agency, name, email, course, session_id, session_date,
//                  session_length, reason, amount_pence, recorded_at}], page, page_count, total}
#include "app/training/charges.hpp"
#include "domain/csv.hpp"
#include "domain/uk_time.hpp"
#include "web/components/button.hpp"
#include "web/components/details.hpp"
#include "web/components/error_summary.hpp"
#include "web/components/table.hpp"
#include "web/json.hpp"
#include "web/layout.hpp"
#include "web/page_markup.hpp"
#include "web/pages/training_parts.hpp"
#include "web/problem.hpp"
#include "web/query_date.hpp"

namespace casereview::web::training {

namespace {

constexpr const char* charges_path = "/training-charges";

// This calendar month, the period shown when none is asked for.
ReportPeriod this_month(const Services& services) {
  const CivilDate today = uk_date(services.app.clock.now());
  const CivilDate first = *CivilDate::from_ymd(today.year(), today.month(), 1);
  const CivilDate next = today.month() == 12
                             ? *CivilDate::from_ymd(today.year() + 1, 1, 1)
                             : *CivilDate::from_ymd(today.year(), today.month() + 1, 1);
  return {first, next.add_days(-1)};
}

std::string agency_text(const std::string& agency) {
  return agency.empty() ? "No agency given" : agency;
}

Html period_form(const QueryPeriod& asked) {
  const ReportPeriod shown = *asked.period;
  const QueryDate from =
      asked.asked() ? asked.from : query_date_of("from", "Start date", shown.from);
  const QueryDate to = asked.asked() ? asked.to : query_date_of("to", "End date", shown.to);
  return Html::trusted("<form method=\"get\" action=\"") + escape(charges_path) +
         Html::trusted("\" novalidate>") +
         query_date_field(from, "The first session date to include. For example, 1 3 2026.") +
         query_date_field(to, "Includes this day. For example, 31 3 2026.") +
         govuk::button({.text = "Show these dates", .classes = "govuk-button--secondary"}) +
         Html::trusted("</form>");
}

Html agencies_table(const ChargesReport& report) {
  govuk::TableOptions table;
  table.caption = "By agency";
  table.caption_classes = "govuk-table__caption--m";
  table.head = {{.text = "Agency"},
                {.text = "Late cancellations", .format = "numeric"},
                {.text = "Did not attend", .format = "numeric"},
                {.text = "Amount", .format = "numeric", .classes = "cr-amount"}};
  for (const AgencyChargeTotal& agency : report.agencies) {
    table.rows.push_back(
        {{.text = agency_text(agency.agency)},
         {.text = std::to_string(agency.late_cancellations), .format = "numeric"},
         {.text = std::to_string(agency.no_shows), .format = "numeric"},
         {.text = money_text(agency.amount_pence), .format = "numeric", .classes = "cr-amount"}});
  }
  table.rows.push_back(
      {{.text = "All agencies"},
       {.text = ""},
       {.text = ""},
       {.text = money_text(report.total_pence), .format = "numeric", .classes = "cr-amount"}});
  return govuk::table(table);
}

Html charges_table(const ChargesReport& report) {
  govuk::TableOptions table;
  table.caption = "Each late cancellation and no-show";
  table.caption_classes = "govuk-table__caption--m";
  table.head = {{.text = "Agency"},
                {.text = "Name"},
                {.text = "Session"},
                {.text = "Late or no-show"},
                {.text = "Amount", .format = "numeric", .classes = "cr-amount"}};
  for (const ChargeRow& row : report.charges) {
    table.rows.push_back(
        {{.text = agency_text(row.agency)},
         {.text = row.person_name},
         {.text = row.course_title + ", " + weekday_day_month_year(row.session_date) +
                  (row.charge.length == SessionLength::full_day ? " (full day)" : " (half day)")},
         {.text = charge_reason_title(row.charge.reason)},
         {.text = money_text(row.charge.amount_pence),
          .format = "numeric",
          .classes = "cr-amount"}});
  }
  return govuk::table(table);
}

Response charges_page(const Request& request, Services& services, const QueryPeriod& asked) {
  Page page;
  page.title = "Charges for late cancellations and no-shows";
  Html content;
  int status = 200;
  if (!asked.period) {
    page.has_errors = true;
    status = 422;
    content +=
        govuk::error_summary({.title_text = "There is a problem", .error_list = asked.problems});
    content += heading(page.title) +
               period_form(QueryPeriod{asked.from, asked.to, this_month(services), {}});
  } else {
    auto report =
        charges_report(services.app, request.caller(), *asked.period, request.page_number());
    if (!report) return error_response(report.error(), request, services);
    const ChargesReport& shown = report.value();
    content += heading(page.title, period_label(shown.period));
    content += paragraph(
        "Late cancellations and people marked did not attend on sessions dated in this period, "
        "with the charge at the partnership's rate when each was recorded.");
    content += govuk::details({.summary_text = "Choose other dates",
                               .html = period_form(asked),
                               .id = "other-dates",
                               .open = asked.asked()});
    if (shown.total == 0) {
      content += paragraph(
          "There were no late cancellations or no-shows on sessions in this "
          "period.");
    } else {
      const std::string query = period_query_parts(shown.period);
      content += agencies_table(shown) + charges_table(shown) +
                 page_numbers(static_cast<std::size_t>(shown.window.page),
                              static_cast<std::size_t>(shown.window.page_count),
                              [&](std::size_t number) {
                                return std::string(charges_path) + "?" + query +
                                       "&page=" + std::to_string(number);
                              }) +
                 paragraph_link(std::string(charges_path) + "/csv?" + query,
                                "Download every charge in this period (CSV)");
    }
  }
  page.content = full_width(content);
  return page_response(page, request, services, status);
}

// GET /training-charges[?from-day=…&to-year=…&page=N]
Response show_charges(const Request& request, Services& services) {
  return charges_page(request, services, read_query_period(request, this_month(services)));
}

// GET /training-charges/csv?…: every charge of the period.
Response download_charges(const Request& request, Services& services) {
  const QueryPeriod asked = read_query_period(request, this_month(services));
  if (!asked.period) return error_response(period_error(asked.problems), request, services);
  auto file = charges_csv(services.app, request.caller(), *asked.period);
  if (!file) return error_response(file.error(), request, services);
  return Response::attachment(file.value().content, file.value().content_type,
                              file.value().file_name);
}

// GET /api/v1/charges?from=&to=: both dates are needed.
Response charges_call(const Request& request, Services& services) {
  auto period = period_from_text(request.query_value("from").value_or(""),
                                 request.query_value("to").value_or(""));
  if (!period) return error_response(period.error(), request, services);
  auto report =
      charges_report(services.app, request.caller(), period.value(), request.page_number());
  if (!report) return error_response(report.error(), request, services);
  const ChargesReport& shown = report.value();
  Poco::JSON::Array::Ptr agencies = new Poco::JSON::Array;
  for (const AgencyChargeTotal& total : shown.agencies) {
    auto item = json_object();
    item->set("agency", total.agency);
    item->set("late_cancellations", total.late_cancellations);
    item->set("no_shows", total.no_shows);
    item->set("amount_pence", total.amount_pence);
    agencies->add(item);
  }
  Poco::JSON::Array::Ptr charges = new Poco::JSON::Array;
  for (const ChargeRow& row : shown.charges) {
    auto item = json_object();
    item->set("booking_id", row.charge.booking_id);
    item->set("agency", row.agency);
    item->set("name", row.person_name);
    item->set("email", row.person_email);
    item->set("course", row.course_title);
    item->set("session_id", row.session_id);
    item->set("session_date", row.session_date.to_iso_string());
    item->set("session_length", session_length_name(row.charge.length));
    item->set("reason", charge_reason_name(row.charge.reason));
    item->set("amount_pence", row.charge.amount_pence);
    item->set("recorded_at", format_instant(row.charge.recorded_at));
    charges->add(item);
  }
  auto document = json_object();
  document->set("from", shown.period.from.to_iso_string());
  document->set("to", shown.period.to.to_iso_string());
  document->set("total_pence", shown.total_pence);
  document->set("agencies", agencies);
  document->set("charges", charges);
  document->set("page", shown.window.page);
  document->set("page_count", shown.window.page_count);
  document->set("total", shown.total);
  return Response::json(json_text(document));
}

}  // namespace

void add_charges_routes(Router& router) {
  router.add("GET", charges_path, Permission::manage_training, show_charges);
  router.add("GET", std::string(charges_path) + "/csv", Permission::manage_training,
             download_charges);
  router.add("GET", "/api/v1/charges", Permission::manage_training, charges_call);
}

}  // namespace casereview::web::training
