// SQL for the action plans: see sql_action_repositories.hpp.
#include "store/sql_action_repositories.hpp"

#include "store/sql.hpp"

namespace casereview::store {

namespace {

// Columns 0..23 of an action as a list shows it: the action (0..16), its evidence and checks
// counted (17..19), a due date waiting for the committee (20), and the names it is read by
// (21..23).
constexpr const char* listing_columns =
    "SELECT a.id, a.partnership_id, a.case_id, a.recommendation_id, r.number, a.agency_id, "
    "a.owner_user_id, a.kind, a.text, a.success_measure, a.start_on, a.due_on, a.status, "
    "a.last_update_on, a.created_by, a.created_at, a.closed_at, "
    "(SELECT COUNT(*) FROM action_evidence e WHERE e.action_id = a.id AND e.kind = "
    "'completion'), "
    "(SELECT COUNT(*) FROM action_evidence e WHERE e.action_id = a.id AND e.kind = 'impact'), "
    "(SELECT COUNT(*) FROM action_assurance_checks k WHERE k.action_id = a.id), "
    "(SELECT d.to_due_on FROM action_due_date_changes d WHERE d.action_id = a.id AND "
    "d.decided_at IS NULL), "
    "c.reference, g.name, u.name "
    "FROM actions a JOIN recommendations r ON r.id = a.recommendation_id "
    "JOIN cases c ON c.id = a.case_id JOIN agencies g ON g.id = a.agency_id "
    "JOIN users u ON u.id = a.owner_user_id ";

ActionListing listing_from(const Row& row) {
  ActionListing listing;
  Action& action = listing.action;
  action.id = row.integer(0);
  action.partnership_id = row.integer(1);
  action.case_id = row.integer(2);
  action.recommendation_id = row.integer(3);
  action.recommendation_number = static_cast<int>(row.integer(4));
  action.agency_id = row.integer(5);
  action.owner_user_id = row.integer(6);
  action.kind = row.stored(7, action_kind_from_name);
  action.text = row.text(8);
  action.success_measure = row.text(9);
  action.start_on = row.date(10);
  action.due_on = row.date(11);
  action.status = row.stored(12, action_status_from_name);
  action.last_update_on = row.date(13);
  action.created_by = row.integer(14);
  action.created_at = row.instant(15);
  action.closed_at = row.optional_instant(16);
  action.completion_evidence = static_cast<int>(row.integer(17));
  action.impact_evidence = static_cast<int>(row.integer(18));
  action.assurance_checks = static_cast<int>(row.integer(19));
  action.proposed_due_on = row.optional_date(20);
  listing.case_reference = row.text(21);
  listing.agency_name = row.text(22);
  listing.owner_name = row.text(23);
  return listing;
}

// Rule ACT-3 in SQL, on the dates of rag_cutoffs (the same boundaries as rag_on).
std::string rag_condition(Rag rag, const RagCutoffs& cutoffs, std::vector<SqlValue>& parameters) {
  if (rag == Rag::blue) return "a.status = 'closed'";
  const std::string today = placeholder(parameters, cutoffs.today.to_iso_string());
  const std::string red_by = placeholder(parameters, cutoffs.red_if_updated_by.to_iso_string());
  const std::string red = "(a.due_on < " + today + " OR a.last_update_on <= " + red_by + ")";
  if (rag == Rag::red) return "a.status <> 'closed' AND " + red;
  const std::string due_by = placeholder(parameters, cutoffs.amber_if_due_by.to_iso_string());
  const std::string updated_by =
      placeholder(parameters, cutoffs.amber_if_updated_by.to_iso_string());
  const std::string amber = "((a.status <> 'awaiting_sign_off' AND a.due_on <= " + due_by +
                            ") OR a.last_update_on <= " + updated_by + ")";
  return "a.status <> 'closed' AND NOT " + red + " AND " + (rag == Rag::amber ? "" : "NOT ") +
         amber;
}

// The WHERE clause of a list or count.
std::string filter_clause(Id partnership_id, const ActionFilter& filter, const RagCutoffs& cutoffs,
                          std::vector<SqlValue>& parameters) {
  std::string clause = "WHERE a.partnership_id = " + placeholder(parameters, partnership_id);
  if (filter.case_id) clause += " AND a.case_id = " + placeholder(parameters, *filter.case_id);
  if (filter.recommendation_id)
    clause += " AND a.recommendation_id = " + placeholder(parameters, *filter.recommendation_id);
  if (filter.agency_id)
    clause += " AND a.agency_id = " + placeholder(parameters, *filter.agency_id);
  if (filter.owner_user_id)
    clause += " AND a.owner_user_id = " + placeholder(parameters, *filter.owner_user_id);
  if (filter.kind)
    clause +=
        " AND a.kind = " + placeholder(parameters, std::string(action_kind_name(*filter.kind)));
  if (filter.status)
    clause += " AND a.status = " +
              placeholder(parameters, std::string(action_status_name(*filter.status)));
  if (filter.rag) clause += " AND " + rag_condition(*filter.rag, cutoffs, parameters);
  if (filter.without_recent_update)
    clause += " AND a.status <> 'closed' AND a.last_update_on <= " +
              placeholder(parameters, cutoffs.amber_if_updated_by.to_iso_string());
  if (filter.overdue)
    clause += " AND a.status <> 'closed' AND a.due_on < " +
              placeholder(parameters, cutoffs.today.to_iso_string());
  if (filter.course_id)
    clause += " AND a.id IN (SELECT action_id FROM action_courses WHERE course_id = " +
              placeholder(parameters, *filter.course_id) + ")";
  if (filter.open_and_not_naming_course_id)
    clause +=
        " AND a.status <> 'closed' AND a.id NOT IN (SELECT action_id FROM action_courses WHERE "
        "course_id = " +
        placeholder(parameters, *filter.open_and_not_naming_course_id) + ")";
  return clause;
}

constexpr const char* update_columns =
    "SELECT id, action_id, partnership_id, text, status, created_by, created_at FROM "
    "action_updates ";

ActionUpdate update_from(const Row& row) {
  return {.id = row.integer(0),
          .action_id = row.integer(1),
          .partnership_id = row.integer(2),
          .text = row.text(3),
          .status = row.optional_stored(4, action_status_from_name),
          .by = row.integer(5),
          .at = row.instant(6)};
}

constexpr const char* evidence_columns =
    "SELECT id, action_id, partnership_id, kind, text, file_name, content_type, file_size, "
    "created_by, created_at";

ActionEvidence evidence_from(const Row& row) {
  return {.id = row.integer(0),
          .action_id = row.integer(1),
          .partnership_id = row.integer(2),
          .kind = row.stored(3, evidence_kind_from_name),
          .text = row.text(4),
          .file_name = row.text(5),
          .content_type = row.text(6),
          .file_size = row.integer(7),
          .by = row.integer(8),
          .at = row.instant(9)};
}

constexpr const char* change_columns =
    "SELECT id, action_id, partnership_id, from_due_on, to_due_on, reason, requested_by, "
    "requested_at, agreed, decided_by, decided_at FROM action_due_date_changes ";

DueDateChange change_from(const Row& row) {
  DueDateChange change;
  change.id = row.integer(0);
  change.action_id = row.integer(1);
  change.partnership_id = row.integer(2);
  change.from_due_on = row.date(3);
  change.to_due_on = row.date(4);
  change.reason = row.text(5);
  change.requested_by = row.integer(6);
  change.requested_at = row.instant(7);
  if (auto agreed = row.optional_integer(8)) change.agreed = *agreed != 0;
  change.decided_by = row.optional_integer(9);
  change.decided_at = row.optional_instant(10);
  return change;
}

constexpr const char* check_columns =
    "SELECT id, action_id, partnership_id, method, description, due_on, result, recorded_at, "
    "planned_by, planned_at FROM action_assurance_checks ";

AssuranceCheck check_from(const Row& row) {
  AssuranceCheck check;
  check.id = row.integer(0);
  check.action_id = row.integer(1);
  check.partnership_id = row.integer(2);
  check.method = row.stored(3, assurance_method_from_name);
  check.description = row.text(4);
  check.due_on = row.date(5);
  check.result = row.text(6);
  check.recorded_at = row.optional_instant(7);
  check.planned_by = row.integer(8);
  check.planned_at = row.instant(9);
  return check;
}

}  // namespace

Id SqlActionRepository::add(const Action& action) {
  return query(session_,
               "INSERT INTO actions (partnership_id, case_id, recommendation_id, agency_id, "
               "owner_user_id, kind, text, success_measure, start_on, due_on, status, "
               "last_update_on, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, "
               "$9, $10, $11, $12, $13, $14) RETURNING id",
               {action.partnership_id, action.case_id, action.recommendation_id, action.agency_id,
                action.owner_user_id, std::string(action_kind_name(action.kind)), action.text,
                action.success_measure, action.start_on.to_iso_string(),
                action.due_on.to_iso_string(), std::string(action_status_name(action.status)),
                action.last_update_on.to_iso_string(), action.created_by,
                format_instant(action.created_at)})
      .front()
      .integer(0);
}

std::optional<ActionListing> SqlActionRepository::find(Id partnership_id, Id action_id) {
  const auto rows =
      query(session_, std::string(listing_columns) + "WHERE a.partnership_id = $1 AND a.id = $2",
            {partnership_id, action_id});
  if (rows.empty()) return std::nullopt;
  return listing_from(rows.front());
}

std::vector<ActionListing> SqlActionRepository::list(Id partnership_id, const ActionFilter& filter,
                                                     const RagCutoffs& cutoffs, int limit,
                                                     int offset) {
  std::vector<SqlValue> parameters;
  const std::string clause = filter_clause(partnership_id, filter, cutoffs, parameters);
  const std::string page = " ORDER BY a.due_on, a.id LIMIT " +
                           placeholder(parameters, static_cast<std::int64_t>(limit)) + " OFFSET " +
                           placeholder(parameters, static_cast<std::int64_t>(offset));
  std::vector<ActionListing> found;
  for (const Row& row : query(session_, std::string(listing_columns) + clause + page, parameters))
    found.push_back(listing_from(row));
  return found;
}

int SqlActionRepository::count(Id partnership_id, const ActionFilter& filter,
                               const RagCutoffs& cutoffs) {
  std::vector<SqlValue> parameters;
  const std::string clause = filter_clause(partnership_id, filter, cutoffs, parameters);
  return static_cast<int>(
      query(session_, "SELECT COUNT(*) FROM actions a " + clause, parameters).front().integer(0));
}

bool SqlActionRepository::move(Id partnership_id, Id action_id, ActionStatus from, ActionStatus to,
                               std::optional<Instant> closed_at) {
  std::optional<std::string> closed;
  if (closed_at) closed = format_instant(*closed_at);
  return execute(session_,
                 "UPDATE actions SET status = $1, closed_at = $2 WHERE partnership_id = $3 AND "
                 "id = $4 AND status = $5",
                 {std::string(action_status_name(to)), sql_optional(closed), partnership_id,
                  action_id, std::string(action_status_name(from))}) == 1;
}

Id SqlActionRepository::add_update(const ActionUpdate& update, CivilDate on) {
  std::optional<std::string> status;
  if (update.status) status = std::string(action_status_name(*update.status));
  execute(session_,
          "UPDATE actions SET last_update_on = $1 WHERE partnership_id = $2 AND id = $3 AND "
          "last_update_on < $1",
          {on.to_iso_string(), update.partnership_id, update.action_id});
  return query(session_,
               "INSERT INTO action_updates (partnership_id, action_id, text, status, created_by, "
               "created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
               {update.partnership_id, update.action_id, update.text, sql_optional(status),
                update.by, format_instant(update.at)})
      .front()
      .integer(0);
}

std::vector<ActionUpdate> SqlActionRepository::updates(Id partnership_id, Id action_id, int limit,
                                                       int offset) {
  std::vector<ActionUpdate> found;
  for (const Row& row :
       query(session_,
             std::string(update_columns) +
                 "WHERE partnership_id = $1 AND action_id = $2 ORDER BY created_at DESC, id DESC "
                 "LIMIT $3 OFFSET $4",
             {partnership_id, action_id, static_cast<std::int64_t>(limit),
              static_cast<std::int64_t>(offset)}))
    found.push_back(update_from(row));
  return found;
}

int SqlActionRepository::count_updates(Id partnership_id, Id action_id) {
  return static_cast<int>(query(session_,
                                "SELECT COUNT(*) FROM action_updates WHERE partnership_id = $1 "
                                "AND action_id = $2",
                                {partnership_id, action_id})
                              .front()
                              .integer(0));
}

Id SqlActionRepository::add_evidence(const ActionEvidence& evidence, const std::string& content) {
  std::optional<std::string> stored;
  if (!content.empty()) stored = base64(content);
  return query(session_,
               "INSERT INTO action_evidence (partnership_id, action_id, kind, text, file_name, "
               "content_type, file_size, content, created_by, created_at) VALUES ($1, $2, $3, $4, "
               "$5, $6, $7, $8, $9, $10) RETURNING id",
               {evidence.partnership_id, evidence.action_id,
                std::string(evidence_kind_name(evidence.kind)), evidence.text, evidence.file_name,
                evidence.content_type, evidence.file_size, sql_optional(stored), evidence.by,
                format_instant(evidence.at)})
      .front()
      .integer(0);
}

std::vector<ActionEvidence> SqlActionRepository::evidence(Id partnership_id, Id action_id) {
  std::vector<ActionEvidence> found;
  for (const Row& row :
       query(session_,
             std::string(evidence_columns) + " FROM action_evidence WHERE partnership_id = $1 AND "
                                             "action_id = $2 ORDER BY created_at, id",
             {partnership_id, action_id}))
    found.push_back(evidence_from(row));
  return found;
}

std::optional<std::pair<ActionEvidence, std::string>> SqlActionRepository::evidence_file(
    Id partnership_id, Id evidence_id) {
  const auto rows = query(session_,
                          std::string(evidence_columns) +
                              ", content FROM action_evidence WHERE partnership_id = $1 AND id = "
                              "$2",
                          {partnership_id, evidence_id});
  if (rows.empty()) return std::nullopt;
  const auto content = rows.front().optional_text(10);
  return std::pair{evidence_from(rows.front()), content ? from_base64(*content) : std::string()};
}

Id SqlActionRepository::add_decision(Id partnership_id, const ActionDecision& decision) {
  return query(session_,
               "INSERT INTO action_decisions (partnership_id, action_id, decision, reason, "
               "created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
               {partnership_id, decision.action_id,
                std::string(sign_off_decision_name(decision.decision)), decision.reason,
                decision.by, format_instant(decision.at)})
      .front()
      .integer(0);
}

std::vector<ActionDecision> SqlActionRepository::decisions(Id partnership_id, Id action_id) {
  std::vector<ActionDecision> found;
  for (const Row& row :
       query(session_,
             "SELECT id, action_id, decision, reason, created_by, created_at FROM "
             "action_decisions WHERE partnership_id = $1 AND action_id = $2 ORDER BY created_at, "
             "id",
             {partnership_id, action_id}))
    found.push_back({.id = row.integer(0),
                     .action_id = row.integer(1),
                     .decision = row.stored(2, sign_off_decision_from_name),
                     .reason = row.text(3),
                     .by = row.integer(4),
                     .at = row.instant(5)});
  return found;
}

// Rule ACT-4: the partial unique index keeps one waiting change per action; a second insert does
// nothing, and RETURNING then yields no row.
bool SqlActionRepository::request_due_date(const DueDateChange& change) {
  return !query(session_,
                "INSERT INTO action_due_date_changes (partnership_id, action_id, from_due_on, "
                "to_due_on, reason, requested_by, requested_at) VALUES ($1, $2, $3, $4, $5, $6, "
                "$7) ON CONFLICT DO NOTHING RETURNING id",
                {change.partnership_id, change.action_id, change.from_due_on.to_iso_string(),
                 change.to_due_on.to_iso_string(), change.reason, change.requested_by,
                 format_instant(change.requested_at)})
              .empty();
}

bool SqlActionRepository::decide_due_date(Id partnership_id, Id action_id, bool agreed, Id by,
                                          Instant at) {
  const auto decided =
      query(session_,
            "UPDATE action_due_date_changes SET agreed = $1, decided_by = $2, decided_at = $3 "
            "WHERE partnership_id = $4 AND action_id = $5 AND decided_at IS NULL RETURNING "
            "to_due_on",
            {static_cast<std::int64_t>(agreed ? 1 : 0), by, format_instant(at), partnership_id,
             action_id});
  if (decided.empty()) return false;
  if (agreed)
    execute(session_, "UPDATE actions SET due_on = $1 WHERE partnership_id = $2 AND id = $3",
            {decided.front().text(0), partnership_id, action_id});
  return true;
}

std::vector<DueDateChange> SqlActionRepository::due_date_changes(Id partnership_id, Id action_id) {
  std::vector<DueDateChange> found;
  for (const Row& row :
       query(session_,
             std::string(change_columns) + "WHERE partnership_id = $1 AND action_id = $2 ORDER BY "
                                           "requested_at, id",
             {partnership_id, action_id}))
    found.push_back(change_from(row));
  return found;
}

Id SqlActionRepository::add_assurance_check(const AssuranceCheck& check) {
  return query(session_,
               "INSERT INTO action_assurance_checks (partnership_id, action_id, method, "
               "description, due_on, planned_by, planned_at) VALUES ($1, $2, $3, $4, $5, $6, $7) "
               "RETURNING id",
               {check.partnership_id, check.action_id,
                std::string(assurance_method_name(check.method)), check.description,
                check.due_on.to_iso_string(), check.planned_by, format_instant(check.planned_at)})
      .front()
      .integer(0);
}

bool SqlActionRepository::record_assurance_result(Id partnership_id, Id check_id,
                                                  const std::string& result, Id by, Instant at) {
  return execute(session_,
                 "UPDATE action_assurance_checks SET result = $1, recorded_by = $2, recorded_at = "
                 "$3 WHERE partnership_id = $4 AND id = $5 AND recorded_at IS NULL",
                 {result, by, format_instant(at), partnership_id, check_id}) == 1;
}

std::vector<AssuranceCheck> SqlActionRepository::assurance_checks(Id partnership_id, Id action_id) {
  std::vector<AssuranceCheck> found;
  for (const Row& row : query(session_,
                              std::string(check_columns) +
                                  "WHERE partnership_id = $1 AND action_id = $2 ORDER BY due_on, "
                                  "id",
                              {partnership_id, action_id}))
    found.push_back(check_from(row));
  return found;
}

void SqlActionRepository::link_courses(Id partnership_id, Id action_id,
                                       const std::vector<Id>& course_ids) {
  for (Id course_id : course_ids)
    execute(session_,
            "INSERT INTO action_courses (action_id, course_id, partnership_id) VALUES ($1, $2, $3) "
            "ON CONFLICT DO NOTHING",
            {action_id, course_id, partnership_id});
}

bool SqlActionRepository::unlink_course(Id partnership_id, Id action_id, Id course_id) {
  return !query(session_,
                "DELETE FROM action_courses WHERE partnership_id = $1 AND action_id = $2 AND "
                "course_id = $3 RETURNING action_id",
                {partnership_id, action_id, course_id})
              .empty();
}

// Counted from the training records: the bookings of people whose account is in the owning
// agency, on sessions of the named courses held since the action started.
TrainingEvidence SqlActionRepository::training_evidence(Id partnership_id, const Action& action) {
  TrainingEvidence evidence;
  for (const Row& row : query(session_,
                              "SELECT c.id, c.title FROM action_courses l JOIN courses c ON c.id = "
                              "l.course_id WHERE l.partnership_id = $1 AND l.action_id = $2 "
                              "ORDER BY c.title, c.id",
                              {partnership_id, action.id}))
    evidence.courses.emplace_back(row.integer(0), row.text(1));
  if (evidence.courses.empty()) return evidence;
  const Row counted =
      query(session_,
            "SELECT COUNT(*), "
            "COALESCE(SUM(CASE WHEN b.state = 'attended' THEN 1 ELSE 0 END), 0), "
            "COUNT(t.id) FROM bookings b "
            "JOIN action_courses l ON l.course_id = b.course_id AND l.action_id = $1 "
            "JOIN training_sessions s ON s.id = b.session_id "
            "JOIN users u ON u.id = b.user_id "
            "LEFT JOIN certificates t ON t.booking_id = b.id AND t.withdrawn_at IS NULL "
            "WHERE l.partnership_id = $2 AND u.agency_id = $3 AND s.session_date >= $4 AND "
            "b.state IN ('booked', 'attended', 'partly_attended', 'did_not_attend')",
            {action.id, partnership_id, action.agency_id, action.start_on.to_iso_string()})
          .front();
  evidence.booked = static_cast<int>(counted.integer(0));
  evidence.attended = static_cast<int>(counted.integer(1));
  evidence.certificates = static_cast<int>(counted.integer(2));
  return evidence;
}

std::vector<Action> SqlActionRepository::open_due_by(CivilDate by, Id after_id, int limit) {
  std::vector<Action> found;
  for (const Row& row :
       query(session_,
             std::string(listing_columns) + "WHERE a.status IN ('not_started', 'in_progress') AND "
                                            "a.due_on <= $1 AND a.id > $2 ORDER BY a.id LIMIT $3",
             {by.to_iso_string(), after_id, static_cast<std::int64_t>(limit)}))
    found.push_back(listing_from(row).action);
  return found;
}

// ON CONFLICT DO NOTHING: a second claim, here or on another server, inserts nothing.
bool SqlActionRepository::claim_reminder(const std::string& key, Id partnership_id, Instant now) {
  return !query(session_,
                "INSERT INTO action_reminders_sent (reminder_key, partnership_id, sent_at) VALUES "
                "($1, $2, $3) ON CONFLICT DO NOTHING RETURNING reminder_key",
                {key, partnership_id, format_instant(now)})
              .empty();
}

}  // namespace casereview::store
