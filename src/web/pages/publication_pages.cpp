// Publishing a review: see publication_pages.hpp.
#include "web/pages/publication_pages.hpp"

#include "app/library/advance_copies.hpp"
#include "app/library/publication.hpp"
#include "domain/anonymisation_check.hpp"
#include "domain/briefing.hpp"
#include "domain/text.hpp"
#include "domain/uk_time.hpp"
#include "web/components/back_link.hpp"
#include "web/components/button.hpp"
#include "web/components/checkboxes.hpp"
#include "web/components/input.hpp"
#include "web/components/radios.hpp"
#include "web/components/select.hpp"
#include "web/components/summary_list.hpp"
#include "web/components/table.hpp"
#include "web/components/textarea.hpp"
#include "web/forms.hpp"
#include "web/layout.hpp"
#include "web/page_markup.hpp"
#include "web/pages/case_page_parts.hpp"
#include "web/problem.hpp"

namespace casereview::web {

namespace {

Id case_id_of(const Request& request) { return request.path_id("case_id"); }

// What was typed when the page is shown again after an error, else what is stored.
std::string shown(const Request& request, const std::optional<Error>& error,
                  const std::string& name, const std::string& stored) {
  if (error) return request.form_value(name).value_or("");
  return stored;
}

Html gaps_section(const Request& request, const PublicationView& view) {
  const std::string path = publication_path(view.case_id);
  if (view.publication && view.publication->published_on)
    return section_heading("Published") +
           paragraph("The review was published on " +
                     day_month_year(*view.publication->published_on) + ".") +
           paragraph_link("/learning/" + std::to_string(view.publication->library_entry_id),
                          "Its entry in the learning library");
  if (view.gaps.empty())
    return section_heading("Ready to publish") +
           paragraph("Every check is passed. Publishing makes the library entry public today" +
                     std::string(view.publication->decision == PublicationDecision::publish
                                     ? ", with the final report."
                                     : ", without the report.")) +
           form_start(request, path + "/publish") +
           govuk::button({.text = "Publish the review", .prevent_double_click = true}) + form_end();
  return section_heading("Before the review can be published") +
         cases::text_list(view.gaps, "govuk-list--bullet");
}

Html decision_section(const Request& request, const PublicationView& view,
                      const std::optional<Error>& error, const FormErrors& errors) {
  const std::string path = publication_path(view.case_id);
  const Publication* stored = view.publication ? &*view.publication : nullptr;
  std::vector<govuk::RadiosItem> items;
  for (PublicationDecision decision : all_publication_decisions)
    items.push_back({.text = std::string(publication_decision_text(decision)),
                     .value = std::string(publication_decision_name(decision))});
  return section_heading("The decision", "decision") +
         paragraph(
             "Improvements are always published. A report published in part or withheld "
             "for now needs its reason: the welfare of siblings, the risk of identifying "
             "the child, criminal proceedings, an inquest, or another.") +
         form_start(request, path + "/decision") +
         govuk::radios(
             {.name = "decision",
              .items = std::move(items),
              .value =
                  shown(request, error, "decision",
                        stored ? std::string(publication_decision_name(stored->decision)) : ""),
              .fieldset =
                  govuk::InputsFieldsetOptions{.legend = {.text = "What will be published",
                                                          .classes = "govuk-fieldset__legend--s"}},
              .error_message = errors.for_field("decision")}) +
         cases::text_question("reason", "Why the report is not published in full",
                              shown(request, error, "reason", stored ? stored->reason : ""),
                              limits::publication_reason, errors,
                              "Leave empty when the report is published in full.", 3) +
         cases::date_question({.name = "planned_on",
                               .legend = "Planned publication date",
                               .value = error ? cases::date_from_form(request, "planned_on")
                                              : (stored ? stored->planned_on.to_iso_string() : "")},
                              errors) +
         govuk::button({.text = "Save the decision",
                        .classes = "govuk-button--secondary",
                        .prevent_double_click = true}) +
         form_end();
}

// Rule PUB-2: or sent from here, by email with a link that expires; once a version is final.
Html send_copy_form(const Request& request, const PublicationView& view,
                    const std::optional<Error>& error, const FormErrors& errors) {
  if (!view.has_final_report)
    return paragraph("Once a version of the report is marked final, it can be sent from here.");
  govuk::SelectOptions recipient{.id = "copy_recipient",
                                 .name = "copy_recipient",
                                 .value = shown(request, error, "copy_recipient", ""),
                                 .label = {.text = "Who the report goes to"},
                                 .error_message = errors.for_field("copy_recipient")};
  recipient.items.push_back({.value = "", .text = "Choose a recipient"});
  for (AdvanceCopyRecipient each : all_advance_copy_recipients)
    recipient.items.push_back({.value = std::string(advance_copy_recipient_name(each)),
                               .text = std::string(advance_copy_recipient_text(each))});
  return Html::trusted("<h3 class=\"govuk-heading-s\">Send it by email from here</h3>") +
         paragraph("The email has a link to download the final report as a PDF, which works for " +
                   std::to_string(advance_copy_link_days) +
                   " days. Sending it records the copy as sent today.") +
         form_start(request, publication_path(view.case_id) + "/advance-copies/email") +
         govuk::select(recipient) +
         govuk::input({.id = "copy_email",
                       .name = "copy_email",
                       .type = "email",
                       .value = shown(request, error, "copy_email", ""),
                       .label = {.text = "Their email address"},
                       .error_message = errors.for_field("copy_email"),
                       .autocomplete = "email",
                       .spellcheck = false}) +
         govuk::button({.text = "Send the report by email",
                        .classes = "govuk-button--secondary",
                        .prevent_double_click = true}) +
         form_end();
}

Html advance_copies_section(const Request& request, const PublicationView& view,
                            const std::optional<Error>& error, const FormErrors& errors) {
  const std::string path = publication_path(view.case_id);
  govuk::TableOptions table{.head = {{.text = "Recipient"}, {.text = "Sent on"}},
                            .caption = "Advance copies of the final report",
                            .caption_classes = "govuk-visually-hidden",
                            .first_cell_is_header = true};
  govuk::SelectOptions recipient{.name = "recipient",
                                 .value = shown(request, error, "recipient", ""),
                                 .label = {.text = "Who was sent the report"},
                                 .error_message = errors.for_field("recipient")};
  recipient.items.push_back({.value = "", .text = "Choose a recipient"});
  for (AdvanceCopyRecipient each : all_advance_copy_recipients) {
    std::string sent = "Not recorded";
    if (view.publication)
      for (const AdvanceCopy& copy : view.publication->advance_copies)
        if (copy.recipient == each) sent = day_month_year(copy.sent_on);
    table.rows.push_back(
        {{.text = std::string(advance_copy_recipient_text(each))}, {.text = sent}});
    recipient.items.push_back({.value = std::string(advance_copy_recipient_name(each)),
                               .text = std::string(advance_copy_recipient_text(each))});
  }
  return section_heading("Advance copies", "advance-copies") +
         paragraph(
             "The final report goes to the National Panel, the Secretary of State and "
             "Ofsted before it is published.") +
         govuk::table(table) +
         (view.earliest
              ? paragraph("Earliest publication date: " + day_month_year(*view.earliest) + ".")
              : Html()) +
         (view.publication
              ? form_start(request, path + "/advance-copies") + govuk::select(recipient) +
                    cases::date_question(
                        {.name = "sent_on",
                         .legend = "Date it was sent",
                         .value = error ? cases::date_from_form(request, "sent_on") : ""},
                        errors) +
                    govuk::button({.text = "Record the advance copy",
                                   .classes = "govuk-button--secondary",
                                   .prevent_double_click = true}) +
                    form_end() + send_copy_form(request, view, error, errors)
              : paragraph("Record the decision first."));
}

Html entry_section(const PublicationView& view) {
  const std::string path = publication_path(view.case_id);
  return section_heading("The library entry", "entry") +
         (view.entry
              ? paragraph("Title: " + view.entry->text.title) +
                    paragraph_link(path + "/entry", "Change the library entry")
              : paragraph("The entry is what the public library shows: the title, a "
                          "summary, the learning and the recommendations.") +
                    (view.publication ? paragraph_link(path + "/entry", "Write the library entry")
                                      : paragraph("Record the decision first.")));
}

// Rule LIB-2.
Html briefing_section(const PublicationView& view) {
  const std::string path = publication_path(view.case_id);
  if (!view.entry)
    return section_heading("The 7-minute briefing", "briefing") +
           paragraph("Write the library entry first: the briefing is published with it.");
  const bool written = view.entry->has_briefing;
  Html uses;
  if (view.entry->published_on && written)
    uses = paragraph_link(path + "/briefing-uses",
                          std::to_string(view.briefing_uses) +
                              (view.briefing_uses == 1 ? " team has" : " teams have") +
                              " recorded using it");
  return section_heading("The 7-minute briefing", "briefing") +
         paragraph(written ? "The briefing is written."
                           : "Seven short sections a team can read together in about seven "
                             "minutes, published with the entry.") +
         paragraph_link(path + "/briefing",
                        written ? "Change the briefing" : "Write the 7-minute briefing") +
         uses;
}

// Rule PUB-4: once published with its report.
Html withdrawal_section(const Request& request, const PublicationView& view,
                        const std::optional<Error>& error, const FormErrors& errors) {
  if (!view.entry || !view.entry->published_on || view.entry->report.empty()) return Html();
  if (view.entry->document_withdrawn_on)
    return section_heading("Withdrawing the report", "withdrawal") +
           paragraph(
               "The report was withdrawn on " + day_month_year(*view.entry->document_withdrawn_on) +
               (view.entry->withdrawal_reason.empty() ? std::string(".")
                                                      : ": " + view.entry->withdrawal_reason)) +
           paragraph("The library entry and its briefing stay.");
  const CivilDate free_from = years_after(*view.entry->published_on, view.document_years);
  return section_heading("Withdrawing the report", "withdrawal") +
         paragraph("A published report stays available for at least a year. From " +
                   day_month_year(free_from) + " (after " + std::to_string(view.document_years) +
                   " years) it can be withdrawn without a reason; before then, say why. The "
                   "library entry and its briefing stay.") +
         form_start(request, publication_path(view.case_id) + "/withdrawal") +
         cases::text_question("withdrawal_reason", "Why the report is withdrawn",
                              shown(request, error, "withdrawal_reason", ""),
                              limits::withdrawal_reason, errors, "", 3) +
         govuk::button({.text = "Withdraw the report",
                        .classes = "govuk-button--warning",
                        .prevent_double_click = true}) +
         form_end();
}

Html finding_row(const Request& request, const PublicationView& view,
                 const PublicationFinding& finding, const FormErrors& errors) {
  const std::string kind =
      identifier_kind_from_name(finding.kind)
          ? std::string(identifier_kind_text(*identifier_kind_from_name(finding.kind)))
          : finding.kind;
  Html status;
  if (finding.dismissed()) {
    status = paragraph("Dismissed: " + finding.dismissal_reason);
  } else {
    const std::string field = "reason-" + std::to_string(finding.id);
    status = form_start(request, publication_path(view.case_id) + "/findings/" +
                                     std::to_string(finding.id) + "/dismissal") +
             govuk::textarea({.id = field,
                              .name = "reason",
                              .rows = 2,
                              .label = {.text = "Why it is not identifying (to dismiss it)"},
                              .error_message = errors.for_field(field)}) +
             govuk::button({.text = "Dismiss this finding",
                            .classes = "govuk-button--secondary",
                            .prevent_double_click = true}) +
             form_end();
  }
  return Html::trusted("<li class=\"publication-finding\">") +
         Html::trusted("<h3 class=\"govuk-heading-s\">") +
         escape(kind + " — " + finding.part + ", line " + std::to_string(finding.line)) +
         Html::trusted("</h3><p class=\"govuk-body\"><code>") + escape(finding.excerpt) +
         Html::trusted("</code></p>") + status + Html::trusted("</li>");
}

Html check_section(const Request& request, const PublicationView& view, const FormErrors& errors) {
  const std::string path = publication_path(view.case_id);
  Html findings;
  for (const PublicationFinding& finding : view.findings)
    findings += finding_row(request, view, finding, errors);
  const bool checked = view.publication && view.publication->checked_at;
  return section_heading("Anonymisation check", "check") +
         paragraph(
             "The check looks for the children's names and dates of birth, the names of "
             "practitioners recorded in the case, postcodes, phone numbers and email "
             "addresses in everything that would be published. Mend each finding in the "
             "text, or dismiss it with a reason.") +
         (checked ? paragraph(std::to_string(view.open_findings()) + " of " +
                              std::to_string(view.findings.size()) + " findings open. Last run " +
                              uk_time_text(*view.publication->checked_at) + ".")
                  : Html()) +
         (findings.empty()
              ? Html()
              : Html::trusted("<ul class=\"govuk-list\">") + findings + Html::trusted("</ul>")) +
         (view.publication ? form_start(request, path + "/check") +
                                 govuk::button({.text = "Run the anonymisation check",
                                                .classes = "govuk-button--secondary",
                                                .prevent_double_click = true}) +
                                 form_end()
                           : Html());
}

std::string done_banner(const std::string& done) {
  if (done == "decided") return "The decision is saved";
  if (done == "copy") return "The advance copy is recorded";
  if (done == "sent") return "The final report is sent, and the advance copy recorded";
  if (done == "entry") return "The library entry is saved";
  if (done == "checked") return "The anonymisation check has run";
  if (done == "dismissed") return "The finding is dismissed";
  if (done == "briefing") return "The briefing is saved";
  if (done == "withdrawn") return "The report is withdrawn from the library";
  return "";
}

Response publication_page(const Request& request, Services& services,
                          const std::optional<Error>& error) {
  const Id case_id = case_id_of(request);
  auto found = view_publication(services.app, request.caller(), case_id);
  if (!found) return error_response(found.error(), request, services);
  const PublicationView& view = found.value();
  const FormErrors errors = FormErrors::of(error);
  Page page;
  page.title = "Publication";
  page.has_errors = error.has_value();
  page.before_content =
      govuk::back_link({.text = "The case", .href = "/cases/" + std::to_string(case_id)});
  page.content =
      two_thirds(errors.summary({.date_fields = {"planned_on", "sent_on"}}) +
                 success_banner(done_banner(request.done_flag())) +
                 heading("Publication", view.case_reference) + gaps_section(request, view) +
                 decision_section(request, view, error, errors) +
                 advance_copies_section(request, view, error, errors) + entry_section(view) +
                 briefing_section(view) + check_section(request, view, errors) +
                 withdrawal_section(request, view, error, errors));
  return page_response(page, request, services, error ? errors.http_status() : 200);
}

// GET /cases/{case_id}/publication
Response show_publication(const Request& request, Services& services) {
  return publication_page(request, services, std::nullopt);
}

// Redirects back with `done` on success; shows the page with the error otherwise.
Response after(const Request& request, Services& services, const Status& outcome,
               const std::string& done) {
  if (!outcome) {
    if (!shown_on_form(outcome.error())) return error_response(outcome.error(), request, services);
    return publication_page(request, services, outcome.error());
  }
  return Response::redirect(publication_path(case_id_of(request)) + "?done=" + done);
}

Status status_of(const auto& result) {
  if (!result) return result.error();
  return ok_status();
}

// POST /cases/{case_id}/publication/decision (Rule PUB-1)
Response decide(const Request& request, Services& services) {
  const PublicationDecisionInput input{.decision = request.form_value("decision").value_or(""),
                                       .reason = request.form_value("reason").value_or(""),
                                       .planned_on = cases::date_from_form(request, "planned_on")};
  return after(
      request, services,
      status_of(decide_publication(services.app, request.caller(), case_id_of(request), input)),
      "decided");
}

// POST /cases/{case_id}/publication/advance-copies (Rule PUB-2)
Response advance_copy(const Request& request, Services& services) {
  const AdvanceCopyInput input{.recipient = request.form_value("recipient").value_or(""),
                               .sent_on = cases::date_from_form(request, "sent_on")};
  return after(request, services,
               record_advance_copy(services.app, request.caller(), case_id_of(request), input),
               "copy");
}

// POST /cases/{case_id}/publication/advance-copies/email (Rule PUB-2)
Response email_copy(const Request& request, Services& services) {
  auto sent = send_advance_copy(services.app, request.caller(), case_id_of(request),
                                {.recipient = request.form_value("copy_recipient").value_or(""),
                                 .email = request.form_value("copy_email").value_or("")});
  Status outcome = status_of(sent);
  // The form's fields are named apart from the recorded copy's.
  if (!outcome && outcome.error().code == ErrorCode::invalid_input) {
    Error error = outcome.error();
    for (FieldError& field : error.fields) field.field = "copy_" + field.field;
    outcome = error;
  }
  return after(request, services, outcome, "sent");
}

// POST /cases/{case_id}/publication/check (Rule PUB-3)
Response check(const Request& request, Services& services) {
  return after(
      request, services,
      status_of(run_anonymisation_check(services.app, request.caller(), case_id_of(request))),
      "checked");
}

// POST /cases/{case_id}/publication/findings/{finding_id}/dismissal (Rule PUB-3)
Response dismiss(const Request& request, Services& services) {
  const Id finding_id = request.path_id("finding_id");
  Status outcome = dismiss_finding(services.app, request.caller(), case_id_of(request), finding_id,
                                   request.form_value("reason").value_or(""));
  // The reason's error is shown at the finding's own box.
  if (!outcome && outcome.error().code == ErrorCode::invalid_input) {
    Error error = outcome.error();
    for (FieldError& field : error.fields)
      if (field.field == "reason") field.field = "reason-" + std::to_string(finding_id);
    outcome = error;
  }
  return after(request, services, outcome, "dismissed");
}

// POST /cases/{case_id}/publication/publish
Response publish(const Request& request, Services& services) {
  auto published = publish_review(services.app, request.caller(), case_id_of(request));
  if (!published) return after(request, services, published.error(), "");
  return Response::redirect("/learning/" + std::to_string(published.value().library_id));
}

// POST /cases/{case_id}/publication/withdrawal (Rule PUB-4)
Response withdraw(const Request& request, Services& services) {
  Status outcome = withdraw_document(services.app, request.caller(), case_id_of(request),
                                     request.form_value("withdrawal_reason").value_or(""));
  // The form's field is named apart from the decision's reason.
  if (!outcome && outcome.error().code == ErrorCode::invalid_input) {
    Error error = outcome.error();
    for (FieldError& field : error.fields)
      if (field.field == "reason") field.field = "withdrawal_reason";
    outcome = error;
  }
  return after(request, services, outcome, "withdrawn");
}

// --- The library entry's form (Rule LIB-1) ---

LibraryEntryText entry_from_form(const Request& request) {
  LibraryEntryText text;
  text.title = request.form_value("title").value_or("");
  text.summary = request.form_value("summary").value_or("");
  text.background = request.form_value("background").value_or("");
  text.learning = request.form_value("learning").value_or("");
  text.good_practice = request.form_value("good_practice").value_or("");
  text.recommendations = request.form_value("recommendations").value_or("");
  text.methodology = request.form_value("methodology").value_or("");
  text.theme_slugs = request.form_values("themes");
  text.keywords = keywords_from_text(request.form_value("keywords").value_or(""));
  if (auto band = age_band_from_name(request.form_value("age_band").value_or("")))
    text.age_band = *band;
  return text;
}

Response entry_form(const Request& request, Services& services, const PublicationView& view,
                    const LibraryEntryText& values, const std::optional<Error>& error) {
  const Id case_id = case_id_of(request);
  const FormErrors errors = FormErrors::of(error);
  govuk::CheckboxesOptions themes{
      .name = "themes",
      .values = values.theme_slugs,
      .fieldset = govuk::InputsFieldsetOptions{.legend = {.text = "Themes (up to 3)",
                                                          .classes = "govuk-fieldset__legend--s"}},
      .hint = govuk::HintOptions{.text = "The library's readers filter by theme."},
      .error_message = errors.for_field("themes"),
      .classes = "govuk-checkboxes--small"};
  for (const LibraryTheme& theme : view.themes)
    themes.items.push_back({.text = theme.name, .value = theme.slug});
  std::vector<govuk::RadiosItem> bands;
  for (AgeBand band : all_age_bands)
    bands.push_back(
        {.text = std::string(age_band_text(band)), .value = std::string(age_band_name(band))});
  const auto section = [&](const char* name, const char* label, const std::string& value,
                           const char* hint) {
    return cases::text_question(name, label, value, limits::library_section, errors, hint, 6);
  };
  Page page;
  page.title = "The library entry";
  page.has_errors = error.has_value();
  page.before_content = govuk::back_link({.href = publication_path(case_id)});
  page.content = two_thirds(
      errors.summary() + heading("The library entry", view.case_reference) +
      paragraph("What the public learning library will show. Write for practitioners in any "
                "partnership: no names, no dates of birth, no addresses. Markdown is allowed in "
                "the long sections.") +
      form_start(request, publication_path(case_id) + "/entry") +
      govuk::input({.id = "title",
                    .name = "title",
                    .value = values.title,
                    .label = {.text = "Title", .classes = "govuk-label--s"},
                    .hint = govuk::HintOptions{.text = "The child's pseudonym, for example "
                                                       "\"Child Q\", and a few words."},
                    .error_message = errors.for_field("title")}) +
      cases::text_question("summary", "Summary", values.summary, limits::library_summary, errors,
                           "What happened and what the review found, in a paragraph or two.", 5) +
      section("learning", "What the review learned", values.learning, "") +
      section("good_practice", "Good practice", values.good_practice, "") +
      section("recommendations", "Recommendations", values.recommendations, "") +
      section("background", "Background", values.background, "") +
      section("methodology", "How the review was done", values.methodology, "") +
      govuk::checkboxes(themes) +
      govuk::input({.id = "keywords",
                    .name = "keywords",
                    .value = joined(values.keywords),
                    .label = {.text = "Keywords", .classes = "govuk-label--s"},
                    .hint = govuk::HintOptions{.text = "Up to 10, separated by commas."},
                    .error_message = errors.for_field("keywords")}) +
      govuk::radios(
          {.name = "age_band",
           .items = std::move(bands),
           .value = std::string(age_band_name(values.age_band)),
           .fieldset =
               govuk::InputsFieldsetOptions{
                   .legend = {.text = "The child's age", .classes = "govuk-fieldset__legend--s"}},
           .error_message = errors.for_field("age_band")}) +
      govuk::button({.text = "Save the library entry", .prevent_double_click = true}) + form_end());
  return page_response(page, request, services, error ? errors.http_status() : 200);
}

// GET /cases/{case_id}/publication/entry
Response show_entry_form(const Request& request, Services& services) {
  auto found = view_publication(services.app, request.caller(), case_id_of(request));
  if (!found) return error_response(found.error(), request, services);
  const PublicationView& view = found.value();
  return entry_form(request, services, view, view.entry ? view.entry->text : LibraryEntryText{},
                    std::nullopt);
}

// POST /cases/{case_id}/publication/entry (Rule LIB-1)
Response save_entry(const Request& request, Services& services) {
  const LibraryEntryText text = entry_from_form(request);
  auto saved = save_library_entry(services.app, request.caller(), case_id_of(request), text);
  if (!saved) {
    if (!shown_on_form(saved.error())) return error_response(saved.error(), request, services);
    auto found = view_publication(services.app, request.caller(), case_id_of(request));
    if (!found) return error_response(found.error(), request, services);
    return entry_form(request, services, found.value(), text, saved.error());
  }
  return Response::redirect(publication_path(case_id_of(request)) + "?done=entry");
}

}  // namespace

std::string publication_path(Id case_id) {
  return "/cases/" + std::to_string(case_id) + "/publication";
}

void add_publication_routes(Router& router) {
  const std::string base = "/cases/{case_id:int}/publication";
  router.add("GET", base, Permission::run_reviews, show_publication);
  router.add("POST", base + "/decision", Permission::run_reviews, decide);
  router.add("POST", base + "/advance-copies", Permission::run_reviews, advance_copy);
  router.add("POST", base + "/advance-copies/email", Permission::run_reviews, email_copy);
  router.add("GET", base + "/entry", Permission::run_reviews, show_entry_form);
  router.add("POST", base + "/entry", Permission::run_reviews, save_entry);
  router.add("POST", base + "/check", Permission::run_reviews, check);
  router.add("POST", base + "/findings/{finding_id:int}/dismissal", Permission::run_reviews,
             dismiss);
  router.add("POST", base + "/publish", Permission::run_reviews, publish);
  router.add("POST", base + "/withdrawal", Permission::run_reviews, withdraw);
}

}  // namespace casereview::web
