-- Partner signatories (issue 10, Rule SIGN-1): the three statutory partners sign the rapid review
-- off themselves. An administrator gives a person the role 'signatory' with the partner they sign
-- for, kept beside the role in user_roles.partner (empty for every other role); a sign-off records
-- the signatory's account and the moment they signed (empty on sign-offs typed in before); a case
-- records when its rapid review record's text last changed, which signatories see before signing.
-- The role and partner name guards follow 0005_known_enum_names.sql: a CHECK on PostgreSQL,
-- BEFORE INSERT and BEFORE UPDATE triggers on SQLite. That a signatory has a partner, and only a
-- signatory, is checked by the program (app/accounts.cpp) rather than here, so that the stored
-- names' guards stay one column each.
-- engine: all
ALTER TABLE user_roles ADD COLUMN partner TEXT;
ALTER TABLE case_sign_offs ADD COLUMN signed_by BIGINT REFERENCES users (id);
ALTER TABLE case_sign_offs ADD COLUMN signed_at TEXT;
ALTER TABLE cases ADD COLUMN rapid_review_changed_at TEXT;
-- engine: postgresql
ALTER TABLE user_roles DROP CONSTRAINT user_roles_role_known;
ALTER TABLE user_roles ADD CONSTRAINT user_roles_role_known CHECK (role IN (
    'admin', 'manager', 'committee', 'notifier', 'contributor', 'lead', 'reviewer', 'trainer',
    'learner', 'panel', 'inspector', 'signatory'));
ALTER TABLE user_roles ADD CONSTRAINT user_roles_partner_known CHECK (partner IN (
    'local_authority', 'police', 'health'));
-- engine: sqlite
DROP TRIGGER user_roles_role_known_on_insert;
DROP TRIGGER user_roles_role_known_on_update;
CREATE TRIGGER user_roles_role_known_on_insert BEFORE INSERT ON user_roles
  FOR EACH ROW WHEN NEW.role NOT IN (
    'admin', 'manager', 'committee', 'notifier', 'contributor', 'lead', 'reviewer', 'trainer',
    'learner', 'panel', 'inspector', 'signatory')
  BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: user_roles_role_known'); END;
CREATE TRIGGER user_roles_role_known_on_update BEFORE UPDATE OF role ON user_roles
  FOR EACH ROW WHEN NEW.role NOT IN (
    'admin', 'manager', 'committee', 'notifier', 'contributor', 'lead', 'reviewer', 'trainer',
    'learner', 'panel', 'inspector', 'signatory')
  BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: user_roles_role_known'); END;
CREATE TRIGGER user_roles_partner_known_on_insert BEFORE INSERT ON user_roles
  FOR EACH ROW WHEN NEW.partner NOT IN (
    'local_authority', 'police', 'health')
  BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: user_roles_partner_known'); END;
CREATE TRIGGER user_roles_partner_known_on_update BEFORE UPDATE OF partner ON user_roles
  FOR EACH ROW WHEN NEW.partner NOT IN (
    'local_authority', 'police', 'health')
  BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: user_roles_partner_known'); END;
