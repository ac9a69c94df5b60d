// Reading cases: the Case Review Committee's dashboard (every open case with its next deadline
// and derived status), one case with its timeline, and the inspectors' read-only list of
// notifications. Status is derived on the caller's today (Europe/London) when read, never stored.
// Children's names appear only in view_case with NameDisplay::shown, only for callers with full
// visibility (domain/policy.hpp case_visibility), and each such view is audited.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/cases/panel_decisions.hpp"
#include "app/cases/rapid_reviews.hpp"
#include "app/context.hpp"
#include "domain/case_deadlines.hpp"
#include "domain/case_model.hpp"
#include "domain/policy.hpp"

namespace casereview {

struct DashboardFilter {
  std::optional<CaseStage> stage;        // nullopt: every open stage (is_open_stage)
  std::optional<DeadlineStatus> status;  // on_track | due_soon | overdue; nullopt: any
};

// One row of the dashboard (GET /api/v1/cases).
struct DashboardRow {
  Id id = 0;
  std::string reference;
  std::vector<std::string> pseudonyms;
  CaseStage stage = CaseStage::notification;
  std::optional<DeadlineView> next_deadline;  // soonest open deadline; nullopt when none runs
  // The next deadline's status (Rule DL-1); nullopt when none.
  std::optional<DeadlineStatus> status;
  int outstanding_agency_responses = 0;  // requested, not yet submitted
  int overdue_agency_responses = 0;      // of those, past their due date
};

// The caller's partnership's cases, next deadline soonest first (cases without one last).
// Permission view_cases (manager, committee, notifier).
Result<std::vector<DashboardRow>> case_dashboard(AppContext& context, const Caller& caller,
                                                 const DashboardFilter& filter);

enum class NameDisplay { hidden, shown };

struct ChildView {
  std::string pseudonym;
  std::optional<ChildIdentity> identity;  // only when names were shown
};

struct TimelineEntry {
  CaseEvent event;
  std::string text;  // case_event_kind_text plus detail, for people
};

// A whole case (GET /api/v1/cases/{id}).
struct CaseDetail {
  CaseRecord record;  // rapid_review, sign_offs and decision included
  std::string partnership_name;
  CaseVisibility visibility = CaseVisibility::none;
  std::vector<ChildView> children;
  bool names_shown = false;
  std::vector<Agency> agencies;         // involved
  std::vector<DeadlineView> deadlines;  // all_case_deadlines plus agency responses, in date order
  std::vector<AgencyRequestView> agency_requests;
  std::vector<Agency> agencies_not_responded;  // involved, without a submitted response
  std::vector<FieldError> rapid_review_gaps;   // Rule RR-3
  std::optional<NationalReviewTheme> theme;
  std::vector<TimelineEntry> timeline;  // oldest first
};

// One case, for anyone the policy lets see it: manager, committee, notifier (full); panel users
// once submitted (pseudonymised); inspectors (notification only: no rapid review, requests or
// decision). not_found when the caller may not see it at all; forbidden (and audited as refused)
// when names are asked for without full visibility. Every view is audited (saying whether names
// were shown), in a short write after the case is read; when that write fails the case is not
// returned (unavailable or internal).
Result<CaseDetail> view_case(AppContext& context, const Caller& caller, Id case_id,
                             NameDisplay names);

// One notification in the inspectors' list: no names.
struct NotificationRow {
  Id case_id = 0;
  std::string partnership_name;
  std::string reference;
  std::vector<std::string> pseudonyms;
  IncidentKind incident = IncidentKind::serious_harm;
  AbuseOrNeglect abuse_or_neglect = AbuseOrNeglect::suspected;
  std::vector<AbuseCategory> categories;
  bool looked_after = false;
  bool care_leaver = false;
  CivilDate incident_on = no_date();
  CivilDate aware_on = no_date();
  CivilDate notify_by = no_date();
  std::optional<CivilDate> sent_on;
  bool late = false;
  CaseStage stage = CaseStage::notification;
};

// Every notification sent to the Panel, across partnerships, newest first. Permission
// view_notifications (inspector).
Result<std::vector<NotificationRow>> list_notifications(AppContext& context, const Caller& caller);

}  // namespace casereview
