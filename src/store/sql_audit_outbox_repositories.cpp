#include "store/sql_audit_outbox_repositories.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <sstream>

#include "store/sql.hpp"

namespace casereview::store {

namespace {

// Any fixed number shared by every casereview server: the PostgreSQL advisory lock that
// serialises audit appends (SQLite's BEGIN IMMEDIATE already does).
constexpr std::int64_t audit_lock_key = 6175646974;

const char* const audit_columns =
    "SELECT sequence, at, partnership_id, user_id, user_email, role, action, entity, entity_id, "
    "client_address, "
    "outcome, detail, previous_hash, hash FROM audit_log ";

AuditEntry audit_from(const Row& row) {
  AuditEntry entry;
  entry.sequence = row.integer(0);
  entry.at = row.instant(1);
  entry.partnership_id = row.optional_integer(2);
  entry.user_id = row.optional_integer(3);
  entry.user_email = row.text(4);
  entry.role = row.text(5);
  entry.action = row.text(6);
  entry.entity = row.text(7);
  entry.entity_id = row.text(8);
  entry.client_address = row.text(9);
  entry.outcome = row.text(10);
  entry.detail = row.text(11);
  entry.previous_hash = row.text(12);
  entry.hash = row.text(13);
  return entry;
}

std::string attachments_json(const std::vector<EmailAttachment>& attachments) {
  Poco::JSON::Array array;
  for (const EmailAttachment& attachment : attachments) {
    Poco::JSON::Object object;
    object.set("file_name", attachment.file_name);
    object.set("content_type", attachment.content_type);
    object.set("content", attachment.content);
    array.add(object);
  }
  std::ostringstream out;
  array.stringify(out);
  return out.str();
}

std::vector<EmailAttachment> attachments_from(const std::string& json) {
  std::vector<EmailAttachment> attachments;
  auto array = Poco::JSON::Parser().parse(json).extract<Poco::JSON::Array::Ptr>();
  for (std::size_t i = 0; i < array->size(); ++i) {
    auto object = array->getObject(static_cast<unsigned>(i));
    attachments.push_back({object->getValue<std::string>("file_name"),
                           object->getValue<std::string>("content_type"),
                           object->getValue<std::string>("content")});
  }
  return attachments;
}

const char* const outbox_columns =
    "SELECT id, to_address, subject, body, attachments, attempts, sent_at, last_error FROM outbox ";

QueuedEmail queued_from(const Row& row) {
  QueuedEmail queued;
  queued.id = row.integer(0);
  queued.email = Email{row.text(1), row.text(2), row.text(3), attachments_from(row.text(4))};
  queued.attempts = static_cast<int>(row.integer(5));
  queued.sent_at = row.optional_instant(6);
  queued.last_error = row.text(7);
  return queued;
}

}  // namespace

std::optional<AuditEntry> SqlAuditRepository::lock_and_read_last() {
  if (engine_ == Engine::postgresql)
    execute(session_, "SELECT pg_advisory_xact_lock($1)", {audit_lock_key});
  auto rows = query(session_, std::string(audit_columns) + "ORDER BY sequence DESC LIMIT 1");
  if (rows.empty()) return std::nullopt;
  return audit_from(rows.front());
}

void SqlAuditRepository::insert(const AuditEntry& entry) {
  execute(session_,
          "INSERT INTO audit_log (sequence, at, partnership_id, user_id, user_email, role, action, "
          "entity, entity_id, "
          "client_address, outcome, detail, previous_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, "
          "$7, $8, $9, $10, $11, "
          "$12, $13, $14)",
          {entry.sequence, format_instant(entry.at), sql_optional(entry.partnership_id),
           sql_optional(entry.user_id), entry.user_email, entry.role, entry.action, entry.entity,
           entry.entity_id, entry.client_address, entry.outcome, entry.detail, entry.previous_hash,
           entry.hash});
}

std::vector<AuditEntry> SqlAuditRepository::read_from(std::int64_t after_sequence, int limit) {
  std::vector<AuditEntry> entries;
  for (const Row& row : query(
           session_, std::string(audit_columns) + "WHERE sequence > $1 ORDER BY sequence LIMIT $2",
           {after_sequence, static_cast<std::int64_t>(limit)})) {
    entries.push_back(audit_from(row));
  }
  return entries;
}

std::vector<AuditEntry> SqlAuditRepository::search(Id partnership_id, const AuditFilter& filter) {
  // Unused filters compare with themselves, so one statement serves every combination.
  std::vector<AuditEntry> entries;
  for (const Row& row :
       query(session_,
             std::string(audit_columns) + "WHERE partnership_id = $1 AND ($2 = '' OR user_email = "
                                          "$3) AND ($4 = '' OR at >= $5) "
                                          "AND ($6 = '' OR at < $7) AND ($8 = '' OR entity = $9) "
                                          "AND ($10 = '' OR action = $11) "
                                          "ORDER BY sequence DESC LIMIT $12",
             {partnership_id, filter.user_email, filter.user_email,
              filter.from ? format_instant(*filter.from) : "",
              filter.from ? format_instant(*filter.from) : "",
              filter.to ? format_instant(*filter.to) : "",
              filter.to ? format_instant(*filter.to) : "", filter.entity, filter.entity,
              filter.action, filter.action, static_cast<std::int64_t>(filter.limit)})) {
    entries.push_back(audit_from(row));
  }
  return entries;
}

Id SqlOutboxRepository::enqueue(const Email& email, Instant now) {
  return query(session_,
               "INSERT INTO outbox (to_address, subject, body, attachments, created_at, "
               "next_attempt_at) "
               "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
               {email.to, email.subject, email.body, attachments_json(email.attachments),
                format_instant(now), format_instant(now)})
      .front()
      .integer(0);
}

std::vector<QueuedEmail> SqlOutboxRepository::claim_due(Instant now, Instant claim_until,
                                                        int limit) {
  std::vector<QueuedEmail> claimed;
  const std::string at = format_instant(now);
  auto candidates =
      query(session_,
            "SELECT id FROM outbox WHERE sent_at IS NULL AND next_attempt_at <= $1 AND "
            "(claimed_until IS NULL OR claimed_until <= $2) ORDER BY id LIMIT $3",
            {at, at, static_cast<std::int64_t>(limit)});
  for (const Row& candidate : candidates) {
    const Id id = candidate.integer(0);
    // Conditional: a message another sender claimed in the meantime is left to it.
    if (execute(session_,
                "UPDATE outbox SET claimed_until = $1 WHERE id = $2 AND sent_at IS NULL AND "
                "(claimed_until IS NULL OR claimed_until <= $3)",
                {format_instant(claim_until), id, at}) == 1) {
      claimed.push_back(queued_from(
          query(session_, std::string(outbox_columns) + "WHERE id = $1", {id}).front()));
    }
  }
  return claimed;
}

void SqlOutboxRepository::mark_sent(Id email_id, Instant now) {
  execute(
      session_,
      "UPDATE outbox SET sent_at = $1, attempts = attempts + 1, claimed_until = NULL WHERE id = $2",
      {format_instant(now), email_id});
}

void SqlOutboxRepository::mark_failed(Id email_id, const std::string& error,
                                      Instant next_attempt_at) {
  execute(session_,
          "UPDATE outbox SET attempts = attempts + 1, last_error = $1, next_attempt_at = $2, "
          "claimed_until = NULL "
          "WHERE id = $3",
          {error, format_instant(next_attempt_at), email_id});
}

std::vector<QueuedEmail> SqlOutboxRepository::recent(int limit) {
  std::vector<QueuedEmail> emails;
  for (const Row& row : query(session_, std::string(outbox_columns) + "ORDER BY id DESC LIMIT $1",
                              {static_cast<std::int64_t>(limit)})) {
    emails.push_back(queued_from(row));
  }
  return emails;
}

}  // namespace casereview::store
