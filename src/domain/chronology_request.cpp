// The chronology request's status machine and its checks (Rule CHR-1, Rule CHR-2): see the header.
#include "domain/chronology_request.hpp"

#include "domain/enum_names.hpp"
#include "domain/messages.hpp"
#include "domain/text.hpp"

namespace casereview {

std::string_view chronology_status_name(ChronologyStatus status) {
  switch (status) {
    case ChronologyStatus::requested:
      return "requested";
    case ChronologyStatus::submitted:
      return "submitted";
    case ChronologyStatus::returned:
      return "returned";
  }
  return "requested";
}

std::optional<ChronologyStatus> chronology_status_from_name(std::string_view name) {
  return enum_from_name(all_chronology_statuses, chronology_status_name, name);
}

std::string_view chronology_status_text(ChronologyStatus status) {
  switch (status) {
    case ChronologyStatus::requested:
      return "Requested";
    case ChronologyStatus::submitted:
      return "Submitted";
    case ChronologyStatus::returned:
      return "Returned for correction";
  }
  return "Requested";
}

// Rule CHR-2: a submitted chronology is locked.
Status check_chronology_editable(const ChronologyRequest& request) {
  switch (request.status) {
    case ChronologyStatus::requested:
    case ChronologyStatus::returned:
      return ok_status();
    case ChronologyStatus::submitted:
      break;
  }
  return Error::of(ErrorCode::wrong_state,
                   "This chronology has been submitted: it can be changed only if it is returned "
                   "for correction");
}

// Rule CHR-2: "no involvement with the child or family" is a valid return, entries are another;
// an empty chronology that claims involvement, or one with entries that claims none, is neither.
Status check_chronology_submission(const ChronologyRequest& request, std::size_t entry_count,
                                   Involvement involvement) {
  if (request.status == ChronologyStatus::submitted)
    return Error::of(ErrorCode::wrong_state, "This chronology has already been submitted");
  switch (involvement) {
    case Involvement::involved:
      if (entry_count == 0)
        return Error::invalid(
            {{"no_involvement",
              "Add at least one entry, or say your agency had no involvement with the child or "
              "family"}});
      break;
    case Involvement::no_involvement:
      if (entry_count > 0)
        return Error::invalid(
            {{"no_involvement",
              "Remove the entries before saying your agency had no involvement, or submit them"}});
      break;
  }
  return ok_status();
}

// Rule CHR-1: the chronology is returned through the system, with the reason for correction.
Status check_chronology_return(const ChronologyRequest& request, std::string_view reason) {
  if (request.status != ChronologyStatus::submitted)
    return Error::of(ErrorCode::wrong_state, "Only a submitted chronology can be returned");
  if (is_blank(reason))
    return Error::invalid({{"reason", enter("the reason for returning the chronology")}});
  if (reason.size() > chronology_note_limit)
    return Error::invalid({{"reason", too_long("The reason", chronology_note_limit)}});
  return ok_status();
}

std::string_view duplicate_verdict_name(DuplicateVerdict verdict) {
  switch (verdict) {
    case DuplicateVerdict::same_event:
      return "same";
    case DuplicateVerdict::different:
      return "different";
  }
  return "different";
}

std::optional<DuplicateVerdict> duplicate_verdict_from_name(std::string_view name) {
  return enum_from_name(all_duplicate_verdicts, duplicate_verdict_name, name);
}

}  // namespace casereview
