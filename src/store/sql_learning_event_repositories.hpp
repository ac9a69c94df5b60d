// The SQL repository of the practitioner learning event and the family's involvement
// (app/ports/learning_events.hpp, Rule LE-1). One SQL text serves both engines; every query is
// filtered by partnership_id, but for the one look-up by a link's token hash, which is the
// practitioner's only key.
#pragma once

#include <Poco/Data/Session.h>

#include "app/ports.hpp"
#include "store/sql.hpp"

namespace casereview::store {

class SqlLearningEventRepository final : public LearningEventRepository {
 public:
  explicit SqlLearningEventRepository(Poco::Data::Session& session) : session_(session) {}
  LearningEvent add(const LearningEvent& event) override;
  std::optional<LearningEvent> find(Id partnership_id, Id event_id) override;
  std::vector<LearningEvent> list_for_case(Id partnership_id, Id case_id) override;
  bool save(const LearningEvent& event) override;
  std::optional<LearningEventInvitation> add_invitation(const LearningEventInvitation& invitation,
                                                        const std::string& token_hash) override;
  std::vector<LearningEventInvitation> invitations(Id partnership_id, Id event_id) override;
  std::vector<LearningEventInvitation> invitations_for_case(Id partnership_id, Id case_id) override;
  std::optional<LearningEventInvitation> find_by_token(const std::string& token_hash) override;
  void replace_token(Id partnership_id, Id invitation_id, const std::string& token_hash) override;
  bool record_response(Id partnership_id, Id invitation_id, InvitationResponse response,
                       Instant at) override;
  void record_attendance(Id partnership_id, Id invitation_id, Attendance attendance) override;
  Id add_family_step(const FamilyInvolvementStep& step) override;
  std::vector<FamilyInvolvementStep> family_steps(Id partnership_id, Id case_id) override;
  void save_episode_notes(Id partnership_id, Id event_id, Id episode_id, const EpisodeNotes& notes,
                          Id recorded_by, Instant at) override;
  std::map<Id, EpisodeNotes> episode_notes(Id partnership_id, Id event_id) override;

 private:
  std::vector<LearningEventInvitation> invitations_where(const std::string& condition,
                                                         const std::vector<SqlValue>& parameters);
  Poco::Data::Session& session_;
};

}  // namespace casereview::store
