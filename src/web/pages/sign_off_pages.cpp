// A partner signatory's pages (permission sign_off_for_partner, Rule SIGN-1). "Rapid reviews to
// sign" lists the partnership's running rapid reviews with whether the signatory's partner has
// signed each; a case's sign-off page shows the rapid review record as it stands, section by
// section, with the time its text last changed and the sign-offs so far, and, when it can be
// signed, a form asking for a current code from the signatory's authenticator app. The form also
// carries the time the record last changed, so a record changed while it was being read is not
// signed (409, shown on the page). The manager no longer signs for partners: these routes refuse
// them (403).
#include "web/pages/sign_off_pages.hpp"

#include "app/cases/rapid_reviews.hpp"
#include "domain/text.hpp"
#include "domain/uk_time.hpp"
#include "web/components/back_link.hpp"
#include "web/components/button.hpp"
#include "web/components/error_summary.hpp"
#include "web/components/inset_text.hpp"
#include "web/components/summary_list.hpp"
#include "web/components/table.hpp"
#include "web/components/tag.hpp"
#include "web/forms.hpp"
#include "web/layout.hpp"
#include "web/page_markup.hpp"
#include "web/pages/case_page_parts.hpp"
#include "web/problem.hpp"

namespace casereview::web {

namespace {

using namespace cases;

std::string sign_off_path(Id case_id) { return "/cases/" + std::to_string(case_id) + "/sign-off"; }

Html signed_tag(const std::optional<SignOff>& signature) {
  if (signature) return govuk::tag({.text = "Signed", .classes = "govuk-tag--green"});
  return govuk::tag({.text = "Not signed", .classes = "govuk-tag--blue"});
}

// GET /sign-offs
Response show_list(const Request& request, Services& services) {
  auto rows = rapid_reviews_to_sign(services.app, request.caller());
  if (!rows) return error_response(rows.error(), request, services);
  Html list;
  if (rows.value().empty()) {
    list = paragraph("No rapid review is running.");
  } else {
    govuk::TableOptions table;
    table.caption = "Rapid reviews running, due soonest first";
    table.caption_classes = "govuk-visually-hidden";
    table.head = {{.text = "Case"},
                  {.text = "Children"},
                  {.text = "Due"},
                  {.text = "Record"},
                  {.text = "Your partner"}};
    for (const SignOffRow& row : rows.value()) {
      table.rows.push_back({{.html = link(sign_off_path(row.case_id), row.reference)},
                            {.text = joined(row.pseudonyms)},
                            {.text = day_month_year_or(row.due_on, "")},
                            {.text = row.complete ? "Complete" : "Not complete"},
                            {.html = signed_tag(row.signed_by_partner)}});
    }
    list = govuk::table(table);
  }
  Page page;
  page.title = "Rapid reviews to sign";
  page.content = full_width(
      success_banner(request.done_flag() == "signed" ? "Sign-off recorded" : "") +
      heading("Rapid reviews to sign") +
      paragraph("Read each rapid review record and sign it off for your partner once it is "
                "complete.") +
      list);
  return page_response(page, request, services);
}

std::string met_text(const std::optional<bool>& met) {
  if (!met) return "Not answered";
  return *met ? "Yes" : "No";
}

// The record as it stands, section by section.
Html record_markup(const RapidReviewRecord& record) {
  govuk::SummaryListOptions answers;
  auto row = [&](const std::string& key, const std::string& value) {
    answers.rows.push_back(
        {.key = {.text = key}, .value = {.text = value.empty() ? "Not given" : value}});
  };
  row("Facts established", record.facts_established);
  row("Immediate action taken to keep children safe", record.immediate_action);
  row("Key practice episodes", record.key_practice_episodes);
  row("What could be improved", record.what_could_be_improved);
  row("Race, other inequalities and disability", record.equality_considerations);
  govuk::SummaryListOptions criteria;
  for (Criterion criterion : all_criteria) {
    const CriterionAnswer& answer = record.answer(criterion);
    criteria.rows.push_back(
        {.key = {.text = std::string(criterion_text(criterion))},
         .value = {.text = met_text(answer.met) +
                           (answer.rationale.empty() ? "" : ". " + answer.rationale)}});
  }
  govuk::SummaryListOptions recommendation;
  recommendation.rows.push_back(
      {.key = {.text = "Recommendation"},
       .value = {.text = record.recommendation
                             ? std::string(review_outcome_text(*record.recommendation))
                             : "Not given"}});
  recommendation.rows.push_back({.key = {.text = "Rationale"},
                                 .value = {.text = record.recommendation_rationale.empty()
                                                       ? "Not given"
                                                       : record.recommendation_rationale}});
  return govuk::summary_list(answers) + section_heading("Criteria for a local or national review") +
         govuk::summary_list(criteria) + section_heading("Recommendation") +
         govuk::summary_list(recommendation);
}

Html sign_offs_markup(const CaseRecord& record) {
  if (record.sign_offs.empty()) return paragraph("No partner has signed it off yet.");
  govuk::TableOptions table;
  table.caption = "Signed off";
  table.caption_classes = "govuk-visually-hidden";
  table.head = {{.text = "Partner"}, {.text = "Signed by"}, {.text = "Signed"}};
  for (const SignOff& signature : record.sign_offs) {
    table.rows.push_back({{.text = std::string(statutory_partner_text(signature.partner))},
                          {.text = signature.name},
                          {.text = signature.signed_at ? uk_time_text(*signature.signed_at)
                                                       : day_month_year(signature.signed_on)}});
  }
  return govuk::table(table);
}

Response sign_off_page(const Request& request, Services& services,
                       const std::optional<Error>& error) {
  const Id case_id = request.path_id("case_id");
  auto found = view_for_sign_off(services.app, request.caller(), case_id);
  if (!found) return error_response(found.error(), request, services);
  const SignOffView& view = found.value();
  const CaseRecord& record = view.record;
  const FormErrors errors = FormErrors::of(error);
  const std::string partner(statutory_partner_text(view.partner));
  const std::string changed_at =
      record.rapid_review_changed_at ? format_instant(*record.rapid_review_changed_at) : "";

  Html form;
  if (view.can_sign) {
    form = section_heading("Sign off for your partner") +
           govuk::inset_text({.text = "You are signing this record off for the partner \"" +
                                      partner + "\" as " + request.actor->name +
                                      ". Signing is recorded with the time."}) +
           form_start(request, sign_off_path(case_id)) +
           hidden_input("record_changed_at", changed_at) + step_up_code_question(request, errors) +
           govuk::button({.text = "Sign off", .prevent_double_click = true}) + form_end();
  } else if (view.signed_by_partner) {
    form = paragraph("Your partner has signed this record off.");
  } else if (record.stage != CaseStage::rapid_review) {
    form = paragraph("The rapid review is no longer running: the case is at the stage \"" +
                     std::string(case_stage_text(record.stage)) + "\".");
  } else {
    form = paragraph(
        "The record can be signed off once the business manager has completed every "
        "section.");
  }
  Page page;
  page.title = "Sign off the rapid review for " + record.reference;
  page.has_errors = !errors.empty();
  page.before_content = govuk::back_link({.text = "Rapid reviews to sign", .href = "/sign-offs"});
  page.content = two_thirds(
      errors.summary({.message_href = "#totp_code"}) +
      heading("Rapid review record", record.reference + ", " + joined(record.pseudonyms)) +
      paragraph(record.rapid_review_changed_at
                    ? "Last changed " + uk_time_text(*record.rapid_review_changed_at) + "."
                    : "Not changed since it was started.") +
      record_markup(record.rapid_review) + section_heading("Sign-offs") + sign_offs_markup(record) +
      form);
  return page_response(page, request, services, error ? status_for(error->code) : 200);
}

// GET /cases/{case_id}/sign-off
Response show_sign_off(const Request& request, Services& services) {
  return sign_off_page(request, services, std::nullopt);
}

// POST /cases/{case_id}/sign-off
Response sign(const Request& request, Services& services) {
  const Id case_id = request.path_id("case_id");
  Status signed_off =
      record_sign_off(services.app, request.caller(), case_id,
                      {.totp_code = request.form_value("totp_code").value_or(""),
                       .record_changed_at = request.form_value("record_changed_at").value_or("")});
  if (!signed_off) {
    if (shown_on_form(signed_off.error()))
      return sign_off_page(request, services, signed_off.error());
    return error_response(signed_off.error(), request, services);
  }
  return Response::redirect("/sign-offs?done=signed");
}

}  // namespace

Html step_up_code_question(const Request& request, const FormErrors& errors) {
  return text_input(
      request, errors,
      {.name = "totp_code",
       .inputmode = "numeric",
       .label = {.text = "Code from your authenticator app", .classes = "govuk-label--s"},
       .hint = govuk::HintOptions{.text = "Enter the 6-digit code your app shows now, to confirm "
                                          "it is you."},
       .classes = "govuk-input--width-10",
       .autocomplete = "one-time-code",
       .spellcheck = false});
}

void add_sign_off_routes(Router& router) {
  router.add("GET", "/sign-offs", Permission::sign_off_for_partner, show_list);
  router.add("GET", "/cases/{case_id:int}/sign-off", Permission::sign_off_for_partner,
             show_sign_off);
  router.add("POST", "/cases/{case_id:int}/sign-off", Permission::sign_off_for_partner, sign);
}

}  // namespace casereview::web
