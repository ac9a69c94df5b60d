// Storage interface of the email outbox: use cases enqueue in their own transaction, the sender
// claims due messages, sends them and marks them sent or schedules a retry. Nothing is deleted.
#pragma once

#include <string>
#include <vector>

#include "domain/email.hpp"
#include "domain/instant.hpp"

namespace casereview {

class OutboxRepository {
 public:
  virtual ~OutboxRepository() = default;
  virtual Id enqueue(const Email& email, Instant now) = 0;
  // Claims up to `limit` unsent messages due at `now` that nobody holds a claim on, for
  // `claim_until`: a conditional update, so two senders never both claim one message.
  virtual std::vector<QueuedEmail> claim_due(Instant now, Instant claim_until, int limit) = 0;
  virtual void mark_sent(Id email_id, Instant now) = 0;
  virtual void mark_failed(Id email_id, const std::string& error, Instant next_attempt_at) = 0;
  virtual std::vector<QueuedEmail> recent(int limit) = 0;
};

}  // namespace casereview
