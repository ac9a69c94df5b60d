#include "domain/permission.hpp"

namespace casereview {

std::string_view permission_name(Permission permission) {
  switch (permission) {
    case Permission::public_access:
      return "public";
    case Permission::second_factor_pending:
      return "second-factor-pending";
    case Permission::signed_in:
      return "signed-in";
    case Permission::manage_users:
      return "manage-users";
    case Permission::manage_agencies:
      return "manage-agencies";
    case Permission::manage_settings:
      return "manage-settings";
    case Permission::view_audit_log:
      return "view-audit-log";
    case Permission::record_notifications:
      return "record-notifications";
    case Permission::view_cases:
      return "view-cases";
    case Permission::run_rapid_reviews:
      return "run-rapid-reviews";
    case Permission::respond_for_agency:
      return "respond-for-agency";
    case Permission::decide_for_panel:
      return "decide-for-panel";
    case Permission::view_notifications:
      return "view-notifications";
    case Permission::manage_training:
      return "manage-training";
    case Permission::sign_off_for_partner:
      return "sign-off-for-partner";
    case Permission::run_reviews:
      return "run-reviews";
    case Permission::manage_chronologies:
      return "manage-chronologies";
    case Permission::view_chronologies:
      return "view-chronologies";
    case Permission::declare_affiliations:
      return "declare-affiliations";
    case Permission::read_case:
      return "read-case";
    case Permission::view_appointed_reviews:
      return "view-appointed-reviews";
    case Permission::run_learning_events:
      return "run-learning-events";
    case Permission::write_report:
      return "write-report";
    case Permission::view_report:
      return "view-report";
    case Permission::check_report_accuracy:
      return "check-report-accuracy";
    case Permission::work_on_actions:
      return "work-on-actions";
    case Permission::oversee_actions:
      return "oversee-actions";
    case Permission::view_actions:
      return "view-actions";
    case Permission::report_yearly:
      return "report-yearly";
    case Permission::view_national_figures:
      return "view-national-figures";
  }
  return "unknown";
}

}  // namespace casereview
