-- The learning event's notes per key practice episode (issue 12, Rule LE-1): for one event and one
-- episode of its case, what happened, what made sense at the time, and what helped or hindered —
-- anonymised (roles, never practitioners' names: checked by the use case). One row per event and
-- episode, rewritten when the reviewer changes the notes.
-- engine: all
CREATE TABLE learning_event_notes (
  event_id BIGINT NOT NULL REFERENCES learning_events (id),
  episode_id BIGINT NOT NULL REFERENCES key_practice_episodes (id),
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  what_happened TEXT NOT NULL,
  what_made_sense TEXT NOT NULL,
  helped_or_hindered TEXT NOT NULL,
  recorded_by BIGINT NOT NULL REFERENCES users (id),
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (event_id, episode_id)
);
CREATE INDEX learning_event_notes_by_episode ON learning_event_notes (episode_id);
