#include "web/pages/notification_pages.hpp"

#include <algorithm>
#include <set>

#include "app/cases/case_views.hpp"
#include "app/cases/notification_drafts.hpp"
#include "app/cases/notifications.hpp"
#include "domain/messages.hpp"
#include "web/components/back_link.hpp"
#include "web/components/button.hpp"
#include "web/components/character_count.hpp"
#include "web/components/checkboxes.hpp"
#include "web/components/fieldset.hpp"
#include "web/components/input.hpp"
#include "web/components/inset_text.hpp"
#include "web/components/panel.hpp"
#include "web/components/radios.hpp"
#include "web/components/warning_text.hpp"
#include "web/forms.hpp"
#include "web/layout.hpp"
#include "web/page_markup.hpp"
#include "web/pages/case_page_parts.hpp"
#include "web/problem.hpp"

namespace casereview::web {

namespace {

using namespace cases;

constexpr const char* journey_path = "/notifications/new";
constexpr const char* journey_caption = "Notify a serious incident";

// The question pages, in the order they are asked.
enum class Step {
  aware_on,
  incident_on,
  what_happened,
  looked_after,
  abuse_or_neglect,
  children,
  agencies,
  police,
  outline
};
constexpr Step all_steps[] = {Step::aware_on,     Step::incident_on,      Step::what_happened,
                              Step::looked_after, Step::abuse_or_neglect, Step::children,
                              Step::agencies,     Step::police,           Step::outline};

std::string step_slug(Step step) {
  switch (step) {
    case Step::aware_on:
      return "aware-on";
    case Step::incident_on:
      return "incident-on";
    case Step::what_happened:
      return "what-happened";
    case Step::looked_after:
      return "looked-after";
    case Step::abuse_or_neglect:
      return "abuse-or-neglect";
    case Step::children:
      return "children";
    case Step::agencies:
      return "agencies";
    case Step::police:
      return "police";
    case Step::outline:
      return "outline";
  }
  return "";
}

std::optional<Step> step_from_slug(const std::string& slug) {
  for (Step step : all_steps) {
    if (step_slug(step) == slug) return step;
  }
  return std::nullopt;
}

// The fields each page asks for (the use case's field names).
std::set<std::string> step_fields(Step step) {
  switch (step) {
    case Step::aware_on:
      return {"aware_on"};
    case Step::incident_on:
      return {"incident_on"};
    case Step::what_happened:
      return {"incident"};
    case Step::looked_after:
      return {"looked_after", "care_leaver"};
    case Step::abuse_or_neglect:
      return {"abuse_or_neglect", "categories"};
    case Step::children:
      return {"children"};
    case Step::agencies:
      return {"agency_ids"};
    case Step::police:
      return {"police_involved"};
    case Step::outline:
      return {"outline"};
  }
  return {};
}

bool owned_by(Step step, const std::string& field) {
  if (step == Step::children) return field.rfind("children", 0) == 0;
  return step_fields(step).count(field) > 0;
}

FormErrors errors_of(Step step, const FormErrors& errors) {
  std::vector<FieldError> kept;
  for (const FieldError& error : errors.fields()) {
    if (owned_by(step, error.field)) kept.push_back(error);
  }
  return FormErrors(std::move(kept), errors.message());
}

std::string child_field(int index, const std::string& name) {
  return "children[" + std::to_string(index) + "]." + name;
}

// How many children the form holds: one more than the highest position any child field names.
int children_in(const Request& request) {
  int count = 0;
  for (const auto& [name, value] : request.form) {
    for (int index = 0; index < most_children_per_notification; ++index) {
      if (name.rfind("children[" + std::to_string(index) + "].", 0) == 0)
        count = std::max(count, index + 1);
    }
  }
  return count;
}

// The draft's answers with those of `step`'s page replaced by what the form holds (an unticked
// box or unchosen radio is posted as nothing, and so clears the answer).
NotificationInput with_page_answers(NotificationInput input, Step step, const Request& request) {
  auto value = [&](const std::string& name) { return request.form_value(name).value_or(""); };
  switch (step) {
    case Step::aware_on:
      input.aware_on = date_from_form(request, "aware_on");
      break;
    case Step::incident_on:
      input.incident_on = date_from_form(request, "incident_on");
      break;
    case Step::what_happened:
      input.incident = value("incident");
      break;
    case Step::looked_after:
      input.looked_after = yes_no(value("looked_after"));
      input.care_leaver = yes_no(value("care_leaver"));
      break;
    case Step::abuse_or_neglect:
      input.abuse_or_neglect = value("abuse_or_neglect");
      input.categories = request.form_values("categories");
      break;
    case Step::children:
      input.children.clear();
      for (int index = 0; index < children_in(request); ++index) {
        input.children.push_back(
            {.given_name = value(child_field(index, "given_name")),
             .family_name = value(child_field(index, "family_name")),
             .date_of_birth = date_from_form(request, child_field(index, "date_of_birth")),
             .sex = value(child_field(index, "sex")),
             .ethnicity = value(child_field(index, "ethnicity")),
             .home_local_authority = value(child_field(index, "home_local_authority"))});
      }
      break;
    case Step::agencies:
      input.agency_ids.clear();
      for (const std::string& id : request.form_values("agency_ids")) {
        if (const std::optional<Id> agency_id = parse_id(id))
          input.agency_ids.push_back(*agency_id);
      }
      break;
    case Step::police:
      input.police_involved = yes_no(value("police_involved"));
      break;
    case Step::outline:
      input.outline = value("outline");
      break;
  }
  return input;
}

Html radio_question(const std::string& name, const std::string& legend, const std::string& value,
                    std::vector<govuk::RadiosItem> items, const FormErrors& errors) {
  govuk::RadiosOptions options;
  options.name = name;
  options.value = value;
  options.items = std::move(items);
  options.fieldset = govuk::InputsFieldsetOptions{
      .legend = {.text = legend, .classes = "govuk-fieldset__legend--l", .is_page_heading = true}};
  options.error_message = errors.for_field(name);
  return govuk::radios(options);
}

Html child_questions(const NotificationInput& input, int index, const FormErrors& errors) {
  const ChildInput& child = input.children[static_cast<std::size_t>(index)];
  auto text_field = [&](const std::string& name, const std::string& label, const std::string& value,
                        const std::string& autocomplete) {
    const std::string field = child_field(index, name);
    return govuk::input({.id = field_id(field),
                         .name = field,
                         .value = value,
                         .label = {.text = label},
                         .error_message = errors.for_field(field),
                         .classes = "govuk-!-width-two-thirds",
                         .autocomplete = autocomplete,
                         .spellcheck = false});
  };
  const std::string sex_field = child_field(index, "sex");
  govuk::RadiosOptions sex;
  sex.name = sex_field;
  sex.id_prefix = field_id(sex_field);
  sex.value = child.sex;
  sex.classes = "govuk-radios--inline govuk-radios--small";
  sex.fieldset = govuk::InputsFieldsetOptions{
      .legend = {.text = "Sex", .classes = "govuk-fieldset__legend--s"}};
  sex.error_message = errors.for_field(sex_field);
  for (ChildSex option : all_child_sexes) {
    sex.items.push_back({.text = std::string(child_sex_text(option)),
                         .value = std::string(child_sex_name(option))});
  }
  const std::string pseudonym = child_pseudonym(index);
  Html remove;
  if (input.children.size() > 1) {
    remove =
        Html::trusted("<button type=\"submit\" name=\"remove_child\" value=\"") +
        escape(std::to_string(index)) +
        Html::trusted(
            "\" class=\"govuk-button govuk-button--secondary\" data-module=\"govuk-button\">Remove"
            "<span class=\"govuk-visually-hidden\"> ") +
        escape(pseudonym) + Html::trusted("</span></button>");
  }
  return govuk::fieldset(
      {.legend = {.text = pseudonym, .classes = "govuk-fieldset__legend--m"},
       .html = text_field("given_name", "Given name", child.given_name, "off") +
               text_field("family_name", "Family name", child.family_name, "off") +
               date_question({.name = child_field(index, "date_of_birth"),
                              .legend = "Date of birth",
                              .hint = "For example, 27 3 2019",
                              .value = child.date_of_birth},
                             errors) +
               govuk::radios(sex) +
               text_field("ethnicity", "Ethnicity (optional)", child.ethnicity, "off") +
               text_field("home_local_authority", "Home local authority (optional)",
                          child.home_local_authority, "off") +
               remove});
}

// The questions of one page.
Result<Html> step_questions(Step step, const NotificationInput& input, const FormErrors& errors,
                            const Request& request, Services& services) {
  switch (step) {
    case Step::aware_on:
      return date_question({.name = "aware_on",
                            .legend = "When did the local authority become aware of the incident?",
                            .value = input.aware_on,
                            .is_page_heading = true},
                           errors);
    case Step::incident_on:
      return date_question({.name = "incident_on",
                            .legend = "When did the incident happen?",
                            .hint = "For example, 27 3 2026. If you do not know the exact date, "
                                    "give your best estimate.",
                            .value = input.incident_on,
                            .is_page_heading = true},
                           errors);
    case Step::what_happened:
      return radio_question("incident", "What happened to the child?", input.incident,
                            {{.text = "The child died", .value = "death"},
                             {.text = "The child was seriously harmed", .value = "serious_harm"}},
                            errors);
    case Step::looked_after:
      return heading("Looked after children and care leavers", journey_caption) +
             yes_no_question("looked_after", "Was the child looked after by a local authority?",
                             yes_no_text(input.looked_after), errors) +
             yes_no_question("care_leaver", "Was the child a care leaver?",
                             yes_no_text(input.care_leaver), errors);
    case Step::abuse_or_neglect: {
      Html radios = radio_question("abuse_or_neglect", "Is abuse or neglect known or suspected?",
                                   input.abuse_or_neglect,
                                   {{.text = "Known", .value = "known"},
                                    {.text = "Suspected", .value = "suspected"},
                                    {.text = "Not suspected",
                                     .value = "not_suspected",
                                     .hint = {.text = "Only for the death of a looked-after child "
                                                      "or a care leaver, which is notified whether "
                                                      "or not abuse or neglect is suspected."}}},
                                   errors);
      govuk::CheckboxesOptions categories;
      categories.name = "categories";
      categories.values = input.categories;
      categories.fieldset =
          govuk::InputsFieldsetOptions{.legend = {.text = "What kind of abuse or neglect?",
                                                  .classes = "govuk-fieldset__legend--m"}};
      categories.hint = govuk::HintOptions{
          .text = "Select all that apply. Leave blank if abuse or neglect is not suspected."};
      categories.error_message = errors.for_field("categories");
      for (AbuseCategory category : all_abuse_categories) {
        categories.items.push_back({.text = std::string(abuse_category_text(category)),
                                    .value = std::string(abuse_category_name(category))});
      }
      return radios + govuk::checkboxes(categories);
    }
    case Step::children: {
      Html content =
          heading("The children", journey_caption) +
          paragraph(
              "Give the details of each child the incident concerns: up to " +
              std::to_string(most_children_per_notification) +
              ". Each child is given a pseudonym, such as Child A, which lists and reports use "
              "instead of their name.");
      for (int index = 0; index < static_cast<int>(input.children.size()); ++index) {
        content += child_questions(input, index, errors);
      }
      return content;
    }
    case Step::agencies: {
      auto agencies = list_case_agencies(services.app, request.caller());
      if (!agencies) return agencies.error();
      govuk::CheckboxesOptions options;
      options.name = "agency_ids";
      for (Id id : input.agency_ids) options.values.push_back(std::to_string(id));
      options.fieldset = govuk::InputsFieldsetOptions{
          .legend = {.text = "Which agencies were involved with the child or family?",
                     .classes = "govuk-fieldset__legend--l",
                     .is_page_heading = true}};
      options.hint = govuk::HintOptions{.text =
                                            "Select all that apply. Each will be asked for a "
                                            "summary of its involvement in the rapid review."};
      options.error_message = errors.for_field("agency_ids");
      for (const Agency& agency : agencies.value()) {
        options.items.push_back({.text = agency.name, .value = std::to_string(agency.id)});
      }
      return govuk::checkboxes(options);
    }
    case Step::police:
      return yes_no_question("police_involved", "Are the police involved?",
                             yes_no_text(input.police_involved), errors, true);
    case Step::outline:
      return govuk::character_count(
          {.id = "outline",
           .name = "outline",
           .rows = 10,
           .value = input.outline,
           .maxlength = static_cast<int>(limits::case_outline),
           .label = {.text = "Case outline", .classes = "govuk-label--l", .is_page_heading = true},
           .hint =
               govuk::HintOptions{
                   .text = "What happened and what is known of the agencies' involvement. Do not "
                           "use names: call the children Child A, Child B and so on."},
           .error_message = errors.for_field("outline"),
           .spellcheck = true});
  }
  return Html();
}

std::string step_title(Step step) {
  switch (step) {
    case Step::aware_on:
      return "When did the local authority become aware of the incident?";
    case Step::incident_on:
      return "When did the incident happen?";
    case Step::what_happened:
      return "What happened to the child?";
    case Step::looked_after:
      return "Looked after children and care leavers";
    case Step::abuse_or_neglect:
      return "Is abuse or neglect known or suspected?";
    case Step::children:
      return "The children";
    case Step::agencies:
      return "Which agencies were involved with the child or family?";
    case Step::police:
      return "Are the police involved?";
    case Step::outline:
      return "Case outline";
  }
  return "";
}

// Pages of several questions have a heading of their own; on the others the question is the h1.
bool has_own_heading(Step step) { return step == Step::looked_after || step == Step::children; }

// Where a question page goes when answered: the next question, or back to "Check your answers"
// when it was reached by "Change".
enum class After { next_question, check_answers };

constexpr const char* check_answers_slug = "check-answers";

std::string page_path(const std::string& slug, After after) {
  return std::string(journey_path) + "/" + slug +
         (after == After::check_answers ? "?checking=yes" : "");
}

// A question page: a GET with a Back link to the previous question (or to "Check your answers"
// when changing an answer), whose form is posted to its own address.
Response step_page(const Request& request, Services& services, Step step,
                   const NotificationInput& input, const FormErrors& errors, After after) {
  NotificationInput shown = input;
  if (step == Step::children && shown.children.empty()) shown.children.emplace_back();
  auto questions = step_questions(step, shown, errors, request, services);
  if (!questions) return error_response(questions.error(), request, services);
  Html content = errors.summary({.date_fields = {"aware_on", "incident_on"}});
  if (!has_own_heading(step)) {
    content += Html::trusted("<span class=\"govuk-caption-l\">") + escape(journey_caption) +
               Html::trusted("</span>");
  }
  content += form_start(request, page_path(step_slug(step), after));
  Html buttons = govuk::button({.text = "Continue", .name = "action", .value = "continue"});
  if (step == Step::children) {
    // Pressing Enter in a field continues (the first submit button is the default), rather than
    // adding or removing a child.
    content += Html::trusted(
        "<button type=\"submit\" class=\"govuk-visually-hidden\" tabindex=\"-1\" "
        "aria-hidden=\"true\">Continue</button>");
    if (static_cast<int>(shown.children.size()) < most_children_per_notification) {
      buttons += Html::trusted(
          "<button type=\"submit\" name=\"add_child\" value=\"yes\" class=\"govuk-button "
          "govuk-button--secondary\" data-module=\"govuk-button\">Add another child</button>");
    }
  }
  content += questions.value() + Html::trusted("<div class=\"govuk-button-group\">") + buttons +
             Html::trusted("</div>") + form_end();
  const auto* position = std::find(std::begin(all_steps), std::end(all_steps), step);
  std::string back = "/";
  if (after == After::check_answers)
    back = page_path(check_answers_slug, After::next_question);
  else if (position != std::begin(all_steps))
    back = page_path(step_slug(*(position - 1)), After::next_question);
  Page page;
  page.title = step_title(step);
  page.has_errors = !errors.empty();
  page.before_content = govuk::back_link({.href = back});
  page.content = two_thirds(content);
  return page_response(page, request, services, errors.http_status());
}

// ---------------------------------------------------------------------------------------------
// Check your answers.

Html multiline(const std::string& text) {
  Html out;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = text.find('\n', start);
    const std::string line =
        text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    out += escape(line.empty() || line.back() != '\r' ? line : line.substr(0, line.size() - 1));
    if (end == std::string::npos) break;
    out += Html::trusted("<br>");
    start = end + 1;
  }
  return out;
}

Html list_of(const std::vector<std::string>& items) {
  if (items.empty()) return escape("None");
  Html list = Html::trusted("<ul class=\"govuk-list\">");
  for (const std::string& item : items)
    list += Html::trusted("<li>") + escape(item) + Html::trusted("</li>\n");
  return list + Html::trusted("</ul>");
}

std::string yes_no_answer(bool value) { return value ? "Yes" : "No"; }

// One row of the summary list, whose "Change" links to its question.
Html answer_row(const std::string& key, const Html& value, Step step) {
  return Html::trusted(
             "<div class=\"govuk-summary-list__row\"><dt class=\"govuk-summary-list__key\">") +
         escape(key) + Html::trusted("</dt><dd class=\"govuk-summary-list__value\">") + value +
         Html::trusted(
             "</dd><dd class=\"govuk-summary-list__actions\"><a class=\"govuk-link\" href=\"") +
         escape(page_path(step_slug(step), After::check_answers)) +
         Html::trusted("\">Change<span class=\"govuk-visually-hidden\"> ") + escape(key) +
         Html::trusted("</span></a></dd></div>");
}

// "Check your answers": what record_notification will record from the draft, as the preview
// gives it (not the answers as typed: kinds of abuse or neglect are not recorded when it is not
// suspected, and each agency is recorded once).
Response check_answers_page(const Request& request, Services& services,
                            const NotificationPreview& preview, const FormErrors& errors) {
  auto agencies = list_case_agencies(services.app, request.caller());
  if (!agencies) return error_response(agencies.error(), request, services);
  const NotificationFacts& facts = preview.facts;
  std::vector<std::string> category_names;
  for (AbuseCategory category : facts.categories)
    category_names.emplace_back(abuse_category_text(category));
  std::vector<std::string> agency_names;
  for (const Agency& agency : agencies.value()) {
    if (std::find(preview.agency_ids.begin(), preview.agency_ids.end(), agency.id) !=
        preview.agency_ids.end()) {
      agency_names.push_back(agency.name);
    }
  }

  Html incident_rows =
      answer_row("Date the local authority became aware", escape(day_month_year(facts.aware_on)),
                 Step::aware_on) +
      answer_row("Date of the incident", escape(day_month_year(facts.incident_on)),
                 Step::incident_on) +
      answer_row("What happened", escape(std::string(incident_kind_text(facts.incident))),
                 Step::what_happened) +
      answer_row("Looked after", escape(yes_no_answer(facts.looked_after)), Step::looked_after) +
      answer_row("Care leaver", escape(yes_no_answer(facts.care_leaver)), Step::looked_after) +
      answer_row("Abuse or neglect",
                 escape(std::string(abuse_or_neglect_text(facts.abuse_or_neglect))),
                 Step::abuse_or_neglect);
  if (facts.abuse_or_neglect != AbuseOrNeglect::not_suspected) {
    incident_rows +=
        answer_row("Kinds of abuse or neglect", list_of(category_names), Step::abuse_or_neglect);
  }
  Html children_rows;
  for (std::size_t index = 0; index < preview.children.size(); ++index) {
    const ChildIdentity& child = preview.children[index];
    std::vector<std::string> lines = {child.given_name + " " + child.family_name,
                                      "Born " + day_month_year(child.date_of_birth),
                                      std::string(child_sex_text(child.sex))};
    if (!child.ethnicity.empty()) lines.push_back("Ethnicity: " + child.ethnicity);
    if (!child.home_local_authority.empty())
      lines.push_back("Home local authority: " + child.home_local_authority);
    children_rows +=
        answer_row(child_pseudonym(static_cast<int>(index)), list_of(lines), Step::children);
  }
  Html involvement_rows =
      answer_row("Agencies involved", list_of(agency_names), Step::agencies) +
      answer_row("Police involved", escape(yes_no_answer(facts.police_involved)), Step::police) +
      answer_row("Case outline", multiline(facts.outline), Step::outline);
  auto summary_list = [](const Html& rows) {
    return Html::trusted("<dl class=\"govuk-summary-list govuk-!-margin-bottom-9\">") + rows +
           Html::trusted("</dl>");
  };

  Html what_next =
      section_heading("Before you record it") +
      paragraph("Notify the National Panel by " + day_month_year(preview.notify_by) +
                ". The Panel shares the notification with Ofsted and the Department for Education. "
                "Tell the safeguarding partners by the same date.");
  if (preview.recorded_only) {
    what_next += govuk::inset_text({.text = "This notification will be recorded and sent, but it "
                                            "does not start a rapid review: it is the death "
                                            "of a looked-after child without abuse or neglect "
                                            "known or suspected, or of a care leaver."});
  }
  Page page;
  page.title = "Check your answers before recording the notification";
  page.has_errors = !errors.empty();
  page.before_content = govuk::back_link(
      {.href = page_path(step_slug(all_steps[std::size(all_steps) - 1]), After::next_question)});
  page.content = two_thirds(
      errors.summary() +
      heading("Check your answers before recording the notification", journey_caption) +
      section_heading("The incident") + summary_list(incident_rows) +
      section_heading("The children") + summary_list(children_rows) +
      section_heading("Agencies and outline") + summary_list(involvement_rows) + what_next +
      form_start(request, page_path(check_answers_slug, After::next_question)) +
      govuk::button({.text = "Record notification",
                     .name = "action",
                     .value = "record",
                     .prevent_double_click = true}) +
      form_end());
  return page_response(page, request, services, errors.http_status());
}

// ---------------------------------------------------------------------------------------------
// Handlers.

// The page for the step with the first of `errors` (the first page when there is none).
Step first_step_with(const FormErrors& errors) {
  for (Step step : all_steps) {
    if (!errors_of(step, errors).empty()) return step;
  }
  return all_steps[0];
}

After after_of(const Request& request) {
  const bool checking = request.query_value("checking").value_or("") == "yes";
  return checking ? After::check_answers : After::next_question;
}

// GET /notifications/new: the first question.
Response start(const Request& /*request*/, Services& /*services*/) {
  return Response::redirect(page_path(step_slug(all_steps[0]), After::next_question));
}

// GET /notifications/new/{step}: a question with the draft's answers, or "Check your answers"
// (which sends an incomplete draft to its first unanswered question).
Response question(const Request& request, Services& services) {
  const std::string slug = request.path_parameters.at("step");
  auto draft = notification_draft(services.app, request.caller());
  if (!draft) return error_response(draft.error(), request, services);
  if (slug == check_answers_slug) {
    auto preview = preview_notification(services.app, request.caller(), draft.value());
    if (!preview && preview.error().code != ErrorCode::invalid_input)
      return error_response(preview.error(), request, services);
    if (!preview) {
      return Response::redirect(page_path(
          step_slug(first_step_with(FormErrors::of(preview.error()))), After::check_answers));
    }
    return check_answers_page(request, services, preview.value(), FormErrors());
  }
  const std::optional<Step> step = step_from_slug(slug);
  if (!step)
    return error_response(Error::of(ErrorCode::not_found, "No such question"), request, services);
  return step_page(request, services, *step, draft.value(), FormErrors(), after_of(request));
}

// POST /notifications/new/check-answers: records the draft; an incomplete one shows its first
// unanswered question with the errors.
Response record(const Request& request, Services& services) {
  auto recorded = record_notification_draft(services.app, request.caller());
  if (!recorded) {
    if (!shown_on_form(recorded.error()))
      return error_response(recorded.error(), request, services);
    auto draft = notification_draft(services.app, request.caller());
    if (!draft) return error_response(draft.error(), request, services);
    const FormErrors errors = FormErrors::of(recorded.error());
    const Step first = first_step_with(errors);
    return step_page(request, services, first, draft.value(), errors_of(first, errors),
                     After::check_answers);
  }
  services.mail_queued();
  return Response::redirect("/notifications/" + std::to_string(recorded.value().id) +
                            "/confirmation");
}

// POST /notifications/new/{step}: keeps the page's answers in the draft and redirects (303) to
// the next question's page, or shows the page again with its errors (422, nothing kept).
Response answer(const Request& request, Services& services) {
  const std::string slug = request.path_parameters.at("step");
  if (slug == check_answers_slug) return record(request, services);
  const std::optional<Step> step = step_from_slug(slug);
  if (!step)
    return error_response(Error::of(ErrorCode::not_found, "No such question"), request, services);
  const After after = after_of(request);
  auto draft = notification_draft(services.app, request.caller());
  if (!draft) return error_response(draft.error(), request, services);
  NotificationInput input = with_page_answers(draft.value(), *step, request);

  // Adding or removing a child keeps what was typed and comes back to the same page.
  if (*step == Step::children) {
    bool changed = false;
    if (auto removed = request.form_value("remove_child")) {
      const std::size_t index =
          removed->size() == 1 ? static_cast<std::size_t>((*removed)[0] - '0') : 99;
      if (index < input.children.size() && input.children.size() > 1)
        input.children.erase(input.children.begin() + static_cast<std::ptrdiff_t>(index));
      changed = true;
    } else if (request.form_value("add_child")) {
      if (static_cast<int>(input.children.size()) < most_children_per_notification)
        input.children.emplace_back();
      changed = true;
    }
    if (changed) {
      auto saved = save_notification_draft(services.app, request.caller(), input);
      if (!saved) return error_response(saved.error(), request, services);
      return Response::redirect(page_path(slug, after));
    }
  }

  auto preview = preview_notification(services.app, request.caller(), input);
  if (!preview && preview.error().code != ErrorCode::invalid_input)
    return error_response(preview.error(), request, services);
  const FormErrors errors = preview ? FormErrors() : FormErrors::of(preview.error());
  if (!errors_of(*step, errors).empty())
    return step_page(request, services, *step, input, errors_of(*step, errors), after);
  auto saved = save_notification_draft(services.app, request.caller(), input);
  if (!saved) return error_response(saved.error(), request, services);

  // The next page: "Check your answers" after the last question or when changing an answer.
  const auto* position = std::find(std::begin(all_steps), std::end(all_steps), *step);
  if (after == After::next_question && position + 1 != std::end(all_steps))
    return Response::redirect(page_path(step_slug(*(position + 1)), After::next_question));
  return Response::redirect(page_path(check_answers_slug, After::next_question));
}

// GET /notifications/{case_id}/confirmation
Response confirmation(const Request& request, Services& services) {
  auto found =
      view_case(services.app, request.caller(), request.path_id("case_id"), NameDisplay::hidden);
  if (!found) return error_response(found.error(), request, services);
  const CaseRecord& record = found.value().record;
  Html next = section_heading("What happens next") +
              paragraph("Notify the National Panel by " + day_month_year(record.notify_by) +
                        ", and tell the safeguarding partners by the same date. Record both on the "
                        "case page when "
                        "they are done.");
  if (record.stage == CaseStage::recorded_only || recorded_only(record.facts)) {
    next += govuk::inset_text({.text = "This notification does not start a rapid review."});
  }
  next += govuk::button({.text = "Go to the case", .href = "/cases/" + std::to_string(record.id)});
  Page page;
  page.title = "Notification recorded";
  page.content =
      two_thirds(govuk::panel({.title_text = "Notification recorded",
                               .html = Html::trusted("Your reference is<br><strong>") +
                                       escape(record.reference) + Html::trusted("</strong>")}) +
                 next);
  return page_response(page, request, services);
}

}  // namespace

void add_notification_routes(Router& router) {
  router.add("GET", journey_path, Permission::record_notifications, start);
  router.add("GET", std::string(journey_path) + "/{step:slug}", Permission::record_notifications,
             question);
  router.add("POST", std::string(journey_path) + "/{step:slug}", Permission::record_notifications,
             answer);
  router.add("GET", "/notifications/{case_id:int}/confirmation", Permission::record_notifications,
             confirmation);
}

}  // namespace casereview::web
