#include "web/pages/yearly_report_pages.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "app/reports/yearly_figures.hpp"
#include "app/reports/yearly_report_pdf.hpp"
#include "app/reports/yearly_report_publication.hpp"
#include "domain/csv.hpp"
#include "domain/policy.hpp"
#include "domain/text.hpp"
#include "domain/uk_time.hpp"
#include "web/components/bar_chart.hpp"
#include "web/components/button.hpp"
#include "web/components/details.hpp"
#include "web/components/error_summary.hpp"
#include "web/components/radios.hpp"
#include "web/components/select.hpp"
#include "web/components/summary_list.hpp"
#include "web/components/table.hpp"
#include "web/components/warning_text.hpp"
#include "web/forms.hpp"
#include "web/layout.hpp"
#include "web/page_markup.hpp"
#include "web/pages/case_page_parts.hpp"
#include "web/problem.hpp"
#include "web/query_date.hpp"

namespace casereview::web {

namespace {

// The earliest year offered in the list of years.
constexpr int first_year_offered = 2018;  // Working Together 2018 began the local reviews

// The period asked for in the query, or what is wrong with the question.
struct PeriodChoice {
  std::optional<ReportPeriod> period;
  std::string year;  // as asked
  QueryDate from;
  QueryDate to;
  std::vector<govuk::ErrorSummaryItem> problems;
};

PeriodChoice read_period(const Request& request, CivilDate today) {
  PeriodChoice choice;
  choice.year = trimmed(request.query_value("year").value_or(""));
  if (!choice.year.empty()) {
    const bool digits =
        choice.year.size() == 4 && std::all_of(choice.year.begin(), choice.year.end(),
                                               [](char c) { return c >= '0' && c <= '9'; });
    const int year = digits ? std::stoi(choice.year) : 0;
    if (year >= first_year_offered && year <= today.year()) {
      choice.period = reporting_year(year);
    } else {
      choice.problems.push_back({.href = "#year", .text = "Choose a year from the list"});
    }
    return choice;
  }
  QueryPeriod dates = read_query_period(request, last_complete_year(today));
  choice.from = std::move(dates.from);
  choice.to = std::move(dates.to);
  choice.period = dates.period;
  choice.problems = std::move(dates.problems);
  return choice;
}

CivilDate today_of(const Services& services) { return uk_date(services.app.clock.now()); }

// The forms that choose the period: a year from the list, or any two dates.
Html period_forms(const std::string& action, const PeriodChoice& choice, CivilDate today) {
  const ReportPeriod shown = choice.period.value_or(last_complete_year(today));
  govuk::SelectOptions years{
      .id = "year",
      .name = "year",
      .value = std::to_string(shown.from.year()),
      .label = {.text = "Year (1 April to 31 March)", .classes = "govuk-label--s"}};
  for (int year = last_complete_year(today).from.year() + 1; year >= first_year_offered; --year)
    years.items.push_back(
        {.value = std::to_string(year), .text = period_label(reporting_year(year))});
  const bool year_wrong = std::any_of(choice.problems.begin(), choice.problems.end(),
                                      [](const auto& item) { return item.href == "#year"; });
  if (year_wrong)
    years.error_message = govuk::ErrorMessageOptions{.text = "Choose a year from the list"};
  const Html by_year =
      Html::trusted("<form method=\"get\" action=\"") + escape(action) +
      Html::trusted("\" novalidate>") + govuk::select(years) +
      govuk::button({.text = "Show this year", .classes = "govuk-button--secondary"}) +
      Html::trusted("</form>");
  const bool dates_asked = !choice.from.blank() || !choice.to.blank();
  const QueryDate from =
      dates_asked ? choice.from : query_date_of("from", "Start date", shown.from);
  const QueryDate to = dates_asked ? choice.to : query_date_of("to", "End date", shown.to);
  const Html by_dates =
      Html::trusted("<form method=\"get\" action=\"") + escape(action) +
      Html::trusted("\" novalidate>") + query_date_field(from, "For example, 1 4 2025.") +
      query_date_field(to, "Includes this day. For example, 31 3 2026.") +
      govuk::button({.text = "Show these dates", .classes = "govuk-button--secondary"}) +
      Html::trusted("</form>");
  return by_year + govuk::details({.summary_text = "Choose other dates",
                                   .html = by_dates,
                                   .id = "other-dates",
                                   .open = dates_asked});
}

// The query that asks for `period` again (for the download links).
std::string period_query(const ReportPeriod& period) {
  if (period == reporting_year(period.from.year()))
    return "year=" + std::to_string(period.from.year());
  return period_query_parts(period);
}

Html problems_summary(const PeriodChoice& choice) {
  return govuk::error_summary({.title_text = "There is a problem", .error_list = choice.problems});
}

// --- A partnership's report ---

// A section's figures of both periods as one table.
Html section_table(const std::string& caption, const std::vector<ComparedRow>& rows,
                   const std::string& current, const std::string& previous) {
  govuk::TableOptions table;
  table.caption = caption;
  table.caption_classes = "govuk-table__caption--m";
  table.first_cell_is_header = true;
  table.head = {{.text = "Figure"},
                {.text = current, .format = "numeric"},
                {.text = previous, .format = "numeric"}};
  for (const ComparedRow& row : rows) {
    table.rows.push_back({{.text = row.figure},
                          {.text = row.current, .format = "numeric"},
                          {.text = row.previous, .format = "numeric"}});
  }
  return govuk::table(table);
}

std::vector<ComparedRow> rows_of(const std::vector<ComparedRow>& rows, const std::string& section) {
  std::vector<ComparedRow> chosen;
  std::copy_if(rows.begin(), rows.end(), std::back_inserter(chosen),
               [&](const ComparedRow& row) { return row.section == section; });
  return chosen;
}

std::string percent_words(std::optional<int> share) {
  return share ? std::to_string(*share) + "%" : "nothing to measure";
}

// Rule YR-1's "timeliness": four shares of this period against the period before.
Html timeliness_chart(const YearlyReport& report) {
  const std::string now = period_label(report.current.period);
  const std::string before = period_label(report.previous.period);
  struct Share {
    std::string label;
    std::optional<int> current;
    std::optional<int> previous;
  };
  const YearlyFigures& c = report.current;
  const YearlyFigures& p = report.previous;
  const std::vector<Share> shares = {
      {"Notifications sent within 5 working days",
       percent(c.notifications.sent_on_time, c.notifications.sent),
       percent(p.notifications.sent_on_time, p.notifications.sent)},
      {"Rapid reviews completed within 15 working days",
       percent(c.rapid_reviews.on_time, c.rapid_reviews.count),
       percent(p.rapid_reviews.on_time, p.rapid_reviews.count)},
      {"Actions closed by their due date", percent(c.actions.closed_by_due_date, c.actions.closed),
       percent(p.actions.closed_by_due_date, p.actions.closed)},
      {"Training attendance", percent(c.training.attended, c.training.marked()),
       percent(p.training.attended, p.training.marked())},
  };
  govuk::BarChartOptions chart{.id = "timeliness-chart",
                               .caption = "How quickly, and how well attended, as percentages",
                               .key = "Solid bars: " + now + ". Outlined bars: " + before + ".",
                               .scale = 100};
  for (const Share& share : shares) {
    chart.groups.push_back({.label = share.label,
                            .bars = {{.text = now + ": " + percent_words(share.current),
                                      .value = static_cast<double>(share.current.value_or(0))},
                                     {.text = before + ": " + percent_words(share.previous),
                                      .value = static_cast<double>(share.previous.value_or(0)),
                                      .second_series = true}}});
  }
  return govuk::bar_chart(chart);
}

// The library's entries by theme: this period's against the period before, for the themes with
// entries in either (every theme is in the table under it).
Html themes_chart(const YearlyReport& report) {
  const std::string now = period_label(report.current.period);
  const std::string before = period_label(report.previous.period);
  long long largest = 0;
  for (const ThemeFigures& theme : report.current.themes)
    largest = std::max({largest, theme.entries, theme.previous_entries});
  if (largest == 0) return paragraph("No learning was published in either period.");
  govuk::BarChartOptions chart{.id = "themes-chart",
                               .caption = "Learning published, by theme",
                               .key = "Solid bars: " + now + ". Outlined bars: " + before +
                                      ". Themes with no entries in either are in the table only.",
                               .scale = static_cast<double>(largest)};
  auto entries = [](long long count) {
    return std::to_string(count) + (count == 1 ? " entry" : " entries");
  };
  for (const ThemeFigures& theme : report.current.themes) {
    if (theme.entries == 0 && theme.previous_entries == 0) continue;
    chart.groups.push_back({.label = theme.theme,
                            .bars = {{.text = now + ": " + entries(theme.entries),
                                      .value = static_cast<double>(theme.entries)},
                                     {.text = before + ": " + entries(theme.previous_entries),
                                      .value = static_cast<double>(theme.previous_entries),
                                      .second_series = true}}});
  }
  return govuk::bar_chart(chart);
}

Html themes_table(const YearlyReport& report) {
  const ReportPeriod previous = previous_period(report.current.period);
  govuk::TableOptions table;
  table.caption = "Library entries by theme";
  table.caption_classes = "govuk-table__caption--s";
  table.first_cell_is_header = true;
  table.head = {{.text = "Theme"},
                {.text = period_label(report.current.period), .format = "numeric"},
                {.text = "Of those, from a case here", .format = "numeric"},
                {.text = period_label(previous), .format = "numeric"},
                {.text = period_label(previous_period(previous)), .format = "numeric"}};
  for (const ThemeFigures& theme : report.current.themes) {
    table.rows.push_back({{.text = theme.theme},
                          {.text = std::to_string(theme.entries), .format = "numeric"},
                          {.text = std::to_string(theme.cases), .format = "numeric"},
                          {.text = std::to_string(theme.previous_entries), .format = "numeric"},
                          {.text = std::to_string(theme.earlier_entries), .format = "numeric"}});
  }
  return govuk::table(table);
}

Html pauses_list(const ReviewFigures& reviews) {
  if (reviews.pauses_of_late_reviews.empty()) return Html();
  std::vector<std::string> items;
  for (const PauseReasonCount& each : reviews.pauses_of_late_reviews)
    items.push_back(each.reason + ": " + std::to_string(each.pauses) +
                    (each.pauses == 1 ? " pause" : " pauses"));
  return paragraph("The reviews that ran past their timescale were paused for:") +
         cases::text_list(items, "govuk-list--bullet");
}

// Links to the records behind a section, for those who may read them (Rule NTK-2 still applies
// on the pages they lead to).
Html records_links(const Request& request, const std::string& section) {
  std::vector<std::pair<std::string, std::string>> links;
  if (section == "Notifications" || section == "Rapid reviews" || section == "Reviews") {
    if (permits(request.actor, false, Permission::view_cases))
      links.push_back({"/dashboard", "The cases, on the Case Review Committee dashboard"});
  } else if (section == "Actions") {
    links.push_back({"/actions?overdue=true", "The actions overdue today"});
    links.push_back({"/actions?status=closed", "The closed actions"});
  } else if (section == "Training") {
    if (permits(request.actor, false, Permission::manage_training))
      links.push_back({"/training-sessions", "The training sessions"});
  }
  Html html;
  for (const auto& [href, text] : links) html += paragraph_link(href, text);
  return html;
}

Html report_content(const Request& request, const YearlyReport& report) {
  const std::string now = period_label(report.current.period);
  const std::string before = period_label(report.previous.period);
  const std::vector<ComparedRow> rows = compared_rows(report.current, report.previous);
  Html content = section_heading("Where progress was slow", "little-progress");
  const std::vector<std::string> areas = little_progress(report.current);
  if (areas.empty()) {
    content += paragraph("Nothing was late or overdue in this period.");
  } else {
    content += cases::text_list(areas, "govuk-list--bullet");
  }
  content += timeliness_chart(report);
  for (const std::string section :
       {"Notifications", "Rapid reviews", "Reviews", "Actions", "Training"}) {
    content += section_table(section, rows_of(rows, section), now, before);
    if (section == "Reviews") content += pauses_list(report.current.reviews);
    if (section == "Actions") {
      for (const std::string breakdown : {"Actions by agency", "Actions by kind"}) {
        const auto chosen = rows_of(rows, breakdown);
        if (!chosen.empty()) content += section_table(breakdown, chosen, now, before);
      }
    }
    if (section == "Training") {
      const auto trained = rows_of(rows, "People trained by agency");
      if (!trained.empty())
        content += section_table("People trained, by their agency", trained, now, before);
    }
    content += records_links(request, section);
  }
  content += section_heading("Themes", "themes") + themes_chart(report) + themes_table(report);
  return content;
}

// The hidden fields that carry the period of the page into its forms.
Html period_fields(const ReportPeriod& period) {
  return hidden_input("from", period.from.to_iso_string()) +
         hidden_input("to", period.to.to_iso_string());
}

std::string sent_text(const std::optional<CivilDate>& day) {
  return day ? day_month_year(*day) : "Not yet";
}

// Rule YR-1: when the report was published, by when it goes to the Panel and Foundations, and the
// forms that record each.
Html publication_section(const Request& request, const ReportPeriod& period,
                         const YearlyReportPublicationView& view, const FormErrors& errors,
                         CivilDate today) {
  Html content = section_heading("Publication", "publication");
  const std::string form_period = "/yearly-report/publication";
  if (!view.publication) {
    content += paragraph(
        "Once the partnership has published this report, record the day. It must "
        "then go to the Child Safeguarding Practice Review Panel and to "
        "Foundations within " +
        std::to_string(view.send_within_days) + " days.");
  } else {
    const YearlyReportPublication& published = *view.publication;
    content += govuk::summary_list(
        {.rows = {{.key = {.text = "Published"},
                   .value = {.text = day_month_year(published.published_on)}},
                  {.key = {.text = "Send to the Panel and Foundations by"},
                   .value = {.text = day_month_year(*view.send_by)}},
                  {.key = {.text = "Sent to the Panel"},
                   .value = {.text = sent_text(published.sent_to_panel_on)}},
                  {.key = {.text = "Sent to Foundations"},
                   .value = {.text = sent_text(published.sent_to_foundations_on)}}}});
    const bool all_sent = published.sent_to_panel_on && published.sent_to_foundations_on;
    if (!all_sent) {
      content += govuk::warning_text(
          {.text = today > *view.send_by ? "It should have gone to the Panel and Foundations by " +
                                               day_month_year(*view.send_by) + "."
                                         : "Send it to the Panel and Foundations by " +
                                               day_month_year(*view.send_by) + "."});
      const FormErrors sent_errors = errors.only({"recipient", "sent_on"});
      content +=
          form_start(request, "/yearly-report/sent") + period_fields(period) +
          govuk::radios(
              {.name = "recipient",
               .items = {{.text = "The Child Safeguarding Practice Review Panel", .value = "panel"},
                         {.text = "Foundations", .value = "foundations"}},
               .value = request.form_value("recipient").value_or(""),
               .fieldset =
                   govuk::InputsFieldsetOptions{.legend = {.text = "Who was it sent to?",
                                                           .classes = "govuk-fieldset__legend--s"}},
               .error_message = sent_errors.for_field("recipient")}) +
          cases::date_question({.name = "sent_on",
                                .legend = "When was it sent?",
                                .value = cases::date_from_form(request, "sent_on")},
                               sent_errors) +
          govuk::button({.text = "Record that it was sent"}) + form_end();
    }
  }
  const FormErrors published_errors = errors.only({"published_on"});
  content +=
      form_start(request, form_period) + period_fields(period) +
      cases::date_question({.name = "published_on",
                            .legend = view.publication ? "Correct the day it was published"
                                                       : "When did the partnership publish it?",
                            .hint = "For example, 30 9 " + std::to_string(period.to.year()),
                            .value = cases::date_from_form(request, "published_on")},
                           published_errors) +
      govuk::button({.text = "Record the publication",
                     .classes = view.publication ? "govuk-button--secondary" : ""}) +
      form_end();
  return content;
}

// The report's page for `period`, with any errors of a publication form.
Response report_page(const Request& request, Services& services, const PeriodChoice& choice,
                     const FormErrors& errors) {
  const CivilDate today = today_of(services);
  const ReportPeriod& period = *choice.period;
  auto report = yearly_report(services.app, request.caller(), period);
  if (!report) return error_response(report.error(), request, services);
  auto publication = yearly_report_publication(services.app, request.caller(), period);
  if (!publication) return error_response(publication.error(), request, services);
  const std::string query = period_query(period);
  const Html introduction = paragraph(
      "Figures for " + day_month_year(period.from) + " to " + day_month_year(period.to) +
      ", compared with " + day_month_year(report.value().previous.period.from) + " to " +
      day_month_year(report.value().previous.period.to) +
      ". A record counts in the period when it happened in it: a notification when the "
      "partnership became aware, a rapid review when it went to the Panel, an action when it "
      "closed.");
  Page page;
  page.title = (errors.empty() ? "" : "Error: ") + std::string("Yearly report");
  page.content =
      full_width(errors.summary({.date_fields = {"published_on", "sent_on"}}) +
                 heading("Yearly report " + period_label(period), report.value().partnership) +
                 introduction + period_forms("/yearly-report", choice, today) +
                 paragraph_link("/yearly-report/csv?" + query, "Download every figure (CSV)") +
                 paragraph_link("/yearly-report/pdf?" + query, "Download the report (PDF)") +
                 report_content(request, report.value()) +
                 publication_section(request, period, publication.value(), errors, today));
  return page_response(page, request, services, errors.http_status());
}

// GET /yearly-report
Response show_yearly_report(const Request& request, Services& services) {
  const CivilDate today = today_of(services);
  const PeriodChoice choice = read_period(request, today);
  if (!choice.period) {
    Page page;
    page.title = "Error: Yearly report";
    page.content = full_width(problems_summary(choice) + heading("Yearly report") +
                              period_forms("/yearly-report", choice, today));
    return page_response(page, request, services, 422);
  }
  return report_page(request, services, choice, FormErrors());
}

// The period a publication form posts back (its hidden fields).
std::optional<PeriodChoice> posted_period(const Request& request) {
  Result<ReportPeriod> period = period_from_text(request.form_value("from").value_or(""),
                                                 request.form_value("to").value_or(""));
  if (!period) return std::nullopt;
  PeriodChoice choice;
  choice.period = period.value();
  if (period.value() == reporting_year(period.value().from.year()))
    choice.year = std::to_string(period.value().from.year());
  return choice;
}

// A publication form: `record` of the period its hidden fields carry, then back to the report, or
// the page again with the form's errors.
template <typename Record>
Response publication_form(const Request& request, Services& services, Record record) {
  const auto choice = posted_period(request);
  if (!choice)
    return error_response(Error::invalid({{"from", "The period is not a real one"}}), request,
                          services);
  const auto outcome = record(*choice->period);
  if (outcome) {
    return Response::redirect("/yearly-report?" + period_query(*choice->period) + "#publication");
  }
  if (!shown_on_form(outcome.error())) return error_response(outcome.error(), request, services);
  return report_page(request, services, *choice, FormErrors::of(outcome.error()));
}

// POST /yearly-report/publication
Response post_publication(const Request& request, Services& services) {
  return publication_form(request, services, [&](const ReportPeriod& period) {
    return record_yearly_report_publication(services.app, request.caller(), period,
                                            cases::date_from_form(request, "published_on"));
  });
}

// POST /yearly-report/sent
Response post_sent(const Request& request, Services& services) {
  return publication_form(request, services, [&](const ReportPeriod& period) {
    return record_yearly_report_sent(services.app, request.caller(), period,
                                     request.form_value("recipient").value_or(""),
                                     cases::date_from_form(request, "sent_on"));
  });
}

Response csv_response(std::string csv, const std::string& file_name) {
  return Response::attachment(std::move(csv), "text/csv; charset=utf-8", file_name);
}

std::string file_period(const ReportPeriod& period) {
  return period.from.to_iso_string() + "-to-" + period.to.to_iso_string();
}

// The period's errors as the API's problem would word them, for a download asked badly.
Response period_problem(const PeriodChoice& choice, const Request& request,
                        const Services& services) {
  return error_response(period_error(choice.problems), request, services);
}

// GET /yearly-report/csv
Response download_figures(const Request& request, Services& services) {
  const PeriodChoice choice = read_period(request, today_of(services));
  if (!choice.period) return period_problem(choice, request, services);
  auto report = yearly_report(services.app, request.caller(), *choice.period);
  if (!report) return error_response(report.error(), request, services);
  std::string csv = csv_line({"Section", "Figure", period_label(report.value().current.period),
                              period_label(report.value().previous.period)});
  for (const ComparedRow& row : compared_rows(report.value().current, report.value().previous))
    csv += csv_line({row.section, row.figure, row.current, row.previous});
  return csv_response(std::move(csv), "yearly-report-" + file_period(*choice.period) + ".csv");
}

// GET /yearly-report/pdf
Response download_pdf(const Request& request, Services& services) {
  const PeriodChoice choice = read_period(request, today_of(services));
  if (!choice.period) return period_problem(choice, request, services);
  auto pdf = yearly_report_pdf(services.app, request.caller(), *choice.period);
  if (!pdf) return error_response(pdf.error(), request, services);
  return Response::attachment(std::move(pdf).value(), "application/pdf",
                              "yearly-report-" + file_period(*choice.period) + ".pdf");
}

// --- Every partnership, for the Panel ---

// The columns of the Panel's table: a few headline figures of each partnership (every figure is
// in the CSV).
struct NationalColumn {
  std::string heading;
  std::string (*value)(const YearlyFigures&);
};

const std::vector<NationalColumn>& national_columns() {
  static const std::vector<NationalColumn> columns = {
      {"Notifications",
       [](const YearlyFigures& f) { return std::to_string(f.notifications.count); }},
      {"Sent within 5 working days",
       [](const YearlyFigures& f) {
         return percent_text(f.notifications.sent_on_time, f.notifications.sent);
       }},
      {"Rapid reviews",
       [](const YearlyFigures& f) { return std::to_string(f.rapid_reviews.count); }},
      {"Within 15 working days",
       [](const YearlyFigures& f) {
         return percent_text(f.rapid_reviews.on_time, f.rapid_reviews.count);
       }},
      {"Became a review",
       [](const YearlyFigures& f) {
         return percent_text(f.rapid_reviews.became_review(), f.rapid_reviews.decided);
       }},
      {"Reviews published",
       [](const YearlyFigures& f) { return std::to_string(f.reviews.published); }},
      {"Past their timescale",
       [](const YearlyFigures& f) { return std::to_string(f.reviews.past_timescale); }},
      {"Actions overdue", [](const YearlyFigures& f) { return std::to_string(f.actions.overdue); }},
      {"Training attendance",
       [](const YearlyFigures& f) {
         return percent_text(f.training.attended, f.training.marked());
       }},
  };
  return columns;
}

Html national_table(const NationalFigures& national) {
  govuk::TableOptions table;
  table.caption = "Each partnership";
  table.caption_classes = "govuk-table__caption--m";
  table.first_cell_is_header = true;
  table.classes = "govuk-table--small-text-until-tablet";
  table.head.push_back({.text = "Partnership"});
  for (const NationalColumn& column : national_columns())
    table.head.push_back({.text = column.heading, .format = "numeric"});
  for (const PartnershipFigures& row : national.partnerships) {
    std::vector<govuk::TableCell> cells{{.text = row.partnership}};
    for (const NationalColumn& column : national_columns())
      cells.push_back({.text = column.value(row.figures), .format = "numeric"});
    table.rows.push_back(std::move(cells));
  }
  return govuk::table(table);
}

Html national_themes_table(const NationalFigures& national) {
  const ReportPeriod previous = previous_period(national.period);
  govuk::TableOptions table;
  table.caption = "Library entries by theme, every partnership";
  table.caption_classes = "govuk-table__caption--m";
  table.first_cell_is_header = true;
  table.head = {{.text = "Theme"},
                {.text = period_label(national.period), .format = "numeric"},
                {.text = period_label(previous), .format = "numeric"},
                {.text = period_label(previous_period(previous)), .format = "numeric"}};
  for (const ThemeFigures& theme : national.themes) {
    table.rows.push_back({{.text = theme.theme},
                          {.text = std::to_string(theme.entries), .format = "numeric"},
                          {.text = std::to_string(theme.previous_entries), .format = "numeric"},
                          {.text = std::to_string(theme.earlier_entries), .format = "numeric"}});
  }
  return govuk::table(table);
}

// GET /yearly-report/national
Response show_national_figures(const Request& request, Services& services) {
  const CivilDate today = today_of(services);
  const PeriodChoice choice = read_period(request, today);
  Page page;
  page.title = "Yearly figures of every partnership";
  if (!choice.period) {
    page.title = "Error: " + page.title;
    page.content = full_width(problems_summary(choice) + heading(page.title) +
                              period_forms("/yearly-report/national", choice, today));
    return page_response(page, request, services, 422);
  }
  auto national = national_figures(services.app, request.caller(), *choice.period);
  if (!national) return error_response(national.error(), request, services);
  page.content = full_width(
      heading("Yearly figures of every partnership", period_label(*choice.period)) +
      paragraph("Counts only: no child's name and no case's detail. A record counts in the "
                "period when it happened in it.") +
      period_forms("/yearly-report/national", choice, today) +
      paragraph_link("/yearly-report/national/csv?" + period_query(*choice.period),
                     "Download every figure of every partnership (CSV)") +
      national_table(national.value()) + national_themes_table(national.value()));
  return page_response(page, request, services);
}

// GET /yearly-report/national/csv: a row per partnership, a column per figure.
Response download_national_figures(const Request& request, Services& services) {
  const PeriodChoice choice = read_period(request, today_of(services));
  if (!choice.period) return period_problem(choice, request, services);
  auto national = national_figures(services.app, request.caller(), *choice.period);
  if (!national) return error_response(national.error(), request, services);
  std::vector<std::string> header{"Partnership"};
  for (const FigureRow& row : figure_rows(YearlyFigures{}))
    header.push_back(row.section + ": " + row.figure);
  std::string csv = csv_line(header);
  for (const PartnershipFigures& partnership : national.value().partnerships) {
    std::vector<std::string> cells{partnership.partnership};
    for (const FigureRow& row : figure_rows(partnership.figures)) cells.push_back(row.value);
    csv += csv_line(cells);
  }
  return csv_response(std::move(csv),
                      "yearly-figures-national-" + file_period(*choice.period) + ".csv");
}

}  // namespace

void add_yearly_report_routes(Router& router) {
  router.add("GET", "/yearly-report", Permission::report_yearly, show_yearly_report);
  router.add("GET", "/yearly-report/csv", Permission::report_yearly, download_figures);
  router.add("GET", "/yearly-report/pdf", Permission::report_yearly, download_pdf);
  router.add("POST", "/yearly-report/publication", Permission::report_yearly, post_publication);
  router.add("POST", "/yearly-report/sent", Permission::report_yearly, post_sent);
  router.add("GET", "/yearly-report/national", Permission::view_national_figures,
             show_national_figures);
  router.add("GET", "/yearly-report/national/csv", Permission::view_national_figures,
             download_national_figures);
}

}  // namespace casereview::web
