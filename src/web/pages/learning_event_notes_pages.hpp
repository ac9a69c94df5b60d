// The learning event's notes per key practice episode (issue 12, Rule LE-1): the event page's
// section listing each episode of the case with the notes recorded on it, and the form
// /learning-events/{event_id}/episodes/{episode_id}/notes (three textareas: what happened, what
// made sense at the time, what helped or hindered). Notes use roles, never practitioners' names:
// the use case refuses a name of anyone invited, and the form shows it on its field.
#pragma once

#include "app/reviews/learning_events.hpp"
#include "web/html.hpp"
#include "web/router.hpp"

namespace casereview::web {

// The event page's "Notes on the key practice episodes" section; with links to record or change
// each episode's notes when `may_record` (the event has started and the caller may change it).
Html episode_notes_section(const LearningEventView& view, bool may_record);

void add_learning_event_notes_routes(Router& router);

}  // namespace casereview::web
