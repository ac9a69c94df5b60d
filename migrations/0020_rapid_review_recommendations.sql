-- Recommendations from learning recorded in a rapid review (issue 13, Rule ACT-1: an action comes
-- from a recommendation of a review or of a rapid review). source says which step made it; a
-- rapid review's answers no findings (it has none). Both share the case's numbers
-- (recommendation_numbers), so a number names one recommendation in the case. Rows made before
-- this migration are the review's. The name is guarded as in 0005_known_enum_names.sql.
-- engine: all
ALTER TABLE recommendations ADD COLUMN source TEXT NOT NULL DEFAULT 'review';
CREATE INDEX recommendations_by_case_and_source ON recommendations (partnership_id, case_id, source, number);
-- engine: postgresql
ALTER TABLE recommendations ADD CONSTRAINT recommendations_source_known CHECK (source IN ('review', 'rapid_review'));
-- engine: sqlite
CREATE TRIGGER recommendations_source_known_on_insert BEFORE INSERT ON recommendations
  FOR EACH ROW WHEN NEW.source NOT IN ('review', 'rapid_review')
  BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: recommendations_source_known'); END;
CREATE TRIGGER recommendations_source_known_on_update BEFORE UPDATE OF source ON recommendations
  FOR EACH ROW WHEN NEW.source NOT IN ('review', 'rapid_review')
  BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: recommendations_source_known'); END;
