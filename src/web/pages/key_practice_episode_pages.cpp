// The key practice episodes' pages (issue 12, Rule KPE-1): see key_practice_episode_pages.hpp.
// The new-episode form is reached by the merged chronology's GET form, its chosen entries carried
// as `entry` parameters, so it works without JavaScript; the form lists them with a checkbox each
// (all ticked) and posts; an error shows the same form with the GOV.UK error summary. An episode's
// entries are shown as the merged chronology shows them (merged_entry_cells), in its order.
#include "web/pages/key_practice_episode_pages.hpp"

#include <algorithm>
#include <set>

#include "app/reviews/chronologies.hpp"
#include "app/reviews/key_practice_episodes.hpp"
#include "domain/policy.hpp"
#include "web/components/back_link.hpp"
#include "web/components/button.hpp"
#include "web/components/character_count.hpp"
#include "web/components/checkboxes.hpp"
#include "web/components/inset_text.hpp"
#include "web/components/radios.hpp"
#include "web/components/summary_list.hpp"
#include "web/components/table.hpp"
#include "web/components/tag.hpp"
#include "web/forms.hpp"
#include "web/layout.hpp"
#include "web/markdown.hpp"
#include "web/page_markup.hpp"
#include "web/pages/case_page_parts.hpp"
#include "web/pages/chronology_page_parts.hpp"
#include "web/problem.hpp"

