// A serious incident case from notification to the National Panel's decision (DOMAIN.md steps 1-4):
// the values a case is made of, as plain data. The rules that move a case from stage to stage are
// in case_stages.hpp; its deadlines and their derived status in case_deadlines.hpp.
//
// Each enum has a stable name (`*_name`, used in the database, forms and the JSON API, e.g.
// "serious_harm") and, where people read it, words (`*_text`, e.g. "Serious harm"). `*_from_name`
// returns nullopt for an unknown name, so input is checked at the boundary.
//
// Children's identifying details (ChildIdentity) are plain here; the app layer encrypts them before
// storage (app/security/field_cipher.hpp) and shows them only to those case_visibility allows.
//
// Plain values: safe to copy and to read from any thread.
#pragma once

#include <array>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "domain/civil_date.hpp"
#include "domain/instant.hpp"
#include "domain/partnership.hpp"
#include "domain/statutory_partner.hpp"

namespace casereview {

// The value of a date member not yet given (CivilDate has no default): 1970-01-01. Every stored
// or returned value sets its dates; this only lets the structs below be built field by field.
inline CivilDate no_date() { return CivilDate::from_sys_days(std::chrono::sys_days{}).value(); }

// What happened to the child (Children Act 2004 s16C).
enum class IncidentKind { death, serious_harm };
inline constexpr std::array<IncidentKind, 2> all_incident_kinds = {IncidentKind::death,
                                                                   IncidentKind::serious_harm};
std::string_view incident_kind_name(IncidentKind kind);  // "death", "serious_harm"
std::string_view incident_kind_text(IncidentKind kind);  // "Death", "Serious harm"
std::optional<IncidentKind> incident_kind_from_name(std::string_view name);

enum class AbuseOrNeglect { known, suspected, not_suspected };
inline constexpr std::array<AbuseOrNeglect, 3> all_abuse_or_neglect = {
    AbuseOrNeglect::known, AbuseOrNeglect::suspected, AbuseOrNeglect::not_suspected};
std::string_view abuse_or_neglect_name(
    AbuseOrNeglect value);  // "known", "suspected", "not_suspected"
std::string_view abuse_or_neglect_text(
    AbuseOrNeglect value);  // "Known", "Suspected", "Not suspected"
std::optional<AbuseOrNeglect> abuse_or_neglect_from_name(std::string_view name);

enum class AbuseCategory {
  physical,
  emotional,
  sexual,
  neglect,
  criminal_exploitation,
  sexual_exploitation,
  other
};
inline constexpr std::array<AbuseCategory, 7> all_abuse_categories = {
    AbuseCategory::physical,
    AbuseCategory::emotional,
    AbuseCategory::sexual,
    AbuseCategory::neglect,
    AbuseCategory::criminal_exploitation,
    AbuseCategory::sexual_exploitation,
    AbuseCategory::other};
std::string_view abuse_category_name(AbuseCategory category);  // "criminal_exploitation"
std::string_view abuse_category_text(AbuseCategory category);  // "Criminal exploitation"
std::optional<AbuseCategory> abuse_category_from_name(std::string_view name);

// The recorded sex of a child.
enum class ChildSex { female, male, not_known };
inline constexpr std::array<ChildSex, 3> all_child_sexes = {ChildSex::female, ChildSex::male,
                                                            ChildSex::not_known};
std::string_view child_sex_name(ChildSex sex);  // "female", "male", "not_known"
std::string_view child_sex_text(ChildSex sex);  // "Female", "Male", "Not known"
std::optional<ChildSex> child_sex_from_name(std::string_view name);

// Where a case is (case_stages.hpp has the transitions):
enum class CaseStage {
  notification,             // recorded; the notification to the Panel is still to be sent
  rapid_review,             // sent; the rapid review is running (due 15 working days after sending)
  awaiting_panel_decision,  // the rapid review was submitted to the Panel
  review_to_be_commissioned,  // the decision is a review, not commissioned yet
  review_in_progress,         // the review is commissioned (Rule REV-1); its own stage says where
  closed,                     // no review; closed with a reason
  recorded_only,              // sent, but no rapid review (Rule SIN-5: looked-after death without
                              // abuse or neglect suspected, or a care leaver's death)
};
inline constexpr std::array<CaseStage, 7> all_case_stages = {CaseStage::notification,
                                                             CaseStage::rapid_review,
                                                             CaseStage::awaiting_panel_decision,
                                                             CaseStage::review_to_be_commissioned,
                                                             CaseStage::review_in_progress,
                                                             CaseStage::closed,
                                                             CaseStage::recorded_only};
std::string_view case_stage_name(CaseStage stage);  // "awaiting_panel_decision"
std::string_view case_stage_text(CaseStage stage);  // "Awaiting Panel decision"
std::optional<CaseStage> case_stage_from_name(std::string_view name);
// Open stages are on the dashboard by default: notification, rapid_review, awaiting_panel_decision.
bool is_open_stage(CaseStage stage);

// The rapid review's recommendation and the Panel's decided outcome (DOMAIN.md step 3).
enum class ReviewOutcome { no_review, learning_review, local_cspr, national_review };
inline constexpr std::array<ReviewOutcome, 4> all_review_outcomes = {
    ReviewOutcome::no_review, ReviewOutcome::learning_review, ReviewOutcome::local_cspr,
    ReviewOutcome::national_review};
std::string_view review_outcome_name(ReviewOutcome outcome);  // "local_cspr"
std::string_view review_outcome_text(
    ReviewOutcome outcome);  // "Local child safeguarding practice review"
std::optional<ReviewOutcome> review_outcome_from_name(std::string_view name);

// The statutory criteria the rapid review answers (SI 2018/789): reg 11 (a)-(d) for a local
// review, reg 3 (a)-(c) for a national one.
enum class Criterion { reg11_a, reg11_b, reg11_c, reg11_d, reg3_a, reg3_b, reg3_c };
inline constexpr std::array<Criterion, 7> all_criteria = {
    Criterion::reg11_a, Criterion::reg11_b, Criterion::reg11_c, Criterion::reg11_d,
    Criterion::reg3_a,  Criterion::reg3_b,  Criterion::reg3_c};
std::string_view criterion_name(Criterion criterion);  // "reg11_a" (form field and JSON member)
std::string_view criterion_text(
    Criterion criterion);  // "Regulation 11(a): improvements are needed …"
std::optional<Criterion> criterion_from_name(std::string_view name);

// Whether the Panel agrees with the rapid review's recommendation.
enum class PanelView { agrees, disagrees };
std::string_view panel_view_name(PanelView view);  // "agrees", "disagrees"
std::string_view panel_view_text(PanelView view);  // "Agrees with the recommendation"
std::optional<PanelView> panel_view_from_name(std::string_view name);

// A child's identifying details: encrypted at rest, shown only with full case visibility.
struct ChildIdentity {
  std::string given_name;
  std::string family_name;
  CivilDate date_of_birth = no_date();
  ChildSex sex = ChildSex::not_known;
  std::string ethnicity;             // free text; may be empty
  std::string home_local_authority;  // may be empty
};

// Rule SIN-4: up to four children per notification, called "Child A" to "Child D" in order.
inline constexpr int most_children_per_notification = 4;
// "Child A" for position 0 … "Child D" for position 3.
std::string child_pseudonym(int position);

// Rule CASE-REF-1: a partnership's reference for an incident, used instead of names in lists and
// reports: the partnership's code, the year, and the incident's number in that year for that
// partnership, three digits at least: case_reference("NBP", 2026, 7) is "NBP-2026-007".
std::string case_reference(std::string_view partnership_code, int year, int number);

// The facts of the notification (DOMAIN.md step 2), as recorded.
struct NotificationFacts {
  CivilDate aware_on = no_date();     // the local authority became aware
  CivilDate incident_on = no_date();  // the incident happened
  IncidentKind incident = IncidentKind::serious_harm;
  AbuseOrNeglect abuse_or_neglect = AbuseOrNeglect::suspected;
  std::vector<AbuseCategory> categories;  // empty when abuse or neglect is not suspected
  bool looked_after = false;
  bool care_leaver = false;
  bool police_involved = false;
  std::string outline;  // pseudonymised case outline: no names
};

// Rule SIN-5 (Working Together 2023): a looked-after child's death without abuse or neglect known
// or suspected, or a care leaver's death, is notified but does not start a rapid review.
bool recorded_only(const NotificationFacts& facts);

// Rule SIN-6 (Children Act 2004 s16C, Working Together 2023): a notification needs abuse or neglect
// known or suspected, unless it is the death of a looked-after child or care leaver.
bool notifiable(const NotificationFacts& facts);

// One statutory criterion's answer.
struct CriterionAnswer {
  std::optional<bool> met;  // nullopt: not answered yet
  std::string rationale;

