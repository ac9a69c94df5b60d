// The permission matrix (DESIGN.md "Security model": "a matrix test checks every role against
// every route"). In-process: every route of build_router() has a row in who_may_use_each_route()
// naming who may use it, and for every subject — the public, an unfinished sign-in, and each role
// signed in — permits() gives exactly that row's answer; a route without a row fails. The same
// answers, per Permission, are the switch of expected() (no default, so a new Permission without
// a row stops this file compiling), which the live tests use. Live, on both engines: every GET
// route without path parameters answers each subject as refuse() promises (200 or a redirect within
// the site when allowed; a redirect to sign in or 401 for the public; the second-factor page for an
// unfinished sign-in; 403 for a signed-in user without the right), never 500; and every route of
// any method that a subject may not use is refused before its handler runs, even with a valid CSRF
// token.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "app/security/totp.hpp"
#include "domain/policy.hpp"
#include "live_server_fixture.hpp"
#include "support/browser_client.hpp"
#include "support/html_dom.hpp"
#include "web/routes.hpp"

namespace casereview::web {
namespace {

namespace html = casereview::test::html;
using testing_support::HttpResult;

// Who is asking. `role` is empty for the public.
struct Subject {
  enum class Kind { public_visitor, pending_second_factor, signed_in } kind = Kind::public_visitor;
  std::optional<Role> role;

