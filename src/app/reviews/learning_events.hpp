// The practitioner learning event of a case's review (Rule LE-1) and the family's involvement.
//
// The reviewer appointed to the review (lead reviewer or independent author) or the partnership's
// business manager schedules events, changes and cancels them, invites practitioners (by name,
// email, agency and role: they need no account) and records who attended. Each invitation is
// emailed (through the outbox) with an iCalendar REQUEST and a single-use link to accept or
// decline that works until the event starts; a change sends every invitee an update (same UID, a
// higher SEQUENCE) and a cancellation a CANCEL. The family's involvement is recorded as its own
// dated steps, apart from the practitioners'.
//
// Access: changes need run_learning_events and a manager of the case's partnership or a reviewer
// appointed to its review; reading needs full sight of the case (manager, committee, notifier,
// appointed reviewer). Anyone else — another partnership, an unappointed reviewer — is told
// not_found. The link's pages need no sign-in: the link's token is the key. Every change is
// audited.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/context.hpp"
#include "domain/learning_event.hpp"
#include "domain/learning_event_notes.hpp"
#include "domain/partnership.hpp"

namespace casereview {

// Rule LE-1: an event as text from a form or the API; the times are UK wall-clock times.
struct LearningEventInput {
  std::string date;        // YYYY-MM-DD, today or later
  std::string start_time;  // "09:30"
  std::string end_time;    // "12:00", after the start
  std::string delivery;    // "virtual" or "in_person"
  std::string joining_link;
  std::string venue;
};

// Whether the caller may change the case's events or only read them.
enum class EventAccess { read, change };

struct InvitationView {
  LearningEventInvitation invitation;
  std::string agency_name;
};

// An event as pages and the API show it.
// Rule LE-1: one key practice episode of the case, with the event's notes on it when there are any.
struct EpisodeNotesView {
  Id episode_id = 0;
  std::string title;
  std::optional<EpisodeNotes> notes;
};

struct LearningEventView {
  LearningEvent event;
  LearningEventTimes times;  // in the UK
  std::string case_reference;
  std::vector<InvitationView> invitations;  // in the order invited
  std::vector<EpisodeNotesView> episodes;   // every episode of the case, oldest first
  EventAccess access = EventAccess::read;
};

// The case's events and family steps, for its review page.
struct CaseLearning {
  Id case_id = 0;
  std::string case_reference;
  std::vector<LearningEventView> events;            // earliest first
  std::vector<FamilyInvolvementStep> family_steps;  // in date order
  std::vector<Agency> agencies;  // the partnership's, to invite practitioners from
  EventAccess access = EventAccess::read;
};

// Rule LE-1: schedules an event of the case's review. forbidden without run_learning_events;
// not_found when the case is not the caller's partnership's, has no review, or the caller is a
// reviewer not appointed to it; invalid_input on "date", "start_time", "end_time", "delivery",
// "joining_link", "venue".
Result<LearningEventView> schedule_learning_event(AppContext& context, const Caller& caller,
                                                  Id case_id, const LearningEventInput& input);

// Rule LE-1: changes the event's times, delivery and place, and emails every invitee an update
// (same UID, SEQUENCE one higher) with a new link for those who have not answered. As schedule,
// and wrong_state when the event is cancelled.
Result<LearningEventView> change_learning_event(AppContext& context, const Caller& caller,
                                                Id event_id, const LearningEventInput& input);

// Rule LE-1: cancels the event with a reason, emailing every invitee a CANCEL. invalid_input on
// "reason"; wrong_state when already cancelled or over.
Result<LearningEventView> cancel_learning_event(AppContext& context, const Caller& caller,
                                                Id event_id, const std::string& reason);

// The case's events (earliest first) with their invitations, and its family steps.
// not_found as find_review.
Result<CaseLearning> case_learning(AppContext& context, const Caller& caller, Id case_id);

// One event with its invitations. not_found as case_learning.
Result<LearningEventView> view_learning_event(AppContext& context, const Caller& caller,
                                              Id event_id);

// Rule LE-1: a practitioner to invite, as text from a form or the API.
struct InvitationInput {
  std::string name;
  std::string email;
  std::optional<Id> agency_id;  // an agency of the partnership
  std::string role;             // the practitioner's role, e.g. "Health visitor"
};

// Rule LE-1: invites a practitioner to the event and emails them an iCalendar REQUEST and a
// single-use link to answer. As change_learning_event, and invalid_input on "name", "email" (also
// when the event has an invitation to that address already), "agency_id", "role".
Result<LearningEventInvitation> invite_practitioner(AppContext& context, const Caller& caller,
                                                    Id event_id, const InvitationInput& input);

// Rule LE-1: one row of the register: an invitation and whether its invitee attended.
struct LearningEventAttendance {
  std::optional<Id> invitation_id;
  std::optional<bool> attended;
};

// Rule LE-1: records who attended, all or nothing: invalid_input naming the row, e.g.
// "attendance[1].invitation_id" ("Select an invitation of this event") or
// "attendance[0].attended" ("Select whether they attended"), and nothing is recorded. Other
// failures as change_learning_event (a cancelled event: wrong_state).
Result<LearningEventView> record_learning_event_attendance(
    AppContext& context, const Caller& caller, Id event_id,
    const std::vector<LearningEventAttendance>& marks);

// Rule LE-1: what the invitation's link shows its practitioner, with no sign-in.
struct InvitationByLink {
  LinkState state = LinkState::open;
  std::string name;
  InvitationResponse response = InvitationResponse::awaiting;
  LearningEvent event;
  LearningEventTimes times;
  std::string partnership_name;
};

// Rule LE-1: the invitation whose link holds `token`. not_found for a forged or replaced link.
Result<InvitationByLink> invitation_by_link(AppContext& context, const std::string& token);

// Rule LE-1: the practitioner's answer through the link: "accept" or "decline" (invalid_input on
// "answer": "Select whether you will attend"). not_found for a forged link; wrong_state (nothing
// changed) when the link has been used or has expired.
Result<InvitationByLink> answer_invitation(AppContext& context, const Caller& caller,
                                           const std::string& token, const std::string& answer);

// The family's involvement: one dated step as text from a form or the API.
// Rule LE-1, Rule KPE-1: records the event's notes on one key practice episode of its case (what
// happened, what made sense at the time, what helped or hindered), replacing any it had.
// invalid_input as check_episode_notes — a part too long, or naming a practitioner invited to any
// of the case's learning events ("Use the practitioner's role, not their name") — and on
// "what_happened" when all three are blank; not_found for an episode of another case, and as
// change_learning_event; wrong_state for a cancelled event or one not yet started.
Result<LearningEventView> record_episode_notes(AppContext& context, const Caller& caller,
                                               Id event_id, Id episode_id,
                                               const EpisodeNotes& notes);

struct FamilyStepInput {
  std::string step;  // "invited" | "met" | "declined" | "views_recorded"
  std::string on;    // YYYY-MM-DD, today or earlier
  std::string note;
};

// Records a step of the family's involvement. As schedule_learning_event for access;
// invalid_input on "step", "on" (missing, not a real date, in the future), "note" (too long).
Result<FamilyInvolvementStep> record_family_step(AppContext& context, const Caller& caller,
                                                 Id case_id, const FamilyStepInput& input);

}  // namespace casereview
