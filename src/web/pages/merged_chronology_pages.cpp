// The merged chronology's page (issue 11, Rule CHR-3) for the reviewer, manager and committee:
// every submitted entry of every agency in the merged order, each agency by name and its code in
// a tag (never colour alone); the flags beside the entries with their counts at the top; gaps as
// rows of their own; filters as a GET form (agency, period, subject, flagged only, text); and, for
// those who may mark them, each possible duplicate with "Same event" and "Different" buttons. The
// page shows at most rows_per_page entries: the merge and its flags need every entry, but only one
// page of rows is built into HTML, so a chronology of 10,000 entries stays usable.
#include <algorithm>
#include <cctype>
#include <map>

#include "app/reviews/chronologies.hpp"
#include "domain/policy.hpp"
#include "web/components/back_link.hpp"
#include "web/components/button.hpp"
#include "web/components/checkboxes.hpp"
#include "web/components/input.hpp"
#include "web/components/pagination.hpp"
#include "web/components/select.hpp"
#include "web/components/summary_list.hpp"
#include "web/components/table.hpp"
#include "web/forms.hpp"
#include "web/layout.hpp"
#include "web/page_markup.hpp"
#include "web/pages/chronology_page_parts.hpp"
#include "web/pages/chronology_pages.hpp"
#include "web/pages/key_practice_episode_pages.hpp"
#include "web/problem.hpp"

