// The permission policy (domain/policy.hpp), exhaustively: `permits` for every permission against
// the public, an unfinished (second factor pending) sign-in of every role, and a full sign-in of
// every role; and `case_visibility` (CASE-ACCESS) for every role against cases of their own and
// another partnership, assigned and unassigned reviewers, involved and uninvolved agencies, and
// cases submitted or not to the National Panel.
//
// The expected answers are written here, independently of the policy, as a switch over the enum
// with no default: adding a Permission or a Role without deciding its row here stops this file
// compiling (-Wswitch with -Werror), so nothing new is allowed by accident.
#include "domain/policy.hpp"

#include <gtest/gtest.h>

#include <set>
#include <sstream>

namespace casereview {
namespace {

constexpr Id own_partnership = 1;
constexpr Id other_partnership = 2;
constexpr Id actor_agency = 10;
constexpr Id other_agency = 11;
constexpr Id actor_user_id = 100;
constexpr Id other_reviewer_id = 101;

// The actor a demonstration account of `role` would be: partnership roles in their partnership,
// contributor and lead also in an agency, national roles in neither.
Actor actor_with(Role role, std::optional<Id> partnership = own_partnership) {
  Actor actor;
  actor.user_id = actor_user_id;
  actor.email = std::string(role_name(role)) + "@example.org";
  actor.roles = {role};
  if (!is_national(role)) actor.partnership_id = partnership;
  if (needs_agency(role)) actor.agency_id = actor_agency;
  if (needs_partner(role)) actor.signs_for = StatutoryPartner::police;
  return actor;
}

// Who is asking, as `permits` sees it.
enum class Subject { public_visitor, pending_second_factor, signed_in };

std::string describe(Subject subject, std::optional<Role> role) {
  std::ostringstream text;
  switch (subject) {
    case Subject::public_visitor:
      text << "the public";
      break;
    case Subject::pending_second_factor:
      text << "a pending sign-in";
      break;
    case Subject::signed_in:
      text << "a signed-in";
      break;
  }
  if (role) text << " " << role_name(*role);
  return text.str();
}

// The expected answer: the table the policy must implement.
bool expected_permits(Permission permission, Subject subject, std::optional<Role> role) {
  const bool signed_in = subject == Subject::signed_in;
  const bool partnership_admin = signed_in && role == Role::admin;
  switch (permission) {
    case Permission::public_access:
      return true;
    case Permission::second_factor_pending:
      return subject == Subject::pending_second_factor;
    case Permission::signed_in:
      return signed_in;
    case Permission::manage_users:
      return partnership_admin;
    case Permission::manage_agencies:
      return partnership_admin;
    case Permission::manage_settings:
      return partnership_admin;
    case Permission::view_audit_log:
      return partnership_admin;
    case Permission::record_notifications:
      return signed_in && (role == Role::notifier || role == Role::manager);
    case Permission::view_cases:
      return signed_in &&
             (role == Role::manager || role == Role::committee || role == Role::notifier);
    case Permission::run_rapid_reviews:
      return signed_in && role == Role::manager;
    case Permission::respond_for_agency:
      return signed_in && role == Role::contributor;
    case Permission::decide_for_panel:
      return signed_in && (role == Role::panel || role == Role::manager);
    case Permission::view_notifications:
      return signed_in && role == Role::inspector;
    case Permission::manage_training:
      return signed_in && (role == Role::trainer || role == Role::manager);
    // Rule SIGN-1.
    case Permission::sign_off_for_partner:
      return signed_in && role == Role::signatory;
    // Rule REV-1.
    case Permission::run_reviews:
      return signed_in && (role == Role::manager || role == Role::committee);
    // Rule CHR-1, Rule CHR-3.
    case Permission::manage_chronologies:
      return signed_in && (role == Role::manager || role == Role::reviewer);
    case Permission::view_chronologies:
      return signed_in &&
             (role == Role::manager || role == Role::committee || role == Role::reviewer);
    // Rule REV-4.
    case Permission::declare_affiliations:
      return signed_in && role == Role::reviewer;
    // Rule NTK-2 (need to know).
    case Permission::read_case:
      return signed_in && (role == Role::manager || role == Role::committee ||
                           role == Role::notifier || role == Role::reviewer);
    // Rule NTK-2 (need to know).
    case Permission::view_appointed_reviews:
      return signed_in && role == Role::reviewer;
    // Rule LE-1.
    case Permission::run_learning_events:
      return signed_in && (role == Role::manager || role == Role::reviewer);
    // Rule RPT-1: the report (which case's is the use case's check).
    case Permission::write_report:
      return signed_in && role == Role::reviewer;
    case Permission::view_report:
      return signed_in &&
             (role == Role::manager || role == Role::committee || role == Role::reviewer);
    // Rule RPT-1: factual accuracy (which version's is the use case's check).
    case Permission::check_report_accuracy:
      return signed_in && role == Role::contributor;
    // Rule ACT-2: the lead's own agency's actions; the committee's oversight.
    case Permission::work_on_actions:
      return signed_in && role == Role::lead;
    case Permission::oversee_actions:
      return signed_in && (role == Role::manager || role == Role::committee);
    case Permission::view_actions:
      return signed_in && (role == Role::manager || role == Role::committee || role == Role::lead);
    // Rule YR-1: the partnership's yearly report; every partnership's figures for the Panel.
    case Permission::report_yearly:
      return signed_in && (role == Role::manager || role == Role::committee);
    case Permission::view_national_figures:
      return signed_in && role == Role::panel;
  }
  ADD_FAILURE() << "no row for permission " << static_cast<int>(permission);
  return false;
}

// Rule SIGN-1: the signatory role gives the right to sign only with the partner it signs for, and
// only within a partnership.
TEST(Policy, ASignatorySignsOffOnlyWithTheirPartnerAndPartnership) {
  Actor signatory = actor_with(Role::signatory);
  EXPECT_TRUE(permits(signatory, false, Permission::sign_off_for_partner));
  EXPECT_FALSE(permits(signatory, true, Permission::sign_off_for_partner));
  EXPECT_FALSE(permits(signatory, false, Permission::run_rapid_reviews));
  Actor without_partner = signatory;
  without_partner.signs_for.reset();
  EXPECT_FALSE(permits(without_partner, false, Permission::sign_off_for_partner));
  Actor without_partnership = signatory;
  without_partnership.partnership_id.reset();
  EXPECT_FALSE(permits(without_partnership, false, Permission::sign_off_for_partner));
  Actor manager = actor_with(Role::manager);
  manager.signs_for = StatutoryPartner::police;
  EXPECT_FALSE(permits(manager, false, Permission::sign_off_for_partner));
}

TEST(PermissionList, AllPermissionsNamesEveryPermissionOnce) {
  std::set<Permission> seen(all_permissions.begin(), all_permissions.end());
  EXPECT_EQ(seen.size(), all_permissions.size());
  // The enum's values are 0, 1, …; the one after the last listed must not exist.
  for (std::size_t value = 0; value < all_permissions.size(); ++value) {
    EXPECT_TRUE(seen.count(static_cast<Permission>(value)))
        << "permission " << value << " is missing from all_permissions";
  }
  EXPECT_EQ(permission_name(static_cast<Permission>(all_permissions.size())), "unknown")
      << "a permission was added to the enum but not to all_permissions";
}

TEST(RoleList, AllRolesNamesEveryRoleOnce) {
  std::set<Role> seen(all_roles.begin(), all_roles.end());
  EXPECT_EQ(seen.size(), all_roles.size());
  for (Role role : all_roles) EXPECT_EQ(role_from_name(role_name(role)), role) << role_name(role);
  EXPECT_FALSE(role_from_name(role_name(static_cast<Role>(all_roles.size()))).has_value())
      << "a role was added to the enum but not to all_roles";
}

TEST(Permits, ThePublicMayUseOnlyPublicRoutes) {
  for (Permission permission : all_permissions) {
    EXPECT_EQ(permits(std::nullopt, false, permission),
              expected_permits(permission, Subject::public_visitor, std::nullopt))
        << permission_name(permission);
  }
}

// A pending flag without an actor is meaningless, and must never grant more than the public has.
TEST(Permits, APendingFlagWithoutAnActorGrantsNothingBeyondThePublic) {
  for (Permission permission : all_permissions) {
    EXPECT_EQ(permits(std::nullopt, true, permission), permission == Permission::public_access)
        << permission_name(permission);
  }
}

TEST(Permits, EveryRoleGetsExactlyItsRowForEveryPermissionSignedInOrPending) {
  for (Role role : all_roles) {
    for (Permission permission : all_permissions) {
      for (Subject subject : {Subject::pending_second_factor, Subject::signed_in}) {
        const bool pending = subject == Subject::pending_second_factor;
        EXPECT_EQ(permits(actor_with(role), pending, permission),
                  expected_permits(permission, subject, role))
            << describe(subject, role) << " asking for " << permission_name(permission);
      }
    }
  }
}

// Rule SEC-4: an administrator who has given only a password may not manage anything yet.
TEST(Permits, AnAdministratorWhoseSecondFactorIsPendingMayNotManageAnything) {
  for (Permission permission :
       {Permission::manage_users, Permission::manage_agencies, Permission::manage_settings,
        Permission::view_audit_log, Permission::signed_in}) {
    EXPECT_FALSE(permits(actor_with(Role::admin), true, permission)) << permission_name(permission);
  }
  EXPECT_TRUE(permits(actor_with(Role::admin), true, Permission::second_factor_pending));
}

// An "admin" outside any partnership (the role held without one) administers nothing: the
// administration permissions are always about one partnership's users, agencies, settings, log.
TEST(Permits, AnAdministratorWithoutAPartnershipAdministersNothing) {
  Actor stray = actor_with(Role::admin, std::nullopt);
  ASSERT_FALSE(stray.partnership_id.has_value());
  for (Permission permission : {Permission::manage_users, Permission::manage_agencies,
                                Permission::manage_settings, Permission::view_audit_log}) {
    EXPECT_FALSE(permits(stray, false, permission)) << permission_name(permission);
  }
  EXPECT_TRUE(permits(stray, false, Permission::signed_in));
}

// A trainer outside any partnership has no courses to manage: manage_training is always about one
// partnership's courses and sessions.
TEST(Permits, ATrainerWithoutAPartnershipManagesNoTraining) {
  Actor stray = actor_with(Role::trainer, std::nullopt);
  ASSERT_FALSE(stray.partnership_id.has_value());
  EXPECT_FALSE(permits(stray, false, Permission::manage_training));
  EXPECT_TRUE(permits(actor_with(Role::trainer), false, Permission::manage_training));
  EXPECT_FALSE(permits(actor_with(Role::trainer), true, Permission::manage_training));
}

TEST(Permits, AnActorWithNoRolesIsOnlySignedIn) {
  Actor nobody;
  nobody.user_id = 5;
  nobody.partnership_id = own_partnership;
  for (Permission permission : all_permissions) {
    EXPECT_EQ(permits(nobody, false, permission),
              permission == Permission::public_access || permission == Permission::signed_in)
        << permission_name(permission);
  }
}

TEST(Permits, AnAdministratorRoleAmongOthersGrantsAdministration) {
  Actor both = actor_with(Role::manager);
  both.roles.push_back(Role::admin);
  EXPECT_TRUE(permits(both, false, Permission::manage_users));
  EXPECT_TRUE(permits(both, false, Permission::view_audit_log));
}

// CASE-ACCESS ------------------------------------------------------------------------------

struct CaseShape {
  bool own_partnership = true;
  bool actor_assigned = false;   // the actor is among the assigned reviewers
  bool agency_involved = false;  // the actor's agency is among the involved agencies
  bool submitted_to_panel = false;
};

std::string describe(const CaseShape& shape) {
  std::ostringstream text;
  text << (shape.own_partnership ? "own partnership" : "another partnership") << ", "
       << (shape.actor_assigned ? "assigned" : "not assigned") << ", "
       << (shape.agency_involved ? "agency involved" : "agency not involved") << ", "
       << (shape.submitted_to_panel ? "submitted to the panel" : "not submitted");
  return text.str();
}

CaseAccess case_of(const CaseShape& shape) {
  CaseAccess access;
  access.partnership_id = shape.own_partnership ? own_partnership : other_partnership;
  // Always someone else too, so the rule must look for the actor, not just a non-empty list.
  access.assigned_reviewer_ids = {other_reviewer_id};
  if (shape.actor_assigned) access.assigned_reviewer_ids.push_back(actor_user_id);
  access.involved_agency_ids = {other_agency};
  if (shape.agency_involved) access.involved_agency_ids.push_back(actor_agency);
  access.submitted_to_panel = shape.submitted_to_panel;
  return access;
}

// The expected answer, written out role by role from the need-to-know rule.
CaseVisibility expected_visibility(Role role, const CaseShape& shape) {
  switch (role) {
    case Role::manager:
    case Role::committee:
    case Role::notifier:
      return shape.own_partnership ? CaseVisibility::full : CaseVisibility::none;
    case Role::reviewer:
      return shape.own_partnership && shape.actor_assigned ? CaseVisibility::full
                                                           : CaseVisibility::none;
    case Role::contributor:
    case Role::lead:
      return shape.own_partnership && shape.agency_involved ? CaseVisibility::agency_request
                                                            : CaseVisibility::none;
    case Role::panel:
      return shape.submitted_to_panel ? CaseVisibility::pseudonymised : CaseVisibility::none;
    case Role::inspector:
      return CaseVisibility::notification;
    case Role::admin:
    case Role::trainer:
    case Role::learner:
    case Role::signatory:  // reads the record through the sign-off use case only
      return CaseVisibility::none;
  }
  ADD_FAILURE() << "no row for role " << static_cast<int>(role);
  return CaseVisibility::full;
}

std::vector<CaseShape> every_case_shape() {
  std::vector<CaseShape> shapes;
  for (bool own : {true, false}) {
    for (bool assigned : {true, false}) {
      for (bool involved : {true, false}) {
        for (bool submitted : {true, false}) shapes.push_back({own, assigned, involved, submitted});
      }
    }
  }
  return shapes;
}

TEST(CaseVisibilityRule, EveryRoleSeesExactlyWhatItNeedsForEveryKindOfCase) {
  for (Role role : all_roles) {
    for (const CaseShape& shape : every_case_shape()) {
      EXPECT_EQ(case_visibility(actor_with(role), case_of(shape)), expected_visibility(role, shape))
          << role_name(role) << " looking at a case of " << describe(shape);
    }
  }
}

TEST(CaseVisibilityRule, AReviewerAssignedToAnotherPartnershipsCaseSeesNothingOfIt) {
  CaseAccess access = case_of({.own_partnership = false, .actor_assigned = true});
  EXPECT_EQ(case_visibility(actor_with(Role::reviewer), access), CaseVisibility::none);
}

// Agency ids are unique across partnerships in the database, but the rule must not rely on it.
TEST(CaseVisibilityRule, AContributorWhoseAgencyIdAppearsInAnotherPartnershipsCaseSeesNothing) {
  CaseAccess access = case_of({.own_partnership = false, .agency_involved = true});
  EXPECT_EQ(case_visibility(actor_with(Role::contributor), access), CaseVisibility::none);
  EXPECT_EQ(case_visibility(actor_with(Role::lead), access), CaseVisibility::none);
}

TEST(CaseVisibilityRule, AContributorWithoutAnAgencySeesNothing) {
  Actor contributor = actor_with(Role::contributor);
  contributor.agency_id.reset();
  EXPECT_EQ(case_visibility(contributor, case_of({.agency_involved = true})), CaseVisibility::none);
}

TEST(CaseVisibilityRule, SomeoneWithSeveralRolesSeesTheMostAnyOfThemAllows) {
  Actor actor = actor_with(Role::contributor);
  actor.roles.push_back(Role::reviewer);
  EXPECT_EQ(case_visibility(actor, case_of({.actor_assigned = false, .agency_involved = true})),
            CaseVisibility::agency_request);
  EXPECT_EQ(case_visibility(actor, case_of({.actor_assigned = true, .agency_involved = true})),
            CaseVisibility::full);
  EXPECT_EQ(case_visibility(actor, case_of({.actor_assigned = false, .agency_involved = false})),
            CaseVisibility::none);
}

TEST(CaseVisibilityRule, NationalRolesWithAPartnershipIdStillSeeOnlyWhatTheirRoleAllows) {
  // A panel member never gets a partnership's full view, whatever their record says.
  Actor panel = actor_with(Role::panel);
  panel.partnership_id = own_partnership;
  EXPECT_EQ(case_visibility(panel, case_of({.submitted_to_panel = false})), CaseVisibility::none);
  EXPECT_EQ(case_visibility(panel, case_of({.submitted_to_panel = true})),
            CaseVisibility::pseudonymised);
}

TEST(CaseVisibilityRule, TheLevelsAreOrderedFromNothingToEverything) {
  EXPECT_LT(CaseVisibility::none, CaseVisibility::notification);
  EXPECT_LT(CaseVisibility::notification, CaseVisibility::agency_request);
  EXPECT_LT(CaseVisibility::agency_request, CaseVisibility::pseudonymised);
  EXPECT_LT(CaseVisibility::pseudonymised, CaseVisibility::full);
}

}  // namespace
}  // namespace casereview