namespace casereview::web {

namespace {

using cases::date_from_form;
using cases::date_question;
using cases::text_question;

std::string case_path(Id case_id) { return "/cases/" + std::to_string(case_id); }

std::string episode_path(Id case_id, Id episode_id) {
  return key_practice_episodes_path(case_id) + "/" + std::to_string(episode_id);
}

bool may(const Request& request, Permission permission) {
  return permits(request.actor, false, permission);
}

// Rule KPE-1: the assessment in words, as a tag.
Html assessment_tag(EpisodeAssessment assessment) {
  std::string classes;
  switch (assessment) {
    case EpisodeAssessment::good_practice:
      classes = "govuk-tag--green";
      break;
    case EpisodeAssessment::concerns:
      classes = "govuk-tag--orange";
      break;
    case EpisodeAssessment::both:
      classes = "govuk-tag--purple";
      break;
    case EpisodeAssessment::not_assessed:
      classes = "govuk-tag--grey";
      break;
  }
  return govuk::tag({.text = std::string(episode_assessment_text(assessment)), .classes = classes});
}

std::string period_text(const KeyPracticeEpisode& episode) {
  return day_month_year(episode.from) + " to " + day_month_year(episode.to);
}

std::vector<Id> ids_of(const std::vector<std::string>& texts) {
  std::vector<Id> ids;
  for (const std::string& text : texts)
    if (const std::optional<Id> id = parse_id(text)) ids.push_back(*id);
  return ids;
}

// The rows of the merged chronology whose entries are `ids`, in the merged order (Rule CHR-3).
std::vector<MergedChronologyRow> rows_of(const MergedChronologyView& merged,
                                         const std::vector<Id>& ids) {
  const std::set<Id> wanted(ids.begin(), ids.end());
  std::vector<MergedChronologyRow> rows;
  for (const MergedChronologyRow& row : merged.rows)
    if (wanted.count(row.entry.id)) rows.push_back(row);
  return rows;
}

// What the form shows: the values (as typed, after an error) and the entries offered.
struct EpisodeForm {
  KeyPracticeEpisodeInput values;
  std::vector<Id> offered;  // the entries listed, each with a checkbox
  std::string action;
  std::string button;
};

Html entries_question(const EpisodeForm& form, const std::vector<MergedChronologyRow>& rows,
                      const FormErrors& errors) {
  govuk::CheckboxesOptions entries{
      .name = "entry_ids",
      .fieldset = govuk::InputsFieldsetOptions{.legend = {.text = "Chronology entries it draws on",
                                                          .classes = "govuk-fieldset__legend--s"}},
      .hint = govuk::HintOptions{.text = "Untick an entry to leave it out."},
      .error_message = errors.for_field("entry_ids"),
      .classes = "govuk-checkboxes--small"};
  for (const MergedChronologyRow& row : rows)
    entries.items.push_back(
        {.text = entry_when_text(row.entry) + ", " + row.agency_name + ": " + row.entry.event,
         .value = std::to_string(row.entry.id)});
  for (Id id : form.values.entry_ids) entries.values.push_back(std::to_string(id));
  Html hidden;
  for (Id id : form.offered) hidden += hidden_input("offered", std::to_string(id));
  if (rows.empty())
    return hidden + govuk::inset_text({.text = "No entries are chosen. Choose them on the merged "
                                               "chronology, then make the episode from there."});
  return hidden + govuk::checkboxes(entries);
}

Html episode_form(const Request& request, const EpisodeForm& form,
                  const std::vector<MergedChronologyRow>& rows, const FormErrors& errors) {
  const KeyPracticeEpisodeInput& values = form.values;
  govuk::RadiosOptions assessment{
      .name = "assessment",
      .value = values.assessment.empty()
                   ? std::string(episode_assessment_name(EpisodeAssessment::not_assessed))
                   : values.assessment,
      .fieldset = govuk::InputsFieldsetOptions{.legend = {.text = "Assessment",
                                                          .classes = "govuk-fieldset__legend--s"}},
      .hint = govuk::HintOptions{.text = "Episodes are neutral: mark good practice as well as "
                                         "concerns."},
      .error_message = errors.for_field("assessment")};
  for (EpisodeAssessment each : all_episode_assessments)
    assessment.items.push_back({.text = std::string(episode_assessment_text(each)),
                                .value = std::string(episode_assessment_name(each))});
  return form_start(request, form.action) +
         text_input(request, errors,
                    {.id = "title",
                     .name = "title",
                     .value = values.title,
                     .label = {.text = "Title", .classes = "govuk-label--s"}}) +
         date_question({.name = "from", .legend = "Start of the episode", .value = values.from},
                       errors) +
         date_question({.name = "to", .legend = "End of the episode", .value = values.to}, errors) +
         text_question("summary", "Summary", values.summary, limits::episode_summary, errors,
                       "What happened in this episode, in neutral words.", 6) +
         text_question("questions", "Questions to explore", values.questions,
                       limits::episode_questions, errors,
                       "One a line as a list, \"- Why was …\". You can use Markdown.", 6) +
         govuk::radios(assessment) + entries_question(form, rows, errors) +
         govuk::button({.text = form.button, .prevent_double_click = true}) + form_end();
}

Response form_page(const Request& request, Services& services, const EpisodeForm& form,
                   const std::string& title, const std::string& back,
                   const std::optional<Error>& error) {
  const Id case_id = request.path_id("case_id");
  auto merged = merged_chronology(services.app, request.caller(), case_id);
  if (!merged) return error_response(merged.error(), request, services);
  const FormErrors errors = FormErrors::of(error);
  Page page;
  page.title = title;
  page.has_errors = error.has_value();
  page.before_content = govuk::back_link({.href = back});
  page.content =
      two_thirds(errors.summary({.date_fields = {"from", "to"}}) +
                 heading(title, merged.value().case_reference) +
                 episode_form(request, form, rows_of(merged.value(), form.offered), errors));
  return page_response(page, request, services, error ? status_for(error->code) : 200);
}

KeyPracticeEpisodeInput input_of(const Request& request) {
  KeyPracticeEpisodeInput input;
  input.title = request.form_value("title").value_or("");
  input.from = date_from_form(request, "from");
  input.to = date_from_form(request, "to");
  input.summary = request.form_value("summary").value_or("");
  input.questions = request.form_value("questions").value_or("");
  input.assessment = request.form_value("assessment").value_or("");
  input.entry_ids = ids_of(request.form_values("entry_ids"));
  return input;
}

EpisodeForm new_form(Id case_id) {
  return {.action = key_practice_episodes_path(case_id), .button = "Make the key practice episode"};
}

// GET /cases/{case_id}/key-practice-episodes/new?entry=…&entry=…
Response show_new(const Request& request, Services& services) {
  const Id case_id = request.path_id("case_id");
  EpisodeForm form = new_form(case_id);
  for (const auto& [name, value] : request.query)
    if (name == "entry")
      if (const std::optional<Id> id = parse_id(value)) form.offered.push_back(*id);
  form.values.entry_ids = form.offered;
  return form_page(request, services, form, "New key practice episode",
                   case_path(case_id) + "/chronology", std::nullopt);
}

// POST /cases/{case_id}/key-practice-episodes (Rule KPE-1)
Response create(const Request& request, Services& services) {
  const Id case_id = request.path_id("case_id");
  EpisodeForm form = new_form(case_id);
  form.values = input_of(request);
  form.offered = ids_of(request.form_values("offered"));
  auto added = add_key_practice_episode(services.app, request.caller(), case_id, form.values);
  if (!added) {
    if (!shown_on_form(added.error())) return error_response(added.error(), request, services);
    return form_page(request, services, form, "New key practice episode",
                     case_path(case_id) + "/chronology", added.error());
  }
  return Response::redirect(episode_path(case_id, added.value().id) + "?done=made");
}

EpisodeForm change_form(Id case_id, Id episode_id) {
  return {.action = episode_path(case_id, episode_id) + "/change",
          .button = "Save the key practice episode"};
}

// GET /cases/{case_id}/key-practice-episodes/{episode_id}/change
Response show_change(const Request& request, Services& services) {
  const Id case_id = request.path_id("case_id");
  const Id episode_id = request.path_id("episode_id");
  auto found = view_key_practice_episode(services.app, request.caller(), case_id, episode_id);
  if (!found) return error_response(found.error(), request, services);
  const KeyPracticeEpisode& episode = found.value().episode;
  EpisodeForm form = change_form(case_id, episode_id);
  form.values = {.title = episode.title,
                 .from = episode.from.to_iso_string(),
                 .to = episode.to.to_iso_string(),
                 .summary = episode.summary,
                 .questions = episode.questions,
                 .assessment = std::string(episode_assessment_name(episode.assessment)),
                 .entry_ids = episode.entry_ids};
  form.offered = episode.entry_ids;
  return form_page(request, services, form, "Change the key practice episode",
                   episode_path(case_id, episode_id), std::nullopt);
}

// POST /cases/{case_id}/key-practice-episodes/{episode_id}/change (Rule KPE-1)
Response change(const Request& request, Services& services) {
  const Id case_id = request.path_id("case_id");
  const Id episode_id = request.path_id("episode_id");
  EpisodeForm form = change_form(case_id, episode_id);
  form.values = input_of(request);
  form.offered = ids_of(request.form_values("offered"));
  auto changed =
      change_key_practice_episode(services.app, request.caller(), case_id, episode_id, form.values);
  if (!changed) {
    if (!shown_on_form(changed.error())) return error_response(changed.error(), request, services);
    return form_page(request, services, form, "Change the key practice episode",
                     episode_path(case_id, episode_id), changed.error());
  }
  return Response::redirect(episode_path(case_id, episode_id) + "?done=changed");
}

// GET /cases/{case_id}/key-practice-episodes/{episode_id}: the episode and its entries in the
// merged chronology's order.
Response show_episode(const Request& request, Services& services) {
  const Id case_id = request.path_id("case_id");
  auto found = view_key_practice_episode(services.app, request.caller(), case_id,
                                         request.path_id("episode_id"));
  if (!found) return error_response(found.error(), request, services);
  auto merged = merged_chronology(services.app, request.caller(), case_id);
  if (!merged) return error_response(merged.error(), request, services);
  const KeyPracticeEpisodeView& view = found.value();
  const KeyPracticeEpisode& episode = view.episode;
  govuk::SummaryListOptions facts;
  facts.rows.push_back({.key = {.text = "Period"}, .value = {.text = period_text(episode)}});
  facts.rows.push_back(
      {.key = {.text = "Assessment"}, .value = {.html = assessment_tag(episode.assessment)}});
  facts.rows.push_back({.key = {.text = "Made by"}, .value = {.text = view.created_by_name}});
  govuk::TableOptions table;
  table.caption = "Entries in date order";
  table.caption_classes = "govuk-visually-hidden";
  table.head = merged_entry_head();
  for (const MergedChronologyRow& row : rows_of(merged.value(), episode.entry_ids))
    table.rows.push_back(merged_entry_cells(row));
  const std::string done = request.done_flag();
  Page page;
  page.title = episode.title;
  page.before_content =
      govuk::back_link({.text = "The review", .href = case_path(case_id) + "/review"});
  page.content = full_width(
      success_banner(done == "made"      ? "The key practice episode is made"
                     : done == "changed" ? "The key practice episode is saved"
                                         : "") +
      heading(episode.title, view.case_reference) + govuk::summary_list(facts) +
      section_heading("Summary") + paragraph(episode.summary) +
      section_heading("Questions to explore") +
      render_markdown(episode.questions, {.heading_offset = 2}) +
      section_heading("Chronology entries") +
      (table.rows.empty() ? paragraph("None of its entries is in the merged chronology now.")
                          : govuk::table(table)) +
      (may(request, Permission::manage_chronologies)
           ? govuk::button({.text = "Change the key practice episode",
                            .href = episode_path(case_id, episode.id) + "/change",
                            .classes = "govuk-button--secondary"})
           : Html()));
  return page_response(page, request, services);
}

Html episodes_table(const KeyPracticeEpisodesPage& listed) {
  govuk::TableOptions table;
  table.caption = "Key practice episodes, in the order they were made";
  table.caption_classes = "govuk-visually-hidden";
  table.head = {
      {.text = "Episode"}, {.text = "Period"}, {.text = "Assessment"}, {.text = "Entries"}};
  for (const KeyPracticeEpisode& episode : listed.episodes)
    table.rows.push_back({{.html = link(episode_path(listed.case_id, episode.id), episode.title)},
                          {.text = period_text(episode)},
                          {.html = assessment_tag(episode.assessment)},
                          {.text = std::to_string(episode.entry_ids.size())}});
  return govuk::table(table);
}

// GET /cases/{case_id}/key-practice-episodes[?page=N]
Response show_list(const Request& request, Services& services) {
  const Id case_id = request.path_id("case_id");
  auto listed =
      list_key_practice_episodes(services.app, request.caller(), case_id, request.page_number());
  if (!listed) return error_response(listed.error(), request, services);
  const KeyPracticeEpisodesPage& episodes = listed.value();
  Page page;
  page.title = "Key practice episodes";
  page.before_content =
      govuk::back_link({.text = "The review", .href = case_path(case_id) + "/review"});
  page.content = full_width(
      heading("Key practice episodes", episodes.case_reference) +
      (episodes.episodes.empty() ? paragraph("No key practice episode has been made yet.")
                                 : episodes_table(episodes)) +
      page_numbers(static_cast<std::size_t>(episodes.page),
                   static_cast<std::size_t>(episodes.page_count), [&](std::size_t number) {
                     return key_practice_episodes_path(case_id) + "?page=" + std::to_string(number);
                   }));
  return page_response(page, request, services);
}

}  // namespace

std::string key_practice_episodes_path(Id case_id) {
  return case_path(case_id) + "/key-practice-episodes";
}

Html review_key_practice_episodes_section(const Request& request, Services& services, Id case_id) {
  if (!may(request, Permission::view_chronologies)) return Html();
  auto listed = list_key_practice_episodes(services.app, request.caller(), case_id, 1);
  if (!listed) return Html();
  Html content = listed.value().episodes.empty()
                     ? paragraph("No key practice episode has been made yet.")
                     : episodes_table(listed.value());
  if (listed.value().page_count > 1)
    content += Html::trusted("<p class=\"govuk-body\">") +
               link(key_practice_episodes_path(case_id),
                    "All " + std::to_string(listed.value().total) + " key practice episodes") +
               Html::trusted("</p>");
  if (may(request, Permission::manage_chronologies))
    content += paragraph("To make one, choose its entries on the merged chronology.");
  return section_heading("Key practice episodes") + content;
}

void add_key_practice_episode_routes(Router& router) {
  router.add("GET", "/cases/{case_id:int}/key-practice-episodes", Permission::view_chronologies,
             show_list);
  router.add("POST", "/cases/{case_id:int}/key-practice-episodes", Permission::manage_chronologies,
             create);
  router.add("GET", "/cases/{case_id:int}/key-practice-episodes/new",
             Permission::manage_chronologies, show_new);
  router.add("GET", "/cases/{case_id:int}/key-practice-episodes/{episode_id:int}",
             Permission::view_chronologies, show_episode);
  router.add("GET", "/cases/{case_id:int}/key-practice-episodes/{episode_id:int}/change",
             Permission::manage_chronologies, show_change);
  router.add("POST", "/cases/{case_id:int}/key-practice-episodes/{episode_id:int}/change",
             Permission::manage_chronologies, change);
}

}  // namespace casereview::web
