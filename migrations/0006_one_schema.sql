-- One schema on both engines (issue 9). tests/store/schema_test.cpp compares the two engines'
-- catalogues after migration; it found these drifts, mended here:
-- 1. Five tables written once for both engines declare a single-column primary key that is not an
--    INTEGER PRIMARY KEY: PostgreSQL makes a primary key NOT NULL, SQLite (for backwards
--    compatibility) does not, so SQLite would accept a NULL reminder key, audit sequence, … .
--    SQLite cannot add NOT NULL to a column, so each table is rebuilt by its documented procedure
--    (sqlite.org/lang_altertable.html, "Making Other Kinds Of Table Schema Changes"): create the
--    new table, copy the rows, drop the old, rename the new, make its indexes again. No foreign key
--    refers to these tables, so the procedure's switching off of foreign keys (which cannot be done
--    inside the migration's transaction) is not needed; a NULL key already stored fails the copy
--    and so the whole migration.
-- 2. certificates.booking_id is INTEGER on PostgreSQL (BIGINT everywhere else, like the
--    bookings.id it refers to).
-- engine: sqlite
CREATE TABLE new_reminders_sent (
  reminder_key TEXT NOT NULL PRIMARY KEY,
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  case_id BIGINT NOT NULL REFERENCES cases (id),
  sent_at TEXT NOT NULL
);
INSERT INTO new_reminders_sent (reminder_key, partnership_id, case_id, sent_at)
  SELECT reminder_key, partnership_id, case_id, sent_at FROM reminders_sent;
DROP TABLE reminders_sent;
ALTER TABLE new_reminders_sent RENAME TO reminders_sent;
CREATE TABLE new_partnership_bank_holidays (
  partnership_id BIGINT NOT NULL PRIMARY KEY REFERENCES partnerships (id),
  file_text TEXT NOT NULL,
  first_year INTEGER NOT NULL,
  last_year INTEGER NOT NULL,
  uploaded_at TEXT NOT NULL,
  uploaded_by TEXT NOT NULL
);
INSERT INTO new_partnership_bank_holidays
  (partnership_id, file_text, first_year, last_year, uploaded_at, uploaded_by)
  SELECT partnership_id, file_text, first_year, last_year, uploaded_at, uploaded_by
  FROM partnership_bank_holidays;
DROP TABLE partnership_bank_holidays;
ALTER TABLE new_partnership_bank_holidays RENAME TO partnership_bank_holidays;
CREATE TABLE new_audit_log (
  sequence BIGINT NOT NULL PRIMARY KEY,
  at TEXT NOT NULL,
  partnership_id BIGINT,
  user_id BIGINT,
  user_email TEXT NOT NULL,
  role TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  client_address TEXT NOT NULL,
  outcome TEXT NOT NULL,
  detail TEXT NOT NULL,
  previous_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
INSERT INTO new_audit_log (sequence, at, partnership_id, user_id, user_email, role, action,
  entity, entity_id, client_address, outcome, detail, previous_hash, hash)
  SELECT sequence, at, partnership_id, user_id, user_email, role, action, entity, entity_id,
  client_address, outcome, detail, previous_hash, hash FROM audit_log;
DROP TABLE audit_log;
ALTER TABLE new_audit_log RENAME TO audit_log;
CREATE INDEX audit_by_partnership ON audit_log (partnership_id, at);
CREATE TABLE new_evaluations (
  booking_id BIGINT NOT NULL PRIMARY KEY REFERENCES bookings (id),
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  session_id BIGINT NOT NULL REFERENCES training_sessions (id),
  usefulness INTEGER NOT NULL,
  what_will_you_do_differently TEXT NOT NULL,
  other_comments TEXT NOT NULL,
  submitted_at TEXT NOT NULL
);
INSERT INTO new_evaluations (booking_id, partnership_id, session_id, usefulness,
  what_will_you_do_differently, other_comments, submitted_at)
  SELECT booking_id, partnership_id, session_id, usefulness, what_will_you_do_differently,
  other_comments, submitted_at FROM evaluations;
DROP TABLE evaluations;
ALTER TABLE new_evaluations RENAME TO evaluations;
CREATE TABLE new_training_reminders_sent (
  booking_id BIGINT NOT NULL PRIMARY KEY REFERENCES bookings (id),
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  sent_at TEXT NOT NULL
);
INSERT INTO new_training_reminders_sent (booking_id, partnership_id, sent_at)
  SELECT booking_id, partnership_id, sent_at FROM training_reminders_sent;
DROP TABLE training_reminders_sent;
ALTER TABLE new_training_reminders_sent RENAME TO training_reminders_sent;
-- engine: postgresql
ALTER TABLE certificates ALTER COLUMN booking_id TYPE BIGINT;
