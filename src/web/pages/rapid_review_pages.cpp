// The rapid review record, run by the partnership business manager (run_rapid_reviews): a GOV.UK
// task list of its sections (facts established, immediate action, key practice episodes, what
// could be improved, race, inequalities and disability, the statutory criteria, the
// recommendation), one page per section, then who of the three statutory partners has signed it
// off (their signatories sign on their own pages, Rule SIGN-1) and the submission to the National
// Panel, which the use case refuses (409, shown on this page) until all three have signed, and,
// when agencies on the case have not responded, without a reason to go ahead without them. Each
// section page sends the whole record to save_rapid_review with only its own section changed, so a
// partial record can be saved as often as wanted.
#include "web/pages/rapid_review_pages.hpp"

#include <algorithm>

#include "app/cases/case_views.hpp"
#include "app/cases/rapid_reviews.hpp"
#include "domain/case_stages.hpp"
#include "domain/messages.hpp"
#include "domain/rapid_review_sections.hpp"
#include "domain/text.hpp"
#include "web/components/back_link.hpp"
#include "web/components/button.hpp"
#include "web/components/error_summary.hpp"
#include "web/components/input.hpp"
#include "web/components/radios.hpp"
#include "web/components/table.hpp"
#include "web/components/task_list.hpp"
#include "web/forms.hpp"
#include "web/layout.hpp"
#include "web/page_markup.hpp"
#include "web/pages/case_page_parts.hpp"
#include "web/problem.hpp"

