// The learning event's SQL (app/ports/learning_events.hpp, Rule LE-1): events, invitations and
// the family's involvement steps.
#include "store/sql_learning_event_repositories.hpp"

namespace casereview::store {

namespace {

constexpr const char* event_columns =
    "SELECT id, partnership_id, case_id, starts_at, ends_at, delivery, joining_link, venue, "
    "status, cancellation_reason, sequence, created_by, created_at FROM learning_events ";

LearningEvent event_from(const Row& row) {
  LearningEvent event;
  event.id = row.integer(0);
  event.partnership_id = row.integer(1);
  event.case_id = row.integer(2);
  event.starts_at = row.instant(3);
  event.ends_at = row.instant(4);
  event.delivery = row.stored(5, event_delivery_from_name);
  event.joining_link = row.text(6);
  event.venue = row.text(7);
  event.status = row.stored(8, learning_event_status_from_name);
  event.cancellation_reason = row.text(9);
  event.sequence = static_cast<int>(row.integer(10));
  event.created_by = row.integer(11);
  event.created_at = row.instant(12);
  return event;
}

constexpr const char* invitation_columns =
    "SELECT id, partnership_id, event_id, name, email, agency_id, role, calendar_uid, response, "
    "responded_at, attended, invited_by, invited_at FROM learning_event_invitations ";

LearningEventInvitation invitation_from(const Row& row) {
  LearningEventInvitation invitation;
  invitation.id = row.integer(0);
  invitation.partnership_id = row.integer(1);
  invitation.event_id = row.integer(2);
  invitation.name = row.text(3);
  invitation.email = row.text(4);
  invitation.agency_id = row.integer(5);
  invitation.role = row.text(6);
  invitation.calendar_uid = row.text(7);
  invitation.response = row.stored(8, invitation_response_from_name);
  invitation.responded_at = row.optional_instant(9);
  const auto attended = row.optional_integer(10);
  invitation.attendance = !attended ? Attendance::not_recorded
                                    : (*attended != 0 ? Attendance::attended : Attendance::absent);
  invitation.invited_by = row.integer(11);
  invitation.invited_at = row.instant(12);
  return invitation;
}

SqlValue attended_value(Attendance attendance) {
  switch (attendance) {
    case Attendance::not_recorded:
      return sql_null();
    case Attendance::attended:
      return std::int64_t{1};
    case Attendance::absent:
      return std::int64_t{0};
  }
  return sql_null();
}

}  // namespace

LearningEvent SqlLearningEventRepository::add(const LearningEvent& event) {
  auto rows = query(
      session_,
      "INSERT INTO learning_events (partnership_id, case_id, starts_at, ends_at, delivery, "
      "joining_link, venue, status, cancellation_reason, sequence, created_by, created_at) VALUES "
      "($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
      {event.partnership_id, event.case_id, format_instant(event.starts_at),
       format_instant(event.ends_at), event_delivery_name(event.delivery), event.joining_link,
       event.venue, std::string(learning_event_status_name(event.status)),
       event.cancellation_reason, static_cast<std::int64_t>(event.sequence), event.created_by,
       format_instant(event.created_at)});
  LearningEvent added = event;
  added.id = rows.front().integer(0);
  return added;
}

std::optional<LearningEvent> SqlLearningEventRepository::find(Id partnership_id, Id event_id) {
  auto rows = query(session_, std::string(event_columns) + "WHERE partnership_id = $1 AND id = $2",
                    {partnership_id, event_id});
  if (rows.empty()) return std::nullopt;
  return event_from(rows.front());
}

std::vector<LearningEvent> SqlLearningEventRepository::list_for_case(Id partnership_id,
                                                                     Id case_id) {
  std::vector<LearningEvent> events;
  for (const Row& row :
       query(session_,
             std::string(event_columns) +
                 "WHERE partnership_id = $1 AND case_id = $2 ORDER BY starts_at, id",
             {partnership_id, case_id}))
    events.push_back(event_from(row));
  return events;
}

bool SqlLearningEventRepository::save(const LearningEvent& event) {
  return execute(session_,
                 "UPDATE learning_events SET starts_at = $1, ends_at = $2, delivery = $3, "
                 "joining_link = $4, venue = $5, status = $6, cancellation_reason = $7, "
                 "sequence = $8 WHERE partnership_id = $9 AND id = $10",
                 {format_instant(event.starts_at), format_instant(event.ends_at),
                  event_delivery_name(event.delivery), event.joining_link, event.venue,
                  std::string(learning_event_status_name(event.status)), event.cancellation_reason,
                  static_cast<std::int64_t>(event.sequence), event.partnership_id, event.id}) == 1;
}

std::optional<LearningEventInvitation> SqlLearningEventRepository::add_invitation(
    const LearningEventInvitation& invitation, const std::string& token_hash) {
  auto rows = query(
      session_,
      "INSERT INTO learning_event_invitations (partnership_id, event_id, name, email, agency_id, "
      "role, calendar_uid, token_hash, response, invited_by, invited_at) VALUES ($1, $2, $3, $4, "
      "$5, $6, $7, $8, $9, $10, $11) ON CONFLICT DO NOTHING RETURNING id",
      {invitation.partnership_id, invitation.event_id, invitation.name, invitation.email,
       invitation.agency_id, invitation.role, invitation.calendar_uid, token_hash,
       std::string(invitation_response_name(invitation.response)), invitation.invited_by,
       format_instant(invitation.invited_at)});
  if (rows.empty()) return std::nullopt;
  LearningEventInvitation added = invitation;
  added.id = rows.front().integer(0);
  return added;
}

std::vector<LearningEventInvitation> SqlLearningEventRepository::invitations_where(
    const std::string& condition, const std::vector<SqlValue>& parameters) {
  std::vector<LearningEventInvitation> found;
  for (const Row& row :
       query(session_, std::string(invitation_columns) + condition + " ORDER BY id", parameters))
    found.push_back(invitation_from(row));
  return found;
}

std::vector<LearningEventInvitation> SqlLearningEventRepository::invitations(Id partnership_id,
                                                                             Id event_id) {
  return invitations_where("WHERE partnership_id = $1 AND event_id = $2",
                           {partnership_id, event_id});
}

std::vector<LearningEventInvitation> SqlLearningEventRepository::invitations_for_case(
    Id partnership_id, Id case_id) {
  return invitations_where(
      "WHERE partnership_id = $1 AND event_id IN (SELECT id FROM learning_events WHERE "
      "partnership_id = $2 AND case_id = $3)",
      {partnership_id, partnership_id, case_id});
}

std::optional<LearningEventInvitation> SqlLearningEventRepository::find_by_token(
    const std::string& token_hash) {
  auto found = invitations_where("WHERE token_hash = $1", {token_hash});
  if (found.empty()) return std::nullopt;
  return found.front();
}

void SqlLearningEventRepository::replace_token(Id partnership_id, Id invitation_id,
                                               const std::string& token_hash) {
  execute(session_,
          "UPDATE learning_event_invitations SET token_hash = $1 WHERE partnership_id = $2 AND "
          "id = $3",
          {token_hash, partnership_id, invitation_id});
}

bool SqlLearningEventRepository::record_response(Id partnership_id, Id invitation_id,
                                                 InvitationResponse response, Instant at) {
  return execute(session_,
                 "UPDATE learning_event_invitations SET response = $1, responded_at = $2 WHERE "
                 "partnership_id = $3 AND id = $4 AND response = 'awaiting'",
                 {std::string(invitation_response_name(response)), format_instant(at),
                  partnership_id, invitation_id}) == 1;
}

void SqlLearningEventRepository::record_attendance(Id partnership_id, Id invitation_id,
                                                   Attendance attendance) {
  execute(session_,
          "UPDATE learning_event_invitations SET attended = $1 WHERE partnership_id = $2 AND "
          "id = $3",
          {attended_value(attendance), partnership_id, invitation_id});
}

Id SqlLearningEventRepository::add_family_step(const FamilyInvolvementStep& step) {
  return query(session_,
               "INSERT INTO family_involvement_steps (partnership_id, case_id, step, on_date, "
               "note, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
               {step.partnership_id, step.case_id, std::string(family_step_name(step.step)),
                step.on.to_iso_string(), step.note, step.recorded_by,
                format_instant(step.recorded_at)})
      .front()
      .integer(0);
}

std::vector<FamilyInvolvementStep> SqlLearningEventRepository::family_steps(Id partnership_id,
                                                                            Id case_id) {
  std::vector<FamilyInvolvementStep> steps;
  for (const Row& row :
       query(session_,
             "SELECT id, partnership_id, case_id, step, on_date, note, recorded_by, recorded_at "
             "FROM family_involvement_steps WHERE partnership_id = $1 AND case_id = $2 ORDER BY "
             "on_date, id",
             {partnership_id, case_id})) {
    steps.push_back({row.integer(0), row.integer(1), row.integer(2),
                     row.stored(3, family_step_from_name), row.date(4), row.text(5), row.integer(6),
                     row.instant(7)});
  }
  return steps;
}

// Rule LE-1: one row per event and episode, rewritten (an upsert, so two saves at once leave one).
void SqlLearningEventRepository::save_episode_notes(Id partnership_id, Id event_id, Id episode_id,
                                                    const EpisodeNotes& notes, Id recorded_by,
                                                    Instant at) {
  execute(session_,
          "INSERT INTO learning_event_notes (event_id, episode_id, partnership_id, what_happened, "
          "what_made_sense, helped_or_hindered, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, "
          "$5, $6, $7, $8) ON CONFLICT (event_id, episode_id) DO UPDATE SET what_happened = "
          "excluded.what_happened, what_made_sense = excluded.what_made_sense, "
          "helped_or_hindered = excluded.helped_or_hindered, recorded_by = excluded.recorded_by, "
          "recorded_at = excluded.recorded_at",
          {event_id, episode_id, partnership_id, notes.what_happened, notes.what_made_sense,
           notes.helped_or_hindered, recorded_by, format_instant(at)});
}

std::map<Id, EpisodeNotes> SqlLearningEventRepository::episode_notes(Id partnership_id,
                                                                     Id event_id) {
  std::map<Id, EpisodeNotes> notes;
  for (const Row& row : query(session_,
                              "SELECT episode_id, what_happened, what_made_sense, "
                              "helped_or_hindered FROM learning_event_notes WHERE "
                              "partnership_id = $1 AND event_id = $2",
                              {partnership_id, event_id}))
    notes[row.integer(0)] = {row.text(1), row.text(2), row.text(3)};
  return notes;
}

}  // namespace casereview::store
