-- Notification drafts (issue 10, item 6): the answers a person has given so far on the notification
-- questions, kept on the server so that each question is a page of its own (post/redirect/get)
-- rather than hidden form fields. One draft per person; the answers are sealed with the data key
-- (app/security/field_cipher), because they hold children's names and dates of birth. A draft is
-- removed when its notification is recorded, and a scheduled job removes drafts untouched for 24
-- hours (app/cases/notification_drafts.hpp). Written once: no identity column differs.
-- engine: all
CREATE TABLE notification_drafts (
  user_id BIGINT NOT NULL PRIMARY KEY REFERENCES users (id),
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  sealed_answers TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX notification_drafts_by_age ON notification_drafts (updated_at);