namespace casereview::web {

namespace {

using namespace cases;

struct Section {
  RapidReviewSection section;
  const char* title;
  const char*
      field;  // the text field of a one-question section; "" for criteria and recommendation
  const char* hint;
  std::string slug() const { return std::string(rapid_review_section_name(section)); }
};

constexpr Section sections[] = {
    {RapidReviewSection::facts, "Facts established", "facts_established",
     "What is known about what happened, from the agencies' summaries."},
    {RapidReviewSection::immediate_action, "Immediate action taken to keep children safe",
     "immediate_action", ""},
    {RapidReviewSection::key_practice_episodes, "Key practice episodes", "key_practice_episodes",
     "The moments in the agencies' work with the child or family that most need to be understood."},
    {RapidReviewSection::improvements, "What could be improved", "what_could_be_improved", ""},
    {RapidReviewSection::equality, "Race, other inequalities and disability",
     "equality_considerations",
     "How race, ethnicity, culture, other inequalities and disability were considered."},
    {RapidReviewSection::criteria, "Criteria for a local or national review", "", ""},
    {RapidReviewSection::recommendation, "Recommendation", "", ""},
};

const Section* section_for(const std::string& slug) {
  for (const Section& section : sections) {
    if (slug == section.slug()) return &section;
  }
  return nullptr;
}

std::string rapid_review_path(Id case_id) {
  return "/cases/" + std::to_string(case_id) + "/rapid-review";
}

std::string& text_of(RapidReviewRecordInput& input, const std::string& field) {
  if (field == "facts_established") return input.facts_established;
  if (field == "immediate_action") return input.immediate_action;
  if (field == "key_practice_episodes") return input.key_practice_episodes;
  if (field == "what_could_be_improved") return input.what_could_be_improved;
  if (field == "equality_considerations") return input.equality_considerations;
  return input.recommendation_rationale;
}

RapidReviewRecordInput input_from(const RapidReviewRecord& record) {
  RapidReviewRecordInput input;
  input.facts_established = record.facts_established;
  input.immediate_action = record.immediate_action;
  input.key_practice_episodes = record.key_practice_episodes;
  input.what_could_be_improved = record.what_could_be_improved;
  input.equality_considerations = record.equality_considerations;
  for (std::size_t index = 0; index < all_criteria.size(); ++index) {
    input.criteria[index] = {.met = record.criteria[index].met,
                             .rationale = record.criteria[index].rationale};
  }
  input.recommendation =
      record.recommendation ? std::string(review_outcome_name(*record.recommendation)) : "";
  input.recommendation_rationale = record.recommendation_rationale;
  return input;
}

// The section's fields from the form, over the saved record.
RapidReviewRecordInput merged(const Request& request, const Section& section,
                              RapidReviewRecordInput input) {
  auto value = [&](const std::string& name) { return request.form_value(name).value_or(""); };
  const std::string slug = section.slug();
  input.completion = RapidReviewRecordInput::SectionAnswer{slug, value("completed")};
  if (slug == "criteria") {
    for (std::size_t index = 0; index < all_criteria.size(); ++index) {
      const std::string name(criterion_name(all_criteria[index]));
      input.criteria[index] = {.met = yes_no(value(name)), .rationale = value(name + "_rationale")};
    }
  } else if (slug == "recommendation") {
    input.recommendation = value("recommendation");
    input.recommendation_rationale = value("recommendation_rationale");
  } else {
    text_of(input, section.field) = value(section.field);
  }
  return input;
}

// The task list's words for a section's status (domain/rapid_review_sections decides it).
govuk::TaskListItemStatus status_item(SectionStatus status) {
  switch (status) {
    case SectionStatus::completed:
      return {.text = "Completed"};
    case SectionStatus::in_progress:
      return {.tag = govuk::TagOptions{.text = "In progress", .classes = "govuk-tag--light-blue"}};
    case SectionStatus::not_started:
      return {.tag = govuk::TagOptions{.text = "Not yet started", .classes = "govuk-tag--blue"}};
  }
  return {};
}

std::string banner_for(const Request& request) {
  const std::string done = request.done_flag();
  if (done == "saved") return "Rapid review record saved";
  if (done == "saved-cleared")
    return "Rapid review record saved. The partners' sign-offs were cleared, because they signed a "
           "different record";
  return "";
}

// Rule SIGN-1: the partners sign off themselves, on their own pages (sign_off_pages.cpp); the
// manager sees who has signed and who is still to sign.
Html sign_off_section(const CaseDetail& detail) {
  const CaseRecord& record = detail.record;
  Html out = section_heading("Sign-off by the statutory partners");
  if (!record.sign_offs.empty()) {
    govuk::TableOptions table;
    table.caption = "Signed off";
    table.caption_classes = "govuk-visually-hidden";
    table.head = {{.text = "Partner"}, {.text = "Signed by"}, {.text = "Date"}};
    for (const SignOff& signature : record.sign_offs) {
      table.rows.push_back({{.text = std::string(statutory_partner_text(signature.partner))},
                            {.text = signature.name},
                            {.text = day_month_year(signature.signed_on)}});
    }
    out += govuk::table(table);
  }
  const std::vector<StatutoryPartner> waiting = partners_yet_to_sign(record);
  if (waiting.empty())
    return out + paragraph("The local authority, the police and health have all signed it off.");
  std::vector<std::string> names;
  for (StatutoryPartner partner : waiting)
    names.push_back(std::string(statutory_partner_text(partner)));
  return out + paragraph("Still to sign: " + listed_in_words(names) + ".") +
         paragraph(detail.rapid_review_gaps.empty()
                       ? "Each partner's signatory signs the record off themselves, from "
                         "\"Rapid reviews to sign\", with a code from their authenticator app."
                       : "The partners' signatories can sign the record off once every section "
                         "is completed.");
}

// The submission form; when agencies on the case have not responded, it names them and asks for
// the reason to go ahead without them (the use case refuses the submission without one).
Html submission_section(const Request& request, const CaseDetail& detail,
                        const FormErrors& errors) {
  Html missing;
  if (!detail.agencies_not_responded.empty()) {
    std::vector<std::string> names;
    for (const Agency& agency : detail.agencies_not_responded) names.push_back(agency.name);
    missing =
        paragraph("These agencies have not responded:") + text_list(names, "govuk-list--bullet") +
        text_question(
            "reason_for_missing_responses", "Why submit the rapid review without their responses?",
            errors.empty() ? "" : request.form_value("reason_for_missing_responses").value_or(""),
            limits::decision_reason, errors, "The reason is recorded on the case's timeline.", 3);
  }
  return section_heading("Submit to the National Panel") +
         paragraph(
             "Submit the rapid review once the local authority, the police and health have all "
             "signed it off.") +
         form_start(request, rapid_review_path(detail.record.id) + "/submission") + missing +
         date_question({.name = "submitted_on",
                        .legend = "Date submitted",
                        .value = errors.empty() ? "" : date_from_form(request, "submitted_on")},
                       errors) +
         govuk::button({.text = "Submit to the National Panel", .prevent_double_click = true}) +
         form_end();
}

// The task list page, with the error of a submission that failed.
Response overview_page(const Request& request, Services& services,
                       const std::optional<Error>& error) {
  const Id case_id = request.path_id("case_id");
  auto found = view_case(services.app, request.caller(), case_id, NameDisplay::hidden);
  if (!found) return error_response(found.error(), request, services);
  const CaseDetail& detail = found.value();
  govuk::TaskListOptions tasks;
  tasks.id_prefix = "rapid-review";
  for (const Section& section : sections) {
    tasks.items.push_back(
        {.title = {.text = section.title},
         .status = status_item(rapid_review_section_status(
             detail.record.rapid_review, detail.record.rapid_review_completed, section.section)),
         .href = rapid_review_path(case_id) + "/" + section.slug()});
  }
  const std::string failed = error ? request.path.substr(request.path.rfind('/') + 1) : "";
  // A submission refused for want of a reason to go without some agencies' responses (409) asks
  // for it at its own field, as a 422 would.
  const bool reason_missing =
      error && failed == "submission" &&
      std::any_of(error->fields.begin(), error->fields.end(), [](const FieldError& field) {
        return field.field == "reason_for_missing_responses";
      });
  const FormErrors errors = reason_missing ? FormErrors(error->fields) : FormErrors::of(error);
  const Html problem =
      errors.summary({.date_fields = {"submitted_on"}, .message_href = "#submitted_on-day"});
  Page page;
  page.title = "Rapid review";
  page.has_errors = !errors.empty();
  page.before_content =
      govuk::back_link({.text = "Back to the case", .href = "/cases/" + std::to_string(case_id)});
  Html content = problem + success_banner(banner_for(request)) +
                 heading("Rapid review", detail.record.reference);
  if (detail.record.rapid_review_due) {
    content += paragraph("Due " + day_month_year(*detail.record.rapid_review_due) + ".");
  }
  if (detail.record.stage == CaseStage::rapid_review) {
    content += govuk::task_list(tasks) + sign_off_section(detail) +
               submission_section(request, detail, failed == "submission" ? errors : FormErrors());
  } else {
    content += paragraph("The rapid review is not running: the case is at the stage \"" +
                         std::string(case_stage_text(detail.record.stage)) + "\".");
  }
  page.content = two_thirds(content);
  return page_response(page, request, services, error ? status_for(error->code) : 200);
}

Response show_overview(const Request& request, Services& services) {
  return overview_page(request, services, std::nullopt);
}

Html section_questions(const Section& section, const RapidReviewRecordInput& input,
                       const FormErrors& errors) {
  const std::string slug = section.slug();
  if (slug == "criteria") {
    Html out = paragraph(
        "Answer each criterion of the Child Safeguarding Practice Review and Relevant Agency "
        "(England) Regulations 2018, with your rationale.");
    for (std::size_t index = 0; index < all_criteria.size(); ++index) {
      const std::string name(criterion_name(all_criteria[index]));
      out += yes_no_question(name, std::string(criterion_text(all_criteria[index])),
                             yes_no_text(input.criteria[index].met), errors) +
             text_question(name + "_rationale", "Rationale", input.criteria[index].rationale,
                           limits::rapid_review_answer, errors, "", 3);
    }
    return out;
  }
  if (slug == "recommendation") {
    govuk::RadiosOptions options;
    options.name = "recommendation";
    options.value = input.recommendation;
    options.fieldset =
        govuk::InputsFieldsetOptions{.legend = {.text = "What does the rapid review recommend?",
                                                .classes = "govuk-fieldset__legend--s"}};
    options.error_message = errors.for_field("recommendation");
    for (ReviewOutcome outcome : all_review_outcomes) {
      options.items.push_back({.text = std::string(review_outcome_text(outcome)),
                               .value = std::string(review_outcome_name(outcome))});
    }
    return govuk::radios(options) + text_question("recommendation_rationale",
                                                  "Rationale for the recommendation",
                                                  input.recommendation_rationale,
                                                  limits::rapid_review_answer, errors, "", 6);
  }
  RapidReviewRecordInput copy = input;
  return text_question(section.field, section.title, text_of(copy, section.field),
                       limits::rapid_review_answer, errors, section.hint, 10);
}

// "Have you completed this section?", as the GOV.UK task list pattern asks it at the end of each
// section: the section shows as completed only after "Yes".
Html completion_question(const RapidReviewRecordInput& input, const FormErrors& errors) {
  govuk::RadiosOptions options;
  options.name = "completed";
  options.value = input.completion ? input.completion->answer : "";
  options.fieldset =
      govuk::InputsFieldsetOptions{.legend = {.text = "Have you completed this section?",
                                              .classes = "govuk-fieldset__legend--m"}};
  options.error_message = errors.for_field("completed");
  options.items = {{.text = "Yes, I've completed this section", .value = "yes"},
                   {.text = "No, I'll come back to it later", .value = "no"}};
  return govuk::radios(options);
}

Response section_page(const Request& request, Services& services, const Section& section,
                      const RapidReviewRecordInput& input, const FormErrors& errors) {
  const Id case_id = request.path_id("case_id");
  const std::string path = rapid_review_path(case_id) + "/" + section.slug();
  Page page;
  page.title = section.title;
  page.has_errors = !errors.empty();
  page.before_content = govuk::back_link({.href = rapid_review_path(case_id)});
  page.content = two_thirds(
      errors.summary() + heading(section.title, "Rapid review") + form_start(request, path) +
      section_questions(section, input, errors) + completion_question(input, errors) +
      govuk::button({.text = "Save and return", .prevent_double_click = true}) + form_end());
  return page_response(page, request, services, errors.http_status());
}

// GET /cases/{case_id}/rapid-review/{section}
Response show_section(const Request& request, Services& services) {
  const Section* section = section_for(request.path_parameters.at("section"));
  if (!section)
    return error_response(Error::of(ErrorCode::not_found, "No such section"), request, services);
  auto found =
      view_case(services.app, request.caller(), request.path_id("case_id"), NameDisplay::hidden);
  if (!found) return error_response(found.error(), request, services);
  RapidReviewRecordInput input = input_from(found.value().record.rapid_review);
  const bool completed = found.value().record.rapid_review_completed.contains(section->section);
  input.completion = RapidReviewRecordInput::SectionAnswer{section->slug(), completed ? "yes" : ""};
  return section_page(request, services, *section, input, FormErrors());
}

// POST /cases/{case_id}/rapid-review/{section}
Response save_section(const Request& request, Services& services) {
  const Section* section = section_for(request.path_parameters.at("section"));
  if (!section)
    return error_response(Error::of(ErrorCode::not_found, "No such section"), request, services);
  const Id case_id = request.path_id("case_id");
  auto found = view_case(services.app, request.caller(), case_id, NameDisplay::hidden);
  if (!found) return error_response(found.error(), request, services);
  const RapidReviewRecordInput input =
      merged(request, *section, input_from(found.value().record.rapid_review));
  auto saved = save_rapid_review(services.app, request.caller(), case_id, input);
  if (!saved) {
    if (shown_on_form(saved.error()))
      return section_page(request, services, *section, input, FormErrors::of(saved.error()));
    return error_response(saved.error(), request, services);
  }
  return Response::redirect(rapid_review_path(case_id) + (saved.value().sign_offs_cleared
                                                              ? "?done=saved-cleared"
                                                              : "?done=saved"));
}

Response after(const Request& request, Services& services, const Status& outcome,
               const std::string& success_path) {
  if (!outcome) {
    if (shown_on_form(outcome.error())) return overview_page(request, services, outcome.error());
    return error_response(outcome.error(), request, services);
  }
  services.mail_queued();
  return Response::redirect(success_path);
}

// POST /cases/{case_id}/rapid-review/submission
Response submit(const Request& request, Services& services) {
  const Id case_id = request.path_id("case_id");
  return after(
      request, services,
      submit_rapid_review(services.app, request.caller(), case_id,
                          {.submitted_on = date_from_form(request, "submitted_on"),
                           .reason_for_missing_responses =
                               request.form_value("reason_for_missing_responses").value_or("")}),
      "/cases/" + std::to_string(case_id) + "?done=submitted");
}

}  // namespace

void add_rapid_review_routes(Router& router) {
  router.add("GET", "/cases/{case_id:int}/rapid-review", Permission::run_rapid_reviews,
             show_overview);
  router.add("POST", "/cases/{case_id:int}/rapid-review/submission", Permission::run_rapid_reviews,
             submit);
  router.add("GET", "/cases/{case_id:int}/rapid-review/{section:slug}",
             Permission::run_rapid_reviews, show_section);
  router.add("POST", "/cases/{case_id:int}/rapid-review/{section:slug}",
             Permission::run_rapid_reviews, save_section);
}

}  // namespace casereview::web