  bool operator==(const CriterionAnswer&) const = default;
};

// The rapid review record's sections, in the order of its task list (domain/rapid_review_sections
// says what each asks for and when it counts as completed).
enum class RapidReviewSection {
  facts,
  immediate_action,
  key_practice_episodes,
  improvements,
  equality,
  criteria,
  recommendation
};
inline constexpr std::array<RapidReviewSection, 7> all_rapid_review_sections = {
    RapidReviewSection::facts,
    RapidReviewSection::immediate_action,
    RapidReviewSection::key_practice_episodes,
    RapidReviewSection::improvements,
    RapidReviewSection::equality,
    RapidReviewSection::criteria,
    RapidReviewSection::recommendation};

// The rapid review record (DOMAIN.md step 3). Saved as often as the manager likes; complete when
// rapid_review_record_gaps() is empty.
struct RapidReviewRecord {
  std::string facts_established;
  std::string immediate_action;  // taken to keep children safe
  std::string key_practice_episodes;
  std::string what_could_be_improved;
  std::string
      equality_considerations;  // how race, other inequalities and disability were considered
  std::array<CriterionAnswer, 7> criteria{};  // indexed by Criterion
  std::optional<ReviewOutcome> recommendation;
  std::string recommendation_rationale;

  const CriterionAnswer& answer(Criterion criterion) const {
    return criteria[static_cast<std::size_t>(criterion)];
  }
  CriterionAnswer& answer(Criterion criterion) {
    return criteria[static_cast<std::size_t>(criterion)];
  }
  // The same text and answers, word for word.
  bool operator==(const RapidReviewRecord&) const = default;
};

// Rule RR-3: what the record still lacks before partners can sign it, one entry per field (field
// names as in the form and API: "facts_established", "reg11_a", "reg11_a_rationale",
// "recommendation", "recommendation_rationale", …). Empty when complete.
std::vector<FieldError> rapid_review_record_gaps(const RapidReviewRecord& record);

// Rule SIGN-1: one partner's sign-off, by one of its signatories as themselves.
struct SignOff {
  StatutoryPartner partner = StatutoryPartner::local_authority;
  std::string name;  // who signed for the partner
  CivilDate signed_on = no_date();
  std::optional<Id> signed_by;       // the signatory's account (none on sign-offs typed before)
  std::optional<Instant> signed_at;  // when, to the second (none on sign-offs typed before)
};

// The National Panel's response (DOMAIN.md step 4): by a panel user, or recorded by the manager.
struct PanelDecision {
  PanelView view = PanelView::agrees;
  ReviewOutcome outcome = ReviewOutcome::no_review;
  std::string reason;
  CivilDate decided_on = no_date();
  std::optional<Id> theme_id;  // Rule DEC-1: a national review belongs to a national review theme
  Id recorded_by = 0;          // the user who recorded it
  bool recorded_on_behalf = false;  // true when a manager recorded it for the Panel
};

struct NationalReviewTheme {
  Id id = 0;
  std::string name;  // e.g. "It was hard to escape"
};

// A case as stored (without children's identities and agency requests, which have their own
// records). `version` goes up with every change, so two concurrent changes cannot both apply.
struct CaseRecord {
  Id id = 0;
  Id partnership_id = 0;
  std::string reference;  // Rule CASE-REF-1, e.g. "NBP-2026-007"
  int version = 0;
  CaseStage stage = CaseStage::notification;
  NotificationFacts facts;
  std::vector<Id> agency_ids;           // the agencies involved
  std::vector<std::string> pseudonyms;  // "Child A", … in order
  CivilDate notify_by = no_date();      // Rule SIN-1, fixed when recorded
  std::optional<CivilDate> sent_on;
  std::string late_reason;  // Rule SIN-3: when sent after notify_by
  std::optional<CivilDate> partners_told_on;
  std::string partners_late_reason;           // Rule SIN-2, Rule SIN-3: when told after notify_by
  std::optional<CivilDate> rapid_review_due;  // Rule RR-1, fixed when sent
  std::optional<Id> rapid_review_lead_id;     // the manager allocated to run it
  std::optional<CivilDate> allocated_on;
  RapidReviewRecord rapid_review;
  std::optional<Instant>
      rapid_review_changed_at;  // when its text last changed (signatories see it)
  // The sections the manager has said are completed (not part of what the partners sign).
  std::set<RapidReviewSection> rapid_review_completed;
  std::vector<SignOff> sign_offs;  // at most one per partner
  std::optional<CivilDate> submitted_on;
  std::optional<PanelDecision> decision;
  std::optional<CivilDate> closed_on;
  std::string closed_reason;
  Instant recorded_at{};
  Id recorded_by = 0;
};

// An agency's summary of its involvement, requested for the rapid review (Rule RR-2).
enum class AgencyResponseState { not_started, draft, submitted };
std::string_view agency_response_state_name(
    AgencyResponseState state);  // "not_started", "draft", "submitted"
std::string_view agency_response_state_text(
    AgencyResponseState state);  // "Not started", "Draft", "Submitted"
std::optional<AgencyResponseState> agency_response_state_from_name(std::string_view name);

struct AgencyRequest {
  Id id = 0;
  Id partnership_id = 0;
  Id case_id = 0;
  Id agency_id = 0;
  CivilDate requested_on = no_date();
  CivilDate due_on = no_date();  // Rule RR-2
  Id requested_by = 0;
  AgencyResponseState state = AgencyResponseState::not_started;
  std::string summary;  // the response: draft or submitted text
  std::optional<Instant> saved_at;
  std::optional<Instant> submitted_at;
  std::optional<Id> submitted_by;
};

// What a timeline entry records.
enum class CaseEventKind {
  notification_recorded,
  notification_sent,
  partners_told,
  rapid_review_started,
  rapid_review_allocated,
  agency_response_requested,
  agency_response_draft_saved,
  agency_response_submitted,
  rapid_review_record_saved,
  signed_off,
  sign_offs_cleared,
  submitted_to_panel,
  panel_decision_recorded,
  stage_changed,
  agency_added,               // an agency added to the case after notification
  review_commissioned,        // Rule REV-1
  review_paused,              // Rule REV-2
  review_resumed,             // Rule REV-2
  monitoring_check_recorded,  // Rule REV-3
  reviewer_appointed,         // Rule REV-4
};
std::string_view case_event_kind_name(CaseEventKind kind);  // "notification_sent"
std::string_view case_event_kind_text(CaseEventKind kind);  // "Notification sent to the Panel"
std::optional<CaseEventKind> case_event_kind_from_name(std::string_view name);

// One entry on a case's timeline: what, when, by whom, and a short pseudonymised detail.
struct CaseEvent {
  Id id = 0;
  Id partnership_id = 0;
  Id case_id = 0;
  CaseEventKind kind = CaseEventKind::notification_recorded;
  Instant at{};
  std::optional<CivilDate> on;  // the date the event says it happened on (e.g. sent_on), when given
  std::optional<Id> user_id;
  std::string user_name;
  std::string detail;  // never a child's name
};

}  // namespace casereview
