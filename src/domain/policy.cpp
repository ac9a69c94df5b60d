#include "domain/policy.hpp"

#include <algorithm>
#include <initializer_list>

namespace casereview {

namespace {

bool contains(const std::vector<Id>& ids, std::optional<Id> id) {
  return id && std::find(ids.begin(), ids.end(), *id) != ids.end();
}

bool is_partnership_admin(const Actor& actor) {
  return actor.has_role(Role::admin) && actor.partnership_id.has_value();
}

// A partnership role counts only with a partnership; a national role only without one.
bool holds(const Actor& actor, Role role) {
  return actor.has_role(role) && actor.partnership_id.has_value() != is_national(role);
}

bool holds_any(const Actor& actor, std::initializer_list<Role> roles) {
  for (Role role : roles) {
    if (holds(actor, role)) return true;
  }
  return false;
}

}  // namespace

bool permits(const std::optional<Actor>& actor, bool second_factor_pending, Permission permission) {
  switch (permission) {
    case Permission::public_access:
      return true;
    case Permission::second_factor_pending:
      return actor.has_value() && second_factor_pending;
    case Permission::signed_in:
      return actor.has_value() && !second_factor_pending;
    case Permission::manage_users:
    case Permission::manage_agencies:
    case Permission::manage_settings:
    case Permission::view_audit_log:
      return actor.has_value() && !second_factor_pending && is_partnership_admin(*actor);
    case Permission::record_notifications:
      return actor.has_value() && !second_factor_pending &&
             holds_any(*actor, {Role::notifier, Role::manager});
    case Permission::view_cases:
      return actor.has_value() && !second_factor_pending &&
             holds_any(*actor, {Role::manager, Role::committee, Role::notifier});
    case Permission::run_rapid_reviews:
      return actor.has_value() && !second_factor_pending && holds(*actor, Role::manager);
    case Permission::respond_for_agency:
      return actor.has_value() && !second_factor_pending && holds(*actor, Role::contributor) &&
             actor->agency_id.has_value();
    case Permission::decide_for_panel:
      return actor.has_value() && !second_factor_pending &&
             holds_any(*actor, {Role::panel, Role::manager});
    case Permission::view_notifications:
      return actor.has_value() && !second_factor_pending && holds(*actor, Role::inspector);
    case Permission::manage_training:
      return actor.has_value() && !second_factor_pending && actor->partnership_id.has_value() &&
             (actor->has_role(Role::trainer) ||
              actor->has_role(Role::manager));  // Rule SIGN-1: a partnership's signatory, holding
                                                // the partner they sign for.
    case Permission::sign_off_for_partner:
      return actor.has_value() && !second_factor_pending && holds(*actor, Role::signatory) &&
             actor->signs_for.has_value();
    // Rule REV-1: the partners (their business manager or the Case Review Committee) commission
    // the review and run its clock.
    case Permission::run_reviews:
      return actor.has_value() && !second_factor_pending &&
             holds_any(*actor, {Role::manager, Role::committee});
    // Rule CHR-1, Rule CHR-3: which cases a reviewer may act on is the use case's check
    // (appointment).
    case Permission::manage_chronologies:
      return actor.has_value() && !second_factor_pending &&
             holds_any(*actor, {Role::manager, Role::reviewer});
    case Permission::view_chronologies:
      return actor.has_value() && !second_factor_pending &&
             holds_any(*actor, {Role::manager, Role::committee, Role::reviewer});
    // Rule REV-4: a reviewer of a partnership declares their own affiliations.
    case Permission::declare_affiliations:
      return actor.has_value() && !second_factor_pending && holds(*actor, Role::reviewer);
    // Rule NTK-2 (need to know): which case a reviewer may read is the use case's check
    // (appointment).
    case Permission::read_case:
      return actor.has_value() && !second_factor_pending &&
             holds_any(*actor, {Role::manager, Role::committee, Role::notifier, Role::reviewer});
    // Rule NTK-2 (need to know): a reviewer's own list holds only the cases they are appointed to
    // (the use case's query).
    case Permission::view_appointed_reviews:
      return actor.has_value() && !second_factor_pending && holds(*actor, Role::reviewer);
    // Rule LE-1: which cases a reviewer may act on is the use case's check (appointment).
    case Permission::run_learning_events:
      return actor.has_value() && !second_factor_pending &&
             holds_any(*actor, {Role::manager, Role::reviewer});
    // Rule RPT-1: which case's report a reviewer may write or read is the use case's check
    // (appointment).
    case Permission::write_report:
      return actor.has_value() && !second_factor_pending && holds(*actor, Role::reviewer);
    case Permission::view_report:
      return actor.has_value() && !second_factor_pending &&
             holds_any(*actor, {Role::manager, Role::committee, Role::reviewer});
    case Permission::check_report_accuracy:
      return actor.has_value() && !second_factor_pending && holds(*actor, Role::contributor);
    // Rule ACT-2: a strategic lead works on their own agency's actions (the use case's check).
    case Permission::work_on_actions:
      return actor.has_value() && !second_factor_pending && holds(*actor, Role::lead) &&
             actor->agency_id.has_value();
    // Rule ACT-2: the committee (and the business manager for it) oversees the action plans.
    case Permission::oversee_actions:
      return actor.has_value() && !second_factor_pending &&
             holds_any(*actor, {Role::manager, Role::committee});
    case Permission::view_actions:
      return permits(actor, second_factor_pending, Permission::oversee_actions) ||
             permits(actor, second_factor_pending, Permission::work_on_actions);
    // Rule YR-1: the partners' yearly report is the business manager's and the committee's.
    case Permission::report_yearly:
      return actor.has_value() && !second_factor_pending && actor->partnership_id.has_value() &&
             holds_any(*actor, {Role::manager, Role::committee});
    // Rule YR-1: the Panel reads every partnership's figures (never a case's detail).
    case Permission::view_national_figures:
      return actor.has_value() && !second_factor_pending && holds(*actor, Role::panel);
  }
  return false;
}

CaseVisibility case_visibility(const Actor& actor, const CaseAccess& access) {
  const bool same_partnership = actor.partnership_id == access.partnership_id;
  CaseVisibility best = CaseVisibility::none;
  auto grant = [&best](CaseVisibility level) { best = std::max(best, level); };
  for (Role role : actor.roles) {
    switch (role) {
      case Role::manager:
      case Role::committee:
      case Role::notifier:
        if (same_partnership) grant(CaseVisibility::full);
        break;
      case Role::reviewer:
        if (same_partnership && contains(access.assigned_reviewer_ids, actor.user_id))
          grant(CaseVisibility::full);
        break;
      case Role::contributor:
      case Role::lead:
        if (same_partnership && contains(access.involved_agency_ids, actor.agency_id)) {
          grant(CaseVisibility::agency_request);
        }
        break;
      case Role::panel:
        if (access.submitted_to_panel) grant(CaseVisibility::pseudonymised);
        break;
      case Role::inspector:
        grant(CaseVisibility::notification);
        break;
      case Role::admin:
      case Role::trainer:
      case Role::learner:
      // A signatory reads the rapid review record they sign through the sign-off use case only.
      case Role::signatory:
        break;
    }
  }
  return best;
}

}  // namespace casereview
