// Serious incident notifications (DOMAIN.md step 2): recording one with all its answers, then
// recording when it was sent to the National Panel (which starts the rapid review) and when the
// partners were told. Children's identifying details are encrypted before they are stored
// (app/security/field_cipher.hpp); everything returned here names children by pseudonym only.
//
// Field names in the input structs are the JSON API's members (POST /api/v1/notifications) and the
// form fields; invalid_input errors name them: "aware_on", "children[0].given_name", … One entry
// per bad field; nothing is stored then.
//
// Permissions: record_notifications (notifier, manager) for all three.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/context.hpp"
#include "domain/case_deadlines.hpp"
#include "domain/case_model.hpp"

namespace casereview {

struct ChildInput {
  std::string given_name;
  std::string family_name;
  std::string date_of_birth;         // YYYY-MM-DD
  std::string sex;                   // "female" | "male" | "not_known"
  std::string ethnicity;             // optional
  std::string home_local_authority;  // optional
};

struct NotificationInput {
  std::string aware_on;                 // YYYY-MM-DD, the local authority became aware
  std::string incident_on;              // YYYY-MM-DD
  std::string incident;                 // "death" | "serious_harm"
  std::string abuse_or_neglect;         // "known" | "suspected" | "not_suspected"
  std::vector<std::string> categories;  // abuse_category_name()s; at least one unless not_suspected
  std::optional<bool> looked_after;     // nullopt: not answered
  std::optional<bool> care_leaver;
  std::optional<bool> police_involved;
  std::vector<ChildInput> children;  // 1 to 4; pseudonyms "Child A".. in this order
  std::vector<Id> agency_ids;        // at least one, of the caller's partnership
  std::string outline;               // pseudonymised: no names (up to 5000 characters)
};

struct ChildPseudonym {
  std::string pseudonym;  // "Child A"
};

// 201 body of POST /api/v1/notifications.
struct RecordedNotification {
  Id id = 0;
  std::string reference;            // "NBP-2026-007"
  CivilDate notify_by = no_date();  // Rule SIN-1
  std::vector<ChildPseudonym> children;
  CaseStage stage = CaseStage::notification;
  bool recorded_only = false;  // Rule SIN-5: will not start a rapid review
};

// What "check your answers" can show before recording: exactly what record_notification would
// record from these answers (the facts, the children and the agencies as checked: no kinds of
// abuse or neglect when it is not suspected, each agency once), the deadline the answers give,
// and whether they would be recorded only. invalid_input exactly as record_notification would.
struct NotificationPreview {
  CivilDate notify_by = no_date();
  bool recorded_only = false;
  std::vector<std::string> pseudonyms;
  NotificationFacts facts;
  std::vector<ChildIdentity> children;  // in pseudonym order
  std::vector<Id> agency_ids;
};
Result<NotificationPreview> preview_notification(AppContext& context, const Caller& caller,
                                                 const NotificationInput& input);

// Records the notification: allocates the partnership's next reference (Rule CASE-REF-1, safe under
// concurrency), computes notify_by (Rule SIN-1) with the partnership's settings and calendar,
// stores the children encrypted, adds a timeline event and an audit entry. invalid_input per bad
// field (Rule SIN-4: 1 to 4 children; Rule SIN-6: abuse or neglect known or suspected unless a
// looked-after child or care leaver died; dates real and not in the future; incident on or before
// aware_on; dates of birth on or before the incident; agencies of the partnership). forbidden
// without record_notifications. internal when no data key is configured. With
// CallersDraft::removed the caller's notification draft (app/cases/notification_drafts.hpp) is
// removed in the same transaction, so it goes exactly when its answers are recorded.
enum class CallersDraft { kept, removed };
Result<RecordedNotification> record_notification(AppContext& context, const Caller& caller,
                                                 const NotificationInput& input,
                                                 CallersDraft draft = CallersDraft::kept);

struct SentInput {
  std::string sent_on;      // YYYY-MM-DD
  std::string late_reason;  // required when sent_on is after notify_by (Rule SIN-3)
};

// Body of POST /api/v1/notifications/{id}/sent.
struct SentOutcome {
  CaseStage stage = CaseStage::rapid_review;
  std::optional<CivilDate> rapid_review_due;  // Rule RR-1; nullopt when recorded only (Rule SIN-5)
  bool late = false;                          // sent after notify_by
};

// Records that the notification was sent to the Panel (which copies Ofsted and DfE); starts the
// rapid review unless recorded only. not_found for a case of another partnership; wrong_state when
// already sent; invalid_input on "sent_on" (not a date, in the future, before aware_on) or
// "late_reason".
Result<SentOutcome> record_notification_sent(AppContext& context, const Caller& caller, Id case_id,
                                             const SentInput& input);

struct PartnersToldInput {
  std::string told_on;      // YYYY-MM-DD
  std::string late_reason;  // required when told_on is after notify_by (Rule SIN-2, Rule SIN-3)
};

struct PartnersToldOutcome {
  bool late = false;
};

// Records when the safeguarding partners were told. Same errors as record_notification_sent, on
// "told_on" and "late_reason"; wrong_state when already recorded.
Result<PartnersToldOutcome> record_partners_told(AppContext& context, const Caller& caller,
                                                 Id case_id, const PartnersToldInput& input);

// The agencies of the caller's partnership (GET /api/v1/agencies), for choosing the agencies
// involved. forbidden without record_notifications or view_cases.
Result<std::vector<Agency>> list_case_agencies(AppContext& context, const Caller& caller);

}  // namespace casereview
