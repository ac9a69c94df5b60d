-- A case whose review is commissioned moves to the stage review_in_progress (Rule REV-1), so that
-- lists by stage tell a review still to be commissioned from one under way. The stage's list of
-- known names (0005) gains it, and cases already commissioned are moved.
-- engine: postgresql
ALTER TABLE cases DROP CONSTRAINT cases_stage_known;
ALTER TABLE cases ADD CONSTRAINT cases_stage_known CHECK (stage IN (
    'notification', 'rapid_review', 'awaiting_panel_decision', 'review_to_be_commissioned',
    'review_in_progress', 'closed', 'recorded_only'));
-- engine: sqlite
DROP TRIGGER cases_stage_known_on_insert;
DROP TRIGGER cases_stage_known_on_update;
CREATE TRIGGER cases_stage_known_on_insert BEFORE INSERT ON cases
  FOR EACH ROW WHEN NEW.stage NOT IN (
    'notification', 'rapid_review', 'awaiting_panel_decision', 'review_to_be_commissioned',
    'review_in_progress', 'closed', 'recorded_only')
  BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: cases_stage_known'); END;
CREATE TRIGGER cases_stage_known_on_update BEFORE UPDATE OF stage ON cases
  FOR EACH ROW WHEN NEW.stage NOT IN (
    'notification', 'rapid_review', 'awaiting_panel_decision', 'review_to_be_commissioned',
    'review_in_progress', 'closed', 'recorded_only')
  BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: cases_stage_known'); END;
-- engine: all
UPDATE cases SET stage = 'review_in_progress'
  WHERE stage = 'review_to_be_commissioned' AND id IN (SELECT case_id FROM reviews);
