// Entries of the audit log: who did what to which thing, when, from where, and how it ended. The
// log is append-only and hash-chained: each entry's hash covers its fields and the previous
// entry's hash, so an edited, deleted or reordered entry breaks the chain (app/audit.hpp).
#pragma once

#include <optional>
#include <string>

#include "domain/instant.hpp"
#include "domain/partnership.hpp"

namespace casereview {

// The words of the audit log, in one place: every record_audit call names its action, entity and
// outcome from these lists, so that the log (and its search by action or entity) has one spelling
// for each. A new use case adds its action here.
namespace audit_action {
inline constexpr const char* accept_invitation = "accept-invitation";
inline constexpr const char* add_evidence = "add-evidence";
inline constexpr const char* add_case_agency = "add-case-agency";
inline constexpr const char* allocate_rapid_review = "allocate-rapid-review";
inline constexpr const char* appoint_reviewer = "appoint-reviewer";
inline constexpr const char* ask_due_date = "ask-due-date";
inline constexpr const char* back_up = "back-up";  // casereview backup
inline constexpr const char* book = "book";
inline constexpr const char* cancel = "cancel";
inline constexpr const char* change_capacity = "change-capacity";
inline constexpr const char* change_details = "change-details";
inline constexpr const char* change_trainer = "change-trainer";
inline constexpr const char* circulate = "circulate";
inline constexpr const char* commission_review = "commission-review";
inline constexpr const char* copy = "copy";
inline constexpr const char* check_anonymisation = "check-anonymisation";
inline constexpr const char* decide_duplicate = "decide-duplicate";
inline constexpr const char* decide_publication = "decide-publication";
inline constexpr const char* dismiss_finding = "dismiss-finding";
inline constexpr const char* decide_due_date = "decide-due-date";
inline constexpr const char* create = "create";
inline constexpr const char* deactivate = "deactivate";
inline constexpr const char* erase = "delete";
inline constexpr const char* enrol_second_factor = "enrol-second-factor";
inline constexpr const char* evaluate = "evaluate";
inline constexpr const char* import_file = "import";
inline constexpr const char* issue = "issue";
inline constexpr const char* link_course = "link-course";
inline constexpr const char* mark_attendance = "mark-attendance";
inline constexpr const char* pause_review = "pause-review";
inline constexpr const char* plan_assurance_check = "plan-assurance-check";
inline constexpr const char* mark_final = "mark-final";
inline constexpr const char* promote = "promote";
inline constexpr const char* propose_completion = "propose-completion";
inline constexpr const char* record_assurance_result = "record-assurance-result";
inline constexpr const char* return_action = "return-action";
inline constexpr const char* publish = "publish";
inline constexpr const char* record_advance_copy = "record-advance-copy";
inline constexpr const char* save_library_entry = "save-library-entry";
inline constexpr const char* save_briefing = "save-briefing";
inline constexpr const char* save_briefing_template = "save-briefing-template";
inline constexpr const char* record_briefing_use = "record-briefing-use";
// Rule YR-1.
inline constexpr const char* rekey = "rekey";      // casereview rekey
inline constexpr const char* restore = "restore";  // casereview restore
inline constexpr const char* record_yearly_report_publication = "record-yearly-report-publication";
inline constexpr const char* record_yearly_report_sent = "record-yearly-report-sent";
inline constexpr const char* withdraw_document = "withdraw-document";
inline constexpr const char* add_library_theme = "add-library-theme";
inline constexpr const char* record_monitoring_check = "record-monitoring-check";
inline constexpr const char* record_panel_decision = "record-panel-decision";
inline constexpr const char* register_account = "register";
inline constexpr const char* reply = "reply";
inline constexpr const char* request_agency_response = "request-agency-response";
inline constexpr const char* request_chronology = "request-chronology";
inline constexpr const char* request_password_reset = "request-password-reset";
inline constexpr const char* reset_password = "reset-password";
inline constexpr const char* reset_second_factor = "reset-second-factor";
inline constexpr const char* resume_review = "resume-review";
inline constexpr const char* return_for_correction = "return-for-correction";
inline constexpr const char* save_draft = "save-draft";
inline constexpr const char* second_factor = "second-factor";
inline constexpr const char* send_notification = "send-notification";
inline constexpr const char* send_response = "send-response";
inline constexpr const char* show_attendance_code = "show-attendance-code";  // Rule TRN-8
inline constexpr const char* sign_in = "sign-in";
inline constexpr const char* sign_in_to_session = "sign-in-to-session";  // Rule TRN-8
inline constexpr const char* sign_off_action = "sign-off-action";
inline constexpr const char* sign_off_rapid_review = "sign-off-rapid-review";
inline constexpr const char* sign_off_report = "sign-off-report";
inline constexpr const char* sign_out = "sign-out";
inline constexpr const char* submit = "submit";
inline constexpr const char* submit_rapid_review = "submit-rapid-review";
inline constexpr const char* tell_partners = "tell-partners";
inline constexpr const char* unlink_course = "unlink-course";
inline constexpr const char* unpublish = "unpublish";
inline constexpr const char* update = "update";
inline constexpr const char* update_affiliations = "update-affiliations";
inline constexpr const char* update_rapid_review = "update-rapid-review";
inline constexpr const char* verify_email = "verify-email";
inline constexpr const char* view = "view";
inline constexpr const char* view_names = "view-names";
inline constexpr const char* withdraw = "withdraw";
}  // namespace audit_action

// The kinds of thing an entry is about ("session" is a signed-in session).
namespace audit_entity {
inline constexpr const char* action = "action";
inline constexpr const char* action_evidence = "action-evidence";
inline constexpr const char* agency = "agency";
inline constexpr const char* agency_response = "agency-response";
inline constexpr const char* assurance_check = "assurance-check";
inline constexpr const char* api_token = "api-token";
inline constexpr const char* bank_holidays = "bank-holidays";
inline constexpr const char* booking = "booking";
inline constexpr const char* case_record = "case";
inline constexpr const char* certificate = "certificate";
inline constexpr const char* chronology = "chronology";
inline constexpr const char* chronology_entry = "chronology-entry";
inline constexpr const char* course = "course";
inline constexpr const char* database = "database";
inline constexpr const char* finding = "finding";
inline constexpr const char* key_practice_episode = "key-practice-episode";
inline constexpr const char* partnership = "partnership";
inline constexpr const char* recommendation = "recommendation";
inline constexpr const char* review = "review";
inline constexpr const char* report_comment = "report-comment";
inline constexpr const char* report_final = "report-final";
inline constexpr const char* publication = "publication";
inline constexpr const char* library_entry = "library-entry";
inline constexpr const char* briefing = "briefing";
inline constexpr const char* yearly_report = "yearly-report";
inline constexpr const char* library_theme = "library-theme";
inline constexpr const char* report_version = "report-version";
inline constexpr const char* reviewer_affiliations = "reviewer-affiliations";
inline constexpr const char* session = "session";
inline constexpr const char* settings = "settings";
inline constexpr const char* training_charges = "training-charges";  // Rule TRN-9
inline constexpr const char* training_register = "training-register";
inline constexpr const char* training_session = "training-session";
inline constexpr const char* user = "user";
}  // namespace audit_entity

// How it ended: done, tried and failed (a wrong password), or refused by a rule (names hidden).
namespace audit_outcome {
inline constexpr const char* success = "success";
inline constexpr const char* failure = "failure";
inline constexpr const char* refused = "refused";
}  // namespace audit_outcome

struct AuditEntry {
  std::int64_t sequence = 0;  // 1, 2, 3, … with no gaps
  Instant at{};
  std::optional<Id> partnership_id;  // whose data it concerns; nullopt for national or none
  std::optional<Id> user_id;
  std::string user_email;  // as it was at the time; empty for the public
  std::string role;        // the roles the user acted with, comma-separated
  std::string action;      // from audit_action, e.g. "sign-in", "create", "delete", "view"
  std::string entity;      // from audit_entity, e.g. "user", "agency", "case"
  std::string entity_id;
  std::string client_address;
  std::string outcome;  // from audit_outcome: "success", "failure", "refused"
  std::string detail;   // a short note, never a secret
  std::string previous_hash;
  std::string hash;
};

struct AuditFilter {
  std::optional<Id> user_id;
  std::string user_email;
  std::optional<Instant> from;
  std::optional<Instant> to;  // exclusive
  std::string entity;
  std::string action;
  int limit = 200;
};

}  // namespace casereview
