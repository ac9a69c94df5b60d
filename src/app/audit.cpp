#include "app/audit.hpp"

#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>

#include <algorithm>
#include <charconv>

#include "app/caller_checks.hpp"

namespace casereview {

namespace {

// Each field is written with its length first, so no two different entries hash the same text.
void add_field(Poco::SHA2Engine& digest, const std::string& value) {
  const std::string length = std::to_string(value.size()) + ":";
  digest.update(length);
  digest.update(value);
}

// Control characters other than tab, line feed and carriage return become U+FFFD, so that the text
// stored is the text hashed on every engine (SQLite cuts text at a NUL; PostgreSQL refuses it).
std::string storable(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (const char character : text) {
    const auto byte = static_cast<unsigned char>(character);
    if ((byte < 0x20 && character != '\t' && character != '\n' && character != '\r') ||
        byte == 0x7F)
      out += "\xEF\xBF\xBD";
    else
      out += character;
  }
  return out;
}

}  // namespace

std::string audit_entry_hash(const AuditEntry& entry) {
  Poco::SHA2Engine digest(Poco::SHA2Engine::SHA_256);
  add_field(digest, std::to_string(entry.sequence));
  add_field(digest, format_instant(entry.at));
  add_field(digest, entry.partnership_id ? std::to_string(*entry.partnership_id) : "");
  add_field(digest, entry.user_id ? std::to_string(*entry.user_id) : "");
  for (const std::string* field :
       {&entry.user_email, &entry.role, &entry.action, &entry.entity, &entry.entity_id,
        &entry.client_address, &entry.outcome, &entry.detail, &entry.previous_hash}) {
    add_field(digest, *field);
  }
  return Poco::DigestEngine::digestToHex(digest.digest());
}

void record_audit(Transaction& transaction, const Caller& caller, Instant now,
                  const AuditEvent& event, const std::optional<User>& who) {
  AuditEntry entry;
  const std::optional<AuditEntry> last = transaction.audit().lock_and_read_last();
  entry.sequence = last ? last->sequence + 1 : 1;
  entry.previous_hash = last ? last->hash : "";
  entry.at = now;
  if (caller.actor) {
    entry.user_id = caller.actor->user_id;
    entry.user_email = caller.actor->email;
    entry.role = role_names_text(caller.actor->roles);
    entry.partnership_id =
        event.partnership_id ? event.partnership_id : caller.actor->partnership_id;
  } else {
    if (who) {
      entry.user_id = who->id;
      entry.user_email = who->email;
      entry.role = role_names_text(who->roles);
    }
    entry.partnership_id =
        event.partnership_id ? event.partnership_id : (who ? who->partnership_id : std::nullopt);
  }
  entry.action = event.action;
  entry.entity = event.entity;
  entry.entity_id = event.entity_id;
  entry.client_address = caller.client_address;
  entry.outcome = event.outcome;
  entry.detail = event.detail;
  for (std::string* field :
       {&entry.user_email, &entry.role, &entry.action, &entry.entity, &entry.entity_id,
        &entry.client_address, &entry.outcome, &entry.detail})
    *field = storable(*field);
  entry.hash = audit_entry_hash(entry);
  transaction.audit().insert(entry);
}

Result<AuditVerification> verify_audit_log(Storage& storage,
                                           const std::optional<AuditAnchor>& anchor) {
  return storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<AuditVerification> {
        AuditVerification verification;
        auto report = [&](std::int64_t sequence, std::string text) {
          if (!verification.first_bad_sequence) {
            verification.first_bad_sequence = sequence;
            verification.problem = text;
          }
          verification.problems.push_back({sequence, std::move(text)});
        };
        // Issue 17 item 3: what the log holds where the anchor points, once the walk is over.
        const auto check_anchor = [&](const std::optional<std::string>& hash_at_anchor) {
          if (!anchor || anchor->sequence == 0) return;
          const std::string anchored = "entry " + std::to_string(anchor->sequence);
          if (verification.head.sequence < anchor->sequence) {
            const std::int64_t first_gone = verification.head.sequence + 1;
            report(first_gone, (first_gone == anchor->sequence
                                    ? anchored + " was removed"
                                    : "entries " + std::to_string(first_gone) + " to " +
                                          std::to_string(anchor->sequence) + " were removed") +
                                   " from the end of the log (the anchor records " + anchored +
                                   ")");
          } else if (hash_at_anchor && *hash_at_anchor != anchor->hash) {
            report(anchor->sequence, anchored + " is not the entry the anchor records");
          }
        };
        std::optional<std::string> hash_at_anchor;
        std::int64_t expected_sequence = 1;
        std::int64_t read_after = 0;
        std::string previous_hash;
        while (true) {
          auto page = transaction.audit().read_from(read_after, 1000);
          if (page.empty()) {
            check_anchor(hash_at_anchor);
            return verification;
          }
          for (const AuditEntry& entry : page) {
            ++verification.entries_checked;
            verification.head = {entry.sequence, entry.hash};
            if (anchor && entry.sequence == anchor->sequence) hash_at_anchor = entry.hash;
            read_after = entry.sequence;
            const std::string name = "entry " + std::to_string(entry.sequence);
            if (entry.sequence != expected_sequence) {
              report(expected_sequence,
                     "entry " + std::to_string(expected_sequence) +
                         (entry.sequence > expected_sequence + 1
                              ? " to " + std::to_string(entry.sequence - 1) + " are missing"
                              : " is missing") +
                         " (the next is " + std::to_string(entry.sequence) + ")");
            } else if (entry.previous_hash != previous_hash) {
              report(entry.sequence,
                     name + " does not follow the entry before it (removed or reordered entries)");
            }
            if (audit_entry_hash(entry) != entry.hash)
              report(entry.sequence, name + " was altered after it was written");
            // The stored hash, right or wrong, is what the next entry must follow: one altered
            // entry is one problem, not a cascade.
            previous_hash = entry.hash;
            expected_sequence = entry.sequence + 1;
          }
        }
      });
}

