// SQL repositories for the audit log and the email outbox.
#pragma once

#include <Poco/Data/Session.h>

#include "app/ports.hpp"
#include "store/database_url.hpp"

namespace casereview::store {

class SqlAuditRepository final : public AuditRepository {
 public:
  SqlAuditRepository(Poco::Data::Session& session, Engine engine)
      : session_(session), engine_(engine) {}
  std::optional<AuditEntry> lock_and_read_last() override;
  void insert(const AuditEntry& entry) override;
  std::vector<AuditEntry> read_from(std::int64_t after_sequence, int limit) override;
  std::vector<AuditEntry> search(Id partnership_id, const AuditFilter& filter) override;

 private:
  Poco::Data::Session& session_;
  Engine engine_;
};

class SqlOutboxRepository final : public OutboxRepository {
 public:
  explicit SqlOutboxRepository(Poco::Data::Session& session) : session_(session) {}
  Id enqueue(const Email& email, Instant now) override;
  std::vector<QueuedEmail> claim_due(Instant now, Instant claim_until, int limit) override;
  void mark_sent(Id email_id, Instant now) override;
  void mark_failed(Id email_id, const std::string& error, Instant next_attempt_at) override;
  std::vector<QueuedEmail> recent(int limit) override;

 private:
  Poco::Data::Session& session_;
};

}  // namespace casereview::store
