// A person's notification draft (issue 10, item 6): the answers given so far on the notification
// questions, kept on the server so that each question is a page of its own that the browser's
// Back button can return to (post/redirect/get), instead of travelling in hidden form fields.
// One draft per person, in their partnership. The answers hold children's names and dates of
// birth, so they are stored sealed with the data key (app/security/field_cipher.hpp), like a
// recorded case's children. A draft goes when its notification is recorded
// (record_notification_draft) or 24 hours after its last change: reads ignore an older draft and
// the scheduled job remove_expired_notification_drafts deletes it, so no read writes.
//
// Permissions: record_notifications (notifier, manager), as for recording the notification.
#pragma once

#include <chrono>

#include "app/cases/notifications.hpp"

namespace casereview {

// How long a draft is kept after its last change.
constexpr std::chrono::hours notification_draft_lifetime{24};

// The caller's draft answers: empty answers when there is none or it is older than
// notification_draft_lifetime. forbidden without record_notifications; internal when no data key
// is configured or the stored draft cannot be opened with it.
Result<NotificationInput> notification_draft(AppContext& context, const Caller& caller);

// Keeps `answers` as the caller's draft (replacing the previous one), whether or not they are
// complete or valid: they are checked when recorded. forbidden without record_notifications;
// internal when no data key is configured.
Status save_notification_draft(AppContext& context, const Caller& caller,
                               const NotificationInput& answers);

// Records the caller's draft as a notification and removes the draft in the same transaction.
// The errors of record_notification (invalid_input per field when the draft is incomplete).
Result<RecordedNotification> record_notification_draft(AppContext& context, const Caller& caller);

// The scheduled job: removes every partnership's drafts older than notification_draft_lifetime at
// context.clock.now(); returns how many. Fails only when the database fails.
Result<int> remove_expired_notification_drafts(AppContext& context);

}  // namespace casereview
