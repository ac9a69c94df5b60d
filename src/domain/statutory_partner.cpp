#include "domain/statutory_partner.hpp"

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
  for (StatutoryPartner partner : all_statutory_partners) {
    if (statutory_partner_name(partner) == name) return partner;
  }
  return std::nullopt;
}

}  // namespace casereview
