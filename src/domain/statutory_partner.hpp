// The three statutory safeguarding partners of a partnership (Children Act 2004 s16E): the local
// authority, the police and the integrated care board (health). Each signs the rapid review off
// (Rule RR-4) through its own signatories (Rule SIGN-1), whose accounts hold the partner they sign
// for with their signatory role; so this is shared by the case model and the identity values.
//
// Plain values: safe to use from any thread.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace casereview {

enum class StatutoryPartner { local_authority, police, health };
inline constexpr std::array<StatutoryPartner, 3> all_statutory_partners = {
    StatutoryPartner::local_authority, StatutoryPartner::police, StatutoryPartner::health};
std::string_view statutory_partner_name(StatutoryPartner partner);  // "local_authority"
std::string_view statutory_partner_text(StatutoryPartner partner);  // "Local authority"
// nullopt for a name that is not one of statutory_partner_name's.
std::optional<StatutoryPartner> statutory_partner_from_name(std::string_view name);

}  // namespace casereview
