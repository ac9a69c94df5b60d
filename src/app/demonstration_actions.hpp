// The demonstration's action plan (issue 13): the local CSPR's analysis so far — a key practice
// episode, a finding and a recommendation to the partnership — and four actions for the hospital
// (whose strategic lead is the demonstration lead), one of each colour: green (in progress,
// updated lately), red (past its due date, not started), amber (awaiting sign-off with evidence of
// completion, no update for 35 days) and blue (closed, with evidence of impact).
#pragma once

#include <vector>

#include "app/ports.hpp"
#include "domain/case_model.hpp"

namespace casereview {

// Adds them in `transaction` for `record` (the CSPR, its police chronology submitted). Fails when
// the demonstration's accounts or the chronology's entries are missing.
Status add_demonstration_actions(Transaction& transaction, const CaseRecord& record, Id hospital,
                                 Instant now);

// Rule ACT-1: learning from `record`'s rapid review (the case closed without a review) as a
// recommendation for the agencies given, recorded by the demonstration manager after the Panel's
// decision, with no actions yet.
Status add_demonstration_rapid_review_recommendation(Transaction& transaction,
                                                     const CaseRecord& record,
                                                     std::vector<Id> agency_ids, Instant now);

}  // namespace casereview
