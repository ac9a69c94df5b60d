// The permissions a route can require. Every route in the web layer names exactly one; the
// architecture test in tests/web fails on a route that names none, and the matrix test checks
// every role against every route. What each role is granted lives in policy.hpp.
#pragma once

#include <array>
#include <string_view>

namespace casereview {

enum class Permission {
  public_access,          // anyone, signed in or not: the public pages, health and metrics
  second_factor_pending,  // signed in with a password, second factor still to give or set up
  signed_in,              // any signed-in person: their own account
  manage_users,           // a partnership's administrator: invite, change roles, deactivate
  manage_agencies,        // a partnership's administrator: its agencies
  manage_settings,        // a partnership's administrator: its settings
  view_audit_log,         // a partnership's administrator: its audit log
  record_notifications,  // notifier, manager: record serious incident notifications, sent, partners
                         // told
  view_cases,  // manager, committee, notifier: the dashboard and case pages of their partnership
  run_rapid_reviews,   // manager: allocate, request agency responses, record, sign-off, submit
  respond_for_agency,  // contributor: their own agency's rapid review requests
  decide_for_panel,    // panel (across partnerships), manager (on the Panel's behalf): decisions
  view_notifications,  // inspector (Ofsted, DfE): notifications, read-only, across partnerships
  manage_training,     // a partnership's trainer or business manager: courses, sessions, registers
  sign_off_for_partner,  // signatory: the rapid reviews to sign, and their own partner's sign-off
  run_reviews,           // manager, committee: commission the review, pause and resume its clock
                         // (Rule REV-1, Rule REV-2, Rule REV-3)
  // manager, reviewer (of the cases they are appointed to): ask agencies for chronologies, return
  // them for correction, mark possible duplicates (Rule CHR-1, Rule CHR-3)
  manage_chronologies,
  // manager, committee, reviewer (appointed): the merged chronology (Rule CHR-3)
  view_chronologies,
  // reviewer: declare their own affiliations (Rule REV-4)
  declare_affiliations,
  // manager, committee, notifier, reviewer: one case's page — a reviewer only the cases they are
  // appointed to (Rule NTK-2, checked by the use case)
  read_case,
  // reviewer: the list of the reviews they are appointed to (Rule NTK-2: those cases only)
  view_appointed_reviews,
  // manager, reviewer (of the cases they are appointed to): the practitioner learning event and
  // the family's involvement (Rule LE-1, checked by the use case)
  run_learning_events,
  // reviewer (appointed to the case, checked by the use case): write and upload the report's
  // versions (Rule RPT-1)
  write_report,
  // manager, committee, reviewer (appointed): read the report's versions and compare them
  // (Rule RPT-1)
  view_report,
  // contributor (of an agency the version was circulated to, checked by the use case): read it,
  // comment on its factual accuracy and send the agency's response (Rule RPT-1)
  check_report_accuracy,
  // lead (an agency's strategic lead): their agency's actions — updates, evidence, proposing
  // completion, asking for a new due date (Rule ACT-2, Rule ACT-4; which actions is the use case's
  // check)
  work_on_actions,
  // manager, committee: every action of the partnership — make them from recommendations, sign
  // off or return, agree due-date changes, plan assurance checks (Rule ACT-1, Rule ACT-2,
  // Rule ACT-4)
  oversee_actions,
  // manager, committee, lead: the action plans' pages and API (which actions, and what each may
  // do to them, is the use cases' check: Rule NTK-2)
  view_actions,
  // manager, committee: the partnership's yearly report — its figures, downloads and the record of
  // its publication (Rule YR-1)
  report_yearly,
  // panel: the yearly figures of every partnership side by side, no case's detail (Rule YR-1)
  view_national_figures,
};

inline constexpr std::array<Permission, 30> all_permissions = {
    Permission::public_access,
    Permission::second_factor_pending,
    Permission::signed_in,
    Permission::manage_users,
    Permission::manage_agencies,
    Permission::manage_settings,
    Permission::view_audit_log,
    Permission::record_notifications,
    Permission::view_cases,
    Permission::run_rapid_reviews,
    Permission::respond_for_agency,
    Permission::decide_for_panel,
    Permission::view_notifications,
    Permission::manage_training,
    Permission::sign_off_for_partner,
    Permission::run_reviews,
    Permission::manage_chronologies,
    Permission::view_chronologies,
    Permission::declare_affiliations,
    Permission::read_case,
    Permission::view_appointed_reviews,
    Permission::run_learning_events,
    Permission::write_report,
    Permission::view_report,
    Permission::check_report_accuracy,
    Permission::work_on_actions,
    Permission::oversee_actions,
    Permission::view_actions,
    Permission::report_yearly,
    Permission::view_national_figures,
};

std::string_view permission_name(Permission permission);

}  // namespace casereview
