// A partnership's audit log, for its administrator: a search form (a GET form, so a search is a
// link that can be shared and changes nothing) and the matching entries, newest first, at most
// `entries_shown` of them (search_audit_log in app/audit.hpp keeps to the administrator's own
// partnership). Dates are days in UK time, as people mean them; times are shown in UK time too.
#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>

#include "app/audit.hpp"
#include "domain/civil_date.hpp"
#include "domain/text.hpp"
#include "domain/uk_time.hpp"
#include "web/components/button.hpp"
#include "web/components/error_summary.hpp"
#include "web/components/input.hpp"
#include "web/components/table.hpp"
#include "web/layout.hpp"
#include "web/page_markup.hpp"
#include "web/pages/admin_pages.hpp"
#include "web/problem.hpp"
#include "web/query_date.hpp"

namespace casereview::web::admin {

namespace {

using namespace std::chrono_literals;

constexpr int entries_shown = 200;

Html search_input(const Request& request, const std::string& name, const std::string& label,
                  const std::string& hint, const std::string& type = "text") {
  return govuk::input(
      {.id = name,
       .name = name,
       .type = type,
       .value = request.query_value(name).value_or(""),
       .label = {.text = label, .classes = "govuk-label--s"},
       .hint = hint.empty() ? std::nullopt : std::optional(govuk::HintOptions{.text = hint}),
       .classes = "govuk-!-width-two-thirds",
       .spellcheck = false});
}

Html results_table(const std::vector<AuditEntry>& entries) {
  govuk::TableOptions table;
  table.caption = "Audit log entries, newest first (times are UK time)";
  table.caption_classes = "govuk-table__caption--s";
  table.classes = "govuk-table--small-text-until-tablet";
  table.head = {{.text = "When"},   {.text = "Who"},     {.text = "Role"},    {.text = "Action"},
                {.text = "Entity"}, {.text = "Outcome"}, {.text = "Address"}, {.text = "Detail"}};
  for (const AuditEntry& entry : entries) {
    table.rows.push_back({
        {.html = Html::trusted("<time datetime=\"") + escape(format_instant(entry.at)) +
                 Html::trusted("\">") + escape(uk_time_text(entry.at, TimePrecision::seconds)) +
                 Html::trusted("</time>")},
        {.text = entry.user_email.empty() ? "Unknown" : entry.user_email},
        {.text = entry.role},
        {.text = entry.action},
        {.text = entry.entity_id.empty() ? entry.entity : entry.entity + " " + entry.entity_id},
        {.text = entry.outcome},
        {.text = entry.client_address},
        {.text = entry.detail},
    });
  }
  return govuk::table(table);
}

// GET /admin/audit-log
Response show_audit_log(const Request& request, Services& services) {
  const QueryDate from = read_query_date(request, "from", "Start date");
  QueryDate to = read_query_date(request, "to", "End date");
  if (from.date && to.date && *to.date < *from.date) {
    to.error = "End date must be the same as or after the start date";
    to.date.reset();
  }
  govuk::ErrorSummaryOptions problems{.title_text = "There is a problem"};
  for (const QueryDate& question : {from, to}) {
    if (!question.error.empty())
      problems.error_list.push_back(
          {.href = "#" + question.first_wrong_part(), .text = question.error});
  }
  const bool has_errors = !problems.error_list.empty();

  Html results;
  if (!has_errors) {
    AuditFilter filter;
    std::string email = trimmed(request.query_value("email").value_or(""));
    std::transform(email.begin(), email.end(), email.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    filter.user_email = email;
    if (from.date) filter.from = uk_start_of_day(*from.date);
    if (to.date) filter.to = uk_start_of_day(to.date->add_days(1));  // the whole of the last day
    filter.entity = trimmed(request.query_value("entity").value_or(""));
    filter.action = trimmed(request.query_value("action").value_or(""));
    filter.limit = entries_shown + 1;  // one more, to know there are more
    auto entries = search_audit_log(services.app, request.caller(), filter);
    if (!entries) return error_response(entries.error(), request, services);
    std::vector<AuditEntry>& found = entries.value();
    std::string count;
    if (found.empty()) {
      count = "No entries match your search.";
    } else if (found.size() > static_cast<std::size_t>(entries_shown)) {
      found.resize(entries_shown);
      count = "Showing the newest " + std::to_string(entries_shown) +
              " entries. Narrow your search to see older ones.";
    } else {
      count = found.size() == 1 ? "1 entry" : std::to_string(found.size()) + " entries";
    }
    results = Html::trusted(
                  "<h2 class=\"govuk-heading-m\">Results</h2><p class=\"govuk-body\" "
                  "id=\"audit-count\">") +
              escape(count) + Html::trusted("</p>") +
              (found.empty() ? Html() : results_table(found));
  }

  const Html form =
      Html::trusted("<form method=\"get\" action=\"/admin/audit-log\" novalidate>") +
      search_input(request, "email", "Email address of the person", "", "email") +
      query_date_field(from, "For example, 1 4 2025.") +
      query_date_field(to, "Includes this day. For example, 30 4 2025.") +
      search_input(request, "entity", "Entity",
                   "What was acted on, for example user, session, agency or settings.") +
      search_input(request, "action", "Action",
                   "What was done, for example sign-in, create, update or deactivate.") +
      Html::trusted("<div class=\"govuk-button-group\">") + govuk::button({.text = "Search"}) +
      Html::trusted(
          "<a class=\"govuk-link\" href=\"/admin/audit-log\">Clear search</a></div></form>");

  Page page;
  page.title = "Audit log";
  page.has_errors = has_errors;
  page.content =
      two_thirds(
          (has_errors ? govuk::error_summary(problems) : Html()) + heading("Audit log") +
          Html::trusted("<p class=\"govuk-body\">Sign-ins and changes in the partnership: who, "
                        "when, from where and how each ended.</p>") +
          form) +
      full_width(results);
  return page_response(page, request, services, has_errors ? 422 : 200);
}

}  // namespace

void add_audit_routes(Router& router) {
  router.add("GET", "/admin/audit-log", Permission::view_audit_log, show_audit_log);
}

}  // namespace casereview::web::admin
