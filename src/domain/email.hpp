// An email message as use cases write it, and as it waits in the outbox.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/instant.hpp"
#include "domain/partnership.hpp"

namespace casereview {

struct EmailAttachment {
  std::string file_name;     // e.g. "session.ics"
  std::string content_type;  // e.g. "text/calendar; method=REQUEST; charset=utf-8"
  std::string content;
};

struct Email {
  std::string to;
  std::string subject;
  std::string body;  // plain text
  std::vector<EmailAttachment> attachments;
};

struct QueuedEmail {
  Id id = 0;
  Email email;
  int attempts = 0;
  std::optional<Instant> sent_at;
  std::string last_error;
};

}  // namespace casereview
