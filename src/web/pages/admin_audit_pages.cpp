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
#include "domain/uk_time.hpp"
#include "web/components/button.hpp"
#include "web/components/date_input.hpp"
#include "web/components/error_summary.hpp"
#include "web/components/input.hpp"
#include "web/components/table.hpp"
#include "web/layout.hpp"
#include "web/page_markup.hpp"
#include "web/pages/admin_pages.hpp"
#include "web/problem.hpp"

namespace casereview::web::admin {

namespace {

using namespace std::chrono_literals;

constexpr int entries_shown = 200;

std::string trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return "";
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

// One date question of the search form: its three parts as typed, and what is wrong with them.
struct DateQuestion {
  std::string prefix;  // "from": parts "from-day", "from-month", "from-year"
  std::string legend;  // "Start date", also how error messages name it
  std::string day, month, year;
  std::string error;                     // empty when the parts are fine
  std::vector<std::string> parts_wrong;  // "day", "month", "year"; empty: all of them
  std::optional<CivilDate> date;         // nothing when every part is empty, or on error

  bool blank() const { return day.empty() && month.empty() && year.empty(); }
  std::string first_wrong_part() const {
    return prefix + "-" + (parts_wrong.empty() ? "day" : parts_wrong.front());
  }
};

// "End date" → "end date".
std::string lowercase_first(std::string text) {
  if (!text.empty()) text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
  return text;
}

std::optional<int> whole_number(const std::string& text, std::size_t most_digits) {
  if (text.empty() || text.size() > most_digits ||
      !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  return std::stoi(text);
}

// Reads the parts from the query and checks them, with the Design System's date input messages.
DateQuestion read_date(const Request& request, const std::string& prefix,
                       const std::string& legend) {
  DateQuestion question{.prefix = prefix, .legend = legend};
  question.day = trimmed(request.query_value(prefix + "-day").value_or(""));
  question.month = trimmed(request.query_value(prefix + "-month").value_or(""));
  question.year = trimmed(request.query_value(prefix + "-year").value_or(""));
  if (question.blank()) return question;
  std::string missing;
  for (const auto& [name, value] : {std::pair<std::string, std::string>{"day", question.day},
                                    {"month", question.month},
                                    {"year", question.year}}) {
    if (!value.empty()) continue;
    question.parts_wrong.push_back(name);
    missing += (missing.empty() ? "" : " and ") + name;
  }
  if (!missing.empty()) {
    question.error = legend + " must include a " + missing;
    return question;
  }
  const auto day = whole_number(question.day, 2);
  const auto month = whole_number(question.month, 2);
  const auto year = whole_number(question.year, 4);
  if (year && question.year.size() != 4) {
    question.parts_wrong = {"year"};
    question.error = "The year of the " + lowercase_first(legend) + " must include 4 numbers";
    return question;
  }
  question.date = day && month && year ? CivilDate::from_ymd(*year, *month, *day) : std::nullopt;
  if (!question.date) question.error = legend + " must be a real date";
  return question;
}

Html date_field(const DateQuestion& question, const std::string& hint) {
  govuk::DateInputOptions options;
  options.id = question.prefix;
  options.name_prefix = question.prefix;
  options.fieldset = govuk::InputsFieldsetOptions{
      .legend = {.text = question.legend, .classes = "govuk-fieldset__legend--s"}};
  options.hint = govuk::HintOptions{.text = hint};
  if (!question.error.empty())
    options.error_message = govuk::ErrorMessageOptions{.text = question.error};
  options.values = {{question.prefix + "-day", question.day},
                    {question.prefix + "-month", question.month},
                    {question.prefix + "-year", question.year}};
  if (!question.error.empty() && !question.parts_wrong.empty()) {
    auto wrong = [&](const std::string& part) {
      return std::find(question.parts_wrong.begin(), question.parts_wrong.end(), part) !=
             question.parts_wrong.end();
    };
    options.day = govuk::DateInputItem{
        .name = "day", .error = wrong("day"), .classes = "govuk-input--width-2"};
    options.month = govuk::DateInputItem{
        .name = "month", .error = wrong("month"), .classes = "govuk-input--width-2"};
    options.year = govuk::DateInputItem{
        .name = "year", .error = wrong("year"), .classes = "govuk-input--width-4"};
  }
  return govuk::date_input(options);
}

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
  const DateQuestion from = read_date(request, "from", "Start date");
  DateQuestion to = read_date(request, "to", "End date");
  if (from.date && to.date && *to.date < *from.date) {
    to.error = "End date must be the same as or after the start date";
    to.date.reset();
  }
  govuk::ErrorSummaryOptions problems{.title_text = "There is a problem"};
  for (const DateQuestion& question : {from, to}) {
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
      date_field(from, "For example, 1 4 2025.") +
      date_field(to, "Includes this day. For example, 30 4 2025.") +
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