namespace casereview::web {

namespace {

// The most entries one page of the merged chronology shows.
constexpr std::size_t rows_per_page = 100;

std::string chronology_path(Id case_id) {
  return "/cases/" + std::to_string(case_id) + "/chronology";
}

// The filters of the GET form, as given; the period as read.
struct Filters {
  std::optional<Id> agency_id;
  std::string from_text, to_text, subject, text;
  bool flagged_only = false;
  std::optional<CivilDate> from, to;
  std::size_t page = 1;
  // The query of these filters (without the page), for the page links and the marks' return.
  std::string query() const {
    std::string query;
    auto add = [&](const std::string& name, const std::string& value) {
      if (value.empty()) return;
      query += (query.empty() ? "" : "&") + name + "=" + query_encode(value);
    };
    add("agency", agency_id ? std::to_string(*agency_id) : "");
    add("from", from_text);
    add("to", to_text);
    add("subject", subject);
    add("flagged", flagged_only ? "yes" : "");
    add("text", text);
    return query;
  }
};

// Reads the filters; invalid_input on "from" or "to" when a date cannot be read.
Result<Filters> filters_of(const Request& request) {
  Filters filters;
  auto value = [&](const char* name) { return request.query_value(name).value_or(""); };
  if (const std::string agency = value("agency"); !agency.empty())
    filters.agency_id = parse_id(agency);
  filters.from_text = value("from");
  filters.to_text = value("to");
  filters.subject = value("subject");
  filters.text = value("text");
  filters.flagged_only = value("flagged") == "yes";
  if (const std::optional<Id> page = parse_id(value("page")); page && *page > 0)
    filters.page = static_cast<std::size_t>(*page);
  std::vector<FieldError> problems;
  if (!filters.from_text.empty()) {
    auto from = parse_approximate_date("from", filters.from_text);
    if (from)
      filters.from = from.value().first_day();
    else
      problems.push_back(from.error().fields.front());
  }
  if (!filters.to_text.empty()) {
    auto to = parse_approximate_date("to", filters.to_text);
    if (to)
      filters.to = to.value().last_day();
    else
      problems.push_back(to.error().fields.front());
  }
  if (!problems.empty()) return Error::invalid(std::move(problems));
  return filters;
}

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

bool contains(const std::string& haystack, const std::string& lower_needle) {
  return lower(haystack).find(lower_needle) != std::string::npos;
}

bool matches(const MergedChronologyRow& row, const Filters& filters) {
  const ChronologyEntry& entry = row.entry;
  if (filters.agency_id && entry.agency_id != *filters.agency_id) return false;
  const CivilDate last = entry.end_date ? entry.end_date->last_day() : entry.date.last_day();
  if (filters.from && last < *filters.from) return false;
  if (filters.to && *filters.to < entry.date.first_day()) return false;
  if (filters.flagged_only && row.flags.empty()) return false;
  if (!filters.subject.empty() && !contains(entry.subject, lower(filters.subject))) return false;
  if (!filters.text.empty()) {
    const std::string needle = lower(filters.text);
    if (!contains(entry.source, needle) && !contains(entry.subject, needle) &&
        !contains(entry.event, needle) && !contains(entry.action, needle) &&
        !contains(entry.outcome, needle) && !contains(entry.significance, needle))
      return false;
  }
  return true;
}

Html filter_form(const MergedChronologyView& view, const Filters& filters,
                 const FormErrors& errors) {
  govuk::SelectOptions agency{.name = "agency",
                              .value = filters.agency_id ? std::to_string(*filters.agency_id) : "",
                              .label = {.text = "Agency", .classes = "govuk-label--s"}};
  agency.items.push_back({.value = "", .text = "Every agency"});
  std::map<Id, std::string> agencies;
  for (const MergedChronologyRow& row : view.rows) agencies[row.entry.agency_id] = row.agency_name;
  for (const auto& [id, name] : agencies)
    agency.items.push_back({.value = std::to_string(id), .text = name});
  auto text = [&](const char* name, const char* label, const std::string& value,
                  const std::string& hint, const char* classes) {
    govuk::InputOptions input{.id = name,
                              .name = name,
                              .value = value,
                              .label = {.text = label, .classes = "govuk-label--s"},
                              .error_message = errors.for_field(name),
                              .classes = classes};
    if (!hint.empty()) input.hint = govuk::HintOptions{.text = hint};
    return govuk::input(input);
  };
  govuk::CheckboxesOptions flagged{.name = "flagged", .classes = "govuk-checkboxes--small"};
  flagged.items.push_back({.text = "Flagged entries only", .value = "yes"});
  if (filters.flagged_only) flagged.values = {"yes"};
  return Html::trusted("<form method=\"get\" action=\"") + escape(chronology_path(view.case_id)) +
         Html::trusted("\" novalidate>") + section_heading("Filter the entries") +
         govuk::select(agency) +
         text("from", "From", filters.from_text, "For example, 1/1/2021, May 2021 or 2021",
              "govuk-input--width-10") +
         text("to", "To", filters.to_text, "", "govuk-input--width-10") +
         text("subject", "Subject", filters.subject, "", "govuk-input--width-20") +
         text("text", "Words in the entry", filters.text, "", "govuk-input--width-20") +
         govuk::checkboxes(flagged) + Html::trusted("<div class=\"govuk-button-group\">") +
         govuk::button({.text = "Apply the filters", .classes = "govuk-button--secondary"}) +
         link(chronology_path(view.case_id), "Clear the filters") + Html::trusted("</div></form>");
}

// Rule CHR-3: the flag counts at the top, over the whole chronology.
Html counts(const MergedChronologyView& view) {
  govuk::SummaryListOptions list;
  std::map<Id, bool> agencies;
  for (const MergedChronologyRow& row : view.rows) agencies[row.entry.agency_id] = true;
  list.rows.push_back({.key = {.text = "Entries"},
                       .value = {.text = std::to_string(view.rows.size()) + " from " +
                                         std::to_string(agencies.size()) +
                                         (agencies.size() == 1 ? " agency" : " agencies")}});
  for (ChronologyFlag flag : all_chronology_flags)
    list.rows.push_back({.key = {.text = std::string(chronology_flag_text(flag))},
                         .value = {.text = std::to_string(view.count(flag))}});
  list.rows.push_back({.key = {.text = "Gaps with no contact"},
                       .value = {.text = std::to_string(view.gaps.size())}});
  return govuk::summary_list(list);
}

// Rule CHR-3: the whole merged chronology as files, every entry and gap whatever the filters.
Html downloads(Id case_id) {
  const std::string path = "/cases/" + std::to_string(case_id) + "/chronology/";
  return Html::trusted("<ul class=\"govuk-list\"><li>") +
         link(path + "xlsx", "Download the merged chronology (XLSX)") + Html::trusted("</li><li>") +
         link(path + "csv", "Download the merged chronology (CSV)") + Html::trusted("</li><li>") +
         link(path + "pdf", "Download the merged chronology (PDF)") + Html::trusted("</li></ul>");
}

std::string short_text(const std::string& text) {
  if (text.size() <= 80) return text;
  std::size_t cut = 80;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut) + "…";
}

// Rule CHR-3: the flags of one row, and for someone who may mark them, each undecided possible
// duplicate with its two buttons; the pairs already marked, in words.
Html flags_cell(const Request& request, const MergedChronologyView& view,
                const MergedChronologyRow& row, const std::map<Id, std::size_t>& by_id,
                const std::string& query) {
  Html cell;
  for (ChronologyFlag flag : row.flags) cell += flag_tag(flag) + Html::trusted(" ");
  const bool may_mark = permits(request.actor, false, Permission::manage_chronologies);
  auto describe = [&](Id other) {
    auto found = by_id.find(other);
    if (found == by_id.end()) return std::string("entry ") + std::to_string(other);
    const MergedChronologyRow& them = view.rows[found->second];
    return them.agency_marker + " " + them.entry.date.text() + ": " + short_text(them.entry.event);
  };
  for (Id other : row.possible_duplicate_of) {
    cell += Html::trusted("<p class=\"govuk-body-s govuk-!-margin-bottom-1\">") +
            escape("Possibly the same as " + describe(other)) + Html::trusted("</p>");
    if (may_mark) {
      cell +=
          form_start(request, chronology_path(view.case_id) + "/duplicates") +
          hidden_input("entry_id", std::to_string(row.entry.id)) +
          hidden_input("other_entry_id", std::to_string(other)) + hidden_input("filters", query) +
          Html::trusted("<div class=\"govuk-button-group\">") +
          govuk::button({.text = "Same event",
                         .name = "verdict",
                         .value = std::string(duplicate_verdict_name(DuplicateVerdict::same_event)),
                         .classes = "govuk-button--secondary govuk-!-margin-bottom-1"}) +
          govuk::button({.text = "Different",
                         .name = "verdict",
                         .value = std::string(duplicate_verdict_name(DuplicateVerdict::different)),
                         .classes = "govuk-button--secondary govuk-!-margin-bottom-1"}) +
          Html::trusted("</div>") + form_end();
    }
  }
  for (const auto& [other, verdict] : row.decided) {
    const std::string words = verdict == DuplicateVerdict::same_event ? "Marked the same event as "
                                                                      : "Marked different from ";
    cell += Html::trusted("<p class=\"govuk-body-s\">") + escape(words + describe(other)) +
            Html::trusted("</p>");
  }
  return cell;
}

govuk::TableCell gap_cell(const ChronologyGap& gap, int column_count) {
  return {.html = Html::trusted("<strong>") +
                  escape("Gap: no contact from any agency for " + std::to_string(gap.days) +
                         " days, " + day_month_year(gap.from) + " to " + day_month_year(gap.to)) +
                  Html::trusted("</strong>"),
          .colspan = column_count};
}

// Rule KPE-1: the GET form that carries the chosen entries to a new key practice episode; the
// checkboxes in the table belong to it through their form attribute (the table holds other forms,
// and forms do not nest), so it works without JavaScript.
constexpr const char* episode_form_id = "episode-entries";

Html episode_form(Id case_id) {
  return Html::trusted("<form id=\"") + escape(episode_form_id) +
         Html::trusted("\" method=\"get\" action=\"") +
         escape(key_practice_episodes_path(case_id) + "/new") + Html::trusted("\"></form>");
}

Html episode_button() {
  return govuk::button({.text = "Make a key practice episode from the chosen entries",
                        .classes = "govuk-button--secondary",
                        .attributes = {{"form", episode_form_id}}});
}

Html choose_box(const MergedChronologyRow& row) {
  const std::string id = "entry-" + std::to_string(row.entry.id);
  govuk::CheckboxesOptions box{
      .id_prefix = id, .name = "entry", .classes = "govuk-checkboxes--small"};
  box.items.push_back({.html = Html::trusted("<span class=\"govuk-visually-hidden\">") +
                               escape("Choose the entry of " + entry_when_text(row.entry) +
                                      " from " + row.agency_name) +
                               Html::trusted("</span>"),
                       .value = std::to_string(row.entry.id),
                       .attributes = {{"form", episode_form_id}}});
  return govuk::checkboxes(box);
}

Html pages(const MergedChronologyView& view, const Filters& filters, std::size_t page_count) {
  const std::string base =
      chronology_path(view.case_id) + "?" + (filters.query().empty() ? "" : filters.query() + "&");
  return page_numbers(filters.page, page_count,
                      [&](std::size_t page) { return base + "page=" + std::to_string(page); });
}

// GET /cases/{case_id}/chronology
Response show_merged(const Request& request, Services& services) {
  const Id case_id = request.path_id("case_id");
  auto merged = merged_chronology(services.app, request.caller(), case_id);
  if (!merged) return error_response(merged.error(), request, services);
  const MergedChronologyView& view = merged.value();
  std::optional<Error> error;
  Filters filters;
  if (auto read = filters_of(request); read) {
    filters = read.value();
  } else {
    error = read.error();
    filters.from_text = request.query_value("from").value_or("");
    filters.to_text = request.query_value("to").value_or("");
  }
  const FormErrors errors = FormErrors::of(error);
  std::map<Id, std::size_t> by_id;
  for (std::size_t index = 0; index < view.rows.size(); ++index)
    by_id[view.rows[index].entry.id] = index;
  std::vector<std::size_t> shown;
  for (std::size_t index = 0; index < view.rows.size(); ++index)
    if (matches(view.rows[index], filters)) shown.push_back(index);
  const std::size_t page_count =
      std::max<std::size_t>(1, (shown.size() + rows_per_page - 1) / rows_per_page);
  filters.page = std::min(filters.page, page_count);
  const std::size_t first = (filters.page - 1) * rows_per_page;
  const std::size_t last = std::min(shown.size(), first + rows_per_page);

  govuk::TableOptions table;
  table.caption = "Entries in date order";
  table.caption_classes = "govuk-visually-hidden";
  // Rule KPE-1: those who make key practice episodes choose their entries here.
  const bool may_choose = permits(request.actor, false, Permission::manage_chronologies);
  if (may_choose) table.head.push_back({.text = "Choose"});
  for (govuk::TableCell& cell : merged_entry_head()) table.head.push_back(std::move(cell));
  table.head.push_back({.text = "Flags"});
  const int column_count = static_cast<int>(table.head.size());
  const std::string query = filters.query();
  // Rule CHR-3: gaps are rows of their own, before the first shown entry after them.
  std::size_t gap = 0;
  const std::size_t from_index = first < shown.size() ? (first == 0 ? 0 : shown[first - 1] + 1) : 0;
  while (gap < view.gaps.size() && view.gaps[gap].before < from_index) ++gap;
  for (std::size_t place = first; place < last; ++place) {
    const std::size_t index = shown[place];
    for (; gap < view.gaps.size() && view.gaps[gap].before <= index; ++gap)
      table.rows.push_back({gap_cell(view.gaps[gap], column_count)});
    const MergedChronologyRow& row = view.rows[index];
    std::vector<govuk::TableCell> cells;
    if (may_choose) cells.push_back({.html = choose_box(row)});
    for (govuk::TableCell& cell : merged_entry_cells(row)) cells.push_back(std::move(cell));
    cells.push_back({.html = flags_cell(request, view, row, by_id, query)});
    table.rows.push_back(std::move(cells));
  }
  if (last == shown.size() && !shown.empty())
    for (; gap < view.gaps.size() && view.gaps[gap].before <= view.rows.size(); ++gap)
      if (view.gaps[gap].before > shown.back())
        table.rows.push_back({gap_cell(view.gaps[gap], column_count)});

  Html list;
  if (view.rows.empty())
    list = paragraph("No agency has submitted its chronology yet.");
  else if (shown.empty())
    list = paragraph("No entry matches the filters.");
  else
    list = paragraph("Showing entries " + std::to_string(first + 1) + " to " +
                     std::to_string(last) + " of " + std::to_string(shown.size()) + ".") +
           (may_choose ? episode_form(case_id) : Html()) + govuk::table(table) +
           (may_choose ? episode_button() : Html()) + pages(view, filters, page_count);
  const std::string done = request.done_flag();
  Page page;
  page.title = "Merged chronology";
  page.has_errors = error.has_value();
  page.before_content =
      govuk::back_link({.text = "The case", .href = "/cases/" + std::to_string(case_id)});
  page.content = full_width(
      errors.summary() + success_banner(done == "marked" ? "Your mark is saved" : "") +
      heading("Merged chronology", view.case_reference) +
      paragraph("Every submitted entry of every agency, in date order. Flags point at entries to "
                "look at; nothing is changed or merged.") +
      counts(view) + downloads(case_id) + filter_form(view, filters, errors) + list);
  return page_response(page, request, services, error ? status_for(error->code) : 200);
}

// POST /cases/{case_id}/chronology/duplicates: the reviewer's mark on a pair (Rule CHR-3), back
// to the same filters.
Response mark_duplicate(const Request& request, Services& services) {
  const Id case_id = request.path_id("case_id");
  const std::optional<Id> entry_id = parse_id(request.form_value("entry_id").value_or(""));
  const std::optional<Id> other_id = parse_id(request.form_value("other_entry_id").value_or(""));
  const std::optional<DuplicateVerdict> verdict =
      duplicate_verdict_from_name(request.form_value("verdict").value_or(""));
  if (!entry_id || !other_id || !verdict)
    return error_response(Error::invalid({{"verdict", "Select same event or different"}}), request,
                          services);
  Status marked = decide_possible_duplicate(services.app, request.caller(), case_id, *entry_id,
                                            *other_id, *verdict);
  if (!marked) return error_response(marked.error(), request, services);
  // Only the filters' own query goes back, and only to this page.
  std::string filters = request.form_value("filters").value_or("");
  if (filters.find_first_of("\r\n#") != std::string::npos) filters.clear();
  return Response::redirect(chronology_path(case_id) + "?" +
                            (filters.empty() ? "" : filters + "&") + "done=marked");
}

}  // namespace

void add_merged_chronology_routes(Router& router) {
  router.add("GET", "/cases/{case_id:int}/chronology", Permission::view_chronologies, show_merged);
  router.add("POST", "/cases/{case_id:int}/chronology/duplicates", Permission::manage_chronologies,
             mark_duplicate);
}

}  // namespace casereview::web
