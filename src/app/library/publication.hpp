// Publishing a review (issue 14): the decision (Rule PUB-1), the advance copies (Rule PUB-2), the
// library entry (Rule LIB-1), the anonymisation check with its dismissals (Rule PUB-3), and the
// step that makes the entry public once every gate is passed.
//
// Who may do what (checked here, on every call): Permission::run_reviews — the partnership's
// managers and committee members — for everything. A case of another partnership, or with no
// review, is not_found.
//
// The gates of publish_review, each named in its refusal (wrong_state, 409 in the API):
//   - a decision to publish the report or the improvements (withheld: nothing is published);
//   - a final report (Rule RPT-3) when the report itself is published;
//   - the library entry's title and summary;
//   - all three advance copies sent, and today at least publication_notice_working_days after
//     the last (Rule PUB-2: the refusal names the earliest date);
//   - an anonymisation check of the text as it is now, with no finding left open (Rule PUB-3).
//
// The check decrypts the case's names in memory only: they are never logged, audited or stored;
// a finding keeps a masked excerpt (domain/anonymisation_check.hpp).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/context.hpp"
#include "domain/library_entry.hpp"
#include "domain/publication.hpp"

namespace casereview {

// The case's publication as the manager sees it.
struct PublicationView {
  Id case_id = 0;
  std::string case_reference;
  ReviewOutcome kind = ReviewOutcome::local_cspr;
  std::optional<Publication> publication;
  std::optional<LibraryEntry> entry;
  std::vector<PublicationFinding> findings;
  bool has_final_report = false;
  bool checked_text_changed = false;  // the text changed since the last check
  std::optional<CivilDate> earliest;  // Rule PUB-2, once all advance copies are recorded
  std::vector<std::string> gaps;      // what stops publishing today; empty: it may go ahead
  std::vector<LibraryTheme> themes;   // the library's, for the entry's form
  int briefing_uses = 0;              // Rule LIB-2: teams that recorded using its briefing
  int document_years = 5;             // Rule PUB-4: the setting
  int open_findings() const;
};
Result<PublicationView> view_publication(AppContext& context, const Caller& caller, Id case_id);

// Rule PUB-1. invalid_input as publication_from_input; wrong_state once published.
Result<Publication> decide_publication(AppContext& context, const Caller& caller, Id case_id,
                                       const PublicationDecisionInput& input);

struct AdvanceCopyInput {
  std::string recipient;  // panel, secretary_of_state, ofsted
  std::string sent_on;    // YYYY-MM-DD
};
// Rule PUB-2. invalid_input on "recipient" and "sent_on" (not a date, or after today); wrong_state
// before the decision.
Status record_advance_copy(AppContext& context, const Caller& caller, Id case_id,
                           const AdvanceCopyInput& input);

// Rule LIB-1: writes the case's library entry (its year is the planned publication's, its kind
// the review's). invalid_input as library_entry_text_from, and once published on each field where
// the anonymisation check finds an identifier (Rule PUB-3); wrong_state before the decision.
Result<LibraryEntry> save_library_entry(AppContext& context, const Caller& caller, Id case_id,
                                        LibraryEntryText text);

struct CheckOutcome {
  bool clear = false;  // no finding left open
  std::vector<PublicationFinding> findings;
};
// Rule PUB-3: checks the text to be published now. wrong_state before the decision.
Result<CheckOutcome> run_anonymisation_check(AppContext& context, const Caller& caller, Id case_id);

// Rule PUB-3. invalid_input on "reason" (missing or too long); not_found for no such open finding.
Status dismiss_finding(AppContext& context, const Caller& caller, Id case_id, Id finding_id,
                       const std::string& reason);

struct Published {
  Id library_id = 0;
  CivilDate published_on = no_date();
};
// Publishes the entry today when every gate is passed; wrong_state naming each gap otherwise.
Result<Published> publish_review(AppContext& context, const Caller& caller, Id case_id);

// Rule PUB-4: withdraws the published report from the library today; the entry and its briefing
// stay. invalid_input on "reason" (withdrawal_reason_from); wrong_state before publication, when
// no report was published, or when it is withdrawn already.
Status withdraw_document(AppContext& context, const Caller& caller, Id case_id,
                         const std::string& reason);

}  // namespace casereview
