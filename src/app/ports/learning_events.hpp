// Storage interface of the practitioner learning event (app/reviews/learning_events.*, Rule LE-1)
// and of the family's involvement in the review (one repository, so one accessor on Transaction).
//
// Scoping: every method takes the partnership and never reads or changes another partnership's
// rows.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/learning_event.hpp"
#include "domain/learning_event_notes.hpp"

namespace casereview {

class LearningEventRepository {
 public:
  virtual ~LearningEventRepository() = default;
  // Rule LE-1: adds the event (id ignored) and returns it as stored.
  virtual LearningEvent add(const LearningEvent& event) = 0;
  // The event; nullopt when it is another partnership's or there is none.
  virtual std::optional<LearningEvent> find(Id partnership_id, Id event_id) = 0;
  // The case's events, earliest first.
  virtual std::vector<LearningEvent> list_for_case(Id partnership_id, Id case_id) = 0;
  // Rule LE-1: saves the event's times, delivery, place, status, reason and sequence; false when
  // it is not the partnership's.
  virtual bool save(const LearningEvent& event) = 0;

  // Rule LE-1: adds the invitation (id ignored) with the hash of its link's token; nullopt
  // (nothing added) when the event already has an invitation to that email.
  virtual std::optional<LearningEventInvitation> add_invitation(
      const LearningEventInvitation& invitation, const std::string& token_hash) = 0;
  // The event's invitations, in the order they were made.
  virtual std::vector<LearningEventInvitation> invitations(Id partnership_id, Id event_id) = 0;
  // The invitations of every event of the case, in the order they were made.
  virtual std::vector<LearningEventInvitation> invitations_for_case(Id partnership_id,
                                                                    Id case_id) = 0;
  // Rule LE-1: the invitation whose link's token hashes to `token_hash`, whatever its
  // partnership (the link is the practitioner's only key); nullopt for none.
  virtual std::optional<LearningEventInvitation> find_by_token(const std::string& token_hash) = 0;
  // Rule LE-1: gives the invitation a new link (the old one stops working).
  virtual void replace_token(Id partnership_id, Id invitation_id,
                             const std::string& token_hash) = 0;
  // Rule LE-1: records the answer once: false (nothing changed) when the invitation has been
  // answered already.
  virtual bool record_response(Id partnership_id, Id invitation_id, InvitationResponse response,
                               Instant at) = 0;
  // Rule LE-1: records whether the invitee attended.
  virtual void record_attendance(Id partnership_id, Id invitation_id, Attendance attendance) = 0;

  // The family's involvement: adds the step (id ignored) and returns its id.
  virtual Id add_family_step(const FamilyInvolvementStep& step) = 0;
  // The case's family steps in date order (then in the order recorded).
  virtual std::vector<FamilyInvolvementStep> family_steps(Id partnership_id, Id case_id) = 0;

  // Rule LE-1: the event's notes on one key practice episode, replacing any it had.
  virtual void save_episode_notes(Id partnership_id, Id event_id, Id episode_id,
                                  const EpisodeNotes& notes, Id recorded_by, Instant at) = 0;
  // The event's notes by episode id.
  virtual std::map<Id, EpisodeNotes> episode_notes(Id partnership_id, Id event_id) = 0;
};

}  // namespace casereview
