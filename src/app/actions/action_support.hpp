// What the action plans' use cases share (issue 13): who the caller is to an action (the
// committee overseeing every action of the partnership, or a strategic lead working on their
// agency's), the action they may reach, and the partnership's numbers (Rule ACT-3's thresholds,
// the largest evidence file).
#pragma once

#include <cstddef>
#include <optional>

#include "app/context.hpp"
#include "domain/action.hpp"

namespace casereview::action_support {

struct ActionCaller {
  Id partnership_id = 0;
  bool oversees = false;         // Permission::oversee_actions: every action
  std::optional<Id> own_agency;  // Permission::work_on_actions: this agency's actions
  bool works_on(const Action& action) const { return own_agency == action.agency_id; }
};

// forbidden unless the caller oversees actions or works on their agency's.
Result<ActionCaller> action_caller(const Caller& caller);

// The action as the caller may reach it: not_found for another partnership's, and for a lead, for
// another agency's (Rule NTK-2).
Result<ActionListing> reachable_action(Transaction& transaction, const ActionCaller& who,
                                       Id action_id);

struct ActionNumbers {
  RagThresholds thresholds;
  std::size_t evidence_file_bytes = 20u << 20;
};

// The partnership's settings for its actions (defaults where it has none).
Result<ActionNumbers> action_numbers(Transaction& transaction, Id partnership_id);

// Rule ACT-3: the dates a colour is read by on `today`, on the partnership's calendar.
Result<RagCutoffs> cutoffs_on(Transaction& transaction, Id partnership_id, CivilDate today,
                              const RagThresholds& thresholds);

}  // namespace casereview::action_support
