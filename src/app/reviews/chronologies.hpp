// The multi-agency chronology (issue 11, DOMAIN.md step 5, Rule CHR-1, Rule CHR-2, Rule CHR-3): the
// manager (or the case's appointed reviewer) asks the agencies in scope for their chronologies;
// each agency's contributors build theirs on the page or import a spreadsheet, and submit it (or
// say they had no involvement); the manager or reviewer may return it with a reason; the submitted
// entries of every agency make the merged chronology, with its flags and gaps, where the reviewer
// marks possible duplicates "same event" or "different".
//
// Who may do what (checked here, on every call, not only by the pages that link here):
//   ask, return, mark duplicates   Permission::manage_chronologies: a manager of the partnership;
//                                  a reviewer only on a case they are appointed to
//   read a request and its entries the asked agency's contributors, and those who may ask
//   add, change, remove, import,   the asked agency's contributors only
//   submit
//   the merged chronology          Permission::view_chronologies: manager, committee, appointed
//                                  reviewer
// A request of another agency or partnership is not_found, so its existence does not leak.
//
// A request takes its scope period from the commissioned review, and asks only agencies in the
// review's scope. A reviewer reaches a case once appointed to its review
// (app/reviews/reviewers.hpp, need to know).
//
// An import replaces the chronology's entries: the file is the agency's chronology as a whole
// (made from the template, corrected and uploaded again), so uploading it twice never doubles it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/context.hpp"
#include "app/documents/chronology_import.hpp"
#include "domain/case_deadlines.hpp"
#include "domain/chronology_request.hpp"
#include "domain/merged_chronology.hpp"

