-- The yearly report (issue 15, Rule YR-1): its figures are counted from the records when read, so
-- only its publication is stored — the period it covers (exactly as chosen), the day the
-- partnership published it, who recorded that and when, and the days it was sent to the National
-- Panel and to Foundations, which Rule YR-1 asks within N days of publishing (setting
-- yearly_report_send_calendar_days). Two covering indexes of the cases serve the figures: by the
-- day the partnership became aware (notifications, read row by row) and by the day the rapid review
-- went to the Panel (counted), each holding every column those read (the first in the order its rows are read), so that a year of every
-- partnership is read from the index alone rather than from every case's row (bench/yearly-report).
-- engine: all
CREATE TABLE yearly_report_publications (
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  period_from TEXT NOT NULL,
  period_to TEXT NOT NULL,
  published_on TEXT NOT NULL,
  recorded_by BIGINT NOT NULL REFERENCES users (id),
  recorded_at TEXT NOT NULL,
  sent_to_panel_on TEXT,
  sent_to_foundations_on TEXT,
  PRIMARY KEY (partnership_id, period_from, period_to)
);
CREATE INDEX cases_by_awareness ON cases (aware_on, id, partnership_id, notify_by, sent_on);
CREATE INDEX cases_by_submission
  ON cases (submitted_on, partnership_id, rapid_review_due, decision_outcome, decision_view);
