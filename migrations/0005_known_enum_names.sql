-- Stored enum names are checked by the database (issue 9): a column that holds the name of one of
-- the program's enums (a case's stage, the Panel's outcome, a role, a booking's state, …) accepts
-- only the names the program knows, so a hand-made UPDATE cannot leave a value that the row
-- readers would refuse (they fail loudly with "stored <column> has unknown value '…'").
-- Constraint and trigger names are <table>_<column>_known; the lists are the domain's *_name
-- functions, and tests/store/stored_values_test.cpp writes every one of them.
--
-- PostgreSQL: ADD CONSTRAINT … CHECK, which also checks the rows already there.
-- SQLite cannot add a CHECK to an existing table. Of its two ways round, rebuilding each table
-- (the documented 12-step procedure) needs PRAGMA foreign_keys=OFF, which cannot be set inside the
-- one transaction every migration runs in, and ten of these tables are parents or children in
-- foreign keys; so SQLite gets BEFORE INSERT and BEFORE UPDATE OF <column> triggers that
-- RAISE(ABORT), which work inside the transaction and leave the tables as they are. Each trigger
-- is written on lines of its own with its body on one line (the migrator ends a statement at a
-- line ending in ';'). Rows already there are checked by the UPDATEs at the end, which rewrite any
-- unknown name onto itself: the update trigger then fails the migration, which rolls back whole.
-- The comma-separated cases.categories is checked by its reader only.
-- engine: postgresql
ALTER TABLE cases ADD CONSTRAINT cases_stage_known CHECK (stage IN (
    'notification', 'rapid_review', 'awaiting_panel_decision', 'review_to_be_commissioned',
    'closed', 'recorded_only'));
ALTER TABLE cases ADD CONSTRAINT cases_incident_known CHECK (incident IN (
    'death', 'serious_harm'));
ALTER TABLE cases ADD CONSTRAINT cases_abuse_or_neglect_known CHECK (abuse_or_neglect IN (
    'known', 'suspected', 'not_suspected'));
ALTER TABLE cases ADD CONSTRAINT cases_decision_view_known CHECK (decision_view IN (
    'agrees', 'disagrees'));
ALTER TABLE cases ADD CONSTRAINT cases_decision_outcome_known CHECK (decision_outcome IN (
    'no_review', 'learning_review', 'local_cspr', 'national_review'));
ALTER TABLE agency_requests ADD CONSTRAINT agency_requests_state_known CHECK (state IN (
    'not_started', 'draft', 'submitted'));
ALTER TABLE case_events ADD CONSTRAINT case_events_kind_known CHECK (kind IN (
    'notification_recorded', 'notification_sent', 'partners_told', 'rapid_review_started',
    'rapid_review_allocated', 'agency_response_requested', 'agency_response_draft_saved',
    'agency_response_submitted', 'rapid_review_record_saved', 'signed_off', 'sign_offs_cleared',
    'submitted_to_panel', 'panel_decision_recorded', 'stage_changed'));
ALTER TABLE case_sign_offs ADD CONSTRAINT case_sign_offs_partner_known CHECK (partner IN (
    'local_authority', 'police', 'health'));
ALTER TABLE users ADD CONSTRAINT users_status_known CHECK (status IN (
    'invited', 'unverified', 'active', 'deactivated'));
ALTER TABLE user_roles ADD CONSTRAINT user_roles_role_known CHECK (role IN (
    'admin', 'manager', 'committee', 'notifier', 'contributor', 'lead', 'reviewer', 'trainer',
    'learner', 'panel', 'inspector'));
ALTER TABLE courses ADD CONSTRAINT courses_status_known CHECK (status IN (
    'draft', 'published'));
ALTER TABLE training_sessions ADD CONSTRAINT training_sessions_format_known CHECK (format IN (
    'virtual', 'in_person'));
ALTER TABLE training_sessions ADD CONSTRAINT training_sessions_status_known CHECK (status IN (
    'scheduled', 'cancelled'));
