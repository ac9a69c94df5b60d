// Publishing a review (issue 14): the partnership's decision, the advance copies, the gates.
//
// Rules (cited again where implemented and in the tests that prove them):
//   PUB-1  A publication decision: publish the report; publish the improvements only; or withhold
//          for now — with a reason. Improvements are always published.
//   PUB-2  The final report goes to the Panel, the Secretary of State and Ofsted at least N
//          working days (setting publication_notice_working_days, 7) before publication;
//          publishing earlier is refused.
//   PUB-3  (the check itself: anonymisation_check.hpp) publication waits until each finding is
//          mended or dismissed with a reason.
//
// Plain values and pure functions: safe from any thread.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/case_model.hpp"  // no_date
#include "domain/civil_date.hpp"
#include "domain/instant.hpp"
#include "domain/partnership.hpp"  // Id
#include "domain/result.hpp"

namespace casereview {

namespace limits {
inline constexpr std::size_t publication_reason = 5000;
inline constexpr std::size_t dismissal_reason = 1000;
}  // namespace limits

// Rule PUB-1.
enum class PublicationDecision { publish, improvements_only, withhold };
inline constexpr std::array<PublicationDecision, 3> all_publication_decisions = {
    PublicationDecision::publish, PublicationDecision::improvements_only,
    PublicationDecision::withhold};
std::string_view publication_decision_name(PublicationDecision decision);  // "improvements_only"
std::string_view publication_decision_text(PublicationDecision decision);
std::optional<PublicationDecision> publication_decision_from_name(std::string_view name);

// Rule PUB-2: who receives the final report before it is published.
enum class AdvanceCopyRecipient { panel, secretary_of_state, ofsted };
inline constexpr std::array<AdvanceCopyRecipient, 3> all_advance_copy_recipients = {
    AdvanceCopyRecipient::panel, AdvanceCopyRecipient::secretary_of_state,
    AdvanceCopyRecipient::ofsted};
std::string_view advance_copy_recipient_name(AdvanceCopyRecipient recipient);  // "ofsted"
std::string_view advance_copy_recipient_text(AdvanceCopyRecipient recipient);  // "Ofsted"
std::optional<AdvanceCopyRecipient> advance_copy_recipient_from_name(std::string_view name);
// The recipient a person chose (`text` trimmed); invalid_input naming "recipient" otherwise.
Result<AdvanceCopyRecipient> advance_copy_recipient_from_input(std::string_view text);

struct AdvanceCopy {
  AdvanceCopyRecipient recipient = AdvanceCopyRecipient::panel;
  CivilDate sent_on = no_date();
};

// The case's publication as recorded so far.
struct Publication {
  Id case_id = 0;
  Id partnership_id = 0;
  PublicationDecision decision = PublicationDecision::publish;
  std::string reason;  // why the report is not published in full; empty for publish
  CivilDate planned_on = no_date();
  Id decided_by = 0;
  Instant decided_at{};
  std::vector<AdvanceCopy> advance_copies;  // at most one per recipient
  // Rule PUB-3: a digest of the text last checked (empty: never checked) and when.
  std::string checked_digest;
  std::optional<Instant> checked_at;
  std::optional<CivilDate> published_on;
  Id library_entry_id = 0;  // once published
};

// Rule PUB-2: the final report sent from the program: an email with a link to download it, which
// works until it expires. The link's token is stored only as its hash.
inline constexpr int advance_copy_link_days = 14;
struct AdvanceCopyLink {
  Id id = 0;
  Id partnership_id = 0;
  Id case_id = 0;
  AdvanceCopyRecipient recipient = AdvanceCopyRecipient::panel;
  std::string email;
  Instant expires_at{};
  Id sent_by = 0;
  Instant sent_at{};
};

// Rule PUB-3: one finding of the anonymisation check as stored: never the identifier itself.
struct PublicationFinding {
  Id id = 0;
  Id case_id = 0;
  std::string kind;  // identifier_kind_name
  std::string part;
  int line = 0;
  std::string excerpt;      // identifiers masked
  std::string fingerprint;  // kind, part, keyed digest: the same finding in the next check
  std::string dismissal_reason;
  std::optional<Id> dismissed_by;
  std::optional<Instant> dismissed_at;
  bool dismissed() const { return dismissed_by.has_value(); }
};

// The decision as a person gives it.
struct PublicationDecisionInput {
  std::string decision;
  std::string reason;
  std::string planned_on;  // YYYY-MM-DD
};

// Rule PUB-1: invalid_input naming "decision" (unknown), "reason" (missing when the report is not
// published in full, or too long) and "planned_on" (not a date). The caller fills in the ids and
// who decided.
Result<Publication> publication_from_input(const PublicationDecisionInput& input);

// Rule PUB-2: the earliest day the report may be published: `notice_working_days` after the last
// advance copy was sent, or nothing until all three recipients have had theirs. `add` is the
// working-day calendar's add_working_days.
template <class AddWorkingDays>
std::optional<Result<CivilDate>> earliest_publication(const std::vector<AdvanceCopy>& copies,
                                                      int notice_working_days, AddWorkingDays add) {
  std::optional<CivilDate> last;
  for (AdvanceCopyRecipient recipient : all_advance_copy_recipients) {
    const AdvanceCopy* found = nullptr;
    for (const AdvanceCopy& copy : copies)
      if (copy.recipient == recipient) found = &copy;
    if (!found) return std::nullopt;
    if (!last || found->sent_on > *last) last = found->sent_on;
  }
  return add(*last, notice_working_days);
}

}  // namespace casereview