  std::string describe() const {
    switch (kind) {
      case Kind::public_visitor:
        return "the public";
      case Kind::pending_second_factor:
        return "a " + std::string(role_name(*role)) + " whose second factor is pending";
      case Kind::signed_in:
        return "a signed-in " + std::string(role_name(*role));
    }
    return "?";
  }
};

// Everyone the live server can be asked by: a learner has no second factor, so there is no
// pending learner to be.
std::vector<Subject> live_subjects();

std::vector<Subject> every_subject() {
  std::vector<Subject> subjects{{Subject::Kind::public_visitor, std::nullopt}};
  for (Role role : all_roles) {
    subjects.push_back({Subject::Kind::pending_second_factor, role});
    subjects.push_back({Subject::Kind::signed_in, role});
  }
  return subjects;
}

// The table: may `subject` use a route needing `permission`?
bool expected(Permission permission, const Subject& subject) {
  const bool signed_in = subject.kind == Subject::Kind::signed_in;
  const bool administrator = signed_in && subject.role == Role::admin;
  switch (permission) {
    case Permission::public_access:
      return true;
    case Permission::second_factor_pending:
      return subject.kind == Subject::Kind::pending_second_factor;
    case Permission::signed_in:
      return signed_in;
    case Permission::manage_users:
      return administrator;
    case Permission::manage_agencies:
      return administrator;
    case Permission::manage_settings:
      return administrator;
    case Permission::view_audit_log:
      return administrator;
    case Permission::record_notifications:
      return signed_in && (subject.role == Role::notifier || subject.role == Role::manager);
    case Permission::view_cases:
      return signed_in && (subject.role == Role::manager || subject.role == Role::committee ||
                           subject.role == Role::notifier);
    case Permission::run_rapid_reviews:
      return signed_in && subject.role == Role::manager;
    case Permission::respond_for_agency:
      return signed_in && subject.role == Role::contributor;
    case Permission::decide_for_panel:
      return signed_in && (subject.role == Role::panel || subject.role == Role::manager);
    case Permission::view_notifications:
      return signed_in && subject.role == Role::inspector;
    case Permission::manage_training:
      return signed_in && (subject.role == Role::trainer || subject.role == Role::manager);
    case Permission::sign_off_for_partner:
      return signed_in && subject.role == Role::signatory;
    case Permission::run_reviews:
      return signed_in && (subject.role == Role::manager || subject.role == Role::committee);
    // Rule CHR-1, Rule CHR-3.
    case Permission::manage_chronologies:
      return signed_in && (subject.role == Role::manager || subject.role == Role::reviewer);
    case Permission::view_chronologies:
      return signed_in && (subject.role == Role::manager || subject.role == Role::committee ||
                           subject.role == Role::reviewer);
    // Rule REV-4.
    case Permission::declare_affiliations:
      return signed_in && subject.role == Role::reviewer;
    // Rule NTK-2 (need to know).
    case Permission::read_case:
      return signed_in && (subject.role == Role::manager || subject.role == Role::committee ||
                           subject.role == Role::notifier || subject.role == Role::reviewer);
    // Rule NTK-2 (need to know): a reviewer's own list.
    case Permission::view_appointed_reviews:
      return signed_in && subject.role == Role::reviewer;
    // Rule LE-1.
    case Permission::run_learning_events:
      return signed_in && (subject.role == Role::manager || subject.role == Role::reviewer);
    // Rule RPT-1: the report (which case's is the use case's check).
    case Permission::write_report:
      return signed_in && subject.role == Role::reviewer;
    case Permission::view_report:
      return signed_in && (subject.role == Role::manager || subject.role == Role::committee ||
                           subject.role == Role::reviewer);
    // Rule RPT-1: factual accuracy (which version's is the use case's check).
    case Permission::check_report_accuracy:
      return signed_in && subject.role == Role::contributor;
    // Rule ACT-2: the lead's own agency's actions; the committee's oversight.
    case Permission::work_on_actions:
      return signed_in && subject.role == Role::lead;
    case Permission::oversee_actions:
      return signed_in && (subject.role == Role::manager || subject.role == Role::committee);
    case Permission::view_actions:
      return signed_in && (subject.role == Role::manager || subject.role == Role::committee ||
                           subject.role == Role::lead);
    // Rule YR-1.
    case Permission::report_yearly:
      return signed_in && (subject.role == Role::manager || subject.role == Role::committee);
    case Permission::view_national_figures:
      return signed_in && subject.role == Role::panel;
  }
  ADD_FAILURE() << "no row in the matrix for permission " << static_cast<int>(permission);
  return false;
}

// The actor a demonstration account of this role is (see app/demonstration.cpp).
std::optional<Actor> actor_of(const Subject& subject) {
  if (!subject.role) return std::nullopt;
  Actor actor;
  actor.user_id = 1 + static_cast<Id>(*subject.role);
  actor.email = std::string(role_name(*subject.role)) + "@northbrook.example";
  actor.roles = {*subject.role};
  if (!is_national(*subject.role)) actor.partnership_id = 1;
  if (needs_agency(*subject.role)) actor.agency_id = 2;
  // The first demonstration signatory, signatory-la@, signs for the local authority.
  if (needs_partner(*subject.role)) actor.signs_for = StatutoryPartner::local_authority;
  return actor;
}

std::string demonstration_email(Role role) {
  if (role == Role::panel) return "panel@national-panel.example";
  if (role == Role::inspector) return "inspector@inspectorate.example";
  if (role == Role::signatory) return "signatory-la@northbrook.example";
  return std::string(role_name(role)) + "@northbrook.example";
}

TEST(PermissionMatrix, EveryPermissionHasARowAndEveryRoutesPermissionIsInTheList) {
  std::set<Permission> listed(all_permissions.begin(), all_permissions.end());
  for (Permission permission : all_permissions) {
    for (const Subject& subject : every_subject()) (void)expected(permission, subject);
  }
  const Router all_routes = build_router();
  for (const Route& route : all_routes.routes()) {
    EXPECT_TRUE(listed.count(route.permission)) << route.method << " " << route.pattern;
  }
}

// Routes are grouped by who they serve; a route filed under /admin or /account that forgot its
// permission would otherwise be open to everyone.
TEST(PermissionMatrix, AdministrationRoutesNeedAnAdministratorAndAccountRoutesASignedInUser) {
  const Router all_routes = build_router();
  for (const Route& route : all_routes.routes()) {
    if (route.pattern == "/admin" || route.pattern.rfind("/admin/", 0) == 0) {
      EXPECT_TRUE(route.permission == Permission::manage_users ||
                  route.permission == Permission::manage_agencies ||
                  route.permission == Permission::manage_settings ||
                  route.permission == Permission::view_audit_log)
          << route.method << " " << route.pattern << " needs only "
          << permission_name(route.permission);
    }
    if (route.pattern == "/account" || route.pattern.rfind("/account/", 0) == 0) {
      EXPECT_EQ(route.permission, Permission::signed_in) << route.method << " " << route.pattern;
    }
    if (!route.identifies_caller) {
      EXPECT_EQ(route.permission, Permission::public_access)
          << route.pattern << " never reads the session, so it can only be public";
    }
  }
}

// Who may use each route, written out route by route, so that a route added without a row, a row
// left for a route removed, or a route given another permission fails here. "everyone" is the
// public, a person whose second factor is pending and every role signed in; "second factor
// pending" is only someone half-way through signing in; "anyone signed in" is every role signed
// in; otherwise the roles named, each signed in with its second factor, and nobody else.
const std::map<std::string, std::string>& who_may_use_each_route() {
  static const std::map<std::string, std::string> table = {
      // account_pages
      {"GET /register", "everyone"},
      {"POST /register", "everyone"},
      {"GET /register/check-your-email", "everyone"},
      {"GET /verify-email", "everyone"},
      {"GET /accept-invitation", "everyone"},
      {"POST /accept-invitation", "everyone"},
      {"GET /accept-invitation/password-set", "everyone"},
      {"GET /forgot-password", "everyone"},
      {"POST /forgot-password", "everyone"},
      {"GET /forgot-password/check-your-email", "everyone"},
      {"GET /reset-password", "everyone"},
      {"POST /reset-password", "everyone"},
      {"GET /reset-password/password-reset", "everyone"},
      {"GET /account", "anyone signed in"},
      {"GET /account/details", "anyone signed in"},
      {"POST /account/details", "anyone signed in"},
      {"POST /account/sessions/{session_id:int}/end", "anyone signed in"},
      {"POST /account/api-tokens", "anyone signed in"},
      {"POST /account/api-tokens/{token_id:int}/revoke", "anyone signed in"},
      // affiliation_pages (Rule REV-4: the use case refuses all but reviewers)
      {"GET /account/affiliations", "anyone signed in"},
      {"POST /account/affiliations", "anyone signed in"},
      // admin_agencies_pages
      {"GET /admin/agencies", "admin"},
      {"POST /admin/agencies", "admin"},
      // admin_audit_pages
      {"GET /admin/audit-log", "admin"},
      // admin_settings_pages
      {"GET /admin/settings", "admin"},
      {"POST /admin/settings", "admin"},
      {"POST /admin/settings/bank-holidays", "admin"},
      // admin_users_pages
      {"GET /admin/users", "admin"},
      {"GET /admin/users/invite", "admin"},
      {"POST /admin/users/invite", "admin"},
      {"GET /admin/users/{user_id:int}", "admin"},
      {"POST /admin/users/{user_id:int}/roles", "admin"},
      {"GET /admin/users/{user_id:int}/deactivate", "admin"},
      {"POST /admin/users/{user_id:int}/deactivate", "admin"},
      {"GET /admin/users/{user_id:int}/reset-second-factor", "admin"},
      {"POST /admin/users/{user_id:int}/reset-second-factor", "admin"},
      // agency_request_pages
      {"GET /agency-requests", "contributor"},
      {"GET /agency-requests/{request_id:int}", "contributor"},
      {"POST /agency-requests/{request_id:int}", "contributor"},
      // api_pages
      {"GET /api/v1/me", "anyone signed in"},
      {"GET /api/v1/openapi", "everyone"},
      // calendar_api
      {"GET /api/v1/calendar/working-days", "everyone"},
      {"GET /api/v1/calendar/working-days-between", "everyone"},
      // case_api
      {"GET /api/v1/agencies", "anyone signed in"},
      {"POST /api/v1/notifications", "manager notifier"},
      {"POST /api/v1/notifications/{case_id:int}/sent", "manager notifier"},
      {"POST /api/v1/notifications/{case_id:int}/partners-told", "manager notifier"},
      {"GET /api/v1/cases", "manager committee notifier"},
      {"GET /api/v1/cases/{case_id:int}", "anyone signed in"},
      {"POST /api/v1/cases/{case_id:int}/allocation", "manager"},
      {"POST /api/v1/cases/{case_id:int}/agencies", "manager"},
      {"GET /api/v1/cases/{case_id:int}/agency-requests", "manager"},
      {"POST /api/v1/cases/{case_id:int}/agency-requests", "manager"},
      {"GET /api/v1/cases/{case_id:int}/agency-requests/{request_id:int}", "contributor"},
      {"PUT /api/v1/cases/{case_id:int}/agency-requests/{request_id:int}/response", "contributor"},
      {"PUT /api/v1/cases/{case_id:int}/rapid-review", "manager"},
      {"POST /api/v1/cases/{case_id:int}/sign-offs", "signatory"},
      {"POST /api/v1/cases/{case_id:int}/submission", "manager"},
      {"POST /api/v1/cases/{case_id:int}/decision", "manager panel"},
      // review_api (Rule REV-1, Rule REV-2, Rule REV-3, Rule REV-4)
      {"POST /api/v1/cases/{case_id:int}/review", "manager committee"},
      {"GET /api/v1/cases/{case_id:int}/review", "anyone signed in"},
      {"POST /api/v1/cases/{case_id:int}/review/pause", "manager committee"},
      {"POST /api/v1/cases/{case_id:int}/review/resume", "manager committee"},
      {"POST /api/v1/cases/{case_id:int}/review/monitoring-checks", "manager committee"},
      {"POST /api/v1/cases/{case_id:int}/review/reviewers", "manager committee"},
      {"GET /api/v1/account/affiliations", "reviewer"},
      {"GET /my-reviews", "reviewer"},
      {"PUT /api/v1/account/affiliations", "reviewer"},
      // chronology_api (Rule CHR-1, Rule CHR-2, Rule CHR-3)
      {"POST /api/v1/cases/{case_id:int}/chronology-requests", "manager reviewer"},
      {"GET /api/v1/cases/{case_id:int}/chronology", "manager committee reviewer"},
      {"GET /api/v1/chronology-requests/{request_id:int}/entries", "anyone signed in"},
      {"POST /api/v1/chronology-requests/{request_id:int}/entries", "contributor"},
      {"PUT /api/v1/chronology-requests/{request_id:int}/entries/{entry_id:int}", "contributor"},
      {"DELETE /api/v1/chronology-requests/{request_id:int}/entries/{entry_id:int}", "contributor"},
      {"POST /api/v1/chronology-requests/{request_id:int}/import", "contributor"},
      {"POST /api/v1/chronology-requests/{request_id:int}/submission", "contributor"},
      {"POST /api/v1/chronology-requests/{request_id:int}/return", "manager reviewer"},
      {"GET /api/v1/chronology-requests/{request_id:int}/template", "anyone signed in"},
      // chronology_downloads (Rule CHR-2, Rule CHR-3)
      {"GET /cases/{case_id:int}/chronology/csv", "manager committee reviewer"},
      {"GET /cases/{case_id:int}/chronology/xlsx", "manager committee reviewer"},
      {"GET /cases/{case_id:int}/chronology/pdf", "manager committee reviewer"},
      {"GET /chronology-requests/{request_id:int}/template/xlsx", "anyone signed in"},
      {"GET /chronology-requests/{request_id:int}/template/csv", "anyone signed in"},
      // chronology_pages (Rule CHR-1, Rule CHR-2)
      {"GET /cases/{case_id:int}/review/chronologies", "manager reviewer"},
      {"POST /cases/{case_id:int}/review/chronologies", "manager reviewer"},
      {"GET /chronology-requests/{request_id:int}", "anyone signed in"},
      {"GET /chronology-requests/{request_id:int}/entries/new", "contributor"},
      {"POST /chronology-requests/{request_id:int}/entries/new", "contributor"},
      {"GET /chronology-requests/{request_id:int}/entries/{entry_id:int}", "contributor"},
      {"POST /chronology-requests/{request_id:int}/entries/{entry_id:int}", "contributor"},
      {"GET /chronology-requests/{request_id:int}/entries/{entry_id:int}/remove", "contributor"},
      {"POST /chronology-requests/{request_id:int}/entries/{entry_id:int}/remove", "contributor"},
      {"POST /chronology-requests/{request_id:int}/upload", "contributor"},
      {"POST /chronology-requests/{request_id:int}/submission", "contributor"},
      {"POST /chronology-requests/{request_id:int}/return", "manager reviewer"},
      {"GET /cases/{case_id:int}/chronology", "manager committee reviewer"},
      {"POST /cases/{case_id:int}/chronology/duplicates", "manager reviewer"},
      // case_pages
      {"GET /cases/{case_id:int}", "manager committee notifier reviewer"},
      {"POST /cases/{case_id:int}/sent", "manager notifier"},
      {"POST /cases/{case_id:int}/partners-told", "manager notifier"},
      {"POST /cases/{case_id:int}/allocation", "manager"},
      {"POST /cases/{case_id:int}/agency-requests", "manager"},
      {"GET /cases/{case_id:int}/agencies", "manager"},
      {"POST /cases/{case_id:int}/agencies", "manager"},
      // certificate_pages
      {"GET /certificates/verify", "everyone"},
      {"GET /certificates/{certificate_id:int}", "anyone signed in"},
      // course_pages
      {"GET /courses", "everyone"},
      {"GET /courses/new", "manager trainer"},
      {"POST /courses/new", "manager trainer"},
      {"GET /courses/{course_id:int}", "everyone"},
      {"GET /courses/{course_id:int}/edit", "manager trainer"},
      {"POST /courses/{course_id:int}/edit", "manager trainer"},
      {"POST /courses/{course_id:int}/status", "manager trainer"},
      // dashboard_pages
      {"GET /dashboard", "manager committee notifier"},
      {"GET /dashboard/csv", "manager committee notifier"},
      // notification_pages
      {"GET /notifications/new", "manager notifier"},
      {"GET /notifications/new/{step:slug}", "manager notifier"},
      {"POST /notifications/new/{step:slug}", "manager notifier"},
      {"GET /notifications/{case_id:int}/confirmation", "manager notifier"},
      // panel_pages
      {"GET /panel", "manager panel"},
      {"GET /cases/{case_id:int}/decision", "manager panel"},
      // review_pages (Rule REV-1, Rule REV-2, Rule REV-3, Rule REV-4)
      {"GET /cases/{case_id:int}/review/commission", "manager committee"},
      {"POST /cases/{case_id:int}/review/commission", "manager committee"},
      {"GET /cases/{case_id:int}/review", "anyone signed in"},
      {"POST /cases/{case_id:int}/review/pause", "manager committee"},
      {"POST /cases/{case_id:int}/review/resume", "manager committee"},
      {"POST /cases/{case_id:int}/review/monitoring-checks", "manager committee"},
      {"POST /cases/{case_id:int}/review/reviewers", "manager committee"},
      {"POST /cases/{case_id:int}/decision", "manager panel"},
      {"GET /notifications", "inspector"},
      // platform_routes
      {"GET /healthz", "everyone"},
      {"GET /metrics", "everyone"},
      {"GET /assets/{file:path}", "everyone"},
      {"GET /display", "everyone"},
      // public_pages
      {"GET /", "everyone"},
      {"GET /accessibility-statement", "everyone"},
      {"GET /privacy-notice", "everyone"},
      // rapid_review_pages
      {"GET /cases/{case_id:int}/rapid-review", "manager"},
      {"POST /cases/{case_id:int}/rapid-review/submission", "manager"},
      {"GET /cases/{case_id:int}/rapid-review/{section:slug}", "manager"},
      {"POST /cases/{case_id:int}/rapid-review/{section:slug}", "manager"},
      // sign_off_pages
      {"GET /sign-offs", "signatory"},
      {"GET /cases/{case_id:int}/sign-off", "signatory"},
      {"POST /cases/{case_id:int}/sign-off", "signatory"},
      // sign_in_pages
      {"GET /sign-in", "everyone"},
      {"POST /sign-in", "everyone"},
      {"GET /sign-in/two-factor", "second factor pending"},
      {"POST /sign-in/two-factor", "second factor pending"},
      {"GET /sign-in/set-up-authenticator", "second factor pending"},
      {"POST /sign-in/set-up-authenticator", "second factor pending"},
      {"POST /sign-out", "everyone"},
      {"GET /signed-out", "everyone"},
      // training_api
      {"GET /api/v1/courses", "anyone signed in"},
      {"GET /api/v1/courses/{course_id:int}/sessions", "anyone signed in"},
      {"POST /api/v1/sessions/{session_id:int}/bookings", "anyone signed in"},
      {"GET /api/v1/bookings/{booking_id:int}", "anyone signed in"},
      {"GET /api/v1/my-training", "anyone signed in"},
      {"DELETE /api/v1/bookings/{booking_id:int}", "anyone signed in"},
      {"POST /api/v1/sessions/{session_id:int}/attendance", "manager trainer"},
      {"POST /api/v1/sessions/{session_id:int}/attendance-code", "manager trainer"},
      {"POST /api/v1/sessions/{session_id:int}/sign-in", "anyone signed in"},
      {"GET /api/v1/certificates/{code:code}", "everyone"},
      // training_booking_pages
      {"GET /my-training", "anyone signed in"},
      {"GET /training-sessions/{session_id:int}/book", "anyone signed in"},
      {"POST /training-sessions/{session_id:int}/book", "anyone signed in"},
      {"GET /bookings/{booking_id:int}", "anyone signed in"},
      {"POST /bookings/{booking_id:int}/sign-in", "anyone signed in"},
      {"GET /bookings/{booking_id:int}/cancel", "anyone signed in"},
      {"POST /bookings/{booking_id:int}/cancel", "anyone signed in"},
      {"GET /bookings/{booking_id:int}/calendar", "anyone signed in"},
      {"GET /bookings/{booking_id:int}/evaluation", "anyone signed in"},
      {"POST /bookings/{booking_id:int}/evaluation", "anyone signed in"},
      // training_register_pages
      {"GET /training-sessions/{session_id:int}/register", "manager trainer"},
      {"POST /training-sessions/{session_id:int}/register", "manager trainer"},
      {"GET /training-sessions/{session_id:int}/register/csv", "manager trainer"},
      {"POST /training-sessions/{session_id:int}/attendance-code", "manager trainer"},
      // training_charges_pages (Rule TRN-9)
      {"GET /training-charges", "manager trainer"},
      {"GET /training-charges/csv", "manager trainer"},
      {"GET /api/v1/charges", "manager trainer"},
      // training_records_pages
      {"GET /training-sessions/{session_id:int}/evaluations", "manager trainer"},
      {"GET /bookings/{booking_id:int}/history", "anyone signed in"},
      // training_session_pages
      {"GET /training-sessions", "manager trainer"},
      {"GET /training-sessions/{session_id:int}/trainer", "manager trainer"},
      {"POST /training-sessions/{session_id:int}/trainer", "manager trainer"},
      {"GET /courses/{course_id:int}/sessions/new", "manager trainer"},
      {"POST /courses/{course_id:int}/sessions/new", "manager trainer"},
      {"GET /training-sessions/{session_id:int}", "manager trainer"},
      {"GET /training-sessions/{session_id:int}/capacity", "manager trainer"},
      {"POST /training-sessions/{session_id:int}/capacity", "manager trainer"},
      {"GET /training-sessions/{session_id:int}/cancel", "manager trainer"},
      {"POST /training-sessions/{session_id:int}/cancel", "manager trainer"},
      {"GET /training-sessions/{session_id:int}/copy", "manager trainer"},
      {"POST /training-sessions/{session_id:int}/copy", "manager trainer"},
      // key_practice_episode_api, key_practice_episode_pages (Rule KPE-1)
      {"POST /api/v1/cases/{case_id:int}/key-practice-episodes", "manager reviewer"},
      {"GET /api/v1/cases/{case_id:int}/key-practice-episodes", "manager committee reviewer"},
      {"GET /cases/{case_id:int}/key-practice-episodes", "manager committee reviewer"},
      {"POST /cases/{case_id:int}/key-practice-episodes", "manager reviewer"},
      {"GET /cases/{case_id:int}/key-practice-episodes/new", "manager reviewer"},
      {"GET /cases/{case_id:int}/key-practice-episodes/{episode_id:int}",
       "manager committee reviewer"},
      {"GET /cases/{case_id:int}/key-practice-episodes/{episode_id:int}/change",
       "manager reviewer"},
      {"POST /cases/{case_id:int}/key-practice-episodes/{episode_id:int}/change",
       "manager reviewer"},
      // learning_event_api and learning_event_pages (Rule LE-1: the use case also checks the
      // reviewer's appointment)
      {"POST /api/v1/cases/{case_id:int}/learning-events", "manager reviewer"},
      {"GET /api/v1/cases/{case_id:int}/learning-events", "anyone signed in"},
      {"GET /api/v1/learning-events/{event_id:int}", "anyone signed in"},
      {"PUT /api/v1/learning-events/{event_id:int}", "manager reviewer"},
      {"POST /api/v1/learning-events/{event_id:int}/cancel", "manager reviewer"},
      {"POST /api/v1/learning-events/{event_id:int}/invitations", "manager reviewer"},
      {"POST /api/v1/learning-events/{event_id:int}/attendance", "manager reviewer"},
      {"POST /api/v1/cases/{case_id:int}/family-involvement", "manager reviewer"},
      {"GET /api/v1/cases/{case_id:int}/family-involvement", "anyone signed in"},
      {"GET /cases/{case_id:int}/review/learning-events/new", "manager reviewer"},
      {"POST /cases/{case_id:int}/review/learning-events", "manager reviewer"},
      {"GET /learning-events/{event_id:int}", "anyone signed in"},
      {"GET /learning-events/{event_id:int}/change", "manager reviewer"},
      {"POST /learning-events/{event_id:int}/change", "manager reviewer"},
      {"GET /learning-events/{event_id:int}/cancel", "manager reviewer"},
      {"POST /learning-events/{event_id:int}/cancel", "manager reviewer"},
      {"POST /learning-events/{event_id:int}/invitations", "manager reviewer"},
      {"POST /learning-events/{event_id:int}/attendance", "manager reviewer"},
      {"GET /cases/{case_id:int}/review/family-involvement", "anyone signed in"},
      {"POST /cases/{case_id:int}/review/family-involvement", "manager reviewer"},
      {"GET /learning-events/{event_id:int}/episodes/{episode_id:int}/notes", "manager reviewer"},
      {"POST /learning-events/{event_id:int}/episodes/{episode_id:int}/notes", "manager reviewer"},
      {"GET /learning-event-invitation", "everyone"},
      {"POST /learning-event-invitation", "everyone"},
      // report_pages and report_api (Rule RPT-1)
      {"POST /api/v1/cases/{case_id:int}/report/versions", "reviewer"},
      {"GET /api/v1/cases/{case_id:int}/report/versions", "manager committee reviewer"},
      {"GET /api/v1/cases/{case_id:int}/report/versions/{number:int}",
       "manager committee reviewer"},
      {"GET /cases/{case_id:int}/report", "manager committee reviewer"},
      {"GET /cases/{case_id:int}/report/new", "reviewer"},
      {"POST /cases/{case_id:int}/report/versions", "reviewer"},
      {"GET /cases/{case_id:int}/report/upload", "reviewer"},
      {"POST /cases/{case_id:int}/report/upload", "reviewer"},
      {"GET /cases/{case_id:int}/report/versions/{number:int}", "manager committee reviewer"},
      {"GET /cases/{case_id:int}/report/versions/{number:int}/original",
       "manager committee reviewer"},
      // Comparing versions (Rule RPT-1)
      {"GET /api/v1/cases/{case_id:int}/report/versions/{number:int}/diff",
       "manager committee reviewer"},
      {"GET /cases/{case_id:int}/report/versions/{number:int}/diff", "manager committee reviewer"},
      // report_accuracy_api (Rule RPT-1, Rule RPT-3)
      {"POST /api/v1/cases/{case_id:int}/report/versions/{number:int}/circulation", "reviewer"},
      {"GET /api/v1/cases/{case_id:int}/report/versions/{number:int}/circulation",
       "manager committee reviewer"},
      {"POST /api/v1/cases/{case_id:int}/report/versions/{number:int}/comments", "contributor"},
      {"GET /api/v1/cases/{case_id:int}/report/versions/{number:int}/comments", "contributor"},
      {"POST /api/v1/cases/{case_id:int}/report/versions/{number:int}/response", "contributor"},
      {"POST /api/v1/report-comments/{id:int}/reply", "reviewer"},
      {"POST /api/v1/cases/{case_id:int}/report/final", "manager committee"},
      {"GET /api/v1/cases/{case_id:int}/report/final", "manager committee reviewer"},
      {"POST /api/v1/cases/{case_id:int}/report/sign-offs", "signatory"},
      // report_accuracy_pages (Rule RPT-1)
      {"GET /cases/{case_id:int}/report/versions/{number:int}/circulation",
       "manager committee reviewer"},
      {"POST /cases/{case_id:int}/report/versions/{number:int}/circulation", "reviewer"},
      {"GET /cases/{case_id:int}/report/versions/{number:int}/comments/{id:int}/reply", "reviewer"},
      {"POST /cases/{case_id:int}/report/versions/{number:int}/comments/{id:int}/reply",
       "reviewer"},
      {"GET /report-checks", "contributor"},
      {"GET /cases/{case_id:int}/report/versions/{number:int}/accuracy", "contributor"},
      {"POST /cases/{case_id:int}/report/versions/{number:int}/accuracy", "contributor"},
      {"POST /cases/{case_id:int}/report/versions/{number:int}/accuracy/response", "contributor"},
      // report_final_pages (Rule RPT-3, Rule SIGN-1)
      {"GET /cases/{case_id:int}/report/final", "manager committee reviewer"},
      {"POST /cases/{case_id:int}/report/final", "manager committee"},
      {"GET /cases/{case_id:int}/report/final/pdf", "manager committee reviewer"},
      {"GET /report-sign-offs", "signatory"},
      {"GET /cases/{case_id:int}/report/sign-off", "signatory"},
      {"POST /cases/{case_id:int}/report/sign-off", "signatory"},
      // findings_pages and findings_api (Rule RPT-1, Rule RPT-2)
      {"POST /api/v1/cases/{case_id:int}/findings", "reviewer"},
      {"GET /api/v1/cases/{case_id:int}/findings", "manager committee reviewer"},
      {"POST /api/v1/cases/{case_id:int}/recommendations", "reviewer"},
      {"GET /api/v1/cases/{case_id:int}/recommendations", "manager committee reviewer"},
      {"GET /cases/{case_id:int}/findings", "manager committee reviewer"},
      {"POST /cases/{case_id:int}/findings", "reviewer"},
      {"GET /cases/{case_id:int}/findings/new", "reviewer"},
      {"GET /cases/{case_id:int}/recommendations", "manager committee reviewer"},
      {"POST /cases/{case_id:int}/recommendations", "reviewer"},
      {"GET /cases/{case_id:int}/recommendations/new", "reviewer"},
      // course_action_pages (issue 13): the list is for trainers, business managers and the
      // committee (the use case's check); linking is the trainer's
      {"GET /courses/{course_id:int}/actions", "anyone signed in"},
      {"POST /courses/{course_id:int}/actions", "manager trainer"},
      {"POST /courses/{course_id:int}/actions/{action_id:int}/unlink", "manager trainer"},
      // rapid_review_recommendation_pages and findings_api (issue 13, Rule ACT-1)
      {"POST /api/v1/cases/{case_id:int}/rapid-review-recommendations", "manager committee"},
      {"GET /api/v1/cases/{case_id:int}/rapid-review-recommendations", "manager committee"},
      {"GET /cases/{case_id:int}/rapid-review-recommendations", "manager committee"},
      {"POST /cases/{case_id:int}/rapid-review-recommendations", "manager committee"},
      {"GET /cases/{case_id:int}/rapid-review-recommendations/new", "manager committee"},
      // action_api and action_pages (issue 13, Rule ACT-1, Rule ACT-2, Rule ACT-3, Rule ACT-4): a
      // lead reaches their agency's
      // actions only, and only the committee signs off (the use cases' checks)
      {"POST /api/v1/recommendations/{recommendation_id:int}/actions", "manager committee"},
      {"GET /api/v1/actions", "manager committee lead"},
      {"GET /api/v1/actions/{action_id:int}", "manager committee lead"},
      {"POST /api/v1/actions/{action_id:int}/updates", "manager committee lead"},
      {"POST /api/v1/actions/{action_id:int}/evidence", "manager committee lead"},
      {"GET /api/v1/action-evidence/{evidence_id:int}/file", "manager committee lead"},
      {"POST /api/v1/actions/{action_id:int}/completion", "manager committee lead"},
      {"POST /api/v1/actions/{action_id:int}/sign-off", "manager committee"},
      {"POST /api/v1/actions/{action_id:int}/due-date", "manager committee lead"},
      {"POST /api/v1/actions/{action_id:int}/due-date/decision", "manager committee"},
      {"POST /api/v1/actions/{action_id:int}/assurance-checks", "manager committee"},
      {"POST /api/v1/actions/{action_id:int}/assurance-checks/{check_id:int}/result",
       "manager committee"},
      {"GET /actions", "manager committee lead"},
      {"GET /actions/csv", "manager committee lead"},
      {"GET /actions/xlsx", "manager committee lead"},
      // library_pages, library_api and publication_pages (issue 14, Rule LIB-1, Rule PUB-1,
      // Rule PUB-2, Rule PUB-3): the library is public; publishing is the partnership's managers'
      // and committee's
      {"GET /learning", "everyone"},
      {"GET /learning/{entry_id:int}", "everyone"},
      {"GET /learning/{entry_id:int}/pdf", "everyone"},
      {"GET /learning/themes", "everyone"},
      {"GET /learning/feed", "everyone"},
      {"GET /api/v1/library", "everyone"},
      {"GET /api/v1/library/{entry_id:int}", "everyone"},
      {"PUT /api/v1/cases/{case_id:int}/publication", "manager committee"},
      {"POST /api/v1/cases/{case_id:int}/publication/advance-copies", "manager committee"},
      {"PUT /api/v1/cases/{case_id:int}/library-entry", "manager committee"},
      {"POST /api/v1/cases/{case_id:int}/publication/check", "manager committee"},
      {"POST /api/v1/cases/{case_id:int}/publication/findings/{finding_id:int}/dismissal",
       "manager committee"},
      {"POST /api/v1/cases/{case_id:int}/publication/publish", "manager committee"},
      {"GET /cases/{case_id:int}/publication", "manager committee"},
      {"POST /cases/{case_id:int}/publication/decision", "manager committee"},
      {"POST /cases/{case_id:int}/publication/advance-copies", "manager committee"},
      {"GET /cases/{case_id:int}/publication/entry", "manager committee"},
      {"POST /cases/{case_id:int}/publication/entry", "manager committee"},
      {"POST /cases/{case_id:int}/publication/check", "manager committee"},
      {"POST /cases/{case_id:int}/publication/findings/{finding_id:int}/dismissal",
       "manager committee"},
      {"POST /cases/{case_id:int}/publication/publish", "manager committee"},
      // Rule PUB-4: withdrawing the report; briefing_pages and briefing_api (Rule LIB-2): the
      // briefing is public once published, and anyone signed in records their team's use of it
      {"POST /cases/{case_id:int}/publication/withdrawal", "manager committee"},
      {"POST /api/v1/cases/{case_id:int}/publication/withdrawal", "manager committee"},
      {"GET /cases/{case_id:int}/publication/briefing", "manager committee"},
      {"POST /cases/{case_id:int}/publication/briefing", "manager committee"},
      {"GET /cases/{case_id:int}/publication/briefing-uses", "manager committee"},
      {"GET /briefing-template", "manager committee"},
      {"POST /briefing-template", "manager committee"},
      {"GET /learning/{entry_id:int}/briefing", "everyone"},
      {"GET /learning/{entry_id:int}/briefing/pdf", "everyone"},
      {"POST /learning/{entry_id:int}/briefing/uses", "anyone signed in"},
      {"GET /api/v1/library/{entry_id:int}/briefing", "everyone"},
      {"POST /api/v1/library/{entry_id:int}/briefing/uses", "anyone signed in"},
      {"PUT /api/v1/cases/{case_id:int}/briefing", "manager committee"},
      {"GET /api/v1/briefing-template", "manager committee"},
      {"PUT /api/v1/briefing-template", "manager committee"},
      // the library's themes, extended by a partnership's administrator; its monthly email, for
      // anyone, by the link's token
      {"GET /admin/library-themes", "admin"},
      {"POST /admin/library-themes", "admin"},
      {"POST /cases/{case_id:int}/publication/advance-copies/email", "manager committee"},
      {"POST /api/v1/cases/{case_id:int}/publication/advance-copies/email", "manager committee"},
      {"GET /advance-copies", "everyone"},
      {"GET /advance-copies/pdf", "everyone"},
      {"GET /learning/emails", "everyone"},
      {"POST /learning/emails", "everyone"},
      {"GET /learning/emails/subscription", "everyone"},
      // issue 15, Rule YR-1: the partnership's yearly report; every partnership's for the Panel
      {"GET /yearly-report", "manager committee"},
      {"GET /yearly-report/csv", "manager committee"},
      {"GET /yearly-report/pdf", "manager committee"},
      {"POST /yearly-report/publication", "manager committee"},
      {"POST /yearly-report/sent", "manager committee"},
      {"GET /yearly-report/national", "panel"},
      {"GET /yearly-report/national/csv", "panel"},
      {"GET /api/v1/yearly-report", "manager committee"},
      {"GET /api/v1/yearly-report/national", "panel"},
      {"POST /learning/emails/confirmation", "everyone"},
      {"POST /learning/emails/cancellation", "everyone"},
      {"GET /recommendations/{recommendation_id:int}/actions", "manager committee"},
      {"POST /recommendations/{recommendation_id:int}/actions", "manager committee"},
      {"GET /actions/{action_id:int}", "manager committee lead"},
      {"GET /actions/{action_id:int}/updates", "manager committee lead"},
      {"POST /actions/{action_id:int}/updates", "manager committee lead"},
      {"GET /actions/{action_id:int}/evidence", "manager committee lead"},
      {"POST /actions/{action_id:int}/evidence", "manager committee lead"},
      {"GET /actions/{action_id:int}/sign-off", "manager committee"},
      {"POST /actions/{action_id:int}/sign-off", "manager committee"},
      {"GET /actions/{action_id:int}/due-date", "manager committee lead"},
      {"POST /actions/{action_id:int}/due-date", "manager committee lead"},
      {"GET /actions/{action_id:int}/assurance-checks", "manager committee"},
      {"POST /actions/{action_id:int}/assurance-checks", "manager committee"},
      {"GET /actions/{action_id:int}/assurance-checks/{check_id:int}/result", "manager committee"},
      {"POST /actions/{action_id:int}/assurance-checks/{check_id:int}/result", "manager committee"},
      {"POST /actions/{action_id:int}/completion", "manager committee lead"},
      {"POST /actions/{action_id:int}/due-date/decision", "manager committee"},
      {"GET /action-evidence/{evidence_id:int}/file", "manager committee lead"},
      {"GET /cases/{case_id:int}/action-plan/pdf", "manager committee"},
  };
  return table;
}

// Whether a row of who_may_use_each_route() lets `subject` in.
bool row_allows(const std::string& who, const Subject& subject) {
  if (who == "everyone") return true;
  if (who == "second factor pending") return subject.kind == Subject::Kind::pending_second_factor;
  if (subject.kind != Subject::Kind::signed_in) return false;
  if (who == "anyone signed in") return true;
  std::istringstream names(who);
  for (std::string name; names >> name;) {
    const std::optional<Role> role = role_from_name(name);
    EXPECT_TRUE(role.has_value()) << "no role called '" << name << "' in the table";
    if (role == subject.role) return true;
  }
  return false;
}

TEST(PermissionMatrix, EveryRouteAnswersEverySubjectAsItsRowInTheTableSays) {
  const Router router = build_router();
  ASSERT_GE(router.routes().size(), who_may_use_each_route().size());
  std::set<std::string> routed;
  for (const Route& route : router.routes()) {
    const std::string key = route.method + " " + route.pattern;
    routed.insert(key);
    auto row = who_may_use_each_route().find(key);
    if (row == who_may_use_each_route().end()) {
      ADD_FAILURE() << key << " (" << permission_name(route.permission)
                    << ") has no row in who_may_use_each_route(): add one saying who may use it";
      continue;
    }
    for (const Subject& subject : every_subject()) {
      const bool pending = subject.kind == Subject::Kind::pending_second_factor;
      EXPECT_EQ(permits(actor_of(subject), pending, route.permission),
                row_allows(row->second, subject))
          << key << " (" << permission_name(route.permission) << ") for " << subject.describe()
          << "; the table says \"" << row->second << "\"";
    }
  }
  for (const auto& [key, who] : who_may_use_each_route()) {
    EXPECT_TRUE(routed.contains(key)) << key << " has a row in the table but is not routed";
  }
}

// The table above and the per-permission table of expected() agree, so that the live tests, which
// use expected(), check the same answers.
TEST(PermissionMatrix, TheRouteTableAndThePermissionTableAgree) {
  const Router router = build_router();
  for (const Route& route : router.routes()) {
    auto row = who_may_use_each_route().find(route.method + " " + route.pattern);
    if (row == who_may_use_each_route().end()) continue;  // reported by the test above
    for (const Subject& subject : every_subject()) {
      EXPECT_EQ(expected(route.permission, subject), row_allows(row->second, subject))
          << route.method << " " << route.pattern << " for " << subject.describe();
    }
  }
}

// Live --------------------------------------------------------------------------------------

std::vector<Subject> live_subjects() {
  std::vector<Subject> subjects;
  for (const Subject& subject : every_subject()) {
    if (subject.kind == Subject::Kind::pending_second_factor && subject.role == Role::learner)
      continue;
    subjects.push_back(subject);
  }
  return subjects;
}

using Browser = testing_support::BrowserClient;

std::string path_of(const std::string& location) { return location.substr(0, location.find('?')); }

// The route's pattern with each typed parameter filled with a well-formed value.
std::string concrete_path(const std::string& pattern) {
  std::string path = pattern;
  const std::vector<std::pair<std::string, std::string>> examples = {
      {":int}", "1"}, {":slug}", "example"}, {":code}", "NBP"}, {":path}", "example.txt"}};
  for (auto open = path.find('{'); open != std::string::npos; open = path.find('{')) {
    const auto close = path.find('}', open);
    std::string value = "1";
    for (const auto& [suffix, example] : examples) {
      if (path.compare(close - suffix.size() + 1, suffix.size(), suffix) == 0) value = example;
    }
    path.replace(open, close - open + 1, value);
  }
  return path;
}

bool is_api(const std::string& path) { return path.rfind("/api/", 0) == 0; }

class LivePermissionMatrixTest : public LiveServerTest {
 protected:
  LivePermissionMatrixTest() {
    static int counter = 0;
    clock_file_ =
        (std::filesystem::temp_directory_path() /
         ("casereview-matrix-clock-" + std::to_string(getpid()) + "-" + std::to_string(counter++)))
            .string();
    std::ofstream(clock_file_) << format_instant(now_) << "\n";
  }
  ~LivePermissionMatrixTest() override {
    std::error_code ignored;
    std::filesystem::remove(clock_file_, ignored);
  }
  std::vector<std::string> extra_arguments() const override {
    return {"--clock-file", clock_file_};
  }

