#include "domain/statutory_partner.hpp"

#include "domain/enum_names.hpp"

namespace casereview {

std::string_view statutory_partner_name(StatutoryPartner partner) {
  switch (partner) {
    case StatutoryPartner::local_authority:
      return "local_authority";
    case StatutoryPartner::police:
      return "police";
    case StatutoryPartner::health:
      return "health";
  }
  return "";
}

std::string_view statutory_partner_text(StatutoryPartner partner) {
  switch (partner) {
    case StatutoryPartner::local_authority:
      return "Local authority";
    case StatutoryPartner::police:
      return "Police";
    case StatutoryPartner::health:
      return "Health";
  }
  return "";
}

std::optional<StatutoryPartner> statutory_partner_from_name(std::string_view name) {
  return enum_from_name(all_statutory_partners, statutory_partner_name, name);
}

}  // namespace casereview
