// The learning event's notes per key practice episode (Rule LE-1): see
// learning_event_notes_pages.hpp.
#include "web/pages/learning_event_notes_pages.hpp"

#include "web/components/back_link.hpp"
#include "web/components/button.hpp"
#include "web/components/summary_list.hpp"
#include "web/forms.hpp"
#include "web/layout.hpp"
#include "web/page_markup.hpp"
#include "web/pages/case_page_parts.hpp"
#include "web/problem.hpp"

namespace casereview::web {

namespace {

using cases::text_question;

std::string event_path(Id event_id) { return "/learning-events/" + std::to_string(event_id); }

std::string notes_path(Id event_id, Id episode_id) {
  return event_path(event_id) + "/episodes/" + std::to_string(episode_id) + "/notes";
}

// The three parts, as the form and the page name them.
struct NotePart {
  const char* field;
  const char* label;
  std::string EpisodeNotes::*member;
};
const NotePart note_parts[] = {
    {"what_happened", "What happened", &EpisodeNotes::what_happened},
    {"what_made_sense", "What made sense at the time", &EpisodeNotes::what_made_sense},
    {"helped_or_hindered", "What helped or hindered", &EpisodeNotes::helped_or_hindered},
};

const EpisodeNotesView* episode_of(const LearningEventView& view, Id episode_id) {
  for (const EpisodeNotesView& episode : view.episodes)
    if (episode.episode_id == episode_id) return &episode;
  return nullptr;
}

Response form_page(const Request& request, Services& services, const EpisodeNotes& values,
                   const std::optional<Error>& error) {
  const Id event_id = request.path_id("event_id");
  const Id episode_id = request.path_id("episode_id");
  auto found = view_learning_event(services.app, request.caller(), event_id);
  if (!found) return error_response(found.error(), request, services);
  const EpisodeNotesView* episode = episode_of(found.value(), episode_id);
  if (!episode)
    return error_response(Error::of(ErrorCode::not_found, "No such key practice episode"), request,
                          services);
  const FormErrors errors = FormErrors::of(error);
  Html fields;
  for (const NotePart& part : note_parts)
    fields += text_question(part.field, part.label, values.*part.member, episode_note_limit, errors,
                            "", 5);
  Page page;
  page.title = "Notes on " + episode->title;
  page.has_errors = error.has_value();
  page.before_content = govuk::back_link({.href = event_path(event_id)});
  page.content = two_thirds(
      errors.summary() + heading("Notes on " + episode->title, found.value().case_reference) +
      paragraph("Use practitioners' roles, not their names.") +
      form_start(request, notes_path(event_id, episode_id)) + fields +
      govuk::button({.text = "Save the notes", .prevent_double_click = true}) + form_end());
  return page_response(page, request, services, error ? status_for(error->code) : 200);
}

// GET /learning-events/{event_id}/episodes/{episode_id}/notes
Response show_notes(const Request& request, Services& services) {
  auto found = view_learning_event(services.app, request.caller(), request.path_id("event_id"));
  if (!found) return error_response(found.error(), request, services);
  const EpisodeNotesView* episode = episode_of(found.value(), request.path_id("episode_id"));
  return form_page(request, services, episode && episode->notes ? *episode->notes : EpisodeNotes{},
                   std::nullopt);
}

// POST /learning-events/{event_id}/episodes/{episode_id}/notes (Rule LE-1)
Response save_notes(const Request& request, Services& services) {
  EpisodeNotes notes;
  for (const NotePart& part : note_parts)
    notes.*part.member = request.form_value(part.field).value_or("");
  const Id event_id = request.path_id("event_id");
  auto saved = record_episode_notes(services.app, request.caller(), event_id,
                                    request.path_id("episode_id"), notes);
  if (!saved) {
    if (!shown_on_form(saved.error())) return error_response(saved.error(), request, services);
    return form_page(request, services, notes, saved.error());
  }
  return Response::redirect(event_path(event_id) + "?done=notes#episode-notes");
}

}  // namespace

Html episode_notes_section(const LearningEventView& view, bool may_record) {
  Html content = section_heading("Notes on the key practice episodes", "episode-notes");
  if (view.episodes.empty())
    return content + paragraph("The review has no key practice episodes yet.");
  for (const EpisodeNotesView& episode : view.episodes) {
    content += Html::trusted("<h3 class=\"govuk-heading-s\">") + escape(episode.title) +
               Html::trusted("</h3>");
    if (episode.notes) {
      govuk::SummaryListOptions list;
      for (const NotePart& part : note_parts)
        list.rows.push_back(
            {.key = {.text = part.label}, .value = {.text = (*episode.notes).*part.member}});
      content += govuk::summary_list(list);
    } else {
      content += paragraph("No notes yet.");
    }
    if (may_record)
      content += Html::trusted("<p class=\"govuk-body\">") +
                 link(notes_path(view.event.id, episode.episode_id),
                      std::string(episode.notes ? "Change the notes" : "Record notes") + " on " +
                          episode.title) +
                 Html::trusted("</p>");
  }
  return content;
}

void add_learning_event_notes_routes(Router& router) {
  router.add("GET", "/learning-events/{event_id:int}/episodes/{episode_id:int}/notes",
             Permission::run_learning_events, show_notes);
  router.add("POST", "/learning-events/{event_id:int}/episodes/{episode_id:int}/notes",
             Permission::run_learning_events, save_notes);
}

}  // namespace casereview::web
