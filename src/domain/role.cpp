#include "domain/role.hpp"

#include "domain/enum_names.hpp"

namespace casereview {

std::string_view role_name(Role role) {
  switch (role) {
    case Role::admin:
      return "admin";
    case Role::manager:
      return "manager";
    case Role::committee:
      return "committee";
    case Role::notifier:
      return "notifier";
    case Role::contributor:
      return "contributor";
    case Role::lead:
      return "lead";
    case Role::reviewer:
      return "reviewer";
    case Role::trainer:
      return "trainer";
    case Role::learner:
      return "learner";
    case Role::panel:
      return "panel";
    case Role::inspector:
      return "inspector";
    case Role::signatory:
      return "signatory";
  }
  return "";
}

std::string_view role_title(Role role) {
  switch (role) {
    case Role::admin:
      return "Administrator";
    case Role::manager:
      return "Partnership business manager";
    case Role::committee:
      return "Case Review Committee member";
    case Role::notifier:
      return "Notifying officer";
    case Role::contributor:
      return "Agency contributor";
    case Role::lead:
      return "Agency strategic lead";
    case Role::reviewer:
      return "Reviewer";
    case Role::trainer:
      return "Trainer";
    case Role::learner:
      return "Practitioner";
    case Role::panel:
      return "National Panel";
    case Role::inspector:
      return "Inspector";
    case Role::signatory:
      return "Partner signatory";
  }
  return "";
}

std::optional<Role> role_from_name(std::string_view name) {
  return enum_from_name(all_roles, role_name, name);
}

bool is_national(Role role) { return role == Role::panel || role == Role::inspector; }

bool needs_agency(Role role) { return role == Role::contributor || role == Role::lead; }

bool needs_partner(Role role) { return role == Role::signatory; }

std::string role_names_text(const std::vector<Role>& roles) {
  std::string text;
  for (Role role : roles) text += (text.empty() ? "" : ",") + std::string(role_name(role));
  return text;
}

}  // namespace casereview
