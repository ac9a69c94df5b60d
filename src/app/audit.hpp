// The tamper-evident audit log. Every entry's hash is SHA-256 over its fields and the previous
// entry's hash, so verify_audit_log() finds every entry that was altered, removed or reordered.
// Text is stored as it was hashed: control characters other than tab and line ends (a NUL would be
// cut short or refused by the database) are replaced by U+FFFD before the entry is hashed. Appends
// are serialised by AuditRepository::lock_and_read_last within the caller's transaction, so an
// entry is written exactly when the change it records is.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/context.hpp"
#include "domain/audit.hpp"

namespace casereview {

// What happened, from the use case's point of view; the rest (who, when, where, chain) is filled
// in by record_audit.
struct AuditEvent {
  std::string action;  // from audit_action (domain/audit.hpp), e.g. audit_action::sign_in
  std::string entity;  // from audit_entity, e.g. audit_entity::user
  std::string entity_id;
  std::string outcome = audit_outcome::success;
  std::string detail;
  std::optional<Id> partnership_id;  // whose data; defaults to the actor's partnership
};

// Appends one entry in `transaction`. For a caller with no actor, `who` names the account the event
// concerns (e.g. a failed sign-in), or is empty.
void record_audit(Transaction& transaction, const Caller& caller, Instant now,
                  const AuditEvent& event, const std::optional<User>& who = std::nullopt);

// The hash an entry must carry, given its fields and previous_hash.
std::string audit_entry_hash(const AuditEntry& entry);

struct AuditProblem {
  std::int64_t sequence = 0;
  std::string text;  // what is wrong there, for people
};

// Issue 17 item 3: the chain shows an entry altered, removed or moved, but not entries removed from
// its END (what is left is still a whole chain). An anchor is the head's sequence and hash, kept
// somewhere the database's users cannot write (`casereview audit anchor`); verifying against it
// finds the end cut off, or rewritten from the anchored entry on.
struct AuditAnchor {
  std::int64_t sequence = 0;  // 0 for an empty log
  std::string hash;           // the entry's hash, hex; empty for an empty log
};

struct AuditVerification {
  std::int64_t entries_checked = 0;
  std::optional<std::int64_t> first_bad_sequence;  // nullopt when the chain is whole
  std::string problem;                             // the first problem's text
  std::vector<AuditProblem> problems;              // every problem, in order
  AuditAnchor head;                                // the newest entry read
};

// Walks the whole chain in order and goes on past a bad entry, so that every entry altered,
// missing or out of order is reported, not only the first. With an anchor, also reports entries
// removed from the end (the log stops before the anchored entry) and an anchored entry whose hash
// is not the anchor's. Fails only when the database cannot be read.
Result<AuditVerification> verify_audit_log(Storage& storage,
                                           const std::optional<AuditAnchor>& anchor = std::nullopt);

// The anchor as a line of text for a file: "casereview audit anchor <sequence> <hash>\n".
std::string audit_anchor_text(const AuditAnchor& anchor);

// Reads audit_anchor_text's line back. invalid_input on "anchor" for anything else.
Result<AuditAnchor> parse_audit_anchor(std::string_view text);

// The caller's partnership's entries matching `filter`; forbidden unless the caller administers a
// partnership.
Result<std::vector<AuditEntry>> search_audit_log(AppContext& context, const Caller& caller,
                                                 const AuditFilter& filter);

}  // namespace casereview
