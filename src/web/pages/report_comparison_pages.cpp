// Comparing the report's versions (Rule RPT-1): see report_comparison_pages.hpp.
#include "web/pages/report_comparison_pages.hpp"

#include "app/reviews/report_comparison.hpp"
#include "app/reviews/report_versions.hpp"
#include "web/components/back_link.hpp"
#include "web/components/button.hpp"
#include "web/components/radios.hpp"
#include "web/components/table.hpp"
#include "web/forms.hpp"
#include "web/layout.hpp"
#include "web/page_markup.hpp"
#include "web/pages/report_pages.hpp"
#include "web/problem.hpp"

namespace casereview::web {

namespace {

std::string diff_path(Id case_id, int number) { return version_path(case_id, number) + "/diff"; }

std::string version_name(int number) { return "version " + std::to_string(number); }

// The form: which version to compare with, and how to show the difference.
Html compare_form(Id case_id, int number, const std::string& against, const std::string& view,
                  const FormErrors& errors) {
  govuk::RadiosOptions how{
      .name = "view",
      .value = view == "side-by-side" ? "side-by-side" : "unified",
      .fieldset = govuk::InputsFieldsetOptions{.legend = {.text = "Show the changes",
                                                          .classes = "govuk-fieldset__legend--s"}},
      .classes = "govuk-radios--small govuk-radios--inline"};
  how.items.push_back({.text = "In one column", .value = "unified"});
  how.items.push_back({.text = "Side by side", .value = "side-by-side"});
  return Html::trusted("<form method=\"get\" action=\"" + diff_path(case_id, number) +
                       "\" novalidate>") +
         govuk::input(
             {.id = "against",
              .name = "against",
              .type = "text",
              .inputmode = "numeric",
              .value = against,
              .label = {.text = "Compare version " + std::to_string(number) + " with version",
                        .classes = "govuk-label--s"},
              .error_message = errors.for_field("against"),
              .classes = "govuk-input--width-3",
              .spellcheck = false}) +
         govuk::radios(how) +
         govuk::button({.text = "Compare", .classes = "govuk-button--secondary"}) +
         Html::trusted("</form>");
}

std::string line_number(int number) { return number > 0 ? std::to_string(number) : ""; }

// The text of a line, inside <del> or <ins> when it was removed or added.
Html line_text(const DiffLine& line) {
  const Html text = escape(line.text);
  switch (line.kind) {
    case DiffKind::removed:
      return Html::trusted("<del>") + text + Html::trusted("</del>");
    case DiffKind::added:
      return Html::trusted("<ins>") + text + Html::trusted("</ins>");
    case DiffKind::same:
      break;
  }
  return text;
}

std::string change_word(DiffKind kind) {
  return kind == DiffKind::removed ? "Removed" : kind == DiffKind::added ? "Added" : "";
}

Html unified_table(const DiffHunk& hunk, const ReportComparison& compared,
                   const std::string& caption) {
  govuk::TableOptions table;
  table.caption = caption;
  table.caption_classes = "govuk-table__caption--s";
  table.head = {{.text = "Line in " + version_name(compared.from.number)},
                {.text = "Line in " + version_name(compared.to.number)},
                {.text = "Change"},
                {.text = "Text"}};
  for (const DiffLine& line : hunk.lines)
    table.rows.push_back({{.text = line_number(line.old_line), .format = "numeric"},
                          {.text = line_number(line.new_line), .format = "numeric"},
                          {.text = change_word(line.kind)},
                          {.html = line_text(line)}});
  return govuk::table(table);
}

Html side_by_side_table(const DiffHunk& hunk, const ReportComparison& compared,
                        const std::string& caption) {
  govuk::TableOptions table;
  table.caption = caption;
  table.caption_classes = "govuk-table__caption--s";
  const std::string from = version_name(compared.from.number);
  const std::string to = version_name(compared.to.number);
  table.head = {{.text = "Line in " + from},
                {.text = "Text of " + from},
                {.text = "Line in " + to},
                {.text = "Text of " + to}};
  for (const SideBySideRow& row : side_by_side(hunk.lines)) {
    auto cells = [](const std::optional<DiffLine>& line, bool left) {
      if (!line) return std::vector<govuk::TableCell>{{.text = ""}, {.text = ""}};
      return std::vector<govuk::TableCell>{
          {.text = line_number(left ? line->old_line : line->new_line), .format = "numeric"},
          {.html = line_text(*line)}};
    };
    std::vector<govuk::TableCell> cells_of_row = cells(row.left, true);
    for (govuk::TableCell& cell : cells(row.right, false)) cells_of_row.push_back(std::move(cell));
    table.rows.push_back(std::move(cells_of_row));
  }
  return govuk::table(table);
}

Html changes(const ReportComparison& compared, bool side_by_side_view) {
  const std::vector<DiffHunk> hunks = diff_hunks(compared.lines);
  if (hunks.empty())
    return paragraph("The text of " + version_name(compared.from.number) + " and " +
                     version_name(compared.to.number) + " is the same.");
  int removed = 0;
  int added = 0;
  for (const DiffLine& line : compared.lines) {
    removed += line.kind == DiffKind::removed;
    added += line.kind == DiffKind::added;
  }
  Html content =
      paragraph(std::to_string(removed) + (removed == 1 ? " line" : " lines") + " removed and " +
                std::to_string(added) + (added == 1 ? " line" : " lines") + " added, in " +
                std::to_string(hunks.size()) + (hunks.size() == 1 ? " place." : " places."));
  for (std::size_t index = 0; index < hunks.size(); ++index) {
    const std::string caption =
        "Change " + std::to_string(index + 1) + " of " + std::to_string(hunks.size());
    content += side_by_side_view ? side_by_side_table(hunks[index], compared, caption)
                                 : unified_table(hunks[index], compared, caption);
  }
  return content;
}

// GET /cases/{case_id}/report/versions/{number}/diff[?against=M&view=…]
Response show_comparison(const Request& request, Services& services) {
  const Id case_id = request.path_id("case_id");
  const int number = static_cast<int>(request.path_id("number"));
  const std::string against_text = request.query_value("against").value_or("");
  const std::string view = request.query_value("view").value_or("unified");
  Page page;
  page.title = "Compare versions of the report";
  page.before_content = govuk::back_link({.href = version_path(case_id, number)});
  if (against_text.empty()) {
    // Nothing asked yet: the version must still be one the caller may read.
    auto version = view_report_version(services.app, request.caller(), case_id, number);
    if (!version) return error_response(version.error(), request, services);
    page.content = full_width(heading("Compare versions of the report") +
                              compare_form(case_id, number, "", view, FormErrors()));
    return page_response(page, request, services);
  }
  const std::optional<Id> against = parse_id(against_text);
  auto compared =
      compare_report_versions(services.app, request.caller(), case_id, number,
                              against && *against < 1'000'000 ? static_cast<int>(*against) : 0);
  if (!compared) {
    if (!shown_on_form(compared.error()))
      return error_response(compared.error(), request, services);
    const FormErrors errors = FormErrors::of(compared.error());
    page.has_errors = true;
    page.content = full_width(errors.summary() + heading("Compare versions of the report") +
                              compare_form(case_id, number, against_text, view, errors));
    return page_response(page, request, services, errors.http_status());
  }
  const ReportComparison& shown = compared.value();
  const std::string title = "Version " + std::to_string(shown.to.number) + " against version " +
                            std::to_string(shown.from.number);
  page.title = title;
  page.content = full_width(heading(title, shown.case_reference) +
                            compare_form(case_id, number, against_text, view, FormErrors()) +
                            changes(shown, view == "side-by-side"));
  return page_response(page, request, services);
}

}  // namespace

Html report_compare_form(Id case_id, int number, int against) {
  return compare_form(case_id, number, std::to_string(against), "unified", FormErrors());
}

void add_report_comparison_routes(Router& router) {
  router.add("GET", "/cases/{case_id:int}/report/versions/{number:int}/diff",
             Permission::view_report, show_comparison);
}

}  // namespace casereview::web
