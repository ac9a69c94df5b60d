-- The yearly report (issue 15, Rule YR-1): its figures are counted from the records when read, so
-- only its publication is stored — the period it covers (exactly as chosen), the day the
-- partnership published it, who recorded that and when, and the days it was sent to the National
-- Panel and to Foundations, which Rule YR-1 asks within N days of publishing (setting
-- yearly_report_send_days). The cases' index by partnership and the day they became aware serves
-- the figures' notifications, the one count read row by row.
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
CREATE INDEX cases_by_partnership_and_awareness ON cases (partnership_id, aware_on);
