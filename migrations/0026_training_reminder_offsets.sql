-- Two reminders before a training session (issue 18, Rule TRN-6 revised): at the partnership's two
-- offsets (default 10 and 2 working days before), each sent once per booking. The sent reminders
-- are keyed by booking and by which reminder (1, the earlier; 2, the later); those sent before
-- were the 2-working-day reminder, so they are kept as reminder 2. The table is rebuilt by
-- SQLite's documented procedure, as in 0006: new table, copy, drop, rename.
-- engine: all
CREATE TABLE new_training_reminders_sent (
  booking_id BIGINT NOT NULL REFERENCES bookings (id),
  reminder INTEGER NOT NULL CHECK (reminder IN (1, 2)),
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  sent_at TEXT NOT NULL,
  PRIMARY KEY (booking_id, reminder)
);
INSERT INTO new_training_reminders_sent (booking_id, reminder, partnership_id, sent_at)
  SELECT booking_id, 2, partnership_id, sent_at FROM training_reminders_sent;
DROP TABLE training_reminders_sent;
ALTER TABLE new_training_reminders_sent RENAME TO training_reminders_sent;
