// The SQL repository of the action plans (app/ports/actions.hpp): Rule ACT-1, Rule ACT-2,
// Rule ACT-3, Rule ACT-4. One SQL text serves both engines; it acts through the session of the
// transaction that made it and filters every query by partnership_id. A status move, a due-date
// decision and an assurance result are conditional updates, so of two at once exactly one changes
// the row; the colour filter is SQL on the dates of rag_cutoffs (Rule ACT-3), so a filtered list is
// paged in the database.
#pragma once

#include <Poco/Data/Session.h>

#include "app/ports.hpp"

namespace casereview::store {

class SqlActionRepository final : public ActionRepository {
 public:
  explicit SqlActionRepository(Poco::Data::Session& session) : session_(session) {}
  Id add(const Action& action) override;
  std::optional<ActionListing> find(Id partnership_id, Id action_id) override;
  std::vector<ActionListing> list(Id partnership_id, const ActionFilter& filter,
                                  const RagCutoffs& cutoffs, int limit, int offset) override;
  int count(Id partnership_id, const ActionFilter& filter, const RagCutoffs& cutoffs) override;
  bool move(Id partnership_id, Id action_id, ActionStatus from, ActionStatus to,
            std::optional<Instant> closed_at) override;
  Id add_update(const ActionUpdate& update, CivilDate on) override;
  std::vector<ActionUpdate> updates(Id partnership_id, Id action_id, int limit,
                                    int offset) override;
  int count_updates(Id partnership_id, Id action_id) override;
  Id add_evidence(const ActionEvidence& evidence, const std::string& content) override;
  std::vector<ActionEvidence> evidence(Id partnership_id, Id action_id) override;
  std::optional<std::pair<ActionEvidence, std::string>> evidence_file(Id partnership_id,
                                                                      Id evidence_id) override;
  Id add_decision(Id partnership_id, const ActionDecision& decision) override;
  std::vector<ActionDecision> decisions(Id partnership_id, Id action_id) override;
  bool request_due_date(const DueDateChange& change) override;
  bool decide_due_date(Id partnership_id, Id action_id, bool agreed, Id by, Instant at) override;
  std::vector<DueDateChange> due_date_changes(Id partnership_id, Id action_id) override;
  Id add_assurance_check(const AssuranceCheck& check) override;
  bool record_assurance_result(Id partnership_id, Id check_id, const std::string& result, Id by,
                               Instant at) override;
  std::vector<AssuranceCheck> assurance_checks(Id partnership_id, Id action_id) override;
  void link_courses(Id partnership_id, Id action_id, const std::vector<Id>& course_ids) override;
  bool unlink_course(Id partnership_id, Id action_id, Id course_id) override;
  TrainingEvidence training_evidence(Id partnership_id, const Action& action) override;
  std::vector<Action> open_due_by(CivilDate by, Id after_id, int limit) override;
  bool claim_reminder(const std::string& key, Id partnership_id, Instant now) override;

 private:
  Poco::Data::Session& session_;
};

}  // namespace casereview::store
