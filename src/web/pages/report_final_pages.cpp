// The final report's pages (Rule RPT-3): see report_final_pages.hpp.
#include "web/pages/report_final_pages.hpp"

#include <map>

#include "app/reviews/report_final.hpp"
#include "domain/uk_time.hpp"
#include "web/components/back_link.hpp"
#include "web/components/button.hpp"
#include "web/components/checkboxes.hpp"
#include "web/components/inset_text.hpp"
#include "web/components/select.hpp"
#include "web/components/summary_list.hpp"
#include "web/components/table.hpp"
#include "web/components/tag.hpp"
#include "web/forms.hpp"
#include "web/layout.hpp"
#include "web/markdown.hpp"
#include "web/page_markup.hpp"
#include "web/pages/case_page_parts.hpp"
#include "web/pages/report_page_parts.hpp"
#include "web/pages/report_pages.hpp"
#include "web/pages/sign_off_pages.hpp"
#include "web/problem.hpp"

namespace casereview::web {

namespace {

using cases::text_list;
using cases::text_question;

Id case_id_of(const Request& request) { return request.path_id("case_id"); }

std::string sign_off_path(Id case_id) { return report_path(case_id) + "/sign-off"; }

Html findings_markup(const FinalReport& report) {
  if (report.findings.empty()) return paragraph("The review has recorded no findings.");
  Html out;
  int number = 0;
  for (const Finding& finding : report.findings) {
    std::vector<std::string> agencies;
    for (Id agency_id : finding.agency_ids) agencies.push_back(report.agency_name(agency_id));
    govuk::SummaryListOptions facts;
    facts.rows.push_back(
        {.key = {.text = "Kind"}, .value = {.text = std::string(finding_kind_text(finding.kind))}});
    facts.rows.push_back(
        {.key = {.text = "Agencies concerned"},
         .value = agencies.empty() ? govuk::SummaryListCell{.text = "The partnership as a whole"}
                                   : govuk::SummaryListCell{.html = text_list(agencies)}});
    const std::string numbered = std::to_string(++number);
    out += Html::trusted("<h3 class=\"govuk-heading-s\" id=\"finding-" + numbered + "\">") +
           escape("Finding " + numbered + ": " + finding.title) + Html::trusted("</h3>") +
           govuk::summary_list(facts) + render_markdown(finding.text, {.heading_offset = 3});
  }
  return out;
}

Html recommendations_markup(const FinalReport& report) {
  if (report.recommendations.empty()) return paragraph("The review has made no recommendations.");
  const std::map<Id, int> numbers = report.finding_numbers();
  Html out;
  for (const Recommendation& recommendation : report.recommendations) {
    std::vector<std::string> addressed;
    if (recommendation.to_partnership) addressed.push_back("The partnership");
    for (Id agency_id : recommendation.agency_ids)
      addressed.push_back(report.agency_name(agency_id));
    std::string answers;
    for (Id finding_id : recommendation.finding_ids) {
      auto found = numbers.find(finding_id);
      if (found == numbers.end()) continue;
      answers += (answers.empty() ? "Finding " : ", ") + std::to_string(found->second);
    }
    govuk::SummaryListOptions facts;
    facts.rows.push_back({.key = {.text = "For"}, .value = {.html = text_list(addressed)}});
    facts.rows.push_back({.key = {.text = "Answers"}, .value = {.text = answers}});
    const std::string number = std::to_string(recommendation.number);
    out += Html::trusted("<h3 class=\"govuk-heading-s\" id=\"recommendation-" + number + "\">") +
           escape("Recommendation " + number) + Html::trusted("</h3>") +
           render_markdown(recommendation.text, {.heading_offset = 3}) + govuk::summary_list(facts);
  }
  return out;
}

Html sign_offs_markup(const ReportFinal& final) {
  govuk::SummaryListOptions list;
  for (StatutoryPartner partner : all_statutory_partners) {
    const auto sign_off = report_sign_off_of(final, partner);
    list.rows.push_back(
        {.key = {.text = std::string(statutory_partner_text(partner))},
         .value = {.text = sign_off ? sign_off->name + ", " + uk_time_text(sign_off->signed_at)
                                    : "Not signed off yet"}});
  }
  return govuk::summary_list(list);
}

// The final report as one document, its sections listed first.
Html final_document(const FinalReport& report) {
  const ReportFinal& final = *report.final;
  struct Part {
    const char* id;
    const char* title;
    Html content;
  };
  const std::vector<Part> parts = {
      {"report-text", "The report", render_markdown(report.version.text, {.heading_offset = 2})},
      {"findings", "Findings", findings_markup(report)},
      {"recommendations", "Recommendations", recommendations_markup(report)},
      {"partnership-response", "The partnership's response",
       final.partnership_response.empty()
           ? paragraph("The partnership has not recorded its response yet.")
           : render_markdown(final.partnership_response, {.heading_offset = 2})},
      {"sign-offs", "Sign-off by the safeguarding partners", sign_offs_markup(final)}};
  Html contents = Html::trusted(
      "<nav aria-labelledby=\"contents-title\"><h2 class=\"govuk-heading-s\" "
      "id=\"contents-title\">Contents</h2><ol class=\"govuk-list govuk-list--number\">");
  Html body;
  for (const Part& part : parts) {
    contents += Html::trusted("<li>") + link(std::string("#") + part.id, part.title) +
                Html::trusted("</li>");
    body += section_heading(part.title, part.id) + part.content;
  }
  return contents + Html::trusted("</ol></nav>") + body;
}

// --- The committee's page ---

Html mark_form(const Request& request, const FinalReport& report, const FormErrors& errors) {
  if (report.version_count == 0)
    return paragraph("A version can be marked final once the reviewer has saved one.");
  const bool typed = !errors.empty();
  const int chosen = report.final ? report.final->version_number : report.version_count;
  govuk::SelectOptions version{
      .name = "version",
      .value = typed ? request.form_value("version").value_or("") : std::to_string(chosen),
      .label = {.text = "Version", .classes = "govuk-label--s"},
      .error_message = errors.for_field("version")};
  for (int number = report.version_count; number >= 1; --number)
    version.items.push_back(
        {.value = std::to_string(number), .text = "Version " + std::to_string(number)});
  Html clear;
  if (report.final && !report.final->sign_offs.empty())
    clear = govuk::checkboxes(
        {.name = "clear_sign_offs",
         .items = {{.text = "Clear the partners' sign-offs: they will sign the changed final "
                            "report again",
                    .value = "yes"}},
         .fieldset = govuk::InputsFieldsetOptions{
             .legend = {.text = "Partners have signed this final report off",
                        .classes = "govuk-fieldset__legend--s"}}});
  return section_heading(report.final ? "Change the final report" : "Mark a version final") +
         form_start(request, final_report_path(report.case_id)) + govuk::select(version) +
         text_question("partnership_response", "The partnership's response",
                       typed          ? request.form_value("partnership_response").value_or("")
                       : report.final ? report.final->partnership_response
                                      : "",
                       limits::partnership_response, errors,
                       "The partnership's written response to the findings and recommendations. "
                       "You can use Markdown.",
                       8) +
         clear +
         govuk::button({.text = report.final ? "Save the final report" : "Mark it final",
                        .prevent_double_click = true}) +
         form_end();
}

Response final_page(const Request& request, Services& services, const std::optional<Error>& error) {
  const Id case_id = case_id_of(request);
  auto found = view_final_report(services.app, request.caller(), case_id);
  if (!found) return error_response(found.error(), request, services);
  const FinalReport& report = found.value();
  const FormErrors errors = FormErrors::of(error);
  Html document;
  if (report.final) {
    govuk::SummaryListOptions facts;
    facts.rows.push_back(
        {.key = {.text = "Version"},
         .value = {.html = link(version_path(case_id, report.final->version_number),
                                "Version " + std::to_string(report.final->version_number))}});
    facts.rows.push_back({.key = {.text = "Marked final"},
                          .value = {.text = uk_time_text(report.final->marked_at)}});
    facts.rows.push_back(
        {.key = {.text = "Signed off"},
         .value = {
             .html =
                 report_signed_off(*report.final)
                     ? govuk::tag({.text = "By all three partners", .classes = "govuk-tag--green"})
                     : govuk::tag({.text = std::to_string(report.final->sign_offs.size()) +
                                           " of 3 partners",
                                   .classes = "govuk-tag--yellow"})}});
    document =
        govuk::summary_list(facts) +
        paragraph_link(final_report_path(case_id) + "/pdf", "Download the final report as a PDF") +
        final_document(report);
  } else {
    document = paragraph("No version has been marked final yet.");
  }
  const std::string done = request.done_flag();
  Page page;
  page.title = "Final report";
  page.has_errors = error.has_value();
  page.before_content = govuk::back_link({.text = "The report", .href = report_path(case_id)});
  page.content = two_thirds(
      errors.summary() +
      success_banner(done == "marked"    ? "The final report is saved"
                     : done == "cleared" ? "The final report is saved and the sign-offs cleared"
                                         : "") +
      heading("Final report", report.case_reference) + document +
      (report.can_mark ? mark_form(request, report, errors) : Html()));
  return page_response(page, request, services, error ? errors.http_status() : 200);
}

// GET /cases/{case_id}/report/final
Response show_final(const Request& request, Services& services) {
  return final_page(request, services, std::nullopt);
}

// POST /cases/{case_id}/report/final (Rule RPT-3)
Response mark_final(const Request& request, Services& services) {
  const std::optional<Id> version = parse_id(request.form_value("version").value_or(""));
  auto marked = mark_report_final(
      services.app, request.caller(), case_id_of(request),
      {.version = version && *version < 1'000'000 ? static_cast<int>(*version) : 0,
       .partnership_response = request.form_value("partnership_response").value_or(""),
       .clear_sign_offs = request.form_value("clear_sign_offs") == "yes"});
  if (!marked) {
    if (!shown_on_form(marked.error())) return error_response(marked.error(), request, services);
    return final_page(request, services, marked.error());
  }
  return Response::redirect(final_report_path(case_id_of(request)) +
                            "?done=" + (marked.value().sign_offs_cleared ? "cleared" : "marked"));
}

// GET /cases/{case_id}/report/final/pdf (Rule RPT-3)
Response download_pdf(const Request& request, Services& services) {
  auto pdf = final_report_pdf(services.app, request.caller(), case_id_of(request));
  if (!pdf) return error_response(pdf.error(), request, services);
  return Response::attachment(std::move(pdf.value()), "application/pdf", "final-report.pdf");
}

// --- The signatories' pages (Rule SIGN-1) ---

// GET /report-sign-offs[?page=N]
Response show_to_sign(const Request& request, Services& services) {
  auto found = final_reports_to_sign(services.app, request.caller(), request.page_number());
  if (!found) return error_response(found.error(), request, services);
  const FinalsToSign& listed = found.value();
  Html list;
  if (listed.rows.empty()) {
    list = paragraph("No review's report has been marked final.");
  } else {
    govuk::TableOptions table;
    table.caption = "Final reports, most recently marked first";
    table.caption_classes = "govuk-visually-hidden";
    table.head = {{.text = "Case"}, {.text = "Marked final"}, {.text = "Your partner"}};
    for (const FinalsToSign::Row& row : listed.rows)
      table.rows.push_back(
          {{.html = link(sign_off_path(row.final.case_id), row.case_reference)},
           {.text = uk_time_text(row.final.marked_at)},
           {.html = row.signed_by_partner
                        ? govuk::tag({.text = "Signed", .classes = "govuk-tag--green"})
                        : govuk::tag({.text = "Not signed", .classes = "govuk-tag--grey"})}});
    list = govuk::table(table);
  }
  Page page;
  page.title = "Final reports to sign";
  page.content = full_width(
      success_banner(request.done_flag() == "signed" ? "Sign-off recorded" : "") +
      heading("Final reports to sign") +
      paragraph("Read each review's final report and sign it off for your partner.") + list +
      report_parts::list_page_numbers(listed.page, listed.page_count, "/report-sign-offs"));
  return page_response(page, request, services);
}

Response sign_page(const Request& request, Services& services, const std::optional<Error>& error) {
  const Id case_id = case_id_of(request);
  auto found = final_report_for_sign_off(services.app, request.caller(), case_id);
  if (!found) return error_response(found.error(), request, services);
  const FinalForSignOff& view = found.value();
  const FormErrors errors = FormErrors::of(error);
  const std::string partner(statutory_partner_text(view.partner));
  Html form = paragraph("Your partner has signed this final report off.");
  if (view.can_sign)
    form = section_heading("Sign off for your partner") +
           govuk::inset_text({.text = "You are signing this final report off for the partner \"" +
                                      partner + "\" as " + request.actor->name +
                                      ". Signing is recorded with the time."}) +
           form_start(request, sign_off_path(case_id)) +
           hidden_input("final_marked_at", format_instant(view.report.final->marked_at)) +
           step_up_code_question(request, errors) +
           govuk::button({.text = "Sign off", .prevent_double_click = true}) + form_end();
  Page page;
  page.title = "Sign off the final report for " + view.report.case_reference;
  page.has_errors = error.has_value();
  page.before_content =
      govuk::back_link({.text = "Final reports to sign", .href = "/report-sign-offs"});
  page.content =
      two_thirds(errors.summary({.message_href = "#totp_code"}) +
                 heading("Final report", view.report.case_reference) +
                 paragraph("Version " + std::to_string(view.report.final->version_number) +
                           ", marked final " + uk_time_text(view.report.final->marked_at) + ".") +
                 final_document(view.report) + form);
  return page_response(page, request, services, error ? errors.http_status() : 200);
}

// GET /cases/{case_id}/report/sign-off
Response show_sign(const Request& request, Services& services) {
  return sign_page(request, services, std::nullopt);
}

// POST /cases/{case_id}/report/sign-off (Rule RPT-3, Rule SIGN-1)
Response sign(const Request& request, Services& services) {
  Status signed_off =
      sign_off_report(services.app, request.caller(), case_id_of(request),
                      {.totp_code = request.form_value("totp_code").value_or(""),
                       .final_marked_at = request.form_value("final_marked_at").value_or("")});
  if (!signed_off) {
    if (!shown_on_form(signed_off.error()))
      return error_response(signed_off.error(), request, services);
    return sign_page(request, services, signed_off.error());
  }
  return Response::redirect("/report-sign-offs?done=signed");
}

}  // namespace

std::string final_report_path(Id case_id) { return report_path(case_id) + "/final"; }

void add_report_final_routes(Router& router) {
  router.add("GET", "/cases/{case_id:int}/report/final", Permission::view_report, show_final);
  router.add("POST", "/cases/{case_id:int}/report/final", Permission::run_reviews, mark_final);
  router.add("GET", "/cases/{case_id:int}/report/final/pdf", Permission::view_report, download_pdf);
  router.add("GET", "/report-sign-offs", Permission::sign_off_for_partner, show_to_sign);
  router.add("GET", "/cases/{case_id:int}/report/sign-off", Permission::sign_off_for_partner,
             show_sign);
  router.add("POST", "/cases/{case_id:int}/report/sign-off", Permission::sign_off_for_partner,
             sign);
}

}  // namespace casereview::web
