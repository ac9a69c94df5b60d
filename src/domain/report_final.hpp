// The final report (issue 12, Rule RPT-3): the version the Case Review Committee chooses, with the
// partnership's written response, signed off by the three safeguarding partners, each through one
// of its signatories as themselves (as the rapid review's sign-off, Rule SIGN-1). Choosing
// another version or changing the response clears the sign-offs, and only when asked to: a change
// that would silently void what partners signed is refused.
//
// Rules (cited again where implemented and in the tests that prove them):
//   RPT-3  The final report is a chosen version signed off by the three safeguarding partners; the
//          partnership's written response is recorded with it.
//
// Plain values and pure functions: safe from any thread.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "domain/instant.hpp"
#include "domain/partnership.hpp"  // Id
#include "domain/statutory_partner.hpp"

namespace casereview {

namespace limits {
inline constexpr std::size_t partnership_response = 20000;
}  // namespace limits

// Rule RPT-3: one partner's sign-off of the final report.
struct ReportSignOff {
  StatutoryPartner partner = StatutoryPartner::local_authority;
  Id signed_by = 0;
  std::string name;  // the signatory's name (read with the sign-off)
  Instant signed_at{};
};

struct ReportFinal {
  Id case_id = 0;
  Id partnership_id = 0;
  Id version_id = 0;
  int version_number = 0;            // read with the final
  std::string partnership_response;  // Markdown; may be empty until the partnership writes it
  Id marked_by = 0;
  Instant marked_at{};
  std::vector<ReportSignOff> sign_offs;  // at most one per partner, in all_statutory_partners order
};

// The partner's sign-off of the final, if given.
std::optional<ReportSignOff> report_sign_off_of(const ReportFinal& final, StatutoryPartner partner);

// Rule RPT-3: all three partners have signed the final off.
bool report_signed_off(const ReportFinal& final);

}  // namespace casereview
