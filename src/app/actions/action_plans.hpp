// Action plans (issue 13, Rule ACT-1, Rule ACT-3): the committee makes actions from a review's
// recommendations, one per agency, each owned by the agency's strategic lead unless another owner
// is named (the owner is emailed); the committee lists every action of the partnership with
// filters, a lead their own agency's ("My actions"); an action's page shows its RAG rating,
// derived when read, and its history.
//
// Who may do what (checked here, on every call):
//   make actions, list every action     Permission::oversee_actions: the partnership's managers
//                                        and committee members
//   list, read their agency's actions   Permission::work_on_actions: a strategic lead (Rule NTK-2:
//                                        another agency's action is not_found)
// Another partnership's recommendation or action is not_found.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/context.hpp"
#include "app/ports/actions.hpp"
#include "domain/recommendation.hpp"

namespace casereview {

struct ActionInput {
  std::string text;
  std::string kind;
  std::string success_measure;
  std::string start_on;  // "2026-05-01"
  std::string due_on;
  std::vector<Id> agency_ids;       // one action each
  std::optional<Id> owner_user_id;  // only with one agency; else the agency's strategic lead
  std::vector<Id> course_ids;       // a training action's courses (the partnership's own)
};

// Rule ACT-1: one action per agency answering the recommendation, each owner emailed. invalid_input
// as action_from_text, and on "agency_ids" (none, or not the partnership's) and "owner_user_id"
// (not an active strategic lead of the agency, named for more than one agency, or none given for
// an agency that has no strategic lead) and "course_ids" (for an action that is not training for
// staff, or not the partnership's courses). Nothing is stored unless every action can be.
Result<std::vector<Action>> create_actions(AppContext& context, const Caller& caller,
                                           Id recommendation_id, const ActionInput& input);

// A recommendation with what the form to make actions needs.
struct RecommendationForActions {
  Recommendation recommendation;
  std::string case_reference;
  std::vector<std::pair<Id, std::string>> agencies;  // the partnership's: id, name
  std::vector<std::pair<Id, std::string>> courses;   // the partnership's: id, title
  std::vector<ActionListing> actions;                // those answering it already
  // Rule ACT-1: who may own an action instead of the agency's first strategic lead — the
  // partnership's active strategic leads, by agency.
  struct Owner {
    Id user_id = 0;
    std::string name;
    std::string agency_name;
  };
  std::vector<Owner> owners;
};

Result<RecommendationForActions> recommendation_for_actions(AppContext& context,
                                                            const Caller& caller,
                                                            Id recommendation_id);

// The filters as a form or the API gives them: ids, names; "" for none.
struct ActionFilterText {
  std::string case_id;
  std::string agency_id;
  std::string owner_user_id;
  std::string kind;
  std::string status;
  std::string rag;
  std::string overdue;  // "true" to show only actions past their due date
};

// The filter the text describes. invalid_input naming each bad field: an id that is not one, a
// kind, status or colour that is not one of the names.
Result<ActionFilter> action_filter_from_text(const ActionFilterText& text);

inline constexpr int actions_per_page = 20;

struct ActionRow {
  ActionListing listing;
  Rag rag = Rag::green;
};

struct ActionList {
  std::vector<ActionRow> rows;  // soonest due first
  int page = 1;
  int page_count = 1;
  int total = 0;
  RagThresholds thresholds;                          // for the legend
  std::optional<Id> own_agency;                      // a lead's list: their agency only
  std::vector<std::pair<Id, std::string>> agencies;  // the partnership's, for the filter
};

// The partnership's actions matching `filter` (a lead's are always their own agency's). A page
// beyond the last gives the last.
Result<ActionList> list_actions(AppContext& context, const Caller& caller, ActionFilter filter,
                                int page = 1);

// Every action of the list (as list_actions chooses them, soonest due first) for a download,
// read from the database a batch at a time; at most `download_limit`.
inline constexpr int actions_download_limit = 20000;
Result<std::vector<ActionRow>> actions_to_download(AppContext& context, const Caller& caller,
                                                   ActionFilter filter);

inline constexpr int action_updates_per_page = 10;

// An action's page: the action and its colour today, what it answers, its history.
struct ActionDetail {
  ActionListing listing;
  Rag rag = Rag::green;
  std::string rag_reason;  // why, in words ("No update for 35 days")
  RagThresholds thresholds;
  Recommendation recommendation;
  std::vector<ActionUpdate> updates;  // newest first, page `page`
  int page = 1;
  int page_count = 1;
  int total_updates = 0;
  std::vector<ActionEvidence> evidence;
  std::vector<ActionDecision> decisions;
  std::vector<DueDateChange> due_date_changes;
  std::vector<AssuranceCheck> assurance_checks;
  std::optional<TrainingEvidence> training;  // for an action of the kind training for staff
  std::map<Id, std::string> names;           // of everyone named in the history
  bool oversees = false;                     // the caller may sign off, decide, plan checks
  bool works_on = false;                     // the caller is a lead of the owning agency
};

Result<ActionDetail> view_action(AppContext& context, const Caller& caller, Id action_id,
                                 int page = 1);

}  // namespace casereview