std::string audit_anchor_text(const AuditAnchor& anchor) {
  return "casereview audit anchor " + std::to_string(anchor.sequence) + " " +
         (anchor.hash.empty() ? "-" : anchor.hash) + "\n";
}

Result<AuditAnchor> parse_audit_anchor(std::string_view text) {
  const auto refuse = [] {
    return Error::invalid({{"anchor",
                            "The anchor is not one written by casereview audit anchor: it should "
                            "be one line, \"casereview audit anchor SEQUENCE HASH\""}});
  };
  constexpr std::string_view prefix = "casereview audit anchor ";
  if (!text.starts_with(prefix)) return refuse();
  text.remove_prefix(prefix.size());
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
  const std::size_t space = text.find(' ');
  if (space == std::string_view::npos) return refuse();
  AuditAnchor anchor;
  const std::string_view sequence = text.substr(0, space);
  const auto [end, error] =
      std::from_chars(sequence.data(), sequence.data() + sequence.size(), anchor.sequence);
  if (error != std::errc() || end != sequence.data() + sequence.size() || anchor.sequence < 0)
    return refuse();
  const std::string_view hash = text.substr(space + 1);
  const bool hex = hash.size() == 64 && std::all_of(hash.begin(), hash.end(), [](char c) {
                     return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
                   });
  if (anchor.sequence == 0 ? hash != "-" : !hex) return refuse();
  if (anchor.sequence > 0) anchor.hash = std::string(hash);
  return anchor;
}

Result<std::vector<AuditEntry>> search_audit_log(AppContext& context, const Caller& caller,
                                                 const AuditFilter& filter) {
  TRY(require_permission(caller, Permission::view_audit_log,
                         "Only a partnership's administrators can read its audit log"));
  const Id partnership_id = TRY(caller_partnership(caller));
  return context.storage.transact(TransactionMode::read,
                                  [&](Transaction& transaction) -> Result<std::vector<AuditEntry>> {
                                    return transaction.audit().search(partnership_id, filter);
                                  });
}

}  // namespace casereview
