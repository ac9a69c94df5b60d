// The National Panel's side (DOMAIN.md step 4): the queue of rapid reviews submitted to it across
// partnerships, its decision on each (recorded by a panel user, or by the partnership's manager on
// the Panel's behalf), and the national review themes a national review joins. Neither the queue
// nor anything else here shows children's names.
//
// Permission: decide_for_panel (panel, across partnerships; manager, within their partnership).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/context.hpp"
#include "domain/case_model.hpp"

namespace casereview {

// One rapid review awaiting the Panel's response.
struct PanelQueueRow {
  Id case_id = 0;
  std::string partnership_name;
  std::string reference;
  std::vector<std::string> pseudonyms;
  IncidentKind incident = IncidentKind::serious_harm;
  CivilDate submitted_on = no_date();
  ReviewOutcome recommendation = ReviewOutcome::no_review;
};

// Panel users: every partnership's; a manager: their own partnership's. Oldest submission first.
Result<std::vector<PanelQueueRow>> panel_queue(AppContext& context, const Caller& caller);

struct PanelDecisionInput {
  std::string panel_view;  // "agrees" | "disagrees"
  std::string outcome;     // "no_review" | "learning_review" | "local_cspr" | "national_review"
  std::string reason;
  std::string decided_on;      // YYYY-MM-DD, not in the future, not before submission
  std::optional<Id> theme_id;  // national review: an existing theme, or
  std::string new_theme;       // … the name of a new one (exactly one of the two)
};

struct PanelDecisionOutcome {
  CaseStage stage = CaseStage::closed;  // Rule DEC-2
  std::optional<NationalReviewTheme> theme;
};

// Records the decision and moves the case on (Rule DEC-1, Rule DEC-2); emails the partnership's
// managers. not_found when the case is not visible to the caller (another partnership's, for a
// manager; not submitted, for a panel user); wrong_state unless awaiting the Panel's decision;
// invalid_input on "panel_view", "outcome", "reason", "decided_on", "theme".
Result<PanelDecisionOutcome> record_panel_decision(AppContext& context, const Caller& caller,
                                                   Id case_id, const PanelDecisionInput& input);

struct ThemeSummary {
  NationalReviewTheme theme;
  int cases = 0;  // how many cases it groups
};

// The national review themes, by name. decide_for_panel.
Result<std::vector<ThemeSummary>> list_national_review_themes(AppContext& context,
                                                              const Caller& caller);

}  // namespace casereview
