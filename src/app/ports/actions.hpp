// Storage of the partnership's action plans (issue 13, Rule ACT-1, Rule ACT-2, Rule ACT-3,
// Rule ACT-4): actions, their progress updates, evidence, the committee's decisions, due-date
// changes and assurance checks (the one accessor Transaction::actions() reaches it all). Every
// method takes the partnership's id and never reads or changes another partnership's rows.
// Implemented in store/sql_action_repositories.*.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/action.hpp"

namespace casereview {

// Which actions a list shows. The colour and "overdue" are read on `cutoffs.today` with the same
// boundaries as rag_on (Rule ACT-3), so the database pages a filtered list.
struct ActionFilter {
  std::optional<Id> case_id;
  std::optional<Id> recommendation_id;
  std::optional<Id> agency_id;
  std::optional<Id> owner_user_id;
  std::optional<ActionKind> kind;
  std::optional<ActionStatus> status;
  std::optional<Rag> rag;
  bool overdue = false;                // not closed and due before today
  bool without_recent_update = false;  // not closed, no update for the amber number of days
  // Issue 13: the actions that name the course, or (open ones only) those that do not yet.
  std::optional<Id> course_id;
  std::optional<Id> open_and_not_naming_course_id;
};

// An action as a list shows it, with the names it is read by.
struct ActionListing {
  Action action;
  std::string case_reference;
  std::string agency_name;
  std::string owner_name;
};

class ActionRepository {
 public:
  virtual ~ActionRepository() = default;
  // Stores a new action (its last_update_on as given); returns its id.
  virtual Id add(const Action& action) = 0;
  // The action with its evidence and assurance checks counted, any due-date change waiting, and
  // its names.
  virtual std::optional<ActionListing> find(Id partnership_id, Id action_id) = 0;
  // One page of the partnership's actions matching `filter` on `cutoffs`, soonest due first.
  virtual std::vector<ActionListing> list(Id partnership_id, const ActionFilter& filter,
                                          const RagCutoffs& cutoffs, int limit, int offset) = 0;
  virtual int count(Id partnership_id, const ActionFilter& filter, const RagCutoffs& cutoffs) = 0;
  // Rule ACT-2: moves the action from `from` to `to` (closed_at set when closing); false, and no
  // change, when its status is not `from` (of two moves at once exactly one happens).
  virtual bool move(Id partnership_id, Id action_id, ActionStatus from, ActionStatus to,
                    std::optional<Instant> closed_at) = 0;

  // Stores the update and makes `on` the action's last update; returns the update's id.
  virtual Id add_update(const ActionUpdate& update, CivilDate on) = 0;
  // The action's updates, newest first, `limit` from `offset`.
  virtual std::vector<ActionUpdate> updates(Id partnership_id, Id action_id, int limit,
                                            int offset) = 0;
  virtual int count_updates(Id partnership_id, Id action_id) = 0;

  // Stores the evidence with its file's bytes (empty when there is no file); returns its id.
  virtual Id add_evidence(const ActionEvidence& evidence, const std::string& content) = 0;
  // The action's evidence in the order given, without the files' bytes.
  virtual std::vector<ActionEvidence> evidence(Id partnership_id, Id action_id) = 0;
  // One piece of evidence, with its file's bytes (second).
  virtual std::optional<std::pair<ActionEvidence, std::string>> evidence_file(Id partnership_id,
                                                                              Id evidence_id) = 0;

  virtual Id add_decision(Id partnership_id, const ActionDecision& decision) = 0;
  virtual std::vector<ActionDecision> decisions(Id partnership_id, Id action_id) = 0;

  // Rule ACT-4: stores the change asked for; false (no change) when one waits already.
  virtual bool request_due_date(const DueDateChange& change) = 0;
  // Rule ACT-4: answers the waiting change (the action's due date becomes the new one when
  // agreed); false, and no change, when none waits.
  virtual bool decide_due_date(Id partnership_id, Id action_id, bool agreed, Id by, Instant at) = 0;
  // Every change asked of the action, oldest first: the history of its dates.
  virtual std::vector<DueDateChange> due_date_changes(Id partnership_id, Id action_id) = 0;

  virtual Id add_assurance_check(const AssuranceCheck& check) = 0;
  // Records the check's result; false, and no change, when it has one already.
  virtual bool record_assurance_result(Id partnership_id, Id check_id, const std::string& result,
                                       Id by, Instant at) = 0;
  virtual std::vector<AssuranceCheck> assurance_checks(Id partnership_id, Id action_id) = 0;

  // Issue 13: the courses a training action names (the partnership's own, checked by the use
  // case), and what its training records count.
  virtual void link_courses(Id partnership_id, Id action_id, const std::vector<Id>& course_ids) = 0;
  // The action no longer names the course; false when it did not.
  virtual bool unlink_course(Id partnership_id, Id action_id, Id course_id) = 0;
  virtual TrainingEvidence training_evidence(Id partnership_id, const Action& action) = 0;

  // For the reminders' job, across every partnership: actions not started or in progress due on
  // or before `by`, by id after `after_id`, at most `limit`.
  virtual std::vector<Action> open_due_by(CivilDate by, Id after_id, int limit) = 0;
  // Records that the reminder `key` is being sent; false when it was recorded already (by this
  // server or another: do not send it again).
  virtual bool claim_reminder(const std::string& key, Id partnership_id, Instant now) = 0;
};

}  // namespace casereview
