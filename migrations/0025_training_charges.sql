-- Late cancellations and no-shows with their charges (issue 18, Rule TRN-9): at most one per
-- booking, with the partnership's rate at the moment it was recorded (so an invoice does not
-- change when the rates do) and whether the session was a half or a full day. The charges report
-- reads them per partnership, by the sessions' dates.
-- engine: all
CREATE TABLE training_charges (
  booking_id BIGINT NOT NULL PRIMARY KEY REFERENCES bookings (id),
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  reason TEXT NOT NULL CHECK (reason IN ('late_cancellation', 'no_show')),
  session_length TEXT NOT NULL CHECK (session_length IN ('half_day', 'full_day')),
  amount_pence BIGINT NOT NULL CHECK (amount_pence >= 0),
  recorded_at TEXT NOT NULL
);
CREATE INDEX training_charges_by_partnership ON training_charges (partnership_id);
