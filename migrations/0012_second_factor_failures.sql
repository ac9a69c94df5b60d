-- Wrong second-factor codes (issue 17, Rule SEC-5): a half-signed-in session counts the wrong codes
-- given to it and ends at the fifth, so that the six-digit code cannot be guessed by trying many
-- on one session. Each wrong code also counts towards the account's lock-out (users'
-- failed_sign_ins, Rule SEC-2), which needs no new column.
-- engine: all
ALTER TABLE sessions ADD COLUMN second_factor_failures INTEGER NOT NULL DEFAULT 0;