  // A browser for `subject`: the public with its CSRF cookie, or a demonstration account signed in
  // with its password (pending) and, for a signed-in staff role, its authenticator set up.
  std::unique_ptr<Browser> browser_for(const Subject& subject) {
    auto browser = std::make_unique<Browser>(server_->port());
    auto form = browser->get("/sign-in");
    EXPECT_EQ(form.status, 200);
    if (!subject.role) return browser;
    auto signed_in = browser->post("/sign-in", {{"csrf_token", Browser::csrf_token_of(form.body)},
                                                {"email", demonstration_email(*subject.role)},
                                                {"password", "casereview demonstration"}});
    EXPECT_EQ(signed_in.status, 303) << subject.describe() << ": " << signed_in.body;
    if (subject.kind == Subject::Kind::pending_second_factor ||
        !needs_second_factor_for(*subject.role))
      return browser;
    EXPECT_EQ(path_of(signed_in.header("location")), "/sign-in/set-up-authenticator");
    auto set_up = browser->get("/sign-in/set-up-authenticator");
    EXPECT_EQ(set_up.status, 200) << subject.describe();
    auto document = html::Document::parse(set_up.body);
    const auto* secret_element = document.select_one(".cr-secret");
    if (!secret_element) {
      ADD_FAILURE() << "no secret on the set-up page for " << subject.describe();
      return browser;
    }
    std::string secret;
    for (char c : secret_element->normalised_text()) {
      if (c != ' ') secret += c;
    }
    auto code = security::totp_code(secret, now_);
    EXPECT_TRUE(code.has_value()) << secret;
    auto confirmed = browser->post(
        "/sign-in/set-up-authenticator",
        {{"csrf_token", Browser::csrf_token_of(set_up.body)}, {"code", code.value_or("")}});
    EXPECT_EQ(confirmed.status, 200) << subject.describe() << ": " << confirmed.body;
    return browser;
  }