ALTER TABLE bookings ADD CONSTRAINT bookings_state_known CHECK (state IN (
    'requested', 'booked', 'waiting', 'cancelled_by_person', 'cancelled_by_trainer', 'attended',
    'partly_attended', 'did_not_attend'));
ALTER TABLE booking_history ADD CONSTRAINT booking_history_state_known CHECK (state IN (
    'requested', 'booked', 'waiting', 'cancelled_by_person', 'cancelled_by_trainer', 'attended',
    'partly_attended', 'did_not_attend'));
-- engine: sqlite
CREATE TRIGGER cases_stage_known_on_insert BEFORE INSERT ON cases
  FOR EACH ROW WHEN NEW.stage NOT IN (
    'notification', 'rapid_review', 'awaiting_panel_decision', 'review_to_be_commissioned',
    'closed', 'recorded_only')
  BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: cases_stage_known'); END;
CREATE TRIGGER cases_stage_known_on_update BEFORE UPDATE OF stage ON cases
  FOR EACH ROW WHEN NEW.stage NOT IN (
    'notification', 'rapid_review', 'awaiting_panel_decision', 'review_to_be_commissioned',
    'closed', 'recorded_only')
  BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: cases_stage_known'); END;
CREATE TRIGGER cases_incident_known_on_insert BEFORE INSERT ON cases
  FOR EACH ROW WHEN NEW.incident NOT IN (
    'death', 'serious_harm')
  BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: cases_incident_known'); END;
CREATE TRIGGER cases_incident_known_on_update BEFORE UPDATE OF incident ON cases
  FOR EACH ROW WHEN NEW.incident NOT IN (
    'death', 'serious_harm')
  BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: cases_incident_known'); END;
CREATE TRIGGER cases_abuse_or_neglect_known_on_insert BEFORE INSERT ON cases
  FOR EACH ROW WHEN NEW.abuse_or_neglect NOT IN (
    'known', 'suspected', 'not_suspected')
  BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: cases_abuse_or_neglect_known'); END;
CREATE TRIGGER cases_abuse_or_neglect_known_on_update BEFORE UPDATE OF abuse_or_neglect ON cases
  FOR EACH ROW WHEN NEW.abuse_or_neglect NOT IN (
    'known', 'suspected', 'not_suspected')
  BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: cases_abuse_or_neglect_known'); END;
CREATE TRIGGER cases_decision_view_known_on_insert BEFORE INSERT ON cases
  FOR EACH ROW WHEN NEW.decision_view NOT IN (
    'agrees', 'disagrees')
  BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: cases_decision_view_known'); END;
CREATE TRIGGER cases_decision_view_known_on_update BEFORE UPDATE OF decision_view ON cases
  FOR EACH ROW WHEN NEW.decision_view NOT IN (
    'agrees', 'disagrees')
  BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: cases_decision_view_known'); END;
CREATE TRIGGER cases_decision_outcome_known_on_insert BEFORE INSERT ON cases
  FOR EACH ROW WHEN NEW.decision_outcome NOT IN (
    'no_review', 'learning_review', 'local_cspr', 'national_review')
  BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: cases_decision_outcome_known'); END;
CREATE TRIGGER cases_decision_outcome_known_on_update BEFORE UPDATE OF decision_outcome ON cases
  FOR EACH ROW WHEN NEW.decision_outcome NOT IN (
    'no_review', 'learning_review', 'local_cspr', 'national_review')
  BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: cases_decision_outcome_known'); END;
CREATE TRIGGER agency_requests_state_known_on_insert BEFORE INSERT ON agency_requests
  FOR EACH ROW WHEN NEW.state NOT IN (
    'not_started', 'draft', 'submitted')
  BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: agency_requests_state_known'); END;
CREATE TRIGGER agency_requests_state_known_on_update BEFORE UPDATE OF state ON agency_requests
  FOR EACH ROW WHEN NEW.state NOT IN (
    'not_started', 'draft', 'submitted')
  BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: agency_requests_state_known'); END;
