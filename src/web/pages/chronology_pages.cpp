// The chronology pages for the manager and reviewer asking for chronologies and for the agency's
// contributors building theirs: see chronology_pages.hpp. Rule CHR-1 (the request, its scope and
// due date), Rule CHR-2 (entries, uploads all or nothing, submission).
#include "web/pages/chronology_pages.hpp"

#include <algorithm>

#include "app/reviews/chronologies.hpp"
#include "app/reviews/commissioning.hpp"
#include "domain/csv.hpp"
#include "domain/messages.hpp"
#include "domain/policy.hpp"
#include "domain/uk_time.hpp"
#include "web/components/back_link.hpp"
#include "web/components/button.hpp"
#include "web/components/checkboxes.hpp"
#include "web/components/file_upload.hpp"
#include "web/components/input.hpp"
#include "web/components/inset_text.hpp"
#include "web/components/summary_list.hpp"
#include "web/components/table.hpp"
#include "web/forms.hpp"
#include "web/layout.hpp"
#include "web/page_markup.hpp"
#include "web/pages/case_page_parts.hpp"
#include "web/pages/chronology_page_parts.hpp"
#include "web/problem.hpp"

namespace casereview::web {

namespace {

using namespace cases;

std::string case_path(Id case_id) { return "/cases/" + std::to_string(case_id); }
std::string ask_path(Id case_id) { return case_path(case_id) + "/review/chronologies"; }

std::string text_of(const std::vector<std::string>& items) {
  std::string text;
  for (const std::string& item : items) text += (text.empty() ? "" : ", ") + item;
  return text;
}

bool may(const Request& request, Permission permission) {
  return permits(request.actor, false, permission);
}

// Rule CHR-1: the form asking the review's agencies in scope that are not asked yet.
Html ask_form(const Request& request, const ReviewView& review,
              const std::vector<ChronologyView>& asked, const std::string& default_due_on,
              const FormErrors& errors) {
  const Id case_id = review.review.case_id;
  govuk::CheckboxesOptions agencies;
  agencies.name = "agency_ids";
  agencies.fieldset = govuk::InputsFieldsetOptions{
      .legend = {.text = "Agencies to ask", .classes = "govuk-fieldset__legend--s"}};
  agencies.hint = govuk::HintOptions{.text = "The review's agencies in scope not asked yet."};
  agencies.error_message = errors.for_field("agency_ids");
  agencies.classes = "govuk-checkboxes--small";
  for (const Agency& agency : review.agencies) {
    const bool already = std::any_of(asked.begin(), asked.end(), [&](const ChronologyView& view) {
      return view.request.agency_id == agency.id;
    });
    if (!already)
      agencies.items.push_back({.text = agency.name, .value = std::to_string(agency.id)});
  }
  if (agencies.items.empty())
    return paragraph("Every agency in the review's scope has been asked for its chronology.");
  if (errors.empty()) {
    for (const govuk::CheckboxesItem& item : agencies.items) agencies.values.push_back(item.value);
  } else {
    agencies.values = request.form_values("agency_ids");
  }
  return form_start(request, ask_path(case_id)) + govuk::checkboxes(agencies) +
         date_question(
             {.name = "due_on",
              .legend = "Due date",
              .hint = "By default " + std::to_string(default_chronology_working_days) +
                      " working days from today, as the partnership's setting says.",
              .value = errors.empty() ? default_due_on : date_from_form(request, "due_on")},
             errors) +
         text_question("note", "Note to the agencies",
                       errors.empty() ? "" : request.form_value("note").value_or(""),
                       chronology_note_limit, errors,
                       "What they should look for, beyond their contact with the child and family.",
                       4) +
         govuk::button({.text = "Ask for the chronologies", .prevent_double_click = true}) +
         form_end();
}

Response ask_page(const Request& request, Services& services, const std::optional<Error>& error) {
  const Id case_id = request.path_id("case_id");
  auto review = find_review(services.app, request.caller(), case_id);
  if (!review) return error_response(review.error(), request, services);
  auto asked = list_case_chronology_requests(services.app, request.caller(), case_id);
  if (!asked) return error_response(asked.error(), request, services);
  auto due_on = default_chronology_due_on(services.app, request.caller());
  if (!due_on) return error_response(due_on.error(), request, services);
  const FormErrors errors = FormErrors::of(error);
  const ReviewRecord& record = review.value().review;
  Page page;
  page.title = "Ask for chronologies";
  page.has_errors = error.has_value();
  page.before_content =
      govuk::back_link({.text = "The review", .href = case_path(case_id) + "/review"});
  page.content = two_thirds(
      errors.summary({.date_fields = {"due_on"}, .message_href = "#agency_ids"}) +
      heading("Ask for chronologies", review.value().case_reference) +
      paragraph("Each agency is asked for its involvement with the child and family in the "
                "review's scope period, " +
                day_month_year(record.scope_from) + " to " + day_month_year(record.scope_to) +
                ". Its contributors are emailed.") +
      ask_form(request, review.value(), asked.value(), due_on.value().to_iso_string(), errors));
  return page_response(page, request, services, error ? status_for(error->code) : 200);
}

// GET /cases/{case_id}/review/chronologies
Response show_ask(const Request& request, Services& services) {
  return ask_page(request, services, std::nullopt);
}

// POST /cases/{case_id}/review/chronologies (Rule CHR-1)
Response ask(const Request& request, Services& services) {
  const Id case_id = request.path_id("case_id");
  ChronologyRequestInput input{.due_on = date_from_form(request, "due_on"),
                               .note = request.form_value("note").value_or("")};
  for (const std::string& id : request.form_values("agency_ids")) {
    if (const std::optional<Id> agency_id = parse_id(id)) input.agency_ids.push_back(*agency_id);
  }
  auto asked = request_chronologies(services.app, request.caller(), case_id, input);
  if (!asked) {
    if (shown_on_form(asked.error())) return ask_page(request, services, asked.error());
    return error_response(asked.error(), request, services);
  }
  services.mail_queued();
  return Response::redirect(case_path(case_id) + "/review?done=chronologies-requested");
}

// ---- The agency's chronology (Rule CHR-2) ----

std::string chronology_path(Id request_id) {
  return "/chronology-requests/" + std::to_string(request_id);
}

// The fields of an entry, as the form, the use case and the errors name them.
struct EntryField {
  const char* name;
  const char* label;
  const char* hint;
  bool long_text;
};

constexpr EntryField entry_fields[] = {
    {"start_date", "Start date",
     "For example, 12/05/2021, May 2021 or 2021. Put ? before a day you are not sure of, like "
     "?12/05/2021, or c. before a year, like c. 2019.",
     false},
    {"time", "Time (optional)", "For example, 14:30", false},
    {"end_date", "End date (optional)", "When it went on over days, like a stay in hospital.",
     false},
    {"sequence", "Sequence (optional)", "A whole number, to order entries of the same day.", false},
    {"source", "Source", "Where your agency recorded it, like a case note or a referral form.",
     false},
    {"subject", "Subject (optional)", "Who it was about: the child's or adult's pseudonym.", false},
    {"event", "Event or contact", "", true},
    {"action", "Action taken (optional)", "", true},
    {"outcome", "Outcome (optional)", "", true},
    {"significance", "Significance (optional)", "", true},
};

ChronologyEntryInput entry_from_form(const Request& request) {
  auto value = [&](const char* name) { return request.form_value(name).value_or(""); };
  ChronologyEntryInput input;
  input.start_date = value("start_date");
  input.time = value("time");
  input.end_date = value("end_date");
  input.sequence = value("sequence");
  input.source = value("source");
  input.subject = value("subject");
  input.event = value("event");
  input.action = value("action");
  input.outcome = value("outcome");
  input.significance = value("significance");
  return input;
}

// Rule CHR-2: an entry as its form shows it, the date as written so it reads back the same.
ChronologyEntryInput entry_as_text(const ChronologyEntry& entry) {
  ChronologyEntryInput input;
  input.start_date = entry.date.text();
  input.time = entry.time ? entry.time->text() : "";
  input.end_date = entry.end_date ? entry.end_date->text() : "";
  input.sequence = entry.sequence ? std::to_string(*entry.sequence) : "";
  input.source = entry.source;
  input.subject = entry.subject;
  input.event = entry.event;
  input.action = entry.action;
  input.outcome = entry.outcome;
  input.significance = entry.significance;
  return input;
}

const std::string& field_of(const ChronologyEntryInput& input, const std::string& name) {
  if (name == "start_date") return input.start_date;
  if (name == "time") return input.time;
  if (name == "end_date") return input.end_date;
  if (name == "sequence") return input.sequence;
  if (name == "source") return input.source;
  if (name == "subject") return input.subject;
  if (name == "event") return input.event;
  if (name == "action") return input.action;
  if (name == "outcome") return input.outcome;
  return input.significance;
}

Html entry_questions(const ChronologyEntryInput& values, const FormErrors& errors) {
  Html questions;
  for (const EntryField& field : entry_fields) {
    const std::string value = field_of(values, field.name);
    if (field.long_text) {
      questions += text_question(field.name, field.label, value, chronology_entry_text_limit,
                                 errors, field.hint, 3);
    } else {
      govuk::InputOptions input{.id = field.name,
                                .name = field.name,
                                .value = value,
                                .label = {.text = field.label, .classes = "govuk-label--s"},
                                .error_message = errors.for_field(field.name)};
      if (*field.hint) input.hint = govuk::HintOptions{.text = field.hint};
      if (std::string(field.name) == "time" || std::string(field.name) == "sequence")
        input.classes = "govuk-input--width-5";
      else if (std::string(field.name).find("date") != std::string::npos)
        input.classes = "govuk-input--width-10";
      questions += govuk::input(input);
    }
  }
  return questions;
}

// The rows of the chronology, each with its change and remove links while it can be changed.
Html entries_table(const ChronologyView& view) {
  if (view.entries.empty()) return paragraph("There are no rows yet.");
  govuk::TableOptions table;
  table.caption = "Rows, in your agency's order";
  table.caption_classes = "govuk-table__caption--m";
  table.head = {{.text = "Date"},        {.text = "Source"},       {.text = "Subject"},
                {.text = "Event"},       {.text = "Action taken"}, {.text = "Outcome"},
                {.text = "Significance"}};
  if (view.can_edit)
    table.head.push_back(
        {.html = Html::trusted("<span class=\"govuk-visually-hidden\">Changes</span>")});
  const std::string base = chronology_path(view.request.id) + "/entries/";
  std::size_t number = 0;
  for (const ChronologyEntry& entry : view.entries) {
    ++number;
    std::vector<govuk::TableCell> row = {{.text = entry_when_text(entry)}, {.text = entry.source},
                                         {.text = entry.subject},          {.text = entry.event},
                                         {.text = entry.action},           {.text = entry.outcome},
                                         {.text = entry.significance}};
    if (view.can_edit) {
      const std::string which = " row " + std::to_string(number);
      row.push_back({.html = Html::trusted("<a class=\"govuk-link\" href=\"") +
                             escape(base + std::to_string(entry.id)) + Html::trusted("\">Change") +
                             Html::trusted("<span class=\"govuk-visually-hidden\">") +
                             escape(which) +
                             Html::trusted("</span></a> <a class=\"govuk-link\" href=\"") +
                             escape(base + std::to_string(entry.id) + "/remove") +
                             Html::trusted("\">Remove<span class=\"govuk-visually-hidden\">") +
                             escape(which) + Html::trusted("</span></a>")});
    }
    table.rows.push_back(std::move(row));
  }
  return govuk::table(table);
}

// Rule CHR-2: the upload form (all or nothing) and the template to start from.
Html upload_form(const Request& request, const ChronologyView& view, const FormErrors& errors) {
  const std::string path = chronology_path(view.request.id);
  return section_heading("Upload a spreadsheet") +
         paragraph(
             "Fill in the template in a spreadsheet program and upload it as CSV, XLSX or "
             "ODS. The file replaces the rows above. If any row has a problem, nothing is "
             "uploaded and every problem is listed.") +
         Html::trusted("<ul class=\"govuk-list\"><li>") +
         link(path + "/template/xlsx", "Download the template (XLSX)") +
         Html::trusted("</li><li>") + link(path + "/template/csv", "Download the template (CSV)") +
         Html::trusted("</li></ul><form method=\"post\" action=\"") + escape(path + "/upload") +
         Html::trusted("\" enctype=\"multipart/form-data\" novalidate>") + csrf_input(request) +
         govuk::file_upload({.id = "file",
                             .name = "file",
                             .label = {.text = "Your chronology file", .classes = "govuk-label--s"},
                             .hint = govuk::HintOptions{.text = "CSV, XLSX or ODS"},
                             .error_message = errors.for_field("file")}) +
         govuk::button({.text = "Upload the file",
                        .classes = "govuk-button--secondary",
                        .prevent_double_click = true}) +
         form_end();
}

// Rule CHR-2: submitting locks the chronology; "no involvement" is a return of its own.
Html submit_form(const Request& request, const ChronologyView& view, const FormErrors& errors) {
  govuk::CheckboxesOptions involvement;
  involvement.name = "no_involvement";
  involvement.error_message = errors.for_field("no_involvement");
  involvement.items.push_back(
      {.text = "No involvement with the child or family",
       .value = "yes",
       .hint = govuk::HintOptions{.text = "Your agency had no contact with them in the scope "
                                          "period. Remove any rows first."}});
  if (request.form_value("no_involvement").value_or("") == "yes" && !errors.empty())
    involvement.values = {"yes"};
  return section_heading("Submit the chronology") +
         paragraph(
             "Once submitted, the chronology cannot be changed unless it is returned to "
             "you for correction.") +
         form_start(request, chronology_path(view.request.id) + "/submission") +
         govuk::checkboxes(involvement) +
         govuk::button({.text = "Submit the chronology", .prevent_double_click = true}) +
         form_end();
}

// Rule CHR-1: the asker returns a submitted chronology with the reason.
Html return_form(const Request& request, const ChronologyView& view, const FormErrors& errors) {
  return section_heading("Return for correction") +
         form_start(request, chronology_path(view.request.id) + "/return") +
         text_question("reason", "What the agency must correct",
                       errors.empty() ? "" : request.form_value("reason").value_or(""),
                       chronology_note_limit, errors, "", 3) +
         govuk::button({.text = "Return the chronology",
                        .classes = "govuk-button--warning",
                        .prevent_double_click = true}) +
         form_end();
}

std::string chronology_banner(const std::string& done) {
  if (done == "added") return "Row added";
  if (done == "changed") return "Row changed";
  if (done == "removed") return "Row removed";
  if (done == "submitted") return "Chronology submitted";
  if (done == "returned") return "Chronology returned for correction";
  if (done.rfind("imported-", 0) == 0) return done.substr(9) + " rows uploaded";
  return "";
}

Response chronology_page(const Request& request, Services& services,
                         const std::optional<Error>& error) {
  const Id request_id = request.path_id("request_id");
  auto found = view_chronology(services.app, request.caller(), request_id);
  if (!found) return error_response(found.error(), request, services);
  const ChronologyView& view = found.value();
  const ChronologyRequest& asked = view.request;
  const FormErrors errors = FormErrors::of(error);
  govuk::SummaryListOptions facts;
  auto row = [&](const std::string& key, const Html& value) {
    facts.rows.push_back({.key = {.text = key}, .value = {.html = value}});
  };
  row("Case", escape(view.case_reference));
  row("Children", escape(text_of(view.pseudonyms)));
  row("Scope period",
      escape(day_month_year(asked.scope_from) + " to " + day_month_year(asked.scope_to)));
  row("Due", escape(day_month_year(asked.due_on)) + Html::trusted(" ") +
                 deadline_tag(view.deadline.status));
  row("Status", chronology_status_tag(asked));
  if (!asked.note.empty()) row("Note", escape(asked.note));
  Html returned;
  if (asked.status == ChronologyStatus::returned)
    returned = govuk::inset_text(
        {.html =
             Html::trusted("<p class=\"govuk-body\"><strong>Returned for correction:</strong> ") +
             escape(asked.return_reason) + Html::trusted("</p>")});
  Html actions;
  if (view.can_edit) {
    actions = govuk::button({.text = "Add a row",
                             .href = chronology_path(request_id) + "/entries/new",
                             .classes = "govuk-button--secondary"}) +
              upload_form(request, view, errors) + submit_form(request, view, errors);
  } else if (asked.status == ChronologyStatus::submitted &&
             permits(request.actor, false, Permission::manage_chronologies)) {
    actions = return_form(request, view, errors);
  }
  const bool contributor = permits(request.actor, false, Permission::respond_for_agency);
  Page page;
  page.title = "Chronology for " + view.case_reference;
  page.has_errors = error.has_value();
  page.before_content =
      contributor
          ? govuk::back_link({.text = "Your requests", .href = "/agency-requests"})
          : govuk::back_link({.text = "The review", .href = case_path(asked.case_id) + "/review"});
  page.content = full_width(errors.summary({.message_href = "#file"}) +
                            success_banner(chronology_banner(request.done_flag())) +
                            heading("Chronology", view.case_reference + ", " + view.agency_name) +
                            returned + govuk::summary_list(facts) + entries_table(view) + actions);
  return page_response(page, request, services, error ? status_for(error->code) : 200);
}

// GET /chronology-requests/{request_id}
Response show_chronology(const Request& request, Services& services) {
  return chronology_page(request, services, std::nullopt);
}

enum class EntryPage { add, change };

Response entry_page(const Request& request, Services& services, EntryPage kind,
                    const std::optional<Error>& error) {
  const Id request_id = request.path_id("request_id");
  auto found = view_chronology(services.app, request.caller(), request_id);
  if (!found) return error_response(found.error(), request, services);
  const ChronologyView& view = found.value();
  if (!view.can_edit)
    return error_response(Error::of(ErrorCode::wrong_state,
                                    "This chronology cannot be changed: it is submitted, or it "
                                    "is not your agency's to change"),
                          request, services);
  std::string action = chronology_path(request_id) + "/entries/new";
  ChronologyEntryInput values;
  switch (kind) {
    case EntryPage::add:
      break;
    case EntryPage::change: {
      const Id entry_id = request.path_id("entry_id");
      auto entry = std::find_if(view.entries.begin(), view.entries.end(),
                                [&](const ChronologyEntry& each) { return each.id == entry_id; });
      if (entry == view.entries.end())
        return error_response(Error::of(ErrorCode::not_found, "No such entry"), request, services);
      values = entry_as_text(*entry);
      action = chronology_path(request_id) + "/entries/" + std::to_string(entry_id);
      break;
    }
  }
  if (error) values = entry_from_form(request);
  const FormErrors errors = FormErrors::of(error);
  const std::string title = kind == EntryPage::add ? "Add a row" : "Change a row";
  Page page;
  page.title = title;
  page.has_errors = error.has_value();
  page.before_content =
      govuk::back_link({.text = "The chronology", .href = chronology_path(request_id)});
  page.content =
      two_thirds(errors.summary({.message_href = "#start_date"}) +
                 heading(title, view.case_reference + ", " + view.agency_name) +
                 form_start(request, action) + entry_questions(values, errors) +
                 govuk::button({.text = kind == EntryPage::add ? "Add the row" : "Save the row",
                                .prevent_double_click = true}) +
                 form_end());
  return page_response(page, request, services, error ? status_for(error->code) : 200);
}

Response show_add_entry(const Request& request, Services& services) {
  return entry_page(request, services, EntryPage::add, std::nullopt);
}
Response show_change_entry(const Request& request, Services& services) {
  return entry_page(request, services, EntryPage::change, std::nullopt);
}

// POST /chronology-requests/{request_id}/entries/new (Rule CHR-2: nothing saved on an error)
Response add_entry(const Request& request, Services& services) {
  const Id request_id = request.path_id("request_id");
  auto added =
      add_chronology_entry(services.app, request.caller(), request_id, entry_from_form(request));
  if (!added) {
    if (added.error().code == ErrorCode::invalid_input)
      return entry_page(request, services, EntryPage::add, added.error());
    return error_response(added.error(), request, services);
  }
  return Response::redirect(chronology_path(request_id) + "?done=added");
}

// POST /chronology-requests/{request_id}/entries/{entry_id}
Response change_entry(const Request& request, Services& services) {
  const Id request_id = request.path_id("request_id");
  auto changed = change_chronology_entry(services.app, request.caller(), request_id,
                                         request.path_id("entry_id"), entry_from_form(request));
  if (!changed) {
    if (changed.error().code == ErrorCode::invalid_input)
      return entry_page(request, services, EntryPage::change, changed.error());
    return error_response(changed.error(), request, services);
  }
  return Response::redirect(chronology_path(request_id) + "?done=changed");
}

// GET /chronology-requests/{request_id}/entries/{entry_id}/remove: the question before removing.
Response show_remove_entry(const Request& request, Services& services) {
  const Id request_id = request.path_id("request_id");
  const Id entry_id = request.path_id("entry_id");
  auto found = view_chronology(services.app, request.caller(), request_id);
  if (!found) return error_response(found.error(), request, services);
  const ChronologyView& view = found.value();
  auto entry = std::find_if(view.entries.begin(), view.entries.end(),
                            [&](const ChronologyEntry& each) { return each.id == entry_id; });
  if (entry == view.entries.end() || !view.can_edit)
    return error_response(Error::of(ErrorCode::not_found, "No such entry"), request, services);
  govuk::SummaryListOptions facts;
  facts.rows.push_back({.key = {.text = "Date"}, .value = {.text = entry_when_text(*entry)}});
  facts.rows.push_back({.key = {.text = "Source"}, .value = {.text = entry->source}});
  facts.rows.push_back({.key = {.text = "Event or contact"}, .value = {.text = entry->event}});
  Page page;
  page.title = "Remove this row?";
  page.before_content =
      govuk::back_link({.text = "The chronology", .href = chronology_path(request_id)});
  page.content = two_thirds(
      heading("Remove this row?", view.case_reference + ", " + view.agency_name) +
      govuk::summary_list(facts) +
      form_start(request,
                 chronology_path(request_id) + "/entries/" + std::to_string(entry_id) + "/remove") +
      Html::trusted("<div class=\"govuk-button-group\">") +
      govuk::button({.text = "Remove the row",
                     .classes = "govuk-button--warning",
                     .prevent_double_click = true}) +
      link(chronology_path(request_id), "Keep it") + Html::trusted("</div>") + form_end());
  return page_response(page, request, services);
}

// POST /chronology-requests/{request_id}/entries/{entry_id}/remove
Response remove_entry(const Request& request, Services& services) {
  const Id request_id = request.path_id("request_id");
  Status removed = remove_chronology_entry(services.app, request.caller(), request_id,
                                           request.path_id("entry_id"));
  if (!removed) return error_response(removed.error(), request, services);
  return Response::redirect(chronology_path(request_id) + "?done=removed");
}

// POST /chronology-requests/{request_id}/upload (multipart/form-data): Rule CHR-2, all or nothing;
// every problem by row and column in the error summary.
Response upload(const Request& request, Services& services) {
  const Id request_id = request.path_id("request_id");
  const UploadedFile* file = nullptr;
  for (const UploadedFile& each : request.files)
    if (each.field == "file" && !each.filename.empty()) file = &each;
  if (!file || file->content.empty())
    return chronology_page(request, services,
                           Error::invalid({{"file", "Select a CSV, XLSX or ODS file"}}));
  auto outcome = import_chronology(services.app, request.caller(), request_id, file->content);
  if (!outcome) {
    if (outcome.error().code == ErrorCode::invalid_input ||
        outcome.error().code == ErrorCode::wrong_state)
      return chronology_page(request, services, outcome.error());
    return error_response(outcome.error(), request, services);
  }
  if (!outcome.value().problems.empty()) {
    std::vector<FieldError> problems;
    for (const ImportProblem& problem : outcome.value().problems)
      problems.push_back({"file", problem.text()});
    return chronology_page(request, services, Error::invalid(std::move(problems)));
  }
  return Response::redirect(chronology_path(request_id) + "?done=imported-" +
                            std::to_string(outcome.value().imported));
}

// POST /chronology-requests/{request_id}/submission (Rule CHR-2: locks it)
Response submit(const Request& request, Services& services) {
  const Id request_id = request.path_id("request_id");
  const Involvement involvement = request.form_value("no_involvement").value_or("") == "yes"
                                      ? Involvement::no_involvement
                                      : Involvement::involved;
  Status submitted = submit_chronology(services.app, request.caller(), request_id, involvement);
  if (!submitted) {
    if (shown_on_form(submitted.error()))
      return chronology_page(request, services, submitted.error());
    return error_response(submitted.error(), request, services);
  }
  services.mail_queued();
  return Response::redirect(chronology_path(request_id) + "?done=submitted");
}

// POST /chronology-requests/{request_id}/return (Rule CHR-1)
Response return_for_correction(const Request& request, Services& services) {
  const Id request_id = request.path_id("request_id");
  Status returned = return_chronology(services.app, request.caller(), request_id,
                                      request.form_value("reason").value_or(""));
  if (!returned) {
    if (shown_on_form(returned.error()))
      return chronology_page(request, services, returned.error());
    return error_response(returned.error(), request, services);
  }
  services.mail_queued();
  return Response::redirect(chronology_path(request_id) + "?done=returned");
}

}  // namespace

Html review_chronologies_section(const Request& request, Services& services, Id case_id) {
  Html content;
  if (may(request, Permission::manage_chronologies)) {
    auto asked = list_case_chronology_requests(services.app, request.caller(), case_id);
    if (asked) {
      if (asked.value().empty()) {
        content += paragraph("No agency has been asked for its chronology yet.");
      } else {
        govuk::TableOptions table;
        table.caption = "Chronology requests";
        table.caption_classes = "govuk-visually-hidden";
        table.head = {
            {.text = "Agency"}, {.text = "Status"}, {.text = "Due"}, {.text = "Deadline"}};
        for (const ChronologyView& view : asked.value())
          table.rows.push_back({{.text = view.agency_name},
                                {.html = chronology_status_tag(view.request)},
                                {.text = day_month_year(view.request.due_on)},
                                {.html = deadline_tag(view.deadline.status)}});
        content += govuk::table(table);
      }
      content += govuk::button({.text = "Ask for chronologies",
                                .href = ask_path(case_id),
                                .classes = "govuk-button--secondary"});
    }
  }
  if (may(request, Permission::view_chronologies))
    content += Html::trusted("<p class=\"govuk-body\">") +
               link(case_path(case_id) + "/chronology", "View the merged chronology") +
               Html::trusted("</p>");
  if (content.str().empty()) return Html();
  return section_heading("Chronologies") + content;
}

Html my_chronology_requests_section(const Request& request, Services& services) {
  auto requests = list_my_chronology_requests(services.app, request.caller());
  if (!requests || requests.value().empty()) return Html();
  govuk::TableOptions table;
  table.caption = "Chronologies, due soonest first";
  table.caption_classes = "govuk-table__caption--m";
  table.head = {{.text = "Case"}, {.text = "Children"},   {.text = "Scope period"},
                {.text = "Due"},  {.text = "Chronology"}, {.text = "Deadline"}};
  for (const ChronologyView& view : requests.value()) {
    table.rows.push_back({{.html = link(chronology_path(view.request.id), view.case_reference)},
                          {.text = text_of(view.pseudonyms)},
                          {.text = day_month_year(view.request.scope_from) + " to " +
                                   day_month_year(view.request.scope_to)},
                          {.text = day_month_year(view.request.due_on)},
                          {.html = chronology_status_tag(view.request)},
                          {.html = deadline_tag(view.deadline.status)}});
  }
  return govuk::table(table);
}

void add_chronology_routes(Router& router) {
  router.add("GET", "/cases/{case_id:int}/review/chronologies", Permission::manage_chronologies,
             show_ask);
  router.add("POST", "/cases/{case_id:int}/review/chronologies", Permission::manage_chronologies,
             ask);
  // Read by the agency's contributors and by those who asked: the use case decides.
  router.add("GET", "/chronology-requests/{request_id:int}", Permission::signed_in,
             show_chronology);
  router.add("GET", "/chronology-requests/{request_id:int}/entries/new",
             Permission::respond_for_agency, show_add_entry);
  router.add("POST", "/chronology-requests/{request_id:int}/entries/new",
             Permission::respond_for_agency, add_entry);
  router.add("GET", "/chronology-requests/{request_id:int}/entries/{entry_id:int}",
             Permission::respond_for_agency, show_change_entry);
  router.add("POST", "/chronology-requests/{request_id:int}/entries/{entry_id:int}",
             Permission::respond_for_agency, change_entry);
  router.add("GET", "/chronology-requests/{request_id:int}/entries/{entry_id:int}/remove",
             Permission::respond_for_agency, show_remove_entry);
  router.add("POST", "/chronology-requests/{request_id:int}/entries/{entry_id:int}/remove",
             Permission::respond_for_agency, remove_entry);
  router.add("POST", "/chronology-requests/{request_id:int}/upload", Permission::respond_for_agency,
             upload);
  router.add("POST", "/chronology-requests/{request_id:int}/submission",
             Permission::respond_for_agency, submit);
  router.add("POST", "/chronology-requests/{request_id:int}/return",
             Permission::manage_chronologies, return_for_correction);
}

}  // namespace casereview::web