  static bool needs_second_factor_for(Role role) { return role != Role::learner; }

  // Checks one response against what refuse() promises; returns a description of any problem.
  static std::string check(const Route& route, const std::string& path, const Subject& subject,
                           const HttpResult& response) {
    std::ostringstream problem;
    const std::string location = response.header("location");
    if (response.status >= 500) {
      problem << "answered " << response.status;
    } else if (expected(route.permission, subject)) {
      if (response.status == 401 || response.status == 403)
        problem << "refused with " << response.status;
      if (response.status >= 300 && response.status < 400 && path_of(location) == "/sign-in" &&
          path != "/sign-in") {
        problem << "sent to sign in";
      }
    } else if (subject.kind == Subject::Kind::public_visitor) {
      if (is_api(path)) {
        if (response.status != 401) problem << "answered " << response.status << ", not 401";
      } else if (response.status != 303 || path_of(location) != "/sign-in" ||
                 location.find("return-to=") == std::string::npos) {
        problem << "answered " << response.status << " " << location
                << ", not a redirect to /sign-in?return-to=…";
      }
    } else if (subject.kind == Subject::Kind::pending_second_factor && !is_api(path)) {
      if (response.status != 303 || path_of(location) != "/sign-in/two-factor") {
        problem << "answered " << response.status << " " << location
                << ", not a redirect to the second-factor page";
      }
    } else if (response.status != 403) {
      problem << "answered " << response.status << " " << location << ", not 403";
    }
    const std::string text = problem.str();
    if (text.empty()) return "";
    return route.method + " " + path + " (" + std::string(permission_name(route.permission)) +
           ") for " + subject.describe() + ": " + text;
  }

