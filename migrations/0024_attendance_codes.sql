-- Attendance proven (issue 18, Rule TRN-8): each training session's attendance code, made the first
-- time its trainer shows it and then kept (a screen shown at the start still works at the end), and
-- the moment each person with a place entered it, once.
-- engine: all
CREATE TABLE session_attendance_codes (
  session_id BIGINT NOT NULL PRIMARY KEY REFERENCES training_sessions (id),
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  code TEXT NOT NULL,
  created_by BIGINT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL
);
CREATE TABLE booking_sign_ins (
  booking_id BIGINT NOT NULL PRIMARY KEY REFERENCES bookings (id),
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  signed_in_at TEXT NOT NULL
);
