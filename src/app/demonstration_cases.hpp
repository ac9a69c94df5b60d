// Demonstration cases for the demonstration partnership (app/demonstration.hpp): one at each stage,
// dated relative to the clock's today, so that the dashboard shows every status (on track, due
// within 3 working days, overdue), an outstanding and an overdue agency response, a rapid review
// awaiting the Panel's decision, a closed case, a learning review still to be commissioned, and a
// local CSPR commissioned (SILP) with the demonstration reviewer appointed lead reviewer and
// chronologies asked of two agencies, one submitted with entries, one still to come. The children
// are fictional ("Sample" family names); their details are encrypted like real ones.
#pragma once

#include "app/clock.hpp"
#include "app/ports.hpp"
#include "app/security/field_cipher.hpp"

namespace casereview {

// Adds the cases in `transaction`. Fails (and the caller rolls back) when the partnership lacks
// the demonstration agencies or manager account, or the calendar does not cover today.
Status load_demonstration_cases(Transaction& transaction, const Partnership& partnership,
                                const Clock& clock, const security::FieldCipher& cipher);

}  // namespace casereview
