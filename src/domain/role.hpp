// The roles a user can hold. All but the national roles (panel, inspector) are held within one
// partnership; contributor and lead also belong to one agency, and a signatory signs for one
// statutory partner.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace casereview {

enum class Role {
  admin,        // users, agencies and settings of one partnership
  manager,      // partnership business manager: runs the process, sees all its cases
  committee,    // Case Review Committee member
  notifier,     // local authority officer who records notifications
  contributor,  // an agency's author of chronologies and summaries
  lead,         // an agency's strategic lead: owns that agency's actions
  reviewer,     // sees only the cases assigned to them
  trainer,      // runs courses and sessions
  learner,      // a practitioner who books training
  panel,        // the National Panel (across partnerships)
  inspector,    // Ofsted or DfE: notifications, read-only (across partnerships)
  signatory,    // signs the rapid review off for one statutory partner (User::signs_for)
};

inline constexpr std::array<Role, 12> all_roles = {
    Role::admin,       Role::manager, Role::committee, Role::notifier,
    Role::contributor, Role::lead,    Role::reviewer,  Role::trainer,
    Role::learner,     Role::panel,   Role::inspector, Role::signatory,
};

std::string_view role_name(Role role);
std::optional<Role> role_from_name(std::string_view name);
// The roles' names joined by commas, in the order given, e.g. "admin,manager" (audit entries).
std::string role_names_text(const std::vector<Role>& roles);
// Words for people, e.g. "Partnership business manager".
std::string_view role_title(Role role);
bool is_national(Role role);
bool needs_agency(Role role);
// Rule SIGN-1: a signatory holds the statutory partner they sign for with their role.
bool needs_partner(Role role);

}  // namespace casereview
