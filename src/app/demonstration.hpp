// Loads the demonstration data: a fictional partnership (Northbrook, a made-up place), its
// agencies, and one account per role (three partner signatories, one per statutory partner).
// Nothing in it copies real cases or real people; accounts are named for their role.
#pragma once

#include <string>
#include <vector>

#include "app/clock.hpp"
#include "app/ports.hpp"
#include "app/security/field_cipher.hpp"

namespace casereview {

struct DemonstrationAccount {
  std::string email;
  std::string role;
  std::string agency_code;  // empty when the role has no agency
  std::string partner;      // a signatory's statutory_partner_name; empty for other roles
};

struct DemonstrationSummary {
  bool already_loaded = false;  // true when the partnership was there already (nothing changed)
  Partnership partnership;
  std::vector<Agency> agencies;
  std::vector<DemonstrationAccount> accounts;
};

inline constexpr const char* demonstration_partnership_code = "NBP";
// Every demonstration account signs in with this password. Staff accounts set up an
// authenticator app at their first sign-in, as real ones do.
inline constexpr const char* demonstration_password = "casereview demonstration";

// The demonstration signatory of `partner`: signatory-la@, signatory-police@ or signatory-icb@
// northbrook.example (Rule SIGN-1).
std::string demonstration_signatory_email(StatutoryPartner partner);

// Adds the demonstration partnership, agencies and accounts in one transaction. When the
// partnership exists already, changes nothing and reports what is there. With a data key, also
// adds demonstration cases at every stage (app/demonstration_cases.cpp).
Result<DemonstrationSummary> load_demonstration_data(
    Storage& storage, const Clock& clock,
    std::shared_ptr<const security::FieldCipher> cipher = nullptr);

}  // namespace casereview
