-- An agency can be added to a case after its notification (issue 10), which the case's timeline
-- records as the event kind 'agency_added'. The stored names of case_events.kind are checked by
-- the database (0005_known_enum_names.sql), so its check is written again with the new name: a
-- constraint on PostgreSQL, the two triggers on SQLite.
-- engine: postgresql
ALTER TABLE case_events DROP CONSTRAINT case_events_kind_known;
ALTER TABLE case_events ADD CONSTRAINT case_events_kind_known CHECK (kind IN (
    'notification_recorded', 'notification_sent', 'partners_told', 'rapid_review_started',
    'rapid_review_allocated', 'agency_response_requested', 'agency_response_draft_saved',
    'agency_response_submitted', 'rapid_review_record_saved', 'signed_off', 'sign_offs_cleared',
    'submitted_to_panel', 'panel_decision_recorded', 'stage_changed', 'agency_added'));
-- engine: sqlite
DROP TRIGGER case_events_kind_known_on_insert;
DROP TRIGGER case_events_kind_known_on_update;
CREATE TRIGGER case_events_kind_known_on_insert BEFORE INSERT ON case_events
  FOR EACH ROW WHEN NEW.kind NOT IN (
    'notification_recorded', 'notification_sent', 'partners_told', 'rapid_review_started',
    'rapid_review_allocated', 'agency_response_requested', 'agency_response_draft_saved',
    'agency_response_submitted', 'rapid_review_record_saved', 'signed_off', 'sign_offs_cleared',
    'submitted_to_panel', 'panel_decision_recorded', 'stage_changed', 'agency_added')
  BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: case_events_kind_known'); END;
CREATE TRIGGER case_events_kind_known_on_update BEFORE UPDATE OF kind ON case_events
  FOR EACH ROW WHEN NEW.kind NOT IN (
    'notification_recorded', 'notification_sent', 'partners_told', 'rapid_review_started',
    'rapid_review_allocated', 'agency_response_requested', 'agency_response_draft_saved',
    'agency_response_submitted', 'rapid_review_record_saved', 'signed_off', 'sign_offs_cleared',
    'submitted_to_panel', 'panel_decision_recorded', 'stage_changed', 'agency_added')
  BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: case_events_kind_known'); END;
