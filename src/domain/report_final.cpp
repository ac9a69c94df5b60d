// The final report (Rule RPT-3): see report_final.hpp.
#include "domain/report_final.hpp"

namespace casereview {

std::optional<ReportSignOff> report_sign_off_of(const ReportFinal& final,
                                                StatutoryPartner partner) {
  for (const ReportSignOff& sign_off : final.sign_offs)
    if (sign_off.partner == partner) return sign_off;
  return std::nullopt;
}

bool report_signed_off(const ReportFinal& final) {
  for (StatutoryPartner partner : all_statutory_partners)
    if (!report_sign_off_of(final, partner)) return false;
  return true;
}

}  // namespace casereview
