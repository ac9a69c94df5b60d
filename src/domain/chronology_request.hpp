// A request for one agency's chronology (DOMAIN.md step 5, Rule CHR-1 and Rule CHR-2), and the life
// of that chronology: the agency's contributors build it while it is requested (or returned for
// correction), submit it — with entries, or as "no involvement with the child or family" — and the
// manager or reviewer may return it with a reason. Submitted entries are what the merged
// chronology holds (Rule CHR-3, domain/merged_chronology.hpp); the reviewer's "same event" or
// "different" on a possible duplicate is a DuplicateDecision.
//
// Rules (cited again where implemented and in the tests that prove them):
//   CHR-1  One chronology request per agency in scope, with the scope period and a due date
//          (setting chronology_working_days, 20 working days); returned through the system.
//   CHR-2  Every entry has a start date and a source; the chronology is changed only while it is
//          not submitted.
//
// The status machine:
//   requested ──submit──► submitted ──return (reason)──► returned ──submit──► submitted
// Entries may be added, changed and removed in requested and returned only.
//
// Example:
//   TRY(check_chronology_editable(request));              // wrong_state once submitted
//   TRY(check_chronology_submission(request, entry_count, Involvement::involved));
//
// Plain values and pure functions: safe from any thread.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "domain/case_model.hpp"  // no_date
#include "domain/civil_date.hpp"
#include "domain/instant.hpp"
#include "domain/partnership.hpp"  // Id
#include "domain/result.hpp"

namespace casereview {

enum class ChronologyStatus { requested, submitted, returned };
inline constexpr std::array<ChronologyStatus, 3> all_chronology_statuses = {
    ChronologyStatus::requested, ChronologyStatus::submitted, ChronologyStatus::returned};
std::string_view chronology_status_name(ChronologyStatus status);  // "requested" (stored, API)
std::optional<ChronologyStatus> chronology_status_from_name(std::string_view name);
std::string_view chronology_status_text(ChronologyStatus status);  // "Returned for correction"

// What a submission says about the agency's contact with the child or family.
enum class Involvement { involved, no_involvement };

struct ChronologyRequest {
  Id id = 0;
  Id partnership_id = 0;
  Id case_id = 0;
  Id agency_id = 0;
  CivilDate scope_from = no_date();
  CivilDate scope_to = no_date();
  CivilDate requested_on = no_date();
  CivilDate due_on = no_date();  // Rule CHR-1
  std::string note;              // what the requester asks the agency to look at
  Id requested_by = 0;
  ChronologyStatus status = ChronologyStatus::requested;
  Involvement involvement = Involvement::involved;  // as submitted
  std::optional<Instant> submitted_at;
  std::optional<Id> submitted_by;
  std::optional<Instant> returned_at;
  std::optional<Id> returned_by;
  std::string return_reason;  // the latest, kept after a new submission
};

// The most characters of a request's note and of a reason for returning a chronology.
inline constexpr std::size_t chronology_note_limit = 5000;

// Rule CHR-1: the default working days an agency has to return its chronology (setting).
inline constexpr int default_chronology_working_days = 20;

// Rule CHR-2: entries change only while the chronology is not submitted. wrong_state ("This
// chronology has been submitted …") once it is.
Status check_chronology_editable(const ChronologyRequest& request);

// Rule CHR-2: a submission has at least one entry, or says the agency had no involvement, and not
// both. wrong_state when already submitted; invalid_input on "no_involvement" otherwise.
Status check_chronology_submission(const ChronologyRequest& request, std::size_t entry_count,
                                   Involvement involvement);

// Rule CHR-1: a submitted chronology goes back to its agency with a reason. wrong_state unless it
// is submitted; invalid_input on "reason" when the reason is blank or longer than the limit.
Status check_chronology_return(const ChronologyRequest& request, std::string_view reason);

// The reviewer's word on two entries offered as possible duplicates (Rule CHR-3: never merged
// automatically).
enum class DuplicateVerdict { same_event, different };
inline constexpr std::array<DuplicateVerdict, 2> all_duplicate_verdicts = {
    DuplicateVerdict::same_event, DuplicateVerdict::different};
std::string_view duplicate_verdict_name(DuplicateVerdict verdict);  // "same", "different"
std::optional<DuplicateVerdict> duplicate_verdict_from_name(std::string_view name);

struct DuplicateDecision {
  Id partnership_id = 0;
  Id case_id = 0;
  Id first_entry_id = 0;   // the smaller id of the pair
  Id second_entry_id = 0;  // the larger
  DuplicateVerdict verdict = DuplicateVerdict::different;
  Id decided_by = 0;
  Instant decided_at{};
};

}  // namespace casereview