  std::string clock_file_;
  Instant now_ = parse_instant("2026-03-02T09:00:00Z").value();
};

TEST_P(LivePermissionMatrixTest,
       EveryGetRouteWithoutParametersAnswersEverySubjectAsPromisedAndNeverWith500) {
  const Router router = build_router();
  for (const Subject& subject : live_subjects()) {
    auto browser = browser_for(subject);
    if (HasFailure()) return;
    for (const Route& route : router.routes()) {
      if (route.method != "GET" || route.pattern.find('{') != std::string::npos) continue;
      const HttpResult response = browser->get(route.pattern);
      const std::string problem = check(route, route.pattern, subject, response);
      EXPECT_TRUE(problem.empty()) << problem;
    }
  }
}

TEST_P(LivePermissionMatrixTest, ThePublicGetsEveryPublicPageAndIsSentToSignInForTheRest) {
  const Router router = build_router();
  Browser visitor(server_->port());
  for (const Route& route : router.routes()) {
    if (route.method != "GET" || route.pattern.find('{') != std::string::npos) continue;
    const HttpResult response = visitor.get(route.pattern);
    EXPECT_LT(response.status, 500) << route.pattern;
    if (route.permission != Permission::public_access) {
      if (is_api(route.pattern)) {
        EXPECT_EQ(response.status, 401) << route.pattern;
        EXPECT_EQ(response.header("content-type"), "application/problem+json") << route.pattern;
      } else {
        EXPECT_EQ(response.status, 303) << route.pattern;
        EXPECT_EQ(path_of(response.header("location")), "/sign-in") << route.pattern;
      }
    } else if (response.status != 200) {
      // Public routes that redirect must stay on this site and not ask the public to sign in.
      EXPECT_TRUE(response.status == 303 || response.status == 302 || response.status == 400 ||
                  response.status == 404 || response.status == 422)
          << route.pattern << " answered " << response.status;
      if (response.status / 100 == 3) {
        EXPECT_EQ(response.header("location").rfind("/", 0), 0u) << route.pattern;
        EXPECT_NE(path_of(response.header("location")), "/sign-in") << route.pattern;
      }
    }
  }
}

// Every route, whatever its method, refuses a subject without its permission before the handler
// runs: a valid CSRF token is sent, so only the permission check can refuse.
TEST_P(LivePermissionMatrixTest,
       EveryRouteRefusesEverySubjectWithoutItsPermissionBeforeItsHandlerRuns) {
  const Router router = build_router();
  for (const Subject& subject : live_subjects()) {
    auto browser = browser_for(subject);
    if (HasFailure()) return;
    const std::string token = Browser::csrf_token_of(
        browser->get(subject.kind == Subject::Kind::signed_in ? "/" : "/sign-in").body);
    ASSERT_FALSE(token.empty()) << subject.describe();
    for (const Route& route : router.routes()) {
      if (expected(route.permission, subject)) continue;
      const std::string path = concrete_path(route.pattern);
      const HttpResult response = browser->request(route.method, path, {{"csrf_token", token}});
      const std::string problem = check(route, path, subject, response);
      EXPECT_TRUE(problem.empty()) << problem;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Engines, LivePermissionMatrixTest,
                         ::testing::ValuesIn(testing_support::test_engines()),
                         testing_support::engine_test_name);

}  // namespace
}  // namespace casereview::web