namespace casereview {

// The scope period is not asked for: it is the commissioned review's (Rule CHR-1).
struct ChronologyRequestInput {
  std::vector<Id> agency_ids;  // agencies in the review's scope
  std::string due_on;          // optional, "2026-05-01": by default Rule CHR-1's working days
  std::string note;
};

// Rule CHR-1: one request per agency, with the review's scope period and the due date; each asked
// agency's contributors are emailed. An agency asked already keeps its request. Returns the
// requests of the agencies named, in their order. invalid_input on "agency_ids" (none, or not in
// the review's scope), "due_on" (not a date, or before today), "note" (too long); wrong_state when
// the case's review is not commissioned; not_found for another partnership's case.
Result<std::vector<ChronologyRequest>> request_chronologies(AppContext& context,
                                                            const Caller& caller, Id case_id,
                                                            const ChronologyRequestInput& input);

// Rule CHR-1: the due date a request made today gets when none is given (the partnership's
// chronology_working_days setting after today), for the form to offer. forbidden without
// manage_chronologies.
Result<CivilDate> default_chronology_due_on(AppContext& context, const Caller& caller);

// Rule CHR-1: the partnership's chronology_working_days (20 by default) after `asked_on`, in the
// open transaction (also for the demonstration data). Fails with the calendar's or the stored
// settings' error.
Result<CivilDate> chronology_due_on(Transaction& transaction, Id partnership_id,
                                    CivilDate asked_on);

// One request as its readers see it, with its entries in the agency's order.
struct ChronologyView {
  ChronologyRequest request;
  std::string case_reference;
  std::vector<std::string> pseudonyms;
  std::string agency_name;
  DeadlineView deadline;  // Rule CHR-1 with its derived status
  std::vector<ChronologyEntry> entries;
  bool can_edit = false;  // the caller is the agency's contributor and it is not submitted
};

// not_found unless the caller may read it (see above).
Result<ChronologyView> view_chronology(AppContext& context, const Caller& caller, Id request_id);

// The chronology requests of the caller's agency (a contributor's "Your requests"), due soonest
// first, without their entries.
Result<std::vector<ChronologyView>> list_my_chronology_requests(AppContext& context,
                                                                const Caller& caller);

// The case's requests, for the manager's and reviewer's page; not_found as for the case.
Result<std::vector<ChronologyView>> list_case_chronology_requests(AppContext& context,
                                                                  const Caller& caller, Id case_id);

// An entry as a person types it: each field as text (domain/chronology_entry.hpp, Rule CHR-2).
using ChronologyEntryInput = ChronologyEntryText;

// Rule CHR-2: adds an entry at the end of the agency's list, changes one, removes one.
// invalid_input as chronology_entry_from_text; wrong_state once submitted; forbidden for someone
// who may read but not write it (a manager); not_found as view_chronology, and for an entry of
// another request.
Result<ChronologyEntry> add_chronology_entry(AppContext& context, const Caller& caller,
                                             Id request_id, const ChronologyEntryInput& input);
Result<ChronologyEntry> change_chronology_entry(AppContext& context, const Caller& caller,
                                                Id request_id, Id entry_id,
                                                const ChronologyEntryInput& input);
Status remove_chronology_entry(AppContext& context, const Caller& caller, Id request_id,
                               Id entry_id);

// What an import did: how many entries it wrote, or — when any row is wrong — every problem and
// nothing written (Rule CHR-2, all or nothing).
struct ChronologyImportOutcome {
  int imported = 0;
  std::vector<ImportProblem> problems;
};

// Rule CHR-2: imports a CSV, XLSX or ODS file, replacing the chronology's entries (see above).
// invalid_input on "file" when the file itself cannot be read; otherwise the outcome, with
// problems and nothing changed when a row is wrong. Access and state as add_chronology_entry.
Result<ChronologyImportOutcome> import_chronology(AppContext& context, const Caller& caller,
                                                  Id request_id, std::string_view file);

// Rule CHR-2: submits the chronology, which locks it: with entries, or saying the agency had no
// involvement (see check_chronology_submission). The requester is emailed.
Status submit_chronology(AppContext& context, const Caller& caller, Id request_id,
                         Involvement involvement);

// Rule CHR-1: returns a submitted chronology to its agency with the reason; its contributors are
// emailed. invalid_input on "reason"; wrong_state unless submitted; not_found for those who may
// not ask for it.
Status return_chronology(AppContext& context, const Caller& caller, Id request_id,
                         const std::string& reason);

// One row of the merged chronology: the entry, its agency, its flags and duplicates, and the
// reviewer's decisions on its possible duplicates.
struct MergedChronologyRow {
  ChronologyEntry entry;
  std::string agency_name;
  std::string agency_marker;  // a short text mark, never colour alone: the agency's code
  std::vector<ChronologyFlag> flags;
  std::vector<Id> possible_duplicate_of;                 // undecided ones only (Rule CHR-3)
  std::vector<std::pair<Id, DuplicateVerdict>> decided;  // decisions already made, by other id
};

struct MergedChronologyView {
  Id case_id = 0;
  std::string case_reference;
  std::vector<std::string> pseudonyms;
  std::optional<ChronologyScope> scope;
  std::vector<MergedChronologyRow> rows;  // in merged order (Rule CHR-3)
  std::vector<ChronologyGap> gaps;        // `before` indexes rows
  std::size_t count(ChronologyFlag flag) const;
};

// Rule CHR-3: the case's submitted entries merged, flagged, with gaps of more than
// default_gap_days days. A pair of possible duplicates the reviewer has marked "same event" or
// "different" is no longer offered: it leaves possible_duplicate_of, and an entry with no
// undecided one left loses its possible_duplicate flag. The scope is the widest of the requests'
// scopes. not_found for a case of another partnership or one the caller may not see.
Result<MergedChronologyView> merged_chronology(AppContext& context, const Caller& caller,
                                               Id case_id);

// Rule CHR-3: the reviewer's word on two entries offered as possible duplicates. invalid_input
// on "entry_id" when the two are not both submitted entries of the case; not_found as
// merged_chronology; forbidden without manage_chronologies.
Status decide_possible_duplicate(AppContext& context, const Caller& caller, Id case_id, Id entry_id,
                                 Id other_entry_id, DuplicateVerdict verdict);

}  // namespace casereview