CREATE TRIGGER case_events_kind_known_on_insert BEFORE INSERT ON case_events
  FOR EACH ROW WHEN NEW.kind NOT IN (
    'notification_recorded', 'notification_sent', 'partners_told', 'rapid_review_started',
    'rapid_review_allocated', 'agency_response_requested', 'agency_response_draft_saved',
    'agency_response_submitted', 'rapid_review_record_saved', 'signed_off', 'sign_offs_cleared',
    'submitted_to_panel', 'panel_decision_recorded', 'stage_changed')
  BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: case_events_kind_known'); END;
CREATE TRIGGER case_events_kind_known_on_update BEFORE UPDATE OF kind ON case_events
  FOR EACH ROW WHEN NEW.kind NOT IN (
    'notification_recorded', 'notification_sent', 'partners_told', 'rapid_review_started',
    'rapid_review_allocated', 'agency_response_requested', 'agency_response_draft_saved',
    'agency_response_submitted', 'rapid_review_record_saved', 'signed_off', 'sign_offs_cleared',
    'submitted_to_panel', 'panel_decision_recorded', 'stage_changed')
  BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: case_events_kind_known'); END;
CREATE TRIGGER case_sign_offs_partner_known_on_insert BEFORE INSERT ON case_sign_offs
  FOR EACH ROW WHEN NEW.partner NOT IN (
    'local_authority', 'police', 'health')
  BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: case_sign_offs_partner_known'); END;
CREATE TRIGGER case_sign_offs_partner_known_on_update BEFORE UPDATE OF partner ON case_sign_offs
  FOR EACH ROW WHEN NEW.partner NOT IN (
    'local_authority', 'police', 'health')
  BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: case_sign_offs_partner_known'); END;
CREATE TRIGGER users_status_known_on_insert BEFORE INSERT ON users
  FOR EACH ROW WHEN NEW.status NOT IN (
    'invited', 'unverified', 'active', 'deactivated')
  BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: users_status_known'); END;
CREATE TRIGGER users_status_known_on_update BEFORE UPDATE OF status ON users
  FOR EACH ROW WHEN NEW.status NOT IN (
    'invited', 'unverified', 'active', 'deactivated')
  BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: users_status_known'); END;
CREATE TRIGGER user_roles_role_known_on_insert BEFORE INSERT ON user_roles
  FOR EACH ROW WHEN NEW.role NOT IN (
    'admin', 'manager', 'committee', 'notifier', 'contributor', 'lead', 'reviewer', 'trainer',
    'learner', 'panel', 'inspector')
  BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: user_roles_role_known'); END;
CREATE TRIGGER user_roles_role_known_on_update BEFORE UPDATE OF role ON user_roles
  FOR EACH ROW WHEN NEW.role NOT IN (
    'admin', 'manager', 'committee', 'notifier', 'contributor', 'lead', 'reviewer', 'trainer',
    'learner', 'panel', 'inspector')
  BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: user_roles_role_known'); END;
CREATE TRIGGER courses_status_known_on_insert BEFORE INSERT ON courses
  FOR EACH ROW WHEN NEW.status NOT IN (
    'draft', 'published')
  BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: courses_status_known'); END;
CREATE TRIGGER courses_status_known_on_update BEFORE UPDATE OF status ON courses
  FOR EACH ROW WHEN NEW.status NOT IN (
    'draft', 'published')
  BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: courses_status_known'); END;
CREATE TRIGGER training_sessions_format_known_on_insert BEFORE INSERT ON training_sessions
  FOR EACH ROW WHEN NEW.format NOT IN (
    'virtual', 'in_person')
  BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: training_sessions_format_known'); END;
CREATE TRIGGER training_sessions_format_known_on_update BEFORE UPDATE OF format ON training_sessions
  FOR EACH ROW WHEN NEW.format NOT IN (
    'virtual', 'in_person')
  BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: training_sessions_format_known'); END;
CREATE TRIGGER training_sessions_status_known_on_insert BEFORE INSERT ON training_sessions
  FOR EACH ROW WHEN NEW.status NOT IN (
    'scheduled', 'cancelled')
  BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: training_sessions_status_known'); END;
CREATE TRIGGER training_sessions_status_known_on_update BEFORE UPDATE OF status ON training_sessions
  FOR EACH ROW WHEN NEW.status NOT IN (
    'scheduled', 'cancelled')
  BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: training_sessions_status_known'); END;
