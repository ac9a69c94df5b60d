-- An agency's answer to a report version circulated for factual accuracy (issue 12, Rule RPT-1):
-- its contributors comment, then one of them sends the agency's response (with or without
-- comments), after which the agency comments no more on that version. Until then the committee
-- sees the agency as not answered (overdue after the due date).
-- engine: all
ALTER TABLE report_circulations ADD COLUMN answered_by BIGINT REFERENCES users (id);
ALTER TABLE report_circulations ADD COLUMN answered_at TEXT;
CREATE INDEX report_circulations_by_version ON report_circulations (partnership_id, version_id);
