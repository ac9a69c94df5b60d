// Entries of the audit log: who did what to which thing, when, from where, and how it ended. The
// log is append-only and hash-chained: each entry's hash covers its fields and the previous
// entry's hash, so an edited, deleted or reordered entry breaks the chain (app/audit.hpp).
#pragma once

#include <optional>
#include <string>

#include "domain/instant.hpp"
#include "domain/partnership.hpp"

namespace casereview {

struct AuditEntry {
  std::int64_t sequence = 0;  // 1, 2, 3, … with no gaps
  Instant at{};
  std::optional<Id> partnership_id;  // whose data it concerns; nullopt for national or none
  std::optional<Id> user_id;
  std::string user_email;  // as it was at the time; empty for the public
  std::string role;        // the roles the user acted with, comma-separated
  std::string action;      // e.g. "sign-in", "create", "update", "delete", "view"
  std::string entity;      // e.g. "user", "agency", "case"
  std::string entity_id;
  std::string client_address;
  std::string outcome;  // "success", "failure", "refused"
  std::string detail;   // a short note, never a secret
  std::string previous_hash;
  std::string hash;
};

struct AuditFilter {
  std::optional<Id> user_id;
  std::string user_email;
  std::optional<Instant> from;
  std::optional<Instant> to;  // exclusive
  std::string entity;
  std::string action;
  int limit = 200;
};

}  // namespace casereview