CREATE TRIGGER bookings_state_known_on_insert BEFORE INSERT ON bookings
  FOR EACH ROW WHEN NEW.state NOT IN (
    'requested', 'booked', 'waiting', 'cancelled_by_person', 'cancelled_by_trainer', 'attended',
    'partly_attended', 'did_not_attend')
  BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: bookings_state_known'); END;
CREATE TRIGGER bookings_state_known_on_update BEFORE UPDATE OF state ON bookings
  FOR EACH ROW WHEN NEW.state NOT IN (
    'requested', 'booked', 'waiting', 'cancelled_by_person', 'cancelled_by_trainer', 'attended',
    'partly_attended', 'did_not_attend')
  BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: bookings_state_known'); END;
CREATE TRIGGER booking_history_state_known_on_insert BEFORE INSERT ON booking_history
  FOR EACH ROW WHEN NEW.state NOT IN (
    'requested', 'booked', 'waiting', 'cancelled_by_person', 'cancelled_by_trainer', 'attended',
    'partly_attended', 'did_not_attend')
  BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: booking_history_state_known'); END;
CREATE TRIGGER booking_history_state_known_on_update BEFORE UPDATE OF state ON booking_history
  FOR EACH ROW WHEN NEW.state NOT IN (
    'requested', 'booked', 'waiting', 'cancelled_by_person', 'cancelled_by_trainer', 'attended',
    'partly_attended', 'did_not_attend')
  BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: booking_history_state_known'); END;
UPDATE cases SET stage = stage WHERE stage NOT IN (
    'notification', 'rapid_review', 'awaiting_panel_decision', 'review_to_be_commissioned',
    'closed', 'recorded_only');
UPDATE cases SET incident = incident WHERE incident NOT IN (
    'death', 'serious_harm');
UPDATE cases SET abuse_or_neglect = abuse_or_neglect WHERE abuse_or_neglect NOT IN (
    'known', 'suspected', 'not_suspected');
UPDATE cases SET decision_view = decision_view WHERE decision_view NOT IN (
    'agrees', 'disagrees');
UPDATE cases SET decision_outcome = decision_outcome WHERE decision_outcome NOT IN (
    'no_review', 'learning_review', 'local_cspr', 'national_review');
UPDATE agency_requests SET state = state WHERE state NOT IN (
    'not_started', 'draft', 'submitted');
UPDATE case_events SET kind = kind WHERE kind NOT IN (
    'notification_recorded', 'notification_sent', 'partners_told', 'rapid_review_started',
    'rapid_review_allocated', 'agency_response_requested', 'agency_response_draft_saved',
    'agency_response_submitted', 'rapid_review_record_saved', 'signed_off', 'sign_offs_cleared',
    'submitted_to_panel', 'panel_decision_recorded', 'stage_changed');
UPDATE case_sign_offs SET partner = partner WHERE partner NOT IN (
    'local_authority', 'police', 'health');
UPDATE users SET status = status WHERE status NOT IN (
    'invited', 'unverified', 'active', 'deactivated');
UPDATE user_roles SET role = role WHERE role NOT IN (
    'admin', 'manager', 'committee', 'notifier', 'contributor', 'lead', 'reviewer', 'trainer',
    'learner', 'panel', 'inspector');
UPDATE courses SET status = status WHERE status NOT IN (
    'draft', 'published');
UPDATE training_sessions SET format = format WHERE format NOT IN (
    'virtual', 'in_person');
UPDATE training_sessions SET status = status WHERE status NOT IN (
    'scheduled', 'cancelled');
UPDATE bookings SET state = state WHERE state NOT IN (
    'requested', 'booked', 'waiting', 'cancelled_by_person', 'cancelled_by_trainer', 'attended',
    'partly_attended', 'did_not_attend');
UPDATE booking_history SET state = state WHERE state NOT IN (
    'requested', 'booked', 'waiting', 'cancelled_by_person', 'cancelled_by_trainer', 'attended',
    'partly_attended', 'did_not_attend');
