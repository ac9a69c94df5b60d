// The tenants of casereview and what belongs to them: a safeguarding partnership, its agencies
// and its people. Plain values; rules about who may see what live in the permission policy.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/result.hpp"
#include "domain/role.hpp"
#include "domain/statutory_partner.hpp"

namespace casereview {

using Id = std::int64_t;

// A safeguarding children partnership: the local authority, police and health board of one area.
struct Partnership {
  Id id = 0;
  std::string code;  // short upper-case code used in references, e.g. "NBP"
  std::string name;
};

// An organisation that may have worked with a child or family.
struct Agency {
  Id id = 0;
  Id partnership_id = 0;
  std::string code;  // unique within the partnership, e.g. "POLICE"
  std::string name;
};

// A person with an account. National roles (panel, inspector) have no partnership.
struct User {
  Id id = 0;
  std::optional<Id> partnership_id;
  std::optional<Id> agency_id;
  std::string email;
  std::string name;
  std::vector<Role> roles;
  // Rule SIGN-1: the partner a signatory signs for; set exactly when roles hold Role::signatory.
  std::optional<StatutoryPartner> signs_for;
};

// Checks a partnership or agency code: 2 to 12 characters, capital letters, digits and hyphens,
// starting with a letter. Returns invalid_input naming `field` otherwise.
Status check_code(const std::string& field, const std::string& code);

// Checks a display name: present, at most 200 characters, no control characters.
Status check_name(const std::string& field, const std::string& name);

}  // namespace casereview
